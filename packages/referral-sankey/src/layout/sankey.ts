import { estimateTextWidth } from '@praksis/core/text-width.js';
import { fitDistinct, fitText } from './label-fit.js';

export { fitText };

/**
 * Sankey layout, pure (no DOM), for graphs from 2 to about 10,000 nodes and 50,000 links.
 *
 * Why not d3-sankey: it depends on old d3-array and d3-shape majors, re-sorts every column on each
 * of its relaxation iterations, and knows nothing about labels. This layout was measured against it
 * (bench/layout.bench.mjs) and does the same steps in a fixed, small number of linear passes:
 *
 * 1. Columns: the data's stages when given, else the longest path from a source (so a node stands
 *    right of everything that flows into it, and sinks stay where their branch ends).
 * 2. Order within a column: a few barycentric sweeps (left→right on incoming, right→left on
 *    outgoing flows), keeping the order with the fewest crossings between adjacent columns.
 * 3. Heights: the largest scale (px per unit) at which every column fits, where the gap between two
 *    nodes is also large enough for their labels, so labels are centred on their nodes and never
 *    overlap. If the labels would squeeze the flows below half their label-free scale, the labels of
 *    a column's smallest nodes are dropped (they stay in the tooltip and the table).
 * 4. Positions: nodes stacked, then a few relaxation passes as in d3-sankey (each node moves to
 *    where its links would run level; the column is re-sorted; overlaps are pushed outwards from
 *    the middle), but with link order refreshed once per pass instead of after every node.
 * 5. Links: stacked at each node in the order of the node at the other end (fewest crossings at
 *    the node), drawn as filled ribbons between two cubic curves with a minimum visible width
 *    (a fill rasterises faster than a wide stroke, and takes a focus outline).
 * 6. Labels: outside the nodes, left of the first column and right of the others, in margins sized
 *    to the labels; a name that still does not fit is cut with "…", never so that two names read
 *    the same, and a value is given in its short form before it is left out (the full text is in
 *    the tooltip and the table; the layout counts what it shortened, for the widget's note).
 */

export interface LayoutNodeInput {
  /** The name; may be cut to fit. */
  name: string;
  /** The value line under the name, already formatted; empty for none. */
  valueText: string;
  /** A shorter form of the value (e.g. "1,9 mio.") for when the full one does not fit. */
  valueTextShort?: string | undefined;
  /** Column from the data (its stage); used only when every node has one. */
  stage?: number | undefined;
}

export interface LayoutLinkInput {
  source: number;
  target: number;
  /** The value that gives the link its width. 0 for suppressed and zero flows (drawn as hairlines). */
  value: number;
}

export interface LayoutOptions {
  width: number;
  /** Total height; when left out it follows from the width and the number of labels to fit. */
  height?: number | undefined;
  /** Column headings (the data's stages), drawn above the columns. */
  headings?: readonly string[] | undefined;
  nodeWidth?: number;
  /** Smallest gap between two nodes in a column. */
  nodePadding?: number;
  /** Drawn width of the thinnest link, so tiny flows stay visible. */
  minLinkWidth?: number;
  minNodeHeight?: number;
  fontSize?: number;
  /** Barycentric ordering sweeps. */
  sweeps?: number;
  /** Relaxation passes. */
  iterations?: number;
  /** Let relaxation reorder a column by where its nodes want to be (d3-sankey does the same). */
  reorder?: boolean;
}

export interface TextBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface NodeLabel {
  /** Anchor point: x of the text's start (or end), y of the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  name: string;
  valueText: string;
  /** The name was cut to fit. */
  truncated: boolean;
  /** The name was cut, or the value given in its short form or left out. */
  shortened: boolean;
  lineHeight: number;
  /** The space the two lines take, for tests and hit areas. */
  box: TextBox;
}

export interface LaidNode {
  index: number;
  column: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Flow in and out, in data units; the node's value is the larger. */
  valueIn: number;
  valueOut: number;
  value: number;
  label?: NodeLabel;
}

export interface LaidLink {
  index: number;
  source: number;
  target: number;
  value: number;
  /** Width in px in proportion to the value. */
  width: number;
  /** Width it is drawn with: at least `minLinkWidth`. */
  drawWidth: number;
  /** Centre of the band where it leaves the source and where it reaches the target. */
  y0: number;
  y1: number;
  x0: number;
  x1: number;
  path: string;
}

export interface Heading {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
}

export interface SankeyLayout {
  width: number;
  height: number;
  /** px per data unit. */
  scale: number;
  nodes: LaidNode[];
  links: LaidLink[];
  /** Node indices per column, top to bottom. */
  columns: number[][];
  headings: Heading[];
  /** Nodes whose label did not fit and is only in the tooltip and table. */
  hiddenLabels: number;
  /** Labels drawn shortened: a cut name, or a value in its short form or left out. */
  shortenedLabels: number;
  /** Crossings between links of adjacent columns after ordering. */
  crossings: number;
}

const LINE_HEIGHT_FACTOR = 1.2;
const LABEL_GAP = 6;
const HEADING_HEIGHT = 22;

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
  const lineHeight = Math.round(font * LINE_HEIGHT_FACTOR);
  const n = nodesIn.length;

  // Adjacency as index arrays (link indices), and flow per node.
  const outs: number[][] = Array.from({ length: n }, () => []);
  const ins: number[][] = Array.from({ length: n }, () => []);
  const valueIn = new Float64Array(n);
  const valueOut = new Float64Array(n);
  linksIn.forEach((link, i) => {
    if (!(link.source >= 0 && link.source < n && link.target >= 0 && link.target < n)) throw new Error(`link ${i}: bad node index`);
    outs[link.source]!.push(i);
    ins[link.target]!.push(i);
    valueOut[link.source] = valueOut[link.source]! + link.value;
    valueIn[link.target] = valueIn[link.target]! + link.value;
  });
  const value = Array.from({ length: n }, (_, i) => Math.max(valueIn[i]!, valueOut[i]!));

  // 1. Columns.
  const column = assignColumns(nodesIn, linksIn, outs, ins);
  const columnCount = Math.max(2, ...column.map((c) => c + 1), options.headings?.length ?? 0);
  let columns: number[][] = Array.from({ length: columnCount }, () => []);
  for (let i = 0; i < n; i++) columns[column[i]!]!.push(i);

  // 2. Order: the data's own order, and the barycentric one; step 4 keeps the better result.
  const inputOrder = columns.map((nodes) => [...nodes]);
  const sweptOrder = columns.map((nodes) => [...nodes]);
  orderColumns(sweptOrder, linksIn, outs, ins, value, options.sweeps ?? 4);

  // Horizontal. Labels go outside the outer columns (left of the first, right of the last) when
  // margins for them leave the flows at least 30 % of the width; when they would have to be cut
  // hard (narrow widths), every label goes right of its node, the first column's over its flows.
  const labelWidth = (i: number) =>
    Math.max(estimateTextWidth(nodesIn[i]!.name, font), estimateTextWidth(nodesIn[i]!.valueText, font)) + LABEL_GAP;
  const widest = (nodes: readonly number[]) => nodes.reduce((w, i) => Math.max(w, labelWidth(i)), 0);
  const needLeft = widest(columns[0]!);
  const needRight = widest(columns[columnCount - 1]!);
  const linkRoom = Math.max(width * 0.3, (columnCount - 1) * 24);
  const budget = Math.max(0, width - columnCount * nodeWidth - linkRoom);
  const squeeze = needLeft + needRight > budget ? budget / (needLeft + needRight) : 1;
  const outside = squeeze >= 0.75;
  const left = outside ? Math.floor(needLeft * squeeze) : 0;
  const right = outside ? Math.floor(needRight * squeeze) : Math.floor(Math.min(needRight, width * 0.42));
  const step = (width - left - right - nodeWidth) / (columnCount - 1);
  const columnX = (c: number) => left + c * step;

  // Label text per node, cut to its room: the margin for the outer columns, the gap for the rest.
  // No two names may read the same. A value that does not fit is given in its short form, else
  // left out (it is in the tooltip); either way the label counts as shortened.
  const labelsLeft = (c: number) => outside && c === 0;
  const roomFor = (c: number) => (labelsLeft(c) ? left : c === columnCount - 1 ? right : step - nodeWidth - 2) - LABEL_GAP;
  const rooms = nodesIn.map((_, i) => roomFor(column[i]!));
  const names = fitDistinct(
    nodesIn.map((node) => node.name),
    rooms,
    font,
  );
  const labels: (Omit<NodeLabel, 'x' | 'y' | 'box'> & { width: number; lines: number })[] = nodesIn.map((node, i) => {
    const room = rooms[i]!;
    const value = [node.valueText, node.valueTextShort].find((text) => text !== undefined && estimateTextWidth(text, font) <= room) ?? '';
    const shown = names[i] ?? '';
    return {
      anchor: labelsLeft(column[i]!) ? 'end' : 'start',
      name: shown,
      valueText: shown ? value : '',
      truncated: shown !== '' && shown !== node.name,
      shortened: shown !== '' && (shown !== node.name || value !== node.valueText),
      lineHeight,
      lines: shown ? (value ? 2 : 1) : 0,
      width: shown ? Math.max(estimateTextWidth(shown, font), estimateTextWidth(value, font)) : 0,
    };
  });
  // A name with no room at all is left out like one dropped for height below.
  let hiddenLabels = labels.reduce((count, label) => count + (label.lines === 0 ? 1 : 0), 0);
  const labelHeight = new Float64Array(n);
  for (let i = 0; i < n; i++) labelHeight[i] = labels[i]!.lines ? labels[i]!.lines * lineHeight + 2 : 0;

  // 3. Vertical scale.
  const top = options.headings?.length ? HEADING_HEIGHT : 0;
  const tallest = Math.max(...columns.map((c) => c.length));
  const labelled = Math.max(...columns.map((c) => c.reduce((h, i) => h + labelHeight[i]! + nodePadding, 0)));
  // Room for every label, and a quarter more so the larger bars can be taller than their labels.
  const autoHeight = Math.min(Math.max(240, Math.round(width * 0.5), Math.round(labelled * 1.25)), Math.max(1200, tallest * (minNodeHeight + 2)));
  const height = Math.max(Math.round(options.height ?? autoHeight + top), top + tallest * (minNodeHeight + 1) + 4);
  const inner = height - top;
  const padding = tallest > 1 ? Math.min(nodePadding, Math.max(1, (inner * 0.5 - tallest * minNodeHeight) / (tallest - 1))) : nodePadding;

  const nodeHeight = (i: number, ky: number) => Math.max(value[i]! * ky, minNodeHeight);
  /** Extra space a label needs above (or below) the centre of its node beyond the node itself. */
  const overhang = (i: number, ky: number) => Math.max(0, (labelHeight[i]! - nodeHeight(i, ky)) / 2);
  /**
   * Height a column needs in any order: each node takes the larger of its bar and its label, plus
   * a gap. The exact need depends on which nodes end up neighbours (relaxation re-sorts columns),
   * and never exceeds this bound, so a scale that fits here fits whatever the final order.
   */
  const columnNeeds = (nodes: readonly number[], ky: number) => {
    if (nodes.length === 0) return 0;
    let total = (nodes.length - 1) * padding;
    for (const i of nodes) total += Math.max(nodeHeight(i, ky), labelHeight[i]!);
    return total;
  };
  const fitsAt = (ky: number) => columns.every((nodes) => columnNeeds(nodes, ky) <= inner + 1e-6);
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
      if (columnNeeds(nodes, floor) <= inner) continue;
      const bySize = [...nodes].filter((i) => labelHeight[i]! > 0).sort((a, b) => value[a]! - value[b]! || b - a);
      let lo = 0;
      let hi = bySize.length;
      while (lo < hi) {
        const k = (lo + hi) >> 1;
        for (let j = 0; j < bySize.length; j++) labelHeight[bySize[j]!] = j <= k ? 0 : saved[bySize[j]!]!;
        if (columnNeeds(nodes, floor) <= inner) hi = k;
        else lo = k + 1;
      }
      for (let j = 0; j < bySize.length; j++) labelHeight[bySize[j]!] = j <= lo ? 0 : saved[bySize[j]!]!;
    }
    ky = largestScale();
  }
  for (let i = 0; i < n; i++) {
    if (labelHeight[i] === 0 && labels[i]!.width > 0) {
      hiddenLabels++;
      labels[i]!.width = 0;
    }
  }

  let shortenedLabels = 0;
  for (const label of labels) if (label.width > 0 && label.shortened) shortenedLabels++;

  // 4. Positions: stacked with the spare room spread between the nodes, then relaxed.
  const y0 = new Float64Array(n);
  const h = new Float64Array(n);
  for (let i = 0; i < n; i++) h[i] = nodeHeight(i, ky);
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
  const centre = (i: number) => y0[i]! + h[i]! / 2;
  const sourceOf = Int32Array.from(linksIn, (link) => link.source);
  const targetOf = Int32Array.from(linksIn, (link) => link.target);
  const widthOf = Float64Array.from(linksIn, (link) => link.value * ky);
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
    for (const l of list) {
      into[l] = y;
      y += widthOf[l]!;
    }
  }

  // Relaxation as in d3-sankey: each node moves towards the top that would make its links level
  // (weighted by value and by how many columns a link spans), then the column is re-sorted and
  // its overlaps removed. Link order is refreshed once per pass, not after every node.
  const iterations = options.iterations ?? 6;
  const reorder = options.reorder ?? true;
  const place = (order: number[][]): number => {
    columns = order;
    for (const nodes of columns) {
      const spare = (inner - columnNeeds(nodes, ky)) / (nodes.length + 1);
      let y = top + (nodes.length ? overhang(nodes[0]!, ky) : 0) + spare;
      nodes.forEach((i, k) => {
        if (k > 0) y += h[nodes[k - 1]!]! + gapAfter(nodes, k - 1) + spare;
        y0[i] = y;
      });
    }
    for (let it = 0; it < iterations; it++) {
      const alpha = 0.99 ** it;
      for (const backwards of [true, false]) {
        stackAll();
        for (let step = 0; step < columnCount; step++) {
          const c = backwards ? columnCount - 1 - step : step;
          const nodes = columns[c]!;
          for (const i of nodes) {
            const adjacent = backwards ? outs[i]! : ins[i]!;
            let weight = 0;
            let sum = 0;
            for (const l of adjacent) {
              const link = linksIn[l]!;
              const other = backwards ? link.target : link.source;
              const w = (link.value || 1e-9) * Math.abs(column[other]! - c);
              // The top this node would need for the link to run level.
              const ideal = backwards ? y0[other]! + offsetIn[l]! - offsetOut[l]! : y0[other]! + offsetOut[l]! - offsetIn[l]!;
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
    linksIn.forEach((link, l) => {
      travel += link.value * Math.abs(y0[link.source]! + offsetOut[l]! - y0[link.target]! - offsetIn[l]!);
    });
    return travel;
  };
  const travel = place(inputOrder);
  if (sweptOrder.some((nodes, c) => nodes.some((i, k) => i !== inputOrder[c]![k]))) {
    const kept = { y0: Float64Array.from(y0), columns };
    if (place(sweptOrder) >= travel) {
      y0.set(kept.y0);
      columns = kept.columns;
    }
  }
  const crossings = countCrossings(columns, linksIn, outs);

  // 5. Links, stacked at each node in the order of the other end.
  stackAll();
  const laidLinks: LaidLink[] = linksIn.map((link, index) => {
    const width = link.value * ky;
    return {
      index,
      source: link.source,
      target: link.target,
      value: link.value,
      width,
      drawWidth: Math.max(width, minLinkWidth),
      y0: y0[link.source]! + offsetOut[index]! + width / 2,
      y1: y0[link.target]! + offsetIn[index]! + width / 2,
      x0: columnX(column[link.source]!) + nodeWidth,
      x1: columnX(column[link.target]!),
      path: '',
    };
  });
  for (const link of laidLinks) link.path = ribbon(link.x0, link.y0, link.x1, link.y1, link.drawWidth / 2);

  // 6. Nodes and labels.
  const laidNodes: LaidNode[] = nodesIn.map((_, i) => {
    const c = column[i]!;
    const x0 = columnX(c);
    const node: LaidNode = {
      index: i,
      column: c,
      x0,
      x1: x0 + nodeWidth,
      y0: y0[i]!,
      y1: y0[i]! + h[i]!,
      valueIn: valueIn[i]!,
      valueOut: valueOut[i]!,
      value: value[i]!,
    };
    const label = labels[i]!;
    if (label.width > 0 && label.lines > 0) {
      const x = label.anchor === 'end' ? x0 - LABEL_GAP : x0 + nodeWidth + LABEL_GAP;
      const boxHeight = label.lines * lineHeight + 2;
      const boxTop = centre(i) - boxHeight / 2;
      node.label = {
        x,
        // Baseline of the first line: a line box's baseline sits about 0.8 of the font size down.
        y: boxTop + 1 + (lineHeight - font) / 2 + font * 0.8,
        anchor: label.anchor,
        name: label.name,
        valueText: label.valueText,
        truncated: label.truncated,
        shortened: label.shortened,
        lineHeight,
        box: {
          x0: label.anchor === 'end' ? x - label.width : x,
          x1: label.anchor === 'end' ? x : x + label.width,
          y0: boxTop,
          y1: boxTop + boxHeight,
        },
      };
    }
    return node;
  });

  // Headings: each starts at its column and may run to the next; the last may move left into the
  // gap before it (never past the previous heading). In the outside layout the first one ends at
  // its column instead, above its labels.
  let previousRight = -Infinity;
  const headings = (options.headings ?? []).map((text, c): Heading => {
    const x = columnX(c);
    if (labelsLeft(c)) {
      const fitted = fitText(text, x + nodeWidth, font) ?? '';
      previousRight = x + nodeWidth;
      return { x: x + nodeWidth, y: font, anchor: 'end', text: fitted };
    }
    const last = c === columnCount - 1;
    const right = last ? width : columnX(c + 1) - 8;
    const start = last ? Math.max(Math.min(x, width - estimateTextWidth(text, font)), previousRight + 8, 0) : x;
    const fitted = fitText(text, right - start, font) ?? '';
    previousRight = start + estimateTextWidth(fitted, font);
    return { x: start, y: font, anchor: 'start', text: fitted };
  });

  return { width, height, scale: ky, nodes: laidNodes, links: laidLinks, columns, headings, hiddenLabels, shortenedLabels, crossings };
}

function isSortedBy(nodes: readonly number[], by: Float64Array): boolean {
  for (let k = 1; k < nodes.length; k++) if (by[nodes[k - 1]!]! > by[nodes[k]!]!) return false;
  return true;
}

function sumOf(nodes: readonly number[], value: readonly number[]): number {
  let s = 0;
  for (const i of nodes) s += value[i]!;
  return s;
}

/** Rounded to 0.1 px: shorter path strings, no visible difference. */
const r = (v: number) => Math.round(v * 10) / 10;

/**
 * A ribbon from the source's right edge to the target's left edge: two horizontal S-curves `half`
 * above and below the band's centre line, joined by vertical edges at the nodes.
 */
export function ribbon(x0: number, y0: number, x1: number, y1: number, half: number): string {
  const xm = r((x0 + x1) / 2);
  const [a, b, c, d] = [r(y0 - half), r(y1 - half), r(y1 + half), r(y0 + half)];
  return `M${r(x0)},${a}C${xm},${a} ${xm},${b} ${r(x1)},${b}V${c}C${xm},${c} ${xm},${d} ${r(x0)},${d}Z`;
}

/**
 * Stages when every node has one; otherwise the longest path from a source (Kahn's order), so
 * a node stands right of every node that flows into it.
 */
function assignColumns(
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
function orderColumns(
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
      for (const i of nodes) {
        const adjacent = forward ? ins[i]! : outs[i]!;
        let weight = 0;
        let sum = 0;
        for (const l of adjacent) {
          const other = forward ? links[l]!.source : links[l]!.target;
          const w = links[l]!.value || 1e-9;
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
    for (const i of columns[c]!) {
      // A node's own links never cross each other: count them all before adding them.
      for (const l of outs[i]!) {
        const t = links[l]!.target;
        if (columnOf[t] !== c + 1) continue;
        let notLower = 0;
        for (let j = position[t]! + 1; j > 0; j -= j & -j) notLower += tree[j]!;
        total += (seen - notLower) * (weighted ? links[l]!.value : 1);
      }
      for (const l of outs[i]!) {
        const t = links[l]!.target;
        if (columnOf[t] !== c + 1) continue;
        const w = weighted ? links[l]!.value : 1;
        for (let j = position[t]! + 1; j < tree.length; j += j & -j) tree[j] = tree[j]! + w;
        seen += w;
      }
    }
  }
  return total;
}
