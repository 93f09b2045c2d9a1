/** Whether the matrix fits as a table at a width, or must become one card per task. */
export type MatrixLayout = 'table' | 'cards';

export interface FitInput {
  /** Width available, px. */
  width: number;
  columnLabels: readonly string[];
  rowLabels: readonly string[];
  /** Every text a data cell can show (figures, "ikke målt" …). */
  cellTexts: readonly string[];
  /** An index column is added (survey data). */
  indexColumn: boolean;
  /**
   * Width of a text in px at `size` times the table's font size (1 when left out), in bold for
   * headers (`th`, bold as browsers set it).
   */
  textWidth: (text: string, size?: number, bold?: boolean) => number;
}

/** Horizontal padding and border of a table cell, px. */
export const CELL_PADDING = 14;
/** A row header may wrap, but never narrower than this, px. */
export const MIN_ROW_HEADER = 96;
/** Column headings are set smaller than the cells (0.875em in the styles). */
export const HEADER_SIZE = 0.875;

/** The widest single word: text wraps between words, never inside one. */
export function widestWord(texts: readonly string[], textWidth: (text: string) => number): number {
  let widest = 0;
  for (const text of texts) for (const word of text.split(/\s+/)) widest = Math.max(widest, textWidth(word));
  return widest;
}

/** Width the table needs when every header and cell wraps at its spaces, px. */
export function tableWidth({ columnLabels, rowLabels, cellTexts, indexColumn, textWidth }: FitInput): number {
  const heading = widestWord(columnLabels, (word) => textWidth(word, HEADER_SIZE, true));
  const column = Math.max(heading, widestWord(cellTexts, (word) => textWidth(word))) + CELL_PADDING;
  const rowHeader = Math.max(MIN_ROW_HEADER, widestWord(rowLabels, (word) => textWidth(word, 1, true))) + CELL_PADDING;
  const index = indexColumn ? textWidth('0,0–0,0') + CELL_PADDING : 0;
  return rowHeader + column * columnLabels.length + index;
}

/**
 * The table when it fits without clipping or shrinking text; otherwise cards, one per task, that
 * read top to bottom on a phone.
 */
export function chooseLayout(input: FitInput): MatrixLayout {
  return tableWidth(input) <= input.width ? 'table' : 'cards';
}
