/**
 * fast-check generators of schema-valid accessibility declarations for the property tests: hours
 * that start and end anywhere in the day (the small hours too, where the clocks change), days left
 * out, and dated exceptions (single dates, ranges with and without weekdays, closures with and
 * without a substitute) around a chosen stretch of dates.
 */
import fc from 'fast-check';
import { HOUR_CATEGORIES, WEEKDAYS, type AccessibilityDeclaration, type HoursException } from '../src/index.js';
import { base } from './fixtures.js';

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** An interval on a quarter-hour grid, weighted towards the night (DST) and the working day. */
export const interval = fc
  .tuple(fc.oneof(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 95 })), fc.integer({ min: 1, max: 40 }))
  .map(([start, length]) => ({ from: clock(start * 15), to: clock(Math.min(96, start + length) * 15) }));

export const day = fc.array(interval, { maxLength: 3 });

const week = fc.dictionary(fc.constantFrom(...WEEKDAYS), day, { minKeys: 1 });

const substitute = { name: 'Lægerne i Nordby (fiktiv)', phone: '+45 70 00 03 01' };

/** A date between `first` and `first + spread` days. */
function dateNear(first: string, spread: number): fc.Arbitrary<string> {
  const start = Date.parse(`${first}T00:00:00Z`);
  return fc.integer({ min: 0, max: spread }).map((d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10));
}

export function exception(first: string, spread: number): fc.Arbitrary<HoursException> {
  return fc
    .record({
      date: dateNear(first, spread),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 })),
      weekdays: fc.option(fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }), { nil: undefined }),
      closed: fc.boolean(),
      hours: fc.dictionary(fc.constantFrom(...HOUR_CATEGORIES), day, { minKeys: 1, maxKeys: 3 }),
      substitute: fc.boolean(),
      reason: fc.constantFrom('Kursus', 'Ferie', 'Personalemøde'),
    })
    .map(({ date, length, weekdays, closed, hours, substitute: withSubstitute, reason }) => {
      const to = length > 0 ? new Date(Date.parse(`${date}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10) : undefined;
      return {
        date,
        ...(to ? { to } : {}),
        ...(to && weekdays ? { weekdays } : {}),
        reason,
        ...(closed ? { closed: true as const } : { hours }),
        ...(withSubstitute ? { substitute } : {}),
      };
    });
}

/** A declaration: base() with generated hours for some kinds of access and exceptions near `first`. */
export function declaration(first: string, spread = 10, maxExceptions = 4): fc.Arbitrary<AccessibilityDeclaration> {
  return fc
    .record({
      hours: fc.dictionary(fc.constantFrom(...HOUR_CATEGORIES), week, { maxKeys: 6 }),
      exceptions: fc.array(exception(first, spread), { maxLength: maxExceptions }),
      lastVerified: dateNear('2025-12-01', 500),
    })
    .map(({ hours, exceptions, lastVerified }) => ({ ...base(), hours, exceptions, lastVerified }));
}
