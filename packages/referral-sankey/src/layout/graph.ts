import type { LayoutLinkInput } from './types.js';

/** The flows as index lists, and the flow through each node. */
export interface FlowGraph {
  /** Per node, the indices of the links that leave it. */
  outs: number[][];
  /** Per node, the indices of the links that reach it. */
  ins: number[][];
  /** Flow into and out of each node, in data units. */
  valueIn: Float64Array;
  valueOut: Float64Array;
  /** A node's value: the larger of its flow in and out. */
  value: number[];
}

/** Adjacency as index arrays (link indices), and flow per node. Throws on a link to a node that is not there. */
export function flowGraph(n: number, links: readonly LayoutLinkInput[]): FlowGraph {
  const outs: number[][] = Array.from({ length: n }, () => []);
  const ins: number[][] = Array.from({ length: n }, () => []);
  const valueIn = new Float64Array(n);
  const valueOut = new Float64Array(n);
  links.forEach((link, i) => {
    if (!(link.source >= 0 && link.source < n && link.target >= 0 && link.target < n)) throw new Error(`link ${i}: bad node index`);
    outs[link.source]!.push(i);
    ins[link.target]!.push(i);
    valueOut[link.source] = valueOut[link.source]! + link.value;
    valueIn[link.target] = valueIn[link.target]! + link.value;
  });
  const value = Array.from({ length: n }, (_, i) => Math.max(valueIn[i]!, valueOut[i]!));
  return { outs, ins, valueIn, valueOut, value };
}
