import type { DelegationMatrixDocument, DelegationRow } from '@praksis/schema';

/** Why a cell has no figure. */
export type Missing = 'not-measured' | 'not-reported';

/** One cell of a row as the widget draws it: which columns it covers and what it says. */
export interface MatrixCell {
  /** Index of the first column it covers, and how many it covers (more than one when the source gives only a sum). */
  start: number;
  span: number;
  value: number | string | null;
  /** Set exactly when `value` is null. */
  missing?: Missing;
  /** Numeric scales: the value as a share of the row's whole (the value itself for shares). */
  share?: number;
  /** Levels scale: the level's rank, 0 = lowest. */
  level?: number;
  /** Sequential colour step 1–5; 0 for a cell without a figure. */
  step: number;
}

/** The delegation index of a row: exact (low = high, or given by the source as `row.index`) or the range the source's figures allow. */
export interface IndexRange {
  low: number;
  high: number;
}

export interface MatrixRow {
  row: DelegationRow;
  cells: MatrixCell[];
  index?: IndexRange;
}

export interface MatrixModel {
  rows: MatrixRow[];
  /** Columns are steps of the doctor-to-staff scale and cells split a whole: index and bars make sense. */
  scaled: boolean;
  /** Each column's diverging tone 1–5 (doctor only … staff only): its position; empty unless `scaled`. */
  tones: number[];
  /** How many rows are marked fictional. */
  fictionalRows: number;
}

/** Share 0–1 → sequential step 1–5 (below 20 % is 1, 80 % and more is 5). */
export const shareStep = (share: number): number => Math.min(5, 1 + Math.floor(share * 5 + 1e-9));

/** Rank of `count` ordinal levels → sequential step, spread over 1–5 (3 levels: 1, 3, 5). */
export const levelStep = (rank: number, count: number): number => (count < 2 ? 5 : 1 + Math.round((rank * 4) / (count - 1)));

/** Symbols for levels without their own, by step: empty to full. */
export const STEP_SYMBOLS = ['', '○', '◔', '◑', '◕', '●'];

/**
 * The delegation index (1 = doctor only … 5 = staff only) from a row's cells. Each cell's share
 * counts at its column's position; a cell covering several columns, and the share no figure
 * accounts for, may sit anywhere in their columns, so the result is a range. A complete row that
 * misses 1 only by rounding is scaled to 1. Undefined when nothing is known.
 */
export function delegationIndex(cells: readonly MatrixCell[], positions: readonly number[]): IndexRange | undefined {
  let low = 0;
  let high = 0;
  let known = 0;
  let gapLow = Infinity;
  let gapHigh = -Infinity;
  for (const cell of cells) {
    const from = positions[cell.start] ?? 0;
    const to = positions[cell.start + cell.span - 1] ?? 0;
    if (cell.share === undefined) {
      gapLow = Math.min(gapLow, from);
      gapHigh = Math.max(gapHigh, to);
      continue;
    }
    low += cell.share * from;
    high += cell.share * to;
    known += cell.share;
  }
  const rest = 1 - known;
  return known <= 0
    ? undefined
    : gapLow === Infinity || rest <= 0
      ? // Nothing unaccounted for: rounding only.
        { low: low / known, high: high / known }
      : { low: low + rest * gapLow, high: high + rest * gapHigh };
}

/** Builds the rows to draw from a valid document. */
export function buildModel({ scale, columns, rows, cells, columnKind }: DelegationMatrixDocument): MatrixModel {
  const columnIndex = new Map(columns.map((c, i) => [c.id, i]));
  const levels = scale.levels ?? [];
  const scaled = columnKind === 'delegation-scale' && scale.type !== 'levels' && scale.distribution === true;
  const positions = columns.map((c) => c.position ?? 0);
  return {
    rows: rows.map((row): MatrixRow => {
      const own = cells.filter((c) => c.row === row.id);
      const whole = scale.type === 'share' ? 1 : (row.n ?? scale.n ?? own.reduce((sum, c) => sum + (typeof c.value === 'number' ? c.value : 0), 0));
      const list = own
        .map(({ value, columns: span, column, missing }): MatrixCell => {
          // The schema asks for `column` or `columns`.
          const ids = span ?? [column as string];
          const cell: MatrixCell = { start: columnIndex.get(ids[0] as string) as number, span: ids.length, value, step: 0 };
          if (value === null) cell.missing = missing ?? 'not-measured';
          else if (typeof value === 'string') cell.step = levelStep((cell.level = levels.findIndex((l) => l.id === value)), levels.length);
          else cell.step = shareStep((cell.share = whole > 0 ? value / whole : 0));
          return cell;
        })
        .sort((a, b) => a.start - b.start);
      const { index } = row;
      return {
        row,
        cells: list,
        index: index !== undefined ? { low: index, high: index } : scaled ? delegationIndex(list, positions) : undefined,
      };
    }),
    scaled,
    tones: scaled ? positions : [],
    fictionalRows: rows.filter((r) => r.fictional).length,
  };
}

/** The middle of an index range: what sorting by index uses. */
export const indexMiddle = (index: IndexRange): number => (index.low + index.high) / 2;

/**
 * Rows in the data's own order, or by delegation index from doctor to staff (the middle of a range;
 * rows without an index last, in data order: the sort is stable, and two of them compare as NaN, which
 * counts as equal). Never changes the input.
 */
export function sortRows(rows: readonly MatrixRow[], order: 'data' | 'index'): MatrixRow[] {
  const key = (r: MatrixRow) => (r.index ? indexMiddle(r.index) : Infinity);
  return order === 'index' ? [...rows].sort((a, b) => key(a) - key(b)) : [...rows];
}
