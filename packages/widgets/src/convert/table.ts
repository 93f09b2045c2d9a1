/**
 * A table pasted or opened by an editor: TSV as spreadsheets put it on the clipboard, or CSV with
 * `;` or `,`. Pure text work (no DOM), shared by the chart maker page and `praksis-convert`.
 * The guesses (separator, decimal mark, header row) are returned as a format the editor can
 * change; parsing again with the changed format gives the table they meant.
 */

export type Separator = '\t' | ';' | ',';
export type DecimalMark = ',' | '.';

export interface TableFormat {
  separator: Separator;
  /** ',' for Danish numbers (1.893.921 and 34,9), '.' for English ones (1,893,921 and 34.9). */
  decimalMark: DecimalMark;
  /** Whether the first row holds the column names. */
  header: boolean;
}

export interface Table {
  format: TableFormat;
  /** Column names: the header row's cells, or "Kolonne A" … when there is no header row. */
  columns: string[];
  /** Data rows, each as long as `columns` or longer (a ragged row keeps its extra cells). */
  rows: string[][];
  /** The spreadsheet row number (1 = first line of the input) of each data row. */
  rowNumbers: number[];
}

/** Most rows the maker and the CLI read: far more than any widget draws, few enough to stay quick. */
export const MAX_ROWS = 50_000;
/** Most columns a row may have. */
export const MAX_COLUMNS = 200;

/** Spreadsheet letters of a column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Excel's first line "sep=;" names the separator and is not a row: Excel shows the line after it
 * as row 1.
 */
const SEPARATOR_LINE = /^sep=([\t;,])[ \t]*(\r\n|\r|\n|$)/i;

/**
 * Splits delimited text into rows of cells. Quotes follow RFC 4180 (a quoted cell may hold the
 * separator, line breaks and "" for a quote), which is also how spreadsheets quote TSV cells.
 * Lines that are empty are kept as empty rows, so row numbers match the editor's spreadsheet.
 */
export function splitRows(text: string, separator: Separator): string[][] {
  const input = text.replace(/^\uFEFF/, '').replace(SEPARATOR_LINE, '');
  // A quote that opens a cell and never closes would swallow every row after it: it is read as
  // an ordinary character instead (as in 15" skærm), so the rows stay rows and the cell shows it.
  const literal = new Set<number>();
  for (;;) {
    const split = splitOnce(input, separator, literal);
    if (split.unclosedAt === undefined) return split.rows;
    literal.add(split.unclosedAt);
  }
}

function splitOnce(input: string, separator: Separator, literal: ReadonlySet<number>): { rows: string[][]; unclosedAt?: number } {
  let openedAt = 0;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += char;
      continue;
    }
    if (char === '"' && atCellStart && !literal.has(i)) {
      openedAt = i;
      quoted = true;
      atCellStart = false;
    } else if (char === separator) {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += char;
      atCellStart = false;
    }
  }
  if (quoted) return { rows, unclosedAt: openedAt };
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  // The line break after the last row is not an empty row of its own.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  return { rows };
}

/** The separator that splits the first lines most consistently into more than one column. */
export function guessSeparator(text: string): Separator {
  const named = SEPARATOR_LINE.exec(text.replace(/^\uFEFF/, ''))?.[1];
  if (named) return named as Separator;
  const sample = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 20);
  // Spreadsheets put TSV on the clipboard; a tab in ordinary CSV text is rare.
  if (sample.some((line) => line.includes('\t'))) return '\t';
  let best: Separator = ';';
  let bestScore = -1;
  for (const separator of [';', ','] as const) {
    const counts = splitRows(sample.join('\n'), separator).map((row) => row.length);
    const first = counts[0] ?? 1;
    if (first < 2) continue;
    const consistent = counts.filter((count) => count === first).length;
    // Ties go to ';', which Danish spreadsheets write because ',' is their decimal mark.
    if (consistent > bestScore) {
      best = separator;
      bestScore = consistent;
    }
  }
  return best;
}

const DANISH_EVIDENCE = [/^-?\d{1,3}(\.\d{3}){2,}(,\d+)?$/, /^-?\d{1,3}(\.\d{3})+,\d+$/, /^-?\d+,\d{1,2}\s*%?$/, /^-?\d+,\d{4,}$/];
const ENGLISH_EVIDENCE = [/^-?\d{1,3}(,\d{3}){2,}(\.\d+)?$/, /^-?\d{1,3}(,\d{3})+\.\d+$/, /^-?\d+\.\d{1,2}\s*%?$/, /^-?\d+\.\d{4,}$/];

/**
 * The decimal mark the numbers in these cells use. "1.893.921" and "34,9" are Danish, "1,893,921"
 * and "34.9" English; "1.893" alone could be either and counts for neither. With no evidence the
 * answer is Danish, the language of the data.
 */
export function guessDecimalMark(cells: Iterable<string>): DecimalMark {
  let danish = 0;
  let english = 0;
  for (const raw of cells) {
    const cell = raw.replace(/[\s\u00a0]/g, '');
    if (DANISH_EVIDENCE.some((pattern) => pattern.test(cell))) danish++;
    else if (ENGLISH_EVIDENCE.some((pattern) => pattern.test(cell))) english++;
  }
  return english > danish ? '.' : ',';
}

const NUMBERISH = /^[-−+]?[\d.,\s\u00a0]+%?$/;

const YEAR = /^(19|20)\d\d$/;

/**
 * True when the first row looks like names: none of its cells is a number, or its numbers are
 * years heading columns of other figures beside a name, as statistics tables head a column of
 * counts ("Henvisningstype", "2022").
 */
export function guessHeader(rows: readonly (readonly string[])[]): boolean {
  const first = (rows[0] ?? []).map((cell) => cell.trim());
  const numeric = first.flatMap((cell, i) => (cell !== '' && NUMBERISH.test(cell) ? [i] : []));
  if (numeric.length === 0) return true;
  const named = first.some((cell) => cell !== '' && !NUMBERISH.test(cell));
  const yearOverFigures = (i: number) => YEAR.test(first[i]!) && rows.slice(1).some((row) => (row[i] ?? '').trim() !== '' && !YEAR.test((row[i] ?? '').trim()));
  return named && numeric.every(yearOverFigures);
}

/** Guesses the whole format of a pasted or opened text. */
export function guessFormat(text: string): TableFormat {
  const separator = guessSeparator(text);
  const rows = splitRows(text, separator);
  const header = guessHeader(rows);
  return { separator, header, decimalMark: guessDecimalMark(rows.slice(header ? 1 : 0, 2000).flat()) };
}

/** The text as a table in the given format (the guessed one when none is given). */
export function readTable(text: string, format: TableFormat = guessFormat(text)): Table {
  return tableFromRows(splitRows(text, format.separator), format);
}

/** Rows of cells (from text or a spreadsheet file) as a table in the given format. */
export function tableFromRows(allRows: readonly (readonly string[])[], format: TableFormat): Table {
  const headerRow = format.header ? (allRows[0] ?? []) : [];
  const firstData = format.header ? 1 : 0;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let width = headerRow.length;
  for (let i = firstData; i < allRows.length; i++) {
    const row = allRows[i]!.map((cell) => cell.trim());
    // Blank lines between rows are not data; their numbers are skipped, as in the spreadsheet.
    if (row.every((cell) => cell === '')) continue;
    rows.push(row);
    rowNumbers.push(i + 1);
    if (!format.header) width = Math.max(width, row.length);
  }
  const columns = Array.from({ length: Math.min(width, MAX_COLUMNS) }, (_, i) => (format.header ? (headerRow[i] ?? '').trim() : ''));
  return { format, columns, rows, rowNumbers };
}
