/**
 * Calendar dates as text in Danish and English, written out because the first
 * Intl.DateTimeFormat in a page loads ICU's calendar data (6–24 ms in a fresh Chromium page, after
 * the number formats' 55–75 ms). The strings are Intl's (`dateStyle: 'medium'` and
 * `year: 'numeric'` in UTC, da-DK and en-GB), checked against Intl in test/number-text.test.ts.
 */
import type { Lang } from './lang.js';

interface DateWords {
  readonly months: readonly string[];
  readonly medium: (day: number, month: string, year: number) => string;
}

const WORDS: Partial<Record<Lang, DateWords>> = {
  da: {
    months: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
    medium: (day, month, year) => `${day}. ${month} ${year}`,
  },
  en: {
    // CLDR's British English abbreviates September with four letters.
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    medium: (day, month, year) => `${day} ${month} ${year}`,
  },
};

/**
 * A moment (ms since 1970, read in UTC) as "1. jan. 2022" / "1 Jan 2022", or its year. `undefined`
 * for an invalid date and years before 1 (which Intl writes in another era), left to Intl.
 */
export function dateText(lang: Lang, time: number, style: 'medium' | 'year'): string | undefined {
  const words = WORDS[lang];
  if (!words || !Number.isFinite(time)) return undefined;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (year < 1) return undefined;
  if (style === 'year') return String(year);
  return words.medium(date.getUTCDate(), words.months[date.getUTCMonth()] ?? '', year);
}
