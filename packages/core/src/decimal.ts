/**
 * Decimal arithmetic on digit strings, for formatting numbers as Intl does without Intl.
 *
 * V8's Intl.NumberFormat (ICU) rounds the shortest decimal that reads back as the same double,
 * the digits `String(x)` shows, not the double's exact binary value: 1.005 is "1.01" through Intl
 * but "1.00" through `toFixed(2)`. So the digits come from `String(x)` and are rounded here as
 * text, half away from zero, which is exact for any double.
 */

/** A non-negative decimal: integer digits (no leading zeros, "0" for none) and fraction digits. */
export interface Decimal {
  readonly int: string;
  readonly frac: string;
}

/** The digits of |x| as Intl reads them; `x` must be finite. */
export function decimalOf(x: number): Decimal {
  const text = String(Math.abs(x));
  const e = text.indexOf('e');
  if (e < 0) {
    const point = text.indexOf('.');
    return point < 0 ? { int: text, frac: '' } : { int: text.slice(0, point), frac: text.slice(point + 1) };
  }
  // 1.2345e-7 or 1e+21: the mantissa's digits with the point moved by the exponent.
  const mantissa = text.slice(0, e).replace('.', '');
  return shiftPoint({ int: mantissa.slice(0, 1), frac: mantissa.slice(1) }, Number(text.slice(e + 1)));
}

/** `d` × 10^places, exactly (places may be negative). */
export function shiftPoint(d: Decimal, places: number): Decimal {
  const digits = d.int + d.frac;
  let point = d.int.length + places;
  let padded = digits;
  if (point < 0) {
    padded = '0'.repeat(-point) + padded;
    point = 0;
  } else if (point > padded.length) {
    padded += '0'.repeat(point - padded.length);
  }
  return { int: padded.slice(0, point).replace(/^0+/, '') || '0', frac: padded.slice(point) };
}

/** `d` rounded half away from zero to exactly `places` fraction digits. */
export function roundTo(d: Decimal, places: number): Decimal {
  if (d.frac.length <= places) return { int: d.int, frac: d.frac.padEnd(places, '0') };
  const kept = d.int + d.frac.slice(0, places);
  const digits = d.frac.charCodeAt(places) >= 53 /* '5' */ ? increment(kept) : kept;
  const intLength = digits.length - places;
  return { int: digits.slice(0, intLength).replace(/^0+/, '') || '0', frac: digits.slice(intLength) };
}

/** The digit string plus one in its last place ("0999" → "1000", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - 1 - i);
}

export function isZero(d: Decimal): boolean {
  return d.int === '0' && !/[1-9]/.test(d.frac);
}

/** The power of ten of the first significant digit (0 for 1–9.99, -1 for 0.1–0.99); 0 for zero. */
export function magnitudeOf(d: Decimal): number {
  if (d.int !== '0') return d.int.length - 1;
  const first = d.frac.search(/[1-9]/);
  return first < 0 ? 0 : -(first + 1);
}

/** Integer digits with `separator` between groups of three, once there are at least `minDigits` digits. */
export function groupDigits(int: string, separator: string, minDigits: number): string {
  if (int.length < minDigits) return int;
  let out = '';
  for (let end = int.length; end > 0; end -= 3) out = int.slice(Math.max(0, end - 3), end) + (out ? separator + out : '');
  return out;
}
