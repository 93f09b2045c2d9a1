/**
 * Reading one cell of a table as the document needs it, recording where each value came from so a
 * problem the validator finds later is reported at the editor's row and column.
 */
import { slug } from '@praksis/core/file-name.js';
import type { LocalizedMessage } from '@praksis/schema';
import { looksLikeThousandsDot, readDate, readNumber } from './numbers.js';
import { say, type ConversionProblem } from './problems.js';
import type { Table } from './table.js';

/** Where a value of the document came from: a JSON pointer and a cell (or a whole row). */
export interface Origin {
  path: string;
  row: number;
  column?: number;
}

export class TableReader {
  readonly problems: ConversionProblem[] = [];
  readonly origins: Origin[] = [];

  constructor(readonly table: Table) {}

  /** The trimmed text of a data row's cell ('' when the row is short or the column unmapped). */
  text(rowIndex: number, column: number | undefined): string {
    if (column === undefined) return '';
    return (this.table.rows[rowIndex]?.[column] ?? '').trim();
  }

  rowNumber(rowIndex: number): number {
    return this.table.rowNumbers[rowIndex] ?? rowIndex + 1;
  }

  problem(message: LocalizedMessage, rowIndex?: number, column?: number): void {
    this.problems.push({
      message,
      ...(rowIndex !== undefined ? { row: this.rowNumber(rowIndex) } : {}),
      ...(column !== undefined ? { column, ...(this.table.columns[column] ? { columnName: this.table.columns[column] } : {}) } : {}),
    });
  }

  /** Notes that the document's value at `path` comes from this cell (or row). */
  from(path: string, rowIndex: number, column?: number): void {
    this.origins.push({ path, row: this.rowNumber(rowIndex), ...(column !== undefined ? { column } : {}) });
  }

  /** A required text cell; a problem when it is empty. */
  requiredText(rowIndex: number, column: number, what: LocalizedMessage): string | undefined {
    const text = this.text(rowIndex, column);
    if (text === '') {
      this.problem(say.empty(what), rowIndex, column);
      return undefined;
    }
    return text;
  }

  /**
   * A number cell. `whole`: a count, so a fraction is a problem (and a Danish thousands dot read as a
   * decimal point is named as such). Empty cells are undefined without a problem when `optional`.
   */
  number(rowIndex: number, column: number, what: LocalizedMessage, options: { whole?: boolean; optional?: boolean } = {}): { value: number; percent: boolean } | undefined {
    const text = this.text(rowIndex, column);
    const mark = this.table.format.decimalMark;
    const reading = readNumber(text, mark);
    if (!reading.ok) {
      if (reading.reason === 'empty') {
        if (!options.optional) this.problem(say.empty(what), rowIndex, column);
      } else if (reading.reason === 'other-decimal-mark') this.problem(say.otherDecimalMark(text, mark), rowIndex, column);
      else this.problem(say.notANumber(text), rowIndex, column);
      return undefined;
    }
    if (reading.value < 0) {
      this.problem(say.negative(text), rowIndex, column);
      return undefined;
    }
    if (options.whole && !Number.isInteger(reading.value)) {
      this.problem(looksLikeThousandsDot(text, mark) ? say.thousandsDot(text) : say.notWhole(text), rowIndex, column);
      return undefined;
    }
    return reading;
  }

  /** A date cell as YYYY-MM-DD. */
  date(rowIndex: number, column: number, what: LocalizedMessage): string | undefined {
    const text = this.text(rowIndex, column);
    if (text === '') {
      this.problem(say.empty(what), rowIndex, column);
      return undefined;
    }
    const date = readDate(text);
    if (date === undefined) this.problem(say.notADate(text), rowIndex, column);
    return date;
  }
}

/**
 * Ids made from labels: lower case ASCII with hyphens ("Speciallæge" → "speciallaege"), unique. A
 * numbered id is checked too, as a label may slug to it: "A", "a" and "A 2" get a, a-2 and a-2-2.
 */
export class IdMaker {
  private readonly used = new Set<string>();

  make(label: string): string {
    const base = slug(label, 36) || 'x';
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
