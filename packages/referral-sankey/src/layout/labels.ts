import type { MeasureText } from '@praksis/core/text-width.js';
import { fitDistinct, fitText } from './label-fit.js';
import type { Heading, LayoutNodeInput, NodeLabel } from './types.js';

/** Space between a node and its label. */
export const LABEL_GAP = 6;

/** Where the columns stand across the width, and which side of its node a label goes. */
export interface Across {
  /** Labels go outside the outer columns (left of the first, right of the last). */
  outside: boolean;
  /** Margins for the labels left of the first column and right of the last. */
  left: number;
  right: number;
  /** Distance from one column to the next. */
  step: number;
  /** The x of column `c`'s nodes. */
  x: (c: number) => number;
}

/** A label's text, before it is placed: what fits, how wide it is and how many lines it takes. */
export type LabelText = Omit<NodeLabel, 'x' | 'y' | 'box'> & { width: number; lines: number };

/**
 * Across the width: labels go outside the outer columns (left of the first, right of the last)
 * when margins for them leave the flows at least 30 % of the width; when they would have to be cut
 * hard (narrow widths), every label goes right of its node, the first column's over its flows.
 */
export function across(
  nodesIn: readonly LayoutNodeInput[],
  columns: readonly number[][],
  width: number,
  nodeWidth: number,
  measure: MeasureText,
): Across {
  const columnCount = columns.length;
  // Whole pixels, rounded up: the margins are floored below and must still hold the measured text.
  const labelWidth = (i: number) => Math.ceil(Math.max(measure(nodesIn[i]!.name), measure(nodesIn[i]!.valueText))) + LABEL_GAP;
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
  return { outside, left, right, step, x: (c) => left + c * step };
}

/** Whether column `c`'s labels go left of their nodes. */
export const labelsLeft = ({ outside }: Across, c: number): boolean => outside && c === 0;

/**
 * Label text per node, cut to its room: the margin for the outer columns, the gap for the rest.
 * No two names may read the same. A value that does not fit is given in its short form, else
 * left out (it is in the tooltip); either way the label counts as shortened.
 */
export function labelTexts(
  nodesIn: readonly LayoutNodeInput[],
  column: readonly number[],
  columnCount: number,
  frame: Across,
  nodeWidth: number,
  measure: MeasureText,
  lineHeight: number,
): LabelText[] {
  const { left, right, step } = frame;
  const roomFor = (c: number) => (labelsLeft(frame, c) ? left : c === columnCount - 1 ? right : step - nodeWidth - 2) - LABEL_GAP;
  const rooms = nodesIn.map((_, i) => roomFor(column[i]!));
  const names = fitDistinct(
    nodesIn.map((node) => node.name),
    rooms,
    measure,
  );
  return nodesIn.map((node, i) => {
    const room = rooms[i]!;
    const value = [node.valueText, node.valueTextShort].find((text) => text !== undefined && measure(text) <= room) ?? '';
    const shown = names[i] ?? '';
    return {
      anchor: labelsLeft(frame, column[i]!) ? 'end' : 'start',
      name: shown,
      valueText: shown ? value : '',
      truncated: shown !== '' && shown !== node.name,
      shortened: shown !== '' && (shown !== node.name || value !== node.valueText),
      lineHeight,
      lines: shown ? (value ? 2 : 1) : 0,
      width: shown ? Math.max(measure(shown), measure(value)) : 0,
    };
  });
}

/** A label placed beside its node (left edge `x0`), centred on the node's middle `centre`. */
export function placeLabel(label: LabelText, x0: number, centre: number, nodeWidth: number, font: number): NodeLabel {
  const { lineHeight } = label;
  const x = label.anchor === 'end' ? x0 - LABEL_GAP : x0 + nodeWidth + LABEL_GAP;
  const boxHeight = label.lines * lineHeight + 2;
  const boxTop = centre - boxHeight / 2;
  return {
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

/**
 * Headings: each starts at its column and may run to the next; the last may move left into the
 * gap before it (never past the previous heading). In the outside layout the first one ends at
 * its column instead, above its labels.
 */
export function placeHeadings(
  texts: readonly string[],
  frame: Across,
  columnCount: number,
  width: number,
  nodeWidth: number,
  font: number,
  measure: MeasureText,
): Heading[] {
  let previousRight = -Infinity;
  return texts.map((text, c): Heading => {
    const x = frame.x(c);
    if (labelsLeft(frame, c)) {
      const fitted = fitText(text, x + nodeWidth, measure) ?? '';
      previousRight = x + nodeWidth;
      return { x: x + nodeWidth, y: font, anchor: 'end', text: fitted };
    }
    const last = c === columnCount - 1;
    const right = last ? width : frame.x(c + 1) - 8;
    const start = last ? Math.max(Math.min(x, width - measure(text)), previousRight + 8, 0) : x;
    const fitted = fitText(text, right - start, measure) ?? '';
    previousRight = start + measure(fitted);
    return { x: start, y: font, anchor: 'start', text: fitted };
  });
}
