/**
 * Numbers, dates, plurals and lists as the widgets write them. Danish and English are written by
 * hand (number-text.ts, date-text.ts, plural.ts, list-text.ts) with Intl's exact output, because
 * the first Intl formatter in a page makes a first draw wait for ICU's start-up (the first
 * Intl.NumberFormat of a fresh Chromium page about 50 ms, scripts/bench/first-draw.mjs). Intl stays
 * the reference and the fallback for what those do not cover, created only when such a value comes.
 */
import { dateText } from './date-text.js';
import { LOCALES, type Lang } from './lang.js';
import { listText } from './list-text.js';
import { numberText } from './number-text.js';
import { pluralCategory } from './plural.js';

type IntlKind = 'NumberFormat' | 'DateTimeFormat' | 'PluralRules' | 'ListFormat';
const formats = new Map<string, unknown>();

/** One Intl object per kind, language and options, made on first use. */
function intl<K extends IntlKind>(kind: K, lang: Lang, options: object): InstanceType<(typeof Intl)[K]> {
  const key = kind + lang + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new (Intl[kind] as new (locale: string, options: object) => unknown)(LOCALES[lang], options)));
  return format as InstanceType<(typeof Intl)[K]>;
}

/** The Intl fallback for numbers with exactly `digits` decimals (compact-text.ts uses it too). */
export function numberFormat(lang: Lang, digits: number | undefined, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return intl('NumberFormat', lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...options });
}

/** 1.893.921 in Danish, 1,893,921 in English; `digits` fixes the number of decimals. */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  return numberText(lang, value, digits) ?? numberFormat(lang, digits).format(value);
}

/** A share 0–1 as a percentage with one decimal: 14,8 % in Danish, 14.8% in English. */
export function formatShare(lang: Lang, share: number, digits = 1): string {
  return (
    numberText(lang, share, digits, 'percent') ??
    numberFormat(lang, digits, { style: 'percent' }).format(share)
  );
}

/** A signed difference, e.g. +46 or -120 (CLDR's minus for both languages is U+002D), no sign on zero. */
export function formatSigned(lang: Lang, value: number, digits = 0): string {
  return (
    numberText(lang, value, digits, 'signed') ??
    numberFormat(lang, digits, { signDisplay: 'exceptZero' }).format(value)
  );
}

/**
 * An ISO calendar date (YYYY-MM-DD) as text: "1. jan. 2022" / "1 Jan 2022".
 * Read in UTC because a date has no time of day: no time zone may shift it.
 */
export function formatDate(lang: Lang, isoDate: string, style: 'medium' | 'year' = 'medium'): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  const text = dateText(lang, time, style);
  if (text !== undefined) return text;
  const options: Intl.DateTimeFormatOptions = style === 'year' ? { year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return intl('DateTimeFormat', lang, options).format(time);
}

/** "a, b og c" / "a, b and c", by the locale's own rules. */
export function formatList(lang: Lang, items: readonly string[]): string {
  return listText(lang, items) ?? intl('ListFormat', lang, { type: 'conjunction' }).format(items);
}

/** A noun in both numbers: `{ one: 'henvisning', other: 'henvisninger' }`. */
export interface PluralNoun {
  readonly one: string;
  readonly other: string;
}

/**
 * The form of `noun` that goes with `count` as written with `digits` decimals, by the language's
 * own plural rules ("1,0" is not "1" in every language).
 */
export function pluralForm(lang: Lang, count: number, noun: PluralNoun, digits = 0): string {
  const category = pluralCategory(lang, count, digits) ?? intl('PluralRules', lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).select(count);
  return category === 'one' ? noun.one : noun.other;
}

/** A count followed by its noun: "1 lægekapacitet", "2 lægekapaciteter", "1.5 capacities". */
export function formatCount(lang: Lang, count: number, noun: PluralNoun, digits = 0): string {
  return `${formatNumber(lang, count, digits)} ${pluralForm(lang, count, noun, digits)}`;
}
