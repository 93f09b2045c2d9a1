/**
 * Numbers as text in Danish and English, written out by hand because the first
 * `Intl.NumberFormat` in a page makes Chromium load ICU's data: 55–75 ms in a fresh page, paid by
 * a widget's first draw. Each function gives exactly the string Intl gives (da-DK, en-GB), which
 * test/number-text.test.ts and src/intl-equivalence.browser.test.ts check against Intl in Node and
 * in Chromium. What it does not cover — values that are not finite, -0, |x| ≥ 1e21, a language
 * without symbols here — returns `undefined`, and format.ts asks Intl.
 */
import { decimalOf, groupDigits, isZero, magnitudeOf, roundTo, shiftPoint, type Decimal } from './decimal.js';
import type { Lang } from './lang.js';

interface NumberSymbols {
  readonly decimal: string;
  readonly group: string;
  /** After a percentage: Danish puts a no-break space before the sign. */
  readonly percent: string;
  /** After a compact number of thousands, millions, billions and trillions. */
  readonly compact: readonly [string, string, string, string];
}

/** CLDR's symbols as Chromium's and Node's Intl use them (both write the minus as U+002D). */
const SYMBOLS: Partial<Record<Lang, NumberSymbols>> = {
  da: { decimal: ',', group: '.', percent: '\u00a0%', compact: ['\u00a0t', '\u00a0mio.', '\u00a0mia.', '\u00a0bio.'] },
  en: { decimal: '.', group: ',', percent: '%', compact: ['k', 'm', 'bn', 'tn'] },
};

/** Both languages group from four digits (1.234); compact numbers from five (1000 bio.). */
const GROUP_FROM = 4;
const COMPACT_GROUP_FROM = 5;
const MINUS = '-';

/** Fraction digits Intl accepts; anything else goes to Intl, which throws as before. */
function validDigits(digits: number): boolean {
  return Number.isInteger(digits) && digits >= 0 && digits <= 100;
}

/** Values the digit-string arithmetic covers. */
function covered(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0) && Math.abs(value) < 1e21;
}

function digitsText(d: Decimal, s: NumberSymbols, groupFrom: number): string {
  const int = groupDigits(d.int, s.group, groupFrom);
  return d.frac ? int + s.decimal + d.frac : int;
}

/** `maximumFractionDigits = minimumFractionDigits = digits`: "1.893.921", "2,5"; "-0" for -0.4 as Intl writes it. */
export function fixedText(lang: Lang, value: number, digits: number): string | undefined {
  const s = SYMBOLS[lang];
  if (!s || !covered(value) || !validDigits(digits)) return undefined;
  return (value < 0 ? MINUS : '') + digitsText(roundTo(decimalOf(value), digits), s, GROUP_FROM);
}

/** `style: 'percent'` with `digits` decimals: "14,8 %" / "14.8%"; the ×100 is exact, on the digits. */
export function percentText(lang: Lang, share: number, digits: number): string | undefined {
  const s = SYMBOLS[lang];
  if (!s || !covered(share) || !validDigits(digits)) return undefined;
  const d = roundTo(shiftPoint(decimalOf(share), 2), digits);
  return (share < 0 ? MINUS : '') + digitsText(d, s, GROUP_FROM) + s.percent;
}

/** `signDisplay: 'exceptZero'`: "+46", "-120", and no sign on what rounds to zero. */
export function signedText(lang: Lang, value: number, digits: number): string | undefined {
  const s = SYMBOLS[lang];
  if (!s || !covered(value) || !validDigits(digits)) return undefined;
  const d = roundTo(decimalOf(value), digits);
  const sign = isZero(d) ? '' : value < 0 ? MINUS : '+';
  return sign + digitsText(d, s, GROUP_FROM);
}

/** The power of ten a compact number is divided by: thousands from 10^3, up to trillions. */
function compactShift(magnitude: number): number {
  return magnitude < 3 ? 0 : -3 * Math.min(Math.floor(magnitude / 3), 4);
}

/**
 * `notation: 'compact', maximumFractionDigits: 1`: "1,9 mio." / "1.9m", "19 t" / "19k", "999,4".
 * As ICU does it: divide by the unit of the value's magnitude, round to one decimal, and if that
 * carried into the next unit (999.950 → "1000 t") divide by that unit instead ("1 mio.").
 */
export function compactText(lang: Lang, value: number): string | undefined {
  const s = SYMBOLS[lang];
  if (!s || !covered(value)) return undefined;
  const exact = decimalOf(value);
  const magnitude = magnitudeOf(exact);
  let shift = compactShift(magnitude);
  let d = roundTo(shiftPoint(exact, shift), 1);
  if (!isZero(d) && magnitudeOf(d) !== magnitude + shift) {
    const next = compactShift(magnitude + 1);
    if (next !== shift) d = roundTo(shiftPoint(d, next - shift), 1);
    shift = next;
  }
  const text = digitsText({ int: d.int, frac: d.frac.replace(/0+$/, '') }, s, COMPACT_GROUP_FROM);
  return (value < 0 ? MINUS : '') + text + (shift < 0 ? s.compact[-shift / 3 - 1] : '');
}

/** The integer and fraction digits Intl would show for |value| with `digits` decimals, for the plural rules. */
export function shownDigits(value: number, digits: number): Decimal | undefined {
  return covered(value) && validDigits(digits) ? roundTo(decimalOf(value), digits) : undefined;
}
