/**
 * A file an editor opens, as table text: CSV and TSV decoded (UTF-8; UTF-16 with a byte-order mark,
 * as Excel saves "Unicode Text"; or Windows-1252, as older Danish Excel saves CSV), XLSX read with
 * read-excel-file and written out as TSV, so an opened workbook goes through the same parsing, and
 * lands in the same editable paste box, as a paste.
 * Every sheet of a workbook is read, so the editor can choose one. The XLSX reader is imported
 * only when a workbook is opened (or ahead of that, by preloadWorkbookReader).
 */
import type { LocalizedMessage } from '@praksis/schema';
import { say } from './problems.js';

export class UnreadableInput extends Error {
  constructor(readonly reason: LocalizedMessage) {
    super(reason.en);
    this.name = 'UnreadableInput';
  }
}

/** Largest file read: a spreadsheet of MAX_ROWS rows fits many times over. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A cell of a workbook as the text a Danish spreadsheet shows: 34,9 and 2022-01-01. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return typeof value === 'string' || typeof value === 'boolean' ? String(value) : '';
}

/** Rows of cells as TSV, quoting cells that hold a tab, a line break or a quote. */
export function rowsToTsv(rows: readonly (readonly unknown[])[]): string {
  const quote = (text: string) => (/[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map((cell) => quote(cellText(cell))).join('\t')).join('\n');
}

/** The XLSX reader, imported once, on first use (or ahead of it, with preloadWorkbookReader). */
let workbookReader: Promise<typeof import('read-excel-file/universal')> | undefined;
const loadWorkbookReader = () => (workbookReader ??= import('read-excel-file/universal'));

/**
 * Fetches the XLSX reader before it is needed, so a page that has finished loading can open a
 * workbook without the network. Resolves with whether it arrived; never rejects.
 */
export function preloadWorkbookReader(): Promise<boolean> {
  return loadWorkbookReader().then(
    () => true,
    () => {
      // Offline before it arrived: opening a workbook will try again.
      workbookReader = undefined;
      return false;
    },
  );
}

/** One sheet of an opened file, as table text; a CSV or TSV file is one sheet without a name. */
export interface SpreadsheetSheet {
  name: string;
  text: string;
}

async function workbookSheets(bytes: Uint8Array): Promise<SpreadsheetSheet[]> {
  let readWorkbook;
  try {
    ({ default: readWorkbook } = await loadWorkbookReader());
  } catch {
    // Offline before the reader arrived: the next workbook tries again.
    workbookReader = undefined;
    throw new UnreadableInput({
      da: 'XLSX-læseren kunne ikke hentes (er du offline?); prøv igen, eller kopiér tabellen fra regnearket og indsæt den',
      en: 'the XLSX reader could not be fetched (are you offline?); try again, or copy the table from the spreadsheet and paste it',
    });
  }
  let sheets;
  try {
    sheets = await readWorkbook(bytes.slice().buffer);
  } catch {
    throw new UnreadableInput(say.notASpreadsheet());
  }
  if (sheets.length === 0) throw new UnreadableInput(say.notASpreadsheet());
  return sheets.map(({ sheet, data }) => ({ name: sheet, text: rowsToTsv(data) }));
}

/** The encoding a byte-order mark names: Excel saves "Unicode Text" (TSV) as UTF-16 with one. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  // Control characters other than tab and line breaks do not occur in a spreadsheet's text.
  const head = bytes.subarray(0, 8192);
  if (head.some((byte) => byte === 0 || (byte < 0x09) || (byte > 0x0d && byte < 0x20 && byte !== 0x1b))) {
    throw new UnreadableInput(say.notASpreadsheet());
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The file's sheets as table text, in the workbook's order; throws UnreadableInput for anything but CSV, TSV or XLSX. */
export async function spreadsheetSheets(bytes: Uint8Array): Promise<SpreadsheetSheet[]> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new UnreadableInput({ da: `filen er over ${MAX_FILE_BYTES / 1024 / 1024} MB`, en: `the file is over ${MAX_FILE_BYTES / 1024 / 1024} MB` });
  }
  if (isZip(bytes)) return workbookSheets(bytes);
  const text = decodeText(bytes);
  if (text.trim() === '') throw new UnreadableInput({ da: 'filen er tom', en: 'the file is empty' });
  return [{ name: '', text }];
}

/**
 * One sheet of the file as table text: the first, or the one named (or numbered from 1) by
 * `sheet`. Throws UnreadableInput when the file is not a spreadsheet or has no such sheet.
 */
export async function spreadsheetText(bytes: Uint8Array, sheet?: string): Promise<string> {
  const sheets = await spreadsheetSheets(bytes);
  if (sheet === undefined) return sheets[0]!.text;
  const found = sheets.find((s) => s.name === sheet) ?? (/^[1-9][0-9]*$/.test(sheet) ? sheets[Number(sheet) - 1] : undefined);
  if (found) return found.text;
  const names = sheets.map((s) => `»${s.name}«`).join(', ');
  throw new UnreadableInput({ da: `intet ark »${sheet}« (arkene: ${names})`, en: `no sheet “${sheet}” (the sheets: ${names.replace(/[»«]/g, '"')})` });
}
