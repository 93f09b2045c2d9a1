/**
 * Table → document for a widget, checked by the widget's own validator. The one conversion the
 * chart maker page and `praksis-convert` share: pure, no DOM, no network.
 *
 *   table ─ guessMapping / the editor's mapping ─▶ built values ─ merged with meta ─▶ document
 *                                                                        └▶ validateDocument-style issues,
 *                                                                           reported at the cell they came from
 */
import type { LocalizedMessage } from '@praksis/schema';
import { words } from '@praksis/schema/messages.js';
import { widgetNamed } from '../registry.js';
import { buildCapacity } from './capacity.js';
import { TableReader, type Origin } from './cells.js';
import { buildDelegationMatrix } from './delegation.js';
import { FIELDS, guessMapping, type ColumnMapping, type ConvertibleWidget } from './fields.js';
import { say, type ConversionProblem } from './problems.js';
import { buildReferralFlows } from './referral.js';
import { MAX_ROWS, type Table } from './table.js';

export interface ConversionInput {
  widget: ConvertibleWidget;
  table: Table;
  /** Which column is which; guessed from the headers when left out. */
  mapping?: ColumnMapping;
  /** Merged into the document: title, unit, period, provenance … (what the table does not hold). */
  meta?: Record<string, unknown>;
}

export interface ConversionResult {
  /** The document, as complete as the table and meta allow (also when it has problems). */
  document: Record<string, unknown>;
  /** Every problem: in a cell (row and column), a missing column, or a value the schema refuses. */
  problems: ConversionProblem[];
  /** What the conversion did that the editor should know, e.g. multiplied a column in thousands. */
  notes: LocalizedMessage[];
  mapping: ColumnMapping;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Objects merged key by key, later ones winning; arrays and other values are replaced whole. */
export function mergeDocuments(...parts: unknown[]): Json {
  const out: Json = {};
  for (const part of parts) {
    if (!isObject(part)) continue;
    for (const [key, value] of Object.entries(part)) {
      // A key such as "__proto__" from a META.json becomes an ordinary own property, never the prototype.
      const current = Object.prototype.hasOwnProperty.call(out, key) ? out[key] : undefined;
      Object.defineProperty(out, key, {
        value: isObject(value) && isObject(current) ? mergeDocuments(current, value) : isObject(value) ? mergeDocuments(value) : value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}

/**
 * Problems of the table itself: no rows, too many, extra cells, mapped columns without a heading or
 * data. Returns the columns found empty or unnamed (their cells need no report of their own), or
 * undefined when the table cannot be converted at all.
 */
function tableProblems(reader: TableReader, mapping: ColumnMapping): Set<number> | undefined {
  const { table } = reader;
  if (table.rows.length === 0) {
    reader.problem(say.noRows());
    return undefined;
  }
  if (table.rows.length > MAX_ROWS) {
    reader.problem(say.tooManyRows(MAX_ROWS));
    return undefined;
  }
  const width = table.columns.length;
  table.rows.forEach((row, rowIndex) => {
    const extra = row.findIndex((cell, i) => i >= width && cell.trim() !== '');
    if (extra >= 0) reader.problem(say.extraCells(row.length, width), rowIndex, extra);
  });
  const mapped = [...Object.values(mapping.columns), ...(mapping.staff ?? [])].filter((c): c is number => c !== undefined);
  const broken = new Set<number>();
  for (const column of new Set(mapped)) {
    if (table.format.header && table.columns[column] === '') reader.problem(say.noHeader(), undefined, column);
    else if (table.rows.every((row) => (row[column] ?? '').trim() === '')) {
      reader.problem(say.emptyColumn(), undefined, column);
      broken.add(column);
    }
  }
  return broken;
}

/** The parts of a document the table fills, as opposed to those the editor writes (title, provenance …). */
const FROM_TABLE = /^\/(nodes|links|stages|rows|cells|columns|columnKind|scale|trend|listedPatients|capacities|doctors|asOf)(\/|$)/;

/** The origin of a pointer: the longest recorded path that is it or holds it. */
function originOf(origins: readonly Origin[], path: string): Origin | undefined {
  let best: Origin | undefined;
  for (const origin of origins) {
    if ((path === origin.path || path.startsWith(`${origin.path}/`)) && (!best || origin.path.length > best.path.length)) best = origin;
  }
  return best;
}

/** Fills the provenance's date from the document's when the editor gave only one of them. */
function completeProvenance(document: Json): void {
  const provenance = document['provenance'];
  if (!isObject(provenance) || provenance['asOf'] !== undefined || provenance['period'] !== undefined) return;
  if (isObject(document['period'])) provenance['period'] = document['period'];
  else if (typeof document['asOf'] === 'string') provenance['asOf'] = document['asOf'];
}

export function convertTable(input: ConversionInput): ConversionResult {
  const { widget, table } = input;
  const descriptor = widgetNamed(widget);
  if (!descriptor || !(widget in FIELDS)) throw new RangeError(`not a widget the maker converts to: ${String(widget)}`);
  const mapping = input.mapping ?? guessMapping(widget, table);
  const meta = input.meta ?? {};
  const reader = new TableReader(table);
  const notes: LocalizedMessage[] = [];

  let built: Json = {};
  const brokenColumns = tableProblems(reader, mapping);
  if (brokenColumns) {
    if (widget === 'referral-sankey') built = buildReferralFlows(reader, mapping, { whole: (meta['unit'] ?? 'count') === 'count' });
    else if (widget === 'capacity-gauge') built = buildCapacity(reader, mapping, notes);
    else built = buildDelegationMatrix(reader, mapping, notes);
  }
  const defaults: Json = { $schema: descriptor.kind.schemaId, ...(widget === 'referral-sankey' ? { unit: 'count' } : {}) };
  const document = mergeDocuments(defaults, meta, built);
  // The schema named is always the widget's, whatever a META.json says.
  document['$schema'] = descriptor.kind.schemaId;
  completeProvenance(document);

  // A column reported empty needs no report for each of its cells.
  const problems = reader.problems.filter((problem) => problem.row === undefined || problem.column === undefined || !brokenColumns?.has(problem.column));
  const rowsWithProblems = new Set(problems.map((problem) => problem.row).filter((row) => row !== undefined));
  for (const issue of descriptor.kind.check(document, words)) {
    const origin = originOf(reader.origins, issue.path);
    // A row already reported leaves values out; the schema's complaint about the gap says nothing new.
    if (origin && rowsWithProblems.has(origin.row)) continue;
    // Rows left out for their problems leave the lists short; the schema's count of them is noise.
    if (!origin && problems.length > 0 && FROM_TABLE.test(issue.path)) continue;
    problems.push({
      message: issue.message,
      path: issue.path,
      ...(origin ? { row: origin.row } : {}),
      ...(origin?.column !== undefined ? { column: origin.column, ...(table.columns[origin.column] ? { columnName: table.columns[origin.column] } : {}) } : {}),
    });
  }
  return { document, problems, notes, mapping };
}
