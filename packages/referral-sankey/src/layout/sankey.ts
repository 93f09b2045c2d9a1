import { estimateMeasure } from '@praksis/core/text-width.js';
import { assignColumns, countCrossings, orderColumns } from './columns.js';
import { flowGraph } from './graph.js';
import { across, labelTexts, placeHeadings, placeLabel } from './labels.js';
import { laidLinks } from './paths.js';
import { relax } from './relax.js';
import { verticalScale } from './scale.js';
import type { LaidNode, LayoutLinkInput, LayoutNodeInput, LayoutOptions, SankeyLayout } from './types.js';

export { fitText } from './label-fit.js';
export { countCrossings } from './columns.js';
export { ribbon } from './paths.js';
export type {
  Heading,
  LaidLink,
  LaidNode,
  LayoutLinkInput,
  LayoutNodeInput,
  LayoutOptions,
  NodeLabel,
  SankeyLayout,
  TextBox,
} from './types.js';

/**
 * Sankey layout, pure (no DOM), for graphs from 2 to about 10,000 nodes and 50,000 links.
 *
 * Why not d3-sankey: it depends on old d3-array and d3-shape majors, re-sorts every column on each
 * of its relaxation iterations, and knows nothing about labels. This layout was measured against it
 * (bench/layout.bench.mjs) and does the same steps in a fixed, small number of linear passes:
 *
 * 1. Columns (columns.ts): the data's stages when given, else the longest path from a source (so a
 *    node stands right of everything that flows into it, and sinks stay where their branch ends).
 * 2. Order within a column (columns.ts): a few barycentric sweeps (left→right on incoming,
 *    right→left on outgoing flows), keeping the order with the fewest crossings between adjacent
 *    columns.
 * 3. Heights (scale.ts): the largest scale (px per unit) at which every column fits, where the gap
 *    between two nodes is also large enough for their labels, so labels are centred on their nodes
 *    and never overlap. If the labels would squeeze the flows below half their label-free scale,
 *    the labels of a column's smallest nodes are dropped (they stay in the tooltip and the table).
 * 4. Positions (relax.ts): nodes stacked, then a few relaxation passes as in d3-sankey (each node
 *    moves to where its links would run level; the column is re-sorted; overlaps are pushed
 *    outwards from the middle), but with link order refreshed once per pass instead of after every
 *    node.
 * 5. Links (paths.ts): stacked at each node in the order of the node at the other end (fewest
 *    crossings at the node), drawn as filled ribbons between two cubic curves with a minimum
 *    visible width (a fill rasterises faster than a wide stroke, and takes a focus outline).
 * 6. Labels (labels.ts, label-fit.ts): outside the nodes, left of the first column and right of the
 *    others, in margins sized to the labels; a name that still does not fit is cut with "…", never
 *    so that two names read the same, and a value is given in its short form before it is left out
 *    (the full text is in the tooltip and the table; the layout counts what it shortened, for the
 *    widget's note).
 *
 * Each step is a module of its own in this folder (graph.ts builds the index lists they share);
 * layoutSankey below composes them.
 */

const LINE_HEIGHT_FACTOR = 1.2;

/** Lays out a sankey diagram. Throws on a cycle or a bad index: validate data first. */
export function layoutSankey(
  nodesIn: readonly LayoutNodeInput[],
  linksIn: readonly LayoutLinkInput[],
  options: LayoutOptions,
): SankeyLayout {
  const width = Math.max(160, Math.floor(options.width));
  const nodeWidth = options.nodeWidth ?? 12;
  const nodePadding = options.nodePadding ?? 8;
  const minLinkWidth = options.minLinkWidth ?? 1.5;
  const minNodeHeight = options.minNodeHeight ?? 2;
  const font = options.fontSize ?? 12;
  const measure = options.measure ?? estimateMeasure(font);
  const lineHeight = Math.round(font * LINE_HEIGHT_FACTOR);
  const headings = options.headings ?? [];
  const n = nodesIn.length;
  const graph = flowGraph(n, linksIn);
  const { outs, ins, value } = graph;

  // 1. Columns.
  const column = assignColumns(nodesIn, linksIn, outs, ins);
  const columnCount = Math.max(2, ...column.map((c) => c + 1), headings.length);
  const columns: number[][] = Array.from({ length: columnCount }, () => []);
  for (let i = 0; i < n; i++) columns[column[i]!]!.push(i);

  // 2. Order: the data's own order, and the barycentric one; step 4 keeps the better result.
  const input = columns.map((nodes) => [...nodes]);
  const swept = columns.map((nodes) => [...nodes]);
  orderColumns(swept, linksIn, outs, ins, value, options.sweeps ?? 4);

  // Across: margins for the labels, the columns' x, and each label's text cut to its room.
  const frame = across(nodesIn, columns, width, nodeWidth, measure);
  const labels = labelTexts(nodesIn, column, columnCount, frame, nodeWidth, measure, lineHeight);

  // 3. Vertical scale, dropping the labels of small nodes where they would squeeze the flows.
  const vertical = verticalScale(columns, value, labels, lineHeight, width, options.height, headings.length > 0, nodePadding, minNodeHeight);
  // A name with no room at all is left out like one dropped for height.
  let hiddenLabels = 0;
  for (const label of labels) if (label.lines === 0) hiddenLabels++;
  for (let i = 0; i < n; i++) {
    if (vertical.labelHeight[i] === 0 && labels[i]!.width > 0) {
      hiddenLabels++;
      labels[i]!.width = 0;
    }
  }
  let shortenedLabels = 0;
  for (const label of labels) if (label.width > 0 && label.shortened) shortenedLabels++;

  // 4. Positions, relaxed, in the better of the two orders.
  const placement = relax(graph, linksIn, column, input, swept, vertical, options.iterations ?? 6, options.reorder ?? true);
  const crossings = countCrossings(placement.columns, linksIn, outs);

  // 5. Links.
  const links = laidLinks(linksIn, placement, column, frame.x, vertical.ky, nodeWidth, minLinkWidth);

  // 6. Nodes and labels.
  const { y0, h } = placement;
  const nodes: LaidNode[] = nodesIn.map((_, i) => {
    const c = column[i]!;
    const x0 = frame.x(c);
    const node: LaidNode = {
      index: i,
      column: c,
      x0,
      x1: x0 + nodeWidth,
      y0: y0[i]!,
      y1: y0[i]! + h[i]!,
      valueIn: graph.valueIn[i]!,
      valueOut: graph.valueOut[i]!,
      value: value[i]!,
    };
    const label = labels[i]!;
    if (label.width > 0 && label.lines > 0) node.label = placeLabel(label, x0, y0[i]! + h[i]! / 2, nodeWidth, font);
    return node;
  });

  return {
    width,
    height: vertical.height,
    scale: vertical.ky,
    nodes,
    links,
    columns: placement.columns,
    headings: placeHeadings(headings, frame, columnCount, width, nodeWidth, font, options.measureHeading ?? measure),
    hiddenLabels,
    shortenedLabels,
    crossings,
  };
}
