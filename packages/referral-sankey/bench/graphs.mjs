// Seeded random layered graphs for the benchmarks: the same graph for every implementation and run.
import { seededRandom as random } from '../../../scripts/bench/seeded-random.mjs';

/**
 * The benchmark sizes, nodes / links, from a small regional chart to the top of the range the
 * widget is made for.
 */
export const SIZES = [
  { name: '30/80', nodes: 30, links: 80, columns: 4 },
  { name: '130/705', nodes: 130, links: 705, columns: 5 },
  { name: '350/2,008', nodes: 350, links: 2008, columns: 6 },
  { name: '1,070/8,100', nodes: 1070, links: 8100, columns: 8 },
];

/**
 * A layered graph: nodes spread over columns, links mostly to the next column (one in eight skips
 * one), no repeated pairs, every node in at least one link, skewed values like real referral counts.
 * Returns { nodes: [{ id, name, column }], links: [{ source, target, value }] } with index ends.
 */
export function layeredGraph({ nodes: nodeCount, links: linkCount, columns }, seed = 1) {
  const rnd = random(seed);
  const perColumn = Array.from({ length: columns }, (_, c) => Math.floor(nodeCount / columns) + (c < nodeCount % columns ? 1 : 0));
  const nodes = [];
  const byColumn = perColumn.map((count, c) =>
    Array.from({ length: count }, () => {
      const index = nodes.length;
      nodes.push({ id: `n${index}`, name: `Node ${index} ${'abcdefghij'.slice(0, 3 + (index % 7))}`, column: c });
      return index;
    }),
  );
  const pairs = new Set();
  const links = [];
  const value = () => Math.round(10 + Math.exp(rnd() * 9));
  const add = (source, target) => {
    const key = `${source}>${target}`;
    if (source === target || pairs.has(key)) return false;
    pairs.add(key);
    links.push({ source, target, value: value() });
    return true;
  };
  // Every node gets one link in from the previous column (and the first column one out).
  for (let c = 1; c < columns; c++) {
    for (const t of byColumn[c]) add(byColumn[c - 1][Math.floor(rnd() * byColumn[c - 1].length)], t);
  }
  for (const s of byColumn[0]) {
    if (!links.some((l) => l.source === s)) add(s, byColumn[1][Math.floor(rnd() * byColumn[1].length)]);
  }
  let guard = 0;
  while (links.length < linkCount && guard++ < linkCount * 50) {
    const c = Math.floor(rnd() * (columns - 1));
    const skip = c + 2 < columns && rnd() < 0.125 ? 2 : 1;
    const from = byColumn[c];
    const to = byColumn[c + skip];
    add(from[Math.floor(rnd() * from.length)], to[Math.floor(rnd() * to.length)]);
  }
  return { nodes, links };
}

/** The same graph as a referral-flows document, for the component. */
export function asDocument(graph, name) {
  return {
    $schema: 'https://praksis-widgets.dk/schema/v1/referral-flows.schema.json',
    title: `Benchmark ${name}`,
    unit: 'count',
    period: { from: '2024-01-01', to: '2024-12-31' },
    nodes: graph.nodes.map((n) => ({ id: n.id, label: n.name })),
    links: graph.links.map((l) => ({ source: graph.nodes[l.source].id, target: graph.nodes[l.target].id, value: l.value })),
    provenance: { source: 'Generated benchmark graph', publisher: 'Praksis Widgets', asOf: '2024-12-31', fictional: true },
  };
}
