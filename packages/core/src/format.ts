import { LOCALES, type Lang } from './lang.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(LOCALES[lang], options)));
  return format;
}

/** 1.893.921 in Danish, 1,893,921 in English; `digits` fixes the number of decimals. */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A share 0–1 as a percentage with one decimal: 14,8 % in Danish, 14.8% in English. */
export function formatShare(lang: Lang, share: number, digits = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

/** A signed difference, e.g. +46 or −120, with a real minus sign. */
export function formatSigned(lang: Lang, value: number, digits = 0): string {
  return numberFormat(lang, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * An ISO calendar date (YYYY-MM-DD) as text: "1. jan. 2022" / "1 Jan 2022".
 * Formatted in UTC because a date has no time of day: no time zone may shift it.
 */
export function formatDate(lang: Lang, isoDate: string, style: 'medium' | 'year' = 'medium'): string {
  const key = `d|${lang}|${style}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'year' ? { year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
    cache.set(key, (format = new Intl.DateTimeFormat(LOCALES[lang], options)));
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "a, b og c" / "a, b and c", by the locale's own rules. */
export function formatList(lang: Lang, items: readonly string[]): string {
  const key = `l|${lang}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' })));
  return format.format(items);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** A noun in both numbers: `{ one: 'henvisning', other: 'henvisninger' }`. */
export interface PluralNoun {
  readonly one: string;
  readonly other: string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The form of `noun` that goes with `count` as written with `digits` decimals, by the language's
 * own plural rules ("1,0" is not "1" in every language).
 */
export function pluralForm(lang: Lang, count: number, noun: PluralNoun, digits = 0): string {
  const key = `${lang}|${digits}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    pluralRules.set(key, (rules = new Intl.PluralRules(LOCALES[lang], options)));
  }
  return rules.select(count) === 'one' ? noun.one : noun.other;
}

/** A count followed by its noun: "1 lægekapacitet", "2 lægekapaciteter", "1.5 capacities". */
export function formatCount(lang: Lang, count: number, noun: PluralNoun, digits = 0): string {
  return `${formatNumber(lang, count, digits)} ${pluralForm(lang, count, noun, digits)}`;
}
