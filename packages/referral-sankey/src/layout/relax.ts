import type { FlowGraph } from './graph.js';
import { columnNeeds, nodeHeight, overhang, type Vertical } from './scale.js';
import type { LayoutLinkInput } from './types.js';

/** Where the nodes ended up, and where each link leaves its source and reaches its target. */
export interface Placement {
  /** The order kept, per column, top to bottom. */
  columns: number[][];
  /** Each node's top and height. */
  y0: Float64Array;
  h: Float64Array;
  /** Per link, offsets from the top of its source and of its target. */
  offsetOut: Float64Array;
  offsetIn: Float64Array;
}

/**
 * Positions: for each of the two orders (the data's and the barycentric one), nodes stacked with
 * the spare room spread between them, then a few relaxation passes as in d3-sankey: each node
 * moves towards the top that would make its links level (weighted by value and by how many
 * columns a link spans), then the column is re-sorted and its overlaps removed. Link order is
 * refreshed once per pass, not after every node. The order whose links travel less vertically
 * is kept; links are stacked at each node in the order of the node at the other end. Sorts the
 * orders' columns and the graph's link lists in place.
 */
export function relax(
  graph: FlowGraph,
  linksIn: readonly LayoutLinkInput[],
  column: readonly number[],
  input: number[][],
  swept: number[][],
  v: Vertical,
  iterations: number,
  reorder: boolean,
): Placement {
  const { outs, ins } = graph;
  const { ky, top, height, inner, labelHeight, padding } = v;
  const n = column.length;
  const columnCount = input.length;
  const y0 = new Float64Array(n);
  const h = new Float64Array(n);
  for (let i = 0; i < n; i++) h[i] = nodeHeight(v, i, ky);
  // With the scale fixed, gaps and overhangs read the heights instead of recomputing them.
  const gapAfter = (nodes: readonly number[], k: number) => {
    const a = nodes[k]!;
    const b = nodes[k + 1]!;
    return Math.max(padding, (labelHeight[a]! + labelHeight[b]! - h[a]! - h[b]!) / 2);
  };
  const overhangOf = (i: number) => Math.max(0, (labelHeight[i]! - h[i]!) / 2);
  /** Pushes nodes down so that node k starts at or below y, and each keeps its gap to the one above. */
  const pushDown = (nodes: readonly number[], from: number, y: number) => {
    for (let k = from; k < nodes.length; k++) {
      const i = nodes[k]!;
      if (y0[i]! < y) y0[i] = y;
      if (k + 1 < nodes.length) y = y0[i]! + h[i]! + gapAfter(nodes, k);
    }
  };
  /** Pushes nodes up so that node k ends at or above y, and each keeps its gap to the one below. */
  const pushUp = (nodes: readonly number[], from: number, y: number) => {
    for (let k = from; k >= 0; k--) {
      const i = nodes[k]!;
      if (y0[i]! + h[i]! > y) y0[i] = y - h[i]!;
      if (k > 0) y = y0[i]! - gapAfter(nodes, k - 1);
    }
  };
  /** Removes overlaps outwards from the middle node (which stays put), then enforces the bounds. */
  const resolve = (nodes: readonly number[]) => {
    if (nodes.length === 0) return;
    const m = nodes.length >> 1;
    const mid = nodes[m]!;
    if (m > 0) pushUp(nodes, m - 1, y0[mid]! - gapAfter(nodes, m - 1));
    if (m + 1 < nodes.length) pushDown(nodes, m + 1, y0[mid]! + h[mid]! + gapAfter(nodes, m));
    pushUp(nodes, nodes.length - 1, height - overhangOf(nodes[nodes.length - 1]!));
    pushDown(nodes, 0, top + overhangOf(nodes[0]!));
  };
  // Where each link leaves its source and reaches its target, as offsets from the node's top.
  const offsetOut = new Float64Array(linksIn.length);
  const offsetIn = new Float64Array(linksIn.length);
  const sourceOf = Int32Array.from(linksIn, (link) => link.source);
  const targetOf = Int32Array.from(linksIn, (link) => link.target);
  const widthOf = Float64Array.from(linksIn, (link) => link.value * ky);
  // A link's pull on its ends: its value, times the columns it spans. Fixed for the whole layout.
  const pullOf = Float64Array.from(linksIn, (link) => (link.value || 1e-9) * Math.abs(column[link.target]! - column[link.source]!));
  const key = new Float64Array(n);
  const stackAll = () => {
    // Sort key: the node's centre, with its index as a tie-break folded in.
    for (let i = 0; i < n; i++) key[i] = y0[i]! + h[i]! / 2 + i * 1e-9;
    for (let i = 0; i < n; i++) {
      stackOffsets(outs[i]!, targetOf, offsetOut);
      stackOffsets(ins[i]!, sourceOf, offsetIn);
    }
  };
  function stackOffsets(list: number[], other: Int32Array, into: Float64Array): void {
    // Insertion sort: most lists are short and nearly in order after the first pass.
    if (list.length > 64) list.sort((a, b) => key[other[a]!]! - key[other[b]!]!);
    else for (let k = 1; k < list.length; k++) {
      const l = list[k]!;
      const at = key[other[l]!]!;
      let j = k - 1;
      while (j >= 0 && key[other[list[j]!]!]! > at) {
        list[j + 1] = list[j]!;
        j--;
      }
      list[j + 1] = l;
    }
    let y = 0;
    for (let k = 0; k < list.length; k++) {
      const l = list[k]!;
      into[l] = y;
      y += widthOf[l]!;
    }
  }

  let columns = input;
  const place = (order: number[][]): number => {
    columns = order;
    for (const nodes of columns) {
      const spare = (inner - columnNeeds(v, nodes, ky)) / (nodes.length + 1);
      let y = top + (nodes.length ? overhang(v, nodes[0]!, ky) : 0) + spare;
      nodes.forEach((i, k) => {
        if (k > 0) y += h[nodes[k - 1]!]! + gapAfter(nodes, k - 1) + spare;
        y0[i] = y;
      });
    }
    // Indexed loops over typed arrays: the first draw in a page runs this before V8 has optimised
    // it, and a for…of makes an iterator result, and a link object read a boxed number, per step.
    for (let it = 0; it < iterations; it++) {
      const alpha = 0.99 ** it;
      for (let pass = 0; pass < 2; pass++) {
        const backwards = pass === 0;
        stackAll();
        for (let step = 0; step < columnCount; step++) {
          const c = backwards ? columnCount - 1 - step : step;
          const nodes = columns[c]!;
          for (let k = 0; k < nodes.length; k++) {
            const i = nodes[k]!;
            const adjacent = backwards ? outs[i]! : ins[i]!;
            let weight = 0;
            let sum = 0;
            for (let a = 0; a < adjacent.length; a++) {
              const l = adjacent[a]!;
              const w = pullOf[l]!;
              // The top this node would need for the link to run level.
              const ideal = backwards ? y0[targetOf[l]!]! + offsetIn[l]! - offsetOut[l]! : y0[sourceOf[l]!]! + offsetOut[l]! - offsetIn[l]!;
              weight += w;
              sum += ideal * w;
            }
            if (weight > 0) y0[i] = y0[i]! + (sum / weight - y0[i]!) * alpha;
          }
          if (reorder && !isSortedBy(nodes, y0)) nodes.sort((a, b) => y0[a]! - y0[b]! || a - b);
          resolve(nodes);
        }
      }
    }
    // Score: value-weighted vertical travel of the links; flatter flows are easier to follow.
    stackAll();
    let travel = 0;
    for (let l = 0; l < linksIn.length; l++) {
      travel += linksIn[l]!.value * Math.abs(y0[sourceOf[l]!]! + offsetOut[l]! - y0[targetOf[l]!]! - offsetIn[l]!);
    }
    return travel;
  };
  const travel = place(input);
  if (swept.some((nodes, c) => nodes.some((i, k) => i !== input[c]![k]))) {
    const kept = { y0: Float64Array.from(y0), columns };
    if (place(swept) >= travel) {
      y0.set(kept.y0);
      columns = kept.columns;
    }
  }
  // Links stacked at each node in the order of the other end, for the kept positions.
  stackAll();
  return { columns, y0, h, offsetOut, offsetIn };
}

function isSortedBy(nodes: readonly number[], by: Float64Array): boolean {
  for (let k = 1; k < nodes.length; k++) if (by[nodes[k - 1]!]! > by[nodes[k]!]!) return false;
  return true;
}
