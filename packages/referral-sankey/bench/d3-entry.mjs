// d3-sankey for the benchmark page (sankey.bench.mjs bundles it as one script).
export { sankey, sankeyLinkHorizontal } from 'd3-sankey';
