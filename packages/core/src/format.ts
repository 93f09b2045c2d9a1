/**
 * Numbers, dates, plurals and lists as the widgets write them. Danish and English are written by
 * hand (number-text.ts, date-text.ts, plural.ts, list-text.ts) with Intl's exact output, because
 * the first Intl formatter in a page costs a first draw ICU's start-up (about 60–100 ms in
 * Chromium). Intl stays the reference and the fallback for what those do not cover, created only
 * when such a value comes.
 */
import { dateText } from './date-text.js';
import { LOCALES, type Lang } from './lang.js';
import { listText } from './list-text.js';
import { compactText, fixedText, percentText, signedText } from './number-text.js';
import { pluralCategory } from './plural.js';

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules>();

/** One Intl object per language and options, made on first use. */
function intl<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules>(
  kind: string,
  lang: Lang,
  options: object,
  make: (locale: string) => T,
): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make(LOCALES[lang])));
  return format;
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return intl('n', lang, options, (locale) => new Intl.NumberFormat(locale, options));
}

/** 1.893.921 in Danish, 1,893,921 in English; `digits` fixes the number of decimals. */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  return fixedText(lang, value, digits) ?? numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A share 0–1 as a percentage with one decimal: 14,8 % in Danish, 14.8% in English. */
export function formatShare(lang: Lang, share: number, digits = 1): string {
  return (
    percentText(lang, share, digits) ??
    numberFormat(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share)
  );
}

/** A signed difference, e.g. +46 or -120 (CLDR's minus for both languages is U+002D), no sign on zero. */
export function formatSigned(lang: Lang, value: number, digits = 0): string {
  return (
    signedText(lang, value, digits) ??
    numberFormat(lang, { signDisplay: 'exceptZero', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
  );
}

/** A count in short form, one decimal at most: "1,9 mio." / "1.9m", "19 t" / "19k", "999". */
export function formatCompact(lang: Lang, value: number): string {
  return compactText(lang, value) ?? numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
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
  return intl('d', lang, options, (locale) => new Intl.DateTimeFormat(locale, options)).format(time);
}

/** "a, b og c" / "a, b and c", by the locale's own rules. */
export function formatList(lang: Lang, items: readonly string[]): string {
  return listText(lang, items) ?? intl('l', lang, {}, (locale) => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
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
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  const category = pluralCategory(lang, count, digits) ?? intl('p', lang, options, (locale) => new Intl.PluralRules(locale, options)).select(count);
  return category === 'one' ? noun.one : noun.other;
}

/** A count followed by its noun: "1 lægekapacitet", "2 lægekapaciteter", "1.5 capacities". */
export function formatCount(lang: Lang, count: number, noun: PluralNoun, digits = 0): string {
  return `${formatNumber(lang, count, digits)} ${pluralForm(lang, count, noun, digits)}`;
}
