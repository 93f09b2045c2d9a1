/**
 * praksis-convert WIDGET FILE [--map MAP.json] [--meta META.json] [--sheet NAME] [--lang en|da]: the chart maker's
 * conversion for batch publishers. Prints the document on stdout when it is valid. `run` works
 * against an injected IO so it is tested without spawning a process.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseJsonText } from '@praksis/schema';
import { EXIT_ERROR, EXIT_INVALID, EXIT_OK } from '@praksis/schema/exit-codes.js';
import { convertTable } from './convert.js';
import { CONVERTIBLE_WIDGETS, isConvertibleWidget, resolveColumn, type ColumnMapping } from './fields.js';
import { UnreadableInput, spreadsheetText } from './file.js';
import { describeProblem, type Lang } from './problems.js';
import { readTable, type Table } from './table.js';

export interface ConvertIo {
  /** The file's bytes; throws (like fs.readFileSync) when it can't. */
  readFile(path: string): Uint8Array;
  stdout(text: string): void;
  stderr(line: string): void;
}

export { EXIT_ERROR, EXIT_INVALID, EXIT_OK };

const USAGE = [
  'Usage: praksis-convert WIDGET FILE [--map MAP.json] [--meta META.json] [--sheet NAME] [--lang en|da]',
  `Converts a spreadsheet (CSV, TSV or XLSX) into the JSON document WIDGET draws: ${CONVERTIBLE_WIDGETS.join(', ')}.`,
  '  --map    which column is which: {"columns": {"to": "Henvisningstype", "value": "B"}, "sender": "Almen praksis"}',
  '           (a column by header name, letter or 0-based index); without it the columns are guessed from the headers',
  '  --meta   an object merged into the document: title, unit, period, provenance …',
  '  --sheet  the sheet of an XLSX workbook to read, by name or number from 1 (default: the first)',
  '  --lang   language of the problems (default en)',
  'Prints the document on stdout when it is valid.',
  'Exit status: 0 valid, 1 invalid (one line per problem, with row and column), 2 bad usage or unreadable input.',
];

class UsageError extends Error {}

function readJsonFile(io: ConvertIo, path: string, what: string): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder().decode(io.readFile(path));
  } catch (error) {
    throw new UsageError(`${path}: cannot read the ${what} file (${(error as { code?: string }).code ?? String(error)})`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.issues[0].message.en}`);
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) throw new UsageError(`${path}: the ${what} must be a JSON object`);
  return parsed.data as Record<string, unknown>;
}

/** A map file's columns, resolved against the table's headers, letters or indexes. */
export function mappingFromFile(map: Record<string, unknown>, table: Table): ColumnMapping {
  const refs = typeof map['columns'] === 'object' && map['columns'] !== null ? (map['columns'] as Record<string, unknown>) : map;
  const resolve = (ref: unknown, field: string) => {
    const column = resolveColumn(table, ref);
    if (column === undefined) throw new UsageError(`map: no column ${JSON.stringify(ref)} for "${field}" (columns: ${table.columns.map((c) => JSON.stringify(c)).join(', ')})`);
    return column;
  };
  const columns: ColumnMapping['columns'] = {};
  for (const [field, ref] of Object.entries(refs)) {
    if (field === 'staff' || field === 'sender' || field === 'columns') continue;
    if (typeof ref === 'string' || typeof ref === 'number') columns[field] = resolve(ref, field);
  }
  const mapping: ColumnMapping = { columns };
  if (Array.isArray(map['staff'])) mapping.staff = map['staff'].map((ref) => resolve(ref, 'staff'));
  if (typeof map['sender'] === 'string') mapping.sender = map['sender'];
  return mapping;
}

/** Runs the command line; resolves with the exit status. */
export async function run(argv: readonly string[], io: ConvertIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { map: { type: 'string' }, meta: { type: 'string' }, sheet: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr(`praksis-convert: ${(error as Error).message.split('. ')[0]}`);
    USAGE.forEach((line) => io.stderr(line));
    return EXIT_ERROR;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE.join('\n')}\n`);
    return EXIT_OK;
  }
  const lang: Lang = values.lang === 'da' ? 'da' : 'en';
  const [widget, file, ...extra] = positionals;
  const usage = (problem: string) => {
    io.stderr(`praksis-convert: ${problem}`);
    USAGE.forEach((line) => io.stderr(line));
    return EXIT_ERROR;
  };
  if (values.lang !== undefined && values.lang !== 'da' && values.lang !== 'en') return usage(`--lang must be en or da, not ${values.lang}`);
  if (!isConvertibleWidget(widget)) return usage(widget ? `unknown widget ${widget}` : 'no widget');
  if (!file || extra.length > 0) return usage(file ? `one file only, not ${extra.join(' ')}` : 'no file');

  let table: Table;
  let mapping: ColumnMapping | undefined;
  let meta: Record<string, unknown> | undefined;
  try {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (error) {
      io.stderr(`${file}: cannot read (${(error as { code?: string }).code ?? String(error)})`);
      return EXIT_ERROR;
    }
    table = readTable(await spreadsheetText(bytes, values.sheet));
    if (values.map) mapping = mappingFromFile(readJsonFile(io, values.map, 'map'), table);
    if (values.meta) meta = readJsonFile(io, values.meta, 'meta');
  } catch (error) {
    if (error instanceof UnreadableInput) io.stderr(`${file}: ${error.reason[lang]}`);
    else if (error instanceof UsageError) io.stderr(`praksis-convert: ${error.message}`);
    else throw error;
    return EXIT_ERROR;
  }

  const result = convertTable({ widget, table, ...(mapping ? { mapping } : {}), ...(meta ? { meta } : {}) });
  for (const note of result.notes) io.stderr(`${file}: ${note[lang]}`);
  if (result.problems.length > 0) {
    for (const problem of result.problems) io.stderr(`${file}: ${describeProblem(problem, lang)}${problem.path !== undefined ? ` [${problem.path || '/'}]` : ''}`);
    return EXIT_INVALID;
  }
  io.stdout(`${JSON.stringify(result.document, null, 2)}\n`);
  return EXIT_OK;
}

export const nodeIo: ConvertIo = {
  readFile: (path) => readFileSync(path),
  stdout: (text) => void process.stdout.write(text),
  stderr: (line) => void process.stderr.write(`${line}\n`),
};

/** Entry point for bin/praksis-convert.js. */
export function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  return run(argv, nodeIo);
}
