/**
 * Calendar dates as text in Danish and English, written out because the first
 * Intl.DateTimeFormat in a page loads ICU's calendar data, which a widget's first draw would pay
 * (see number-text.ts). The strings are Intl's `dateStyle: 'medium'` and `year: 'numeric'` in UTC
 * for da-DK ("1. jan. 2022") and en-GB ("1 Jan 2022"; CLDR's British English writes "Sept").
 */
import type { Lang } from './lang.js';

const MONTHS: Partial<Record<Lang, readonly string[]>> = {
  da: 'jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.'.split(' '),
  en: 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' '),
};
/** What follows the day of the month: Danish writes it as an ordinal ("1."). */
const AFTER_DAY: Partial<Record<Lang, string>> = { da: '.', en: '' };

/**
 * A moment (ms since 1970, read in UTC) as "1. jan. 2022" / "1 Jan 2022", or its year. `undefined`
 * for an invalid date and years before 1, which Intl writes in another era: left to Intl.
 */
export function dateText(lang: Lang, time: number, style: 'medium' | 'year'): string | undefined {
  const months = MONTHS[lang];
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (!months || !(year >= 1)) return undefined;
  return style === 'year' ? String(year) : `${date.getUTCDate()}${AFTER_DAY[lang]} ${months[date.getUTCMonth()]} ${year}`;
}
