import type { Lang } from './lang.js';

/** A cell of a data table: a number (written raw, never rounded for display), text, or empty. */
export type DataCell = string | number | null | undefined;

/**
 * One table of a widget's data as the CSV download writes it: the figures behind the chart, not
 * text formatted for reading. Widgets supply these through `PraksisElement#dataTables`.
 */
export interface DataTable {
  /** Column headings, in the reader's language. */
  columns: string[];
  /** Rows of cells, as many as there are columns. */
  rows: DataCell[][];
}

/**
 * How a spreadsheet in the language reads a CSV file: Danish Excel splits on `;` and reads a
 * decimal comma (the list separator of the Danish regional settings), English on `,` with a point.
 */
export const CSV_DIALECTS: Record<Lang, { separator: string; decimal: string }> = {
  da: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/**
 * A number as a spreadsheet reads it: no thousands separators, the language's decimal mark, at
 * most 12 significant digits (so 0.148 × 100 is 14,8 and not 14,799999999999999), a plain minus.
 * Not finite: empty.
 */
export function csvNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '';
  let text = String(Number(value.toPrecision(12)));
  // 1e-7 is not a number to every reader: small numbers are written out in full.
  if (/e-/.test(text)) text = value.toFixed(Math.min(100, 12 - Math.floor(Math.log10(Math.abs(value))))).replace(/0+$/, '');
  return CSV_DIALECTS[lang].decimal === '.' ? text : text.replace('.', CSV_DIALECTS[lang].decimal);
}

/**
 * One field, quoted as RFC 4180 asks when it holds the separator, a double quote or a line break.
 * Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, so data from a document can never become a formula.
 */
export function csvField(cell: DataCell, lang: Lang): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return csvNumber(cell, lang);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  const separator = CSV_DIALECTS[lang].separator;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The tables as one CSV text: UTF-8 byte-order mark first (Excel then reads æ, ø and å right),
 * records ended by CRLF, every record as wide as the widest table (RFC 4180), tables separated by
 * an empty record.
 */
export function toCsv(tables: readonly DataTable[], lang: Lang): string {
  const width = Math.max(1, ...tables.map((t) => Math.max(t.columns.length, ...t.rows.map((r) => r.length))));
  const separator = CSV_DIALECTS[lang].separator;
  const record = (cells: readonly DataCell[]) =>
    Array.from({ length: width }, (_, i) => csvField(cells[i], lang)).join(separator) + '\r\n';
  return '\uFEFF' + tables.map((t) => [t.columns, ...t.rows].map(record).join('')).join(record([]));
}
