/**
 * CLDR's plural rules for Danish and English, written out because the first Intl.PluralRules in a
 * page loads ICU's data (see number-text.ts). As Intl.PluralRules with minimum and maximum fraction
 * digits does, the rule reads the number as it is shown: 0.96 with one decimal is "1,0".
 */
import type { Lang } from './lang.js';
import { covered, roundedUnits } from './number-text.js';

/**
 * Whether `units` (the count shown, in units of 10^-digits, `one` = 10^digits) takes the 'one' form.
 * Danish: n = 1, or a fraction that is not zero with 0 or 1 before it ("1", "0,5", "1,50"), which is
 * everything shown between 0 and 2 but 0 itself. English: i = 1 and no decimals shown ("1", not "1.0").
 */
const ONE: Partial<Record<Lang, (units: bigint, one: bigint, digits: number) => boolean>> = {
  da: (units, one) => units > 0n && units < 2n * one,
  en: (units, one, digits) => digits === 0 && units === one,
};

/** 'one' or 'other' for `count` written with `digits` decimals; `undefined` where Intl must decide. */
export function pluralCategory(lang: Lang, count: number, digits: number): 'one' | 'other' | undefined {
  const rule = ONE[lang];
  if (!rule || !covered(count, digits)) return undefined;
  return rule(roundedUnits(count, digits), 10n ** BigInt(digits), digits) ? 'one' : 'other';
}
