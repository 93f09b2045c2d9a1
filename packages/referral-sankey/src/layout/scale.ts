import type { LabelText } from './labels.js';

/** Room above the columns for their headings. */
const HEADING_HEIGHT = 22;

/** What a node's height in a column depends on: its value at the scale, its label's lines, the gaps. */
export interface Heights {
  /** Per node, its value in data units. */
  value: readonly number[];
  /** Per node, the height of its label; 0 for none (or one dropped). */
  labelHeight: Float64Array;
  minNodeHeight: number;
  /** Smallest gap between two nodes in a column. */
  padding: number;
}

/** The vertical frame and scale. */
export interface Vertical extends Heights {
  /** Room for headings above the columns. */
  top: number;
  /** Total height, and the height the columns have below the headings. */
  height: number;
  inner: number;
  /** px per data unit. */
  ky: number;
}

/** A node's bar at `ky` px per unit: never thinner than the smallest node height. */
export const nodeHeight = ({ value, minNodeHeight }: Heights, i: number, ky: number): number => Math.max(value[i]! * ky, minNodeHeight);

/** Extra space a label needs above (or below) the centre of its node beyond the node itself. */
export const overhang = (s: Heights, i: number, ky: number): number => Math.max(0, (s.labelHeight[i]! - nodeHeight(s, i, ky)) / 2);

/**
 * Height a column needs in any order: each node takes the larger of its bar and its label, plus
 * a gap. The exact need depends on which nodes end up neighbours (relaxation re-sorts columns),
 * and never exceeds this bound, so a scale that fits here fits whatever the final order.
 */
export function columnNeeds(s: Heights, nodes: readonly number[], ky: number): number {
  if (nodes.length === 0) return 0;
  let total = (nodes.length - 1) * s.padding;
  for (const i of nodes) total += Math.max(nodeHeight(s, i, ky), s.labelHeight[i]!);
  return total;
}

/**
 * Vertical scale: the largest scale (px per unit) at which every column fits, where the gap between
 * two nodes is also large enough for their labels. If the labels would squeeze the flows below half
 * their label-free scale, the labels of a column's smallest nodes are dropped (their label height
 * set to 0; they stay in the tooltip and the table). The height is `fixedHeight` when given, else
 * it follows from the width and the labels to fit; `headings` leaves room above the columns.
 */
export function verticalScale(
  columns: readonly number[][],
  value: readonly number[],
  labels: readonly LabelText[],
  lineHeight: number,
  width: number,
  fixedHeight: number | undefined,
  headings: boolean,
  nodePadding: number,
  minNodeHeight: number,
): Vertical {
  const n = value.length;
  const labelHeight = new Float64Array(n);
  for (let i = 0; i < n; i++) labelHeight[i] = labels[i]!.lines ? labels[i]!.lines * lineHeight + 2 : 0;

  const top = headings ? HEADING_HEIGHT : 0;
  const tallest = Math.max(...columns.map((c) => c.length));
  const labelled = Math.max(...columns.map((c) => c.reduce((h, i) => h + labelHeight[i]! + nodePadding, 0)));
  // Room for every label, and a quarter more so the larger bars can be taller than their labels.
  const autoHeight = Math.min(Math.max(240, Math.round(width * 0.5), Math.round(labelled * 1.25)), Math.max(1200, tallest * (minNodeHeight + 2)));
  const height = Math.max(Math.round(fixedHeight ?? autoHeight + top), top + tallest * (minNodeHeight + 1) + 4);
  const inner = height - top;
  const padding = tallest > 1 ? Math.min(nodePadding, Math.max(1, (inner * 0.5 - tallest * minNodeHeight) / (tallest - 1))) : nodePadding;
  const heights: Heights = { value, labelHeight, minNodeHeight, padding };

  const fitsAt = (ky: number) => columns.every((nodes) => columnNeeds(heights, nodes, ky) <= inner + 1e-6);
  const largestScale = () => {
    const upper = Math.min(...columns.filter((c) => c.length).map((c) => inner / Math.max(1e-12, sumOf(c, value))));
    if (fitsAt(upper)) return upper;
    let lo = 0;
    let hi = upper;
    for (let k = 0; k < 40; k++) {
      const mid = (lo + hi) / 2;
      if (fitsAt(mid)) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const saved = Array.from(labelHeight);
  labelHeight.fill(0);
  const bare = largestScale();
  labelHeight.set(saved);
  let ky = largestScale();
  if (ky < bare * 0.5) {
    // Drop the labels of each column's smallest nodes until the flows keep half their scale.
    const floor = bare * 0.5;
    for (const nodes of columns) {
      if (columnNeeds(heights, nodes, floor) <= inner) continue;
      const bySize = [...nodes].filter((i) => labelHeight[i]! > 0).sort((a, b) => value[a]! - value[b]! || b - a);
      let lo = 0;
      let hi = bySize.length;
      while (lo < hi) {
        const k = (lo + hi) >> 1;
        for (let j = 0; j < bySize.length; j++) labelHeight[bySize[j]!] = j <= k ? 0 : saved[bySize[j]!]!;
        if (columnNeeds(heights, nodes, floor) <= inner) hi = k;
        else lo = k + 1;
      }
      for (let j = 0; j < bySize.length; j++) labelHeight[bySize[j]!] = j <= lo ? 0 : saved[bySize[j]!]!;
    }
    ky = largestScale();
  }
  return { ...heights, top, height, inner, ky };
}

function sumOf(nodes: readonly number[], value: readonly number[]): number {
  let s = 0;
  for (const i of nodes) s += value[i]!;
  return s;
}
