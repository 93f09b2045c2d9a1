/**
 * Numbers and dates as editors type them, in Danish ("1.893.921", "34,9", "34,9 %", "1.1.2022")
 * or English ("1,893,921", "34.9", "2022-01-01"). Pure; each failure says why, so the maker can
 * tell the editor what to change.
 */
import type { DecimalMark } from './table.js';

export type NumberReading =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'other-decimal-mark' };

/**
 * Reads a number written with the given decimal mark: the other mark may group thousands (in
 * threes), spaces may too, a trailing "%" ("pct.", "procent") is noted (the value is not divided).
 */
export function readNumber(text: string, decimalMark: DecimalMark): NumberReading {
  // "pct." and "procent", as Danish reports write per cent, are "%".
  let cell = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^−/, '-').replace(/(pct\.?|procent)$/i, '%');
  if (cell === '') return { ok: false, reason: 'empty' };
  const percent = cell.endsWith('%');
  if (percent) cell = cell.slice(0, -1);
  const group = decimalMark === ',' ? '\\.' : ',';
  const decimal = decimalMark === ',' ? ',' : '\\.';
  const grouped = new RegExp(`^[-+]?\\d{1,3}(${group}\\d{3})+(${decimal}\\d+)?$`);
  const plain = new RegExp(`^[-+]?\\d+(${decimal}\\d+)?$|^[-+]?${decimal}\\d+$`);
  if (grouped.test(cell) || plain.test(cell)) {
    const normal = cell.replace(new RegExp(group, 'g'), '').replace(decimalMark, '.');
    const value = Number(normal);
    if (Number.isFinite(value)) return { ok: true, value, percent };
  }
  // A number that reads with the other mark: the editor (or the guess) picked the wrong one.
  const other: DecimalMark = decimalMark === ',' ? '.' : ',';
  const otherGroup = other === ',' ? '\\.' : ',';
  const otherDecimal = other === ',' ? ',' : '\\.';
  if (new RegExp(`^[-+]?(\\d+|\\d{1,3}(${otherGroup}\\d{3})+)(${otherDecimal}\\d+)?$`).test(cell)) {
    return { ok: false, reason: 'other-decimal-mark' };
  }
  return { ok: false, reason: 'not-a-number' };
}

/**
 * True when a number read with '.' as decimal mark was probably written with '.' grouping
 * thousands, as Danish does: "1.893" read as 1,893 in a column of whole numbers.
 */
export function looksLikeThousandsDot(text: string, decimalMark: DecimalMark): boolean {
  return decimalMark === '.' && /^[-+]?\d{1,3}\.\d{3}$/.test(text.trim());
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar date between 1900 and 2100 as YYYY-MM-DD, or undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Month names, Danish and English; a name or its abbreviation (three letters or more) reads. */
const MONTHS = [
  ['januar', 'january'], ['februar', 'february'], ['marts', 'march'], ['april'], ['maj', 'may'], ['juni', 'june'],
  ['juli', 'july'], ['august'], ['september'], ['oktober', 'october'], ['november'], ['december'],
];
const monthNumber = (name: string) => {
  const word = name.toLowerCase();
  return word.length < 3 ? 0 : MONTHS.findIndex((names) => names.some((full) => full.startsWith(word))) + 1;
};

/**
 * A date as YYYY-MM-DD: ISO ("2022-01-01"), Danish ("1.1.2022", "01-01-2022", "1/1 2022",
 * "1. januar 2022", "1. jan. 2022", as reports and the widgets write it), English ("1 Jan 2022") or
 * a year alone ("2022", read as 1 January: the figures of the capacity register are as of 1 January).
 */
export function readDate(text: string): string | undefined {
  const cell = text.trim();
  const named = /^(\d{1,2})\.?\s*([a-zæøå]+)\.?,?\s+(\d{4})$/i.exec(cell);
  if (named) return isoDate(Number(named[3]), monthNumber(named[2]!), Number(named[1]));
  let match = /^(\d{4})$/.exec(cell);
  if (match) return isoDate(Number(match[1]), 1, 1);
  match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(cell);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[.\-/](\d{1,2})[.\-/ ]\s*(\d{4})$/.exec(cell);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return undefined;
}
