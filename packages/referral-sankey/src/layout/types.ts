// The layout's input and output, shared by its steps (sankey.ts composes them).
import type { MeasureText } from '@praksis/core/text-width.js';

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
  /**
   * Width of a label's text (name or value) at `fontSize`, in the reader's font where there is a
   * DOM; the estimate (0.6 em a letter) when left out.
   */
  measure?: MeasureText | undefined;
  /** The same for the column headings, which are set bolder; `measure` when left out. */
  measureHeading?: MeasureText | undefined;
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

