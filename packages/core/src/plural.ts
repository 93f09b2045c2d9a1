/**
 * CLDR's plural rules for Danish and English, written out because the first Intl.PluralRules in a
 * page loads ICU's data (see number-text.ts). Like Intl.PluralRules with minimum and maximum
 * fraction digits, the rule reads the number as it is shown: 0.96 with one decimal is "1,0".
 */
import type { Lang } from './lang.js';
import { shownDigits } from './number-text.js';
import type { Decimal } from './decimal.js';

/** Whether the shown digits take the 'one' form; i is the integer part, v and t the fraction's digits. */
const ONE: Partial<Record<Lang, (d: Decimal) => boolean>> = {
  // one: n = 1 or t != 0 and i = 0,1 ("1", "0,5", "1,50" but not "0,0" or "2,5")
  da: (d) => (d.int === '1' && !/[1-9]/.test(d.frac)) || (/[1-9]/.test(d.frac) && (d.int === '0' || d.int === '1')),
  // one: i = 1 and v = 0 ("1", but "1.0" is other)
  en: (d) => d.int === '1' && d.frac === '',
};

/** 'one' or 'other' for `count` written with `digits` decimals; `undefined` where Intl must decide. */
export function pluralCategory(lang: Lang, count: number, digits: number): 'one' | 'other' | undefined {
  const rule = ONE[lang];
  const shown = rule && shownDigits(count, digits);
  return shown && (rule(shown) ? 'one' : 'other');
}
