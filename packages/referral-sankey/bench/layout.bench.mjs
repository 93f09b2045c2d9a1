#!/usr/bin/env node
// Layout only, in Node: d3-sankey 0.12 against our layout on the same graphs, for speed and
// quality. Run from the repository root:
//
//   node --import tsx packages/referral-sankey/bench/layout.bench.mjs
//
// Quality: crossings between links of adjacent columns (fewer is better), the value-weighted mean
// vertical travel of the links in px (flatter is easier to follow), and overlapping nodes (must be 0).
import { performance } from 'node:perf_hooks';
import d3sankey from 'd3-sankey';
import { countCrossings, layoutSankey } from '../src/layout/sankey.ts';
import { layeredGraph, SIZES } from './graphs.mjs';

const { sankey } = d3sankey;
const WIDTH = 960;
const HEIGHT = 1200;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run, budgetMs = 1500, maxRuns = 50) {
  const times = [];
  const start = performance.now();
  let result;
  while (times.length < 3 || (performance.now() - start < budgetMs && times.length < maxRuns)) {
    const t0 = performance.now();
    result = run();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), runs: times.length, result };
}

/** Quality measures from node boxes, columns and link ends, whichever layout made them. */
function quality(nodes, links, columnOf) {
  const columnCount = Math.max(...nodes.map((_, i) => columnOf(i))) + 1;
  const columns = Array.from({ length: columnCount }, () => []);
  nodes.forEach((_, i) => columns[columnOf(i)].push(i));
  for (const c of columns) c.sort((a, b) => nodes[a].y0 - nodes[b].y0);
  const outs = nodes.map(() => []);
  links.forEach((l, k) => outs[l.source].push(k));
  let overlaps = 0;
  for (const c of columns) for (let k = 1; k < c.length; k++) if (nodes[c[k]].y0 < nodes[c[k - 1]].y1 - 1e-6) overlaps++;
  let travel = 0;
  let weight = 0;
  for (const l of links) {
    travel += Math.abs(l.y1 - l.y0) * l.value;
    weight += l.value;
  }
  return { crossings: countCrossings(columns, links, outs), travel: travel / weight, overlaps };
}

const rows = [];
for (const size of SIZES) {
  const graph = layeredGraph(size);
  const d3 = time(() =>
    sankey()
      .nodeWidth(12)
      .nodePadding(8)
      .extent([
        [0, 0],
        [WIDTH, HEIGHT],
      ])({ nodes: graph.nodes.map((n) => ({ ...n })), links: graph.links.map((l) => ({ ...l })) }),
  );
  const ours = time(() =>
    layoutSankey(
      graph.nodes.map((n) => ({ name: n.name, valueText: '12.345' })),
      graph.links,
      { width: WIDTH, height: HEIGHT },
    ),
  );
  const q1 = quality(
    d3.result.nodes,
    d3.result.links.map((l) => ({ source: l.source.index, target: l.target.index, value: l.value, y0: l.y0, y1: l.y1 })),
    (i) => d3.result.nodes[i].layer,
  );
  const q2 = quality(ours.result.nodes, ours.result.links, (i) => ours.result.nodes[i].column);
  rows.push({ size: size.name, impl: 'd3-sankey 0.12.3', ms: d3.ms, runs: d3.runs, ...q1 });
  rows.push({ size: size.name, impl: 'ours', ms: ours.ms, runs: ours.runs, ...q2, speedup: d3.ms / ours.ms });
}

console.log(`Layout only, Node ${process.version}, ${WIDTH}×${HEIGHT} px, median of repeated runs`);
console.log('size         implementation      ms (median)  runs  crossings  mean |Δy| px  overlaps  d3/ours');
for (const r of rows) {
  console.log(
    [
      r.size.padEnd(12),
      r.impl.padEnd(18),
      r.ms.toFixed(2).padStart(12),
      String(r.runs).padStart(5),
      String(r.crossings).padStart(10),
      r.travel.toFixed(1).padStart(13),
      String(r.overlaps).padStart(9),
      r.speedup ? `${r.speedup.toFixed(1)}×`.padStart(8) : '',
    ].join(' '),
  );
}
