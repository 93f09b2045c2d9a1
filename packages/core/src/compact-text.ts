/**
 * Counts in short form, as `Intl.NumberFormat` with `notation: 'compact', maximumFractionDigits: 1`
 * writes them in da-DK and en-GB ("1,9 mio." / "1.9m", "19 t" / "19k", "999,4"), without the ICU
 * start-up (number-text.ts). A module of its own so that only the pages that use it load it.
 */
import { numberFormat } from './format.js';
import type { Lang } from './lang.js';
import { SEPARATORS, covered, roundHalfUp, shortestDigits, unitsText } from './number-text.js';

/** After thousands, millions, billions and trillions; the largest is used for anything above. */
const UNITS: Partial<Record<Lang, readonly string[]>> = {
  da: ['', '\u00a0t', '\u00a0mio.', '\u00a0mia.', '\u00a0bio.'],
  en: ['', 'k', 'm', 'bn', 'tn'],
};

/** Which unit a number of this power of ten is written in: 0 below a thousand, up to 4 (trillions). */
const unitOf = (magnitude: number): number => Math.max(0, Math.min(Math.floor(magnitude / 3), 4));

/** The power of ten of a whole number's first digit. */
const magnitudeOf = (digits: bigint, exponent: number): number => String(digits).length - 1 + exponent;

/**
 * As ICU does it: divide by the unit of the value's magnitude, round to one decimal, and if that
 * carried into the next unit (999.950 → "1000 t") divide by that unit instead ("1 mio.").
 * Compact numbers group their digits from five (1000 bio., 10.000 bio.).
 */
export function compactText(lang: Lang, value: number): string | undefined {
  const separators = SEPARATORS[lang];
  const units = UNITS[lang];
  if (!separators || !units || !covered(value, 1)) return undefined;
  const [digits, exponent] = shortestDigits(value);
  const magnitude = digits ? magnitudeOf(digits, exponent) : 0;
  let unit = unitOf(magnitude);
  let tenths = roundHalfUp(digits, exponent - 3 * unit + 1);
  if (tenths && magnitudeOf(tenths, -1) !== magnitude - 3 * unit && unitOf(magnitude + 1) !== unit) {
    tenths = roundHalfUp(tenths, -3);
    unit++;
  }
  const text = tenths % 10n ? unitsText(tenths, 1, separators, 5) : unitsText(tenths / 10n, 0, separators, 5);
  return (value < 0 ? '-' : '') + text + units[unit];
}

/** A count in short form, one decimal at most: "1,9 mio." / "1.9m"; Intl for what compactText leaves. */
export function formatCompact(lang: Lang, value: number): string {
  return compactText(lang, value) ?? numberFormat(lang, undefined, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
