/**
 * Numbers as text in Danish and English, written out by hand because the first
 * `Intl.NumberFormat` in a page makes Chromium load ICU's data (about 50 ms in a fresh page,
 * scripts/bench/first-draw.mjs), which a widget's first draw would pay. The strings are Intl's
 * (da-DK, en-GB), checked against Intl in Node (packages/core/test/intl-equivalence.test.ts) and in
 * Chromium (test/intl.test.ts). What this does not cover (values that are not finite, -0,
 * |x| ≥ 1e21, a language without separators here) gets `undefined`, and format.ts asks Intl.
 *
 * V8's Intl rounds the shortest decimal that reads back as the same double, the digits
 * `String(x)` shows, not the double's exact binary value: 1.005 is "1.01" through Intl but "1.00"
 * through `toFixed(2)`. So those digits are rounded here, exactly, as a BigInt.
 */
import type { Lang } from './lang.js';

/** The decimal separator, then the group separator. CLDR's minus is U+002D in both languages. */
export const SEPARATORS: Partial<Record<Lang, string>> = { da: ',.', en: '.,' };
const PERCENT: Partial<Record<Lang, string>> = { da: '\u00a0%', en: '%' };

/** |x| as Intl reads it: the digits `String(x)` shows, and the power of ten of the last one. */
export function shortestDigits(x: number): [digits: bigint, exponent: number] {
  const [mantissa = '', exponent = '0'] = String(Math.abs(x)).split('e');
  const [int = '', frac = ''] = mantissa.split('.');
  return [BigInt(int + frac), Number(exponent) - frac.length];
}

/** digits × 10^exponent rounded half away from zero to a whole number. */
export function roundHalfUp(digits: bigint, exponent: number): bigint {
  if (exponent >= 0) return digits * 10n ** BigInt(exponent);
  const unit = 10n ** BigInt(-exponent);
  return (digits + unit / 2n) / unit;
}

/** Whether the digit arithmetic covers `x` written with `places` decimals (Intl allows 0–100). */
export function covered(x: unknown, places: number): x is number {
  // NaN and ±Infinity fail the comparison; digits must be an integer from 0 to 100.
  return typeof x === 'number' && Math.abs(x) < 1e21 && !Object.is(x, -0) && places >= 0 && places <= 100 && places % 1 === 0;
}

/** |x| × 10^shift in units of 10^-places, rounded as Intl rounds. */
export function roundedUnits(x: number, places: number, shift = 0): bigint {
  const [digits, exponent] = shortestDigits(x);
  return roundHalfUp(digits, exponent + shift + places);
}

/** A count of 10^-places as digits: "1.893.921", "14,8"; groups of three from `groupFrom` digits. */
export function unitsText(units: bigint, places: number, separators: string, groupFrom = 4): string {
  const text = String(units).padStart(places + 1, '0');
  const int = text.slice(0, text.length - places);
  const grouped = int.length < groupFrom ? int : int.replace(/\B(?=(\d{3})+$)/g, separators[1] ?? '');
  return places ? grouped + separators[0] + text.slice(-places) : grouped;
}

/**
 * `value` with exactly `digits` decimals as Intl writes it: "1.893.921", "2,5", and "-0" for -0.4;
 * as a percentage ("14,8 %" / "14.8%", the ×100 moving the decimal point, so it is exact); or with
 * `signDisplay: 'exceptZero'` ("+46", "-120", no sign on what rounds to zero).
 */
export function numberText(lang: Lang, value: number, digits: number, style?: 'percent' | 'signed'): string | undefined {
  const separators = SEPARATORS[lang];
  if (!separators || !covered(value, digits)) return undefined;
  const units = roundedUnits(value, digits, style === 'percent' ? 2 : 0);
  const sign = style !== 'signed' ? (value < 0 ? '-' : '') : units ? (value < 0 ? '-' : '+') : '';
  return sign + unitsText(units, digits, separators) + (style === 'percent' ? PERCENT[lang] : '');
}
