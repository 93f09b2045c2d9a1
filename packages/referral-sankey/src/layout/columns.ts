import type { LayoutLinkInput, LayoutNodeInput } from './types.js';

/**
 * Columns and the order within them: which column each node stands in, and an order of each
 * column with few crossings between neighbouring columns.
 */

/**
 * Stages when every node has one; otherwise the longest path from a source (Kahn's order), so
 * a node stands right of every node that flows into it.
 */
export function assignColumns(
  nodes: readonly LayoutNodeInput[],
  links: readonly LayoutLinkInput[],
  outs: readonly number[][],
  ins: readonly number[][],
): number[] {
  if (nodes.length > 0 && nodes.every((node) => node.stage !== undefined)) return nodes.map((node) => node.stage!);
  const depth = new Array<number>(nodes.length).fill(0);
  const pending = ins.map((list) => list.length);
  const queue: number[] = [];
  pending.forEach((count, i) => count === 0 && queue.push(i));
  let seen = 0;
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    seen++;
    for (const l of outs[i]!) {
      const t = links[l]!.target;
      depth[t] = Math.max(depth[t]!, depth[i]! + 1);
      if (--pending[t]! === 0) queue.push(t);
    }
  }
  if (seen < nodes.length) throw new Error('the flows form a cycle');
  return depth;
}

/**
 * Barycentric ordering: each sweep sorts a column by the value-weighted mean rank of its
 * neighbours in the column it was swept from. Keeps the order with the fewest crossings.
 */
export function orderColumns(
  columns: number[][],
  links: readonly LayoutLinkInput[],
  outs: readonly number[][],
  ins: readonly number[][],
  value: readonly number[],
  sweeps: number,
): void {
  const n = value.length;
  const rank = new Float64Array(n);
  const setRanks = () => {
    for (const nodes of columns) nodes.forEach((i, k) => (rank[i] = (k + 0.5) / nodes.length));
  };
  setRanks();
  let best = columns.map((c) => [...c]);
  let bestCrossings = countCrossings(columns, links, outs, true);
  const key = new Float64Array(n);
  for (let s = 0; s < sweeps && bestCrossings > 0; s++) {
    const forward = s % 2 === 0;
    for (let step = 1; step < columns.length; step++) {
      const c = forward ? step : columns.length - 1 - step;
      const nodes = columns[c]!;
      // Indexed loops: no iterator results before V8 optimises this (relax.ts).
      for (let k = 0; k < nodes.length; k++) {
        const i = nodes[k]!;
        const adjacent = forward ? ins[i]! : outs[i]!;
        let weight = 0;
        let sum = 0;
        for (let a = 0; a < adjacent.length; a++) {
          const link = links[adjacent[a]!]!;
          const other = forward ? link.source : link.target;
          const w = link.value || 1e-9;
          weight += w;
          sum += rank[other]! * w;
        }
        key[i] = weight > 0 ? sum / weight : rank[i]!;
      }
      nodes.sort((a, b) => key[a]! - key[b]! || rank[a]! - rank[b]!);
      nodes.forEach((i, k) => (rank[i] = (k + 0.5) / nodes.length));
    }
    const crossings = countCrossings(columns, links, outs, true);
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = columns.map((c) => [...c]);
    }
  }
  best.forEach((nodes, c) => (columns[c] = nodes));
}

/**
 * Crossings between links that join adjacent columns: pairs whose source order and target order
 * disagree. Walking the left column top to bottom, a Fenwick tree over the right column's
 * positions counts the earlier links that end lower: O(E log n). `weighted` counts each crossing
 * as the product of the two values, so two wide bands crossing weigh more than hairlines.
 */
export function countCrossings(
  columns: readonly number[][],
  links: readonly LayoutLinkInput[],
  outs: readonly number[][],
  weighted = false,
): number {
  let size = 0;
  for (const nodes of columns) size += nodes.length;
  const columnOf = new Int32Array(size + 1).fill(-1);
  const position = new Int32Array(size + 1);
  columns.forEach((nodes, c) =>
    nodes.forEach((i, k) => {
      columnOf[i] = c;
      position[i] = k;
    }),
  );
  let total = 0;
  for (let c = 0; c + 1 < columns.length; c++) {
    const tree = new Float64Array(columns[c + 1]!.length + 1);
    let seen = 0;
    const left = columns[c]!;
    for (let k = 0; k < left.length; k++) {
      const out = outs[left[k]!]!;
      // A node's own links never cross each other: count them all before adding them.
      for (let a = 0; a < out.length; a++) {
        const link = links[out[a]!]!;
        const t = link.target;
        if (columnOf[t] !== c + 1) continue;
        let notLower = 0;
        for (let j = position[t]! + 1; j > 0; j -= j & -j) notLower += tree[j]!;
        total += (seen - notLower) * (weighted ? link.value : 1);
      }
      for (let a = 0; a < out.length; a++) {
        const link = links[out[a]!]!;
        const t = link.target;
        if (columnOf[t] !== c + 1) continue;
        const w = weighted ? link.value : 1;
        for (let j = position[t]! + 1; j < tree.length; j += j & -j) tree[j] = tree[j]! + w;
        seen += w;
      }
    }
  }
  return total;
}
