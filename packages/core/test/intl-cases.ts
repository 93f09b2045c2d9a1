/**
 * The hand-written formatting (number-text.ts, compact-text.ts, plural.ts, date-text.ts, list-text.ts) against Intl,
 * on seeded random values and the boundaries where rounding, grouping and units change. Shared by
 * the Node test (test/intl-equivalence.test.ts) and the Chromium one (test/intl.test.ts at the
 * repository root), because the widgets run in Chromium and its ICU may differ from Node's.
 */
import { dateText } from '../src/date-text.js';
import { compactText, formatCompact } from '../src/compact-text.js';
import { formatDate, formatList, formatNumber, formatShare, formatSigned, pluralForm } from '../src/format.js';
import { LOCALES, type Lang } from '../src/lang.js';
import { listText } from '../src/list-text.js';
import { numberText } from '../src/number-text.js';
import { pluralCategory } from '../src/plural.js';
import { seededRandom } from '../../../scripts/bench/seeded-random.mjs';

export interface Mismatch {
  readonly what: string;
  readonly lang: Lang;
  readonly input: string;
  readonly ours: string | undefined;
  readonly intl: string;
}


/** Values where the written digits change: ties, carries into a new digit or unit, tiny and huge. */
export const BOUNDARIES: readonly number[] = [
  0, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 1.015, 2.675, 8.345, 0.285, 1.45, 0.05, 0.15, 0.25, 0.35, 0.45,
  999.95, 999.949, 999.9499999, 9.995, 99.995, 0.9995, 0.99995, 0.995, 0.0005, 0.00049999, 0.0015,
  0.1485, 0.14849999, 0.00005, 0.0000499, 0.99949, 0.99951, 0.0995, 0.001005, 0.29, 0.5785,
  999, 999.4, 999.5, 999.96, 1000, 1049, 1050, 1949, 1950, 9999, 9999.5, 10000, 99949, 99950, 99999,
  999949, 999950, 999999, 1e6, 1.95e6, 1893921, 5849229, 9.9995e6, 99.95e6, 999.95e6, 9.9996e8, 1e9,
  999.95e9, 2.5e12, 999.95e12, 1e15, 1.5e15, 9.99e15, 1e16, 2 ** 53, 2 ** 53 + 2, 2 ** 60, 1e20, 9.999999999999999e20,
  1e-7, 5e-7, 1.2345e-10, 4.9e-324, 1e-6, 0.000001, 0.0000015, 123456789.125, 0.1 + 0.2, 1 / 3, 2 / 3,
];

/** What the fast path leaves to Intl, which must still give Intl's answer. */
export const FALLBACKS: readonly number[] = [NaN, Infinity, -Infinity, -0, 1e21, -1e21, 1.5e25, 1e300];

/** `count` seeded values from 0 to 1e15 with 0–6 decimals, a third of them negative, plus the boundaries. */
export function numberCases(count: number, seed = 1): number[] {
  const random = seededRandom(seed);
  const values: number[] = [];
  for (let n = 0; n < count; n++) {
    const magnitude = 10 ** (random() * 15);
    const raw = random() * magnitude;
    const decimals = Math.floor(random() * 7);
    const kind = random();
    // Plain values, values cut to a few decimals as data has them, and ties one place further.
    let value = kind < 0.3 ? raw : kind < 0.7 ? Math.round(raw * 10 ** decimals) / 10 ** decimals : (Math.floor(raw * 10 ** decimals) + 0.5) / 10 ** decimals;
    if (random() < 0.33) value = -value;
    values.push(value);
  }
  for (const value of BOUNDARIES) values.push(value, -value || 0);
  return values;
}

/** ISO dates from year 1 to 9999, plus dates Intl writes in another era or that are no date. */
export function dateCases(count: number, seed = 2): string[] {
  const random = seededRandom(seed);
  const start = new Date(0).setUTCFullYear(1, 0, 1);
  const end = new Date(0).setUTCFullYear(9999, 11, 31);
  const dates: string[] = [];
  for (let n = 0; n < count; n++) dates.push(new Date(start + Math.floor(random() * ((end - start) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10));
  return [...dates, '2022-01-01', '2022-09-01', '2021-12-31', '2024-02-29', '0001-01-01', '0099-05-09', '9999-12-31', '0000-05-09', '-000001-05-09', '+010000-05-09'];
}

/** Lists of 0–5 items, some empty, some with commas and the conjunction in them. */
export function listCases(count: number, seed = 3): string[][] {
  const random = seededRandom(seed);
  const words = ['Psykolog', 'Fodterapi', 'Kommune', '', 'a, b', 'og', 'and', 'Øvrige', '<b>x</b>', 'Sygehus og speciallæge'];
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(random() * 6) }, () => words[Math.floor(random() * words.length)]!));
}

/**
 * Every formatter in both languages against Intl: the hand-written function itself (which must
 * answer for every finite value below 1e21, or it is not doing its job) and format.ts, which falls
 * back to Intl for the rest. Returns what differs and how many comparisons were made.
 */
export function compareWithIntl(numberCount: number, dateCount: number, listCount: number): { checked: number; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = [];
  let checked = 0;
  const check = (what: string, lang: Lang, input: unknown, ours: string | undefined, intl: string): void => {
    checked++;
    if (ours !== intl) mismatches.push({ what, lang, input: typeof input === 'number' ? String(Object.is(input, -0) ? '-0' : input) : JSON.stringify(input), ours, intl });
  };
  // The fast path must answer for every finite value below 1e21 but -0; format.ts must match Intl for all.
  const covered = (x: number) => Number.isFinite(x) && !Object.is(x, -0) && Math.abs(x) < 1e21;
  const both = (what: string, lang: Lang, x: number, fast: string | undefined, public_: string, intl: string): void => {
    check(what, lang, x, covered(x) ? fast : public_, intl);
    if (covered(x) && fast !== undefined) check(what, lang, x, public_, intl);
  };
  const numbers = [...numberCases(numberCount), ...FALLBACKS];
  for (const lang of ['da', 'en'] as const) {
    const locale = LOCALES[lang];
    const fixed = [0, 1, 2].map((d) => new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d }));
    const percent = [0, 1, 2].map((d) => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }));
    const signed = [0, 1, 2].map((d) => new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', minimumFractionDigits: d, maximumFractionDigits: d }));
    const plural = [0, 1, 2].map((d) => new Intl.PluralRules(locale, { minimumFractionDigits: d, maximumFractionDigits: d }));
    const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    const noun = { one: 'one', other: 'other' };
    for (const value of numbers) {
      // Shares are the same values scaled down too, as data's shares are mostly below 1.
      const share = value / 1e4;
      for (const d of [0, 1, 2]) {
        both(`number/${d}`, lang, value, numberText(lang, value, d), formatNumber(lang, value, d), fixed[d]!.format(value));
        both(`percent/${d}`, lang, value, numberText(lang, value, d, 'percent'), formatShare(lang, value, d), percent[d]!.format(value));
        both(`percent/${d}`, lang, share, numberText(lang, share, d, 'percent'), formatShare(lang, share, d), percent[d]!.format(share));
        both(`signed/${d}`, lang, value, numberText(lang, value, d, 'signed'), formatSigned(lang, value, d), signed[d]!.format(value));
        const one = plural[d]!.select(value) === 'one' ? 'one' : 'other';
        both(`plural/${d}`, lang, value, pluralCategory(lang, value, d), pluralForm(lang, value, noun, d), one);
      }
      both('compact', lang, value, compactText(lang, value), formatCompact(lang, value), compact.format(value));
    }
    const medium = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
    for (const iso of dateCases(dateCount)) {
      const time = Date.parse(`${iso}T00:00:00Z`);
      const inEra = new Date(time).getUTCFullYear() >= 1;
      check('date', lang, iso, inEra ? dateText(lang, time, 'medium') : formatDate(lang, iso), medium.format(time));
      check('year', lang, iso, inEra ? dateText(lang, time, 'year') : formatDate(lang, iso, 'year'), year.format(time));
    }
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    for (const items of listCases(listCount)) {
      check('list', lang, items, listText(lang, items), list.format(items));
      check('formatList', lang, items, formatList(lang, items), list.format(items));
    }
  }
  return { checked, mismatches };
}
