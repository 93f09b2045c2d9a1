/**
 * What is allowed in a declaration but probably a slip: intervals in one day that overlap or repeat
 * each other. The engine reads them together as their union, so no result changes; the CLI prints
 * these so the publisher can tidy the data. (Intervals that only touch, 08:00–12:00 and
 * 12:00–16:00, are one stretch and not reported.)
 */
import type { OpeningInterval, ValidationIssue } from '@praksis/schema';
import { HOUR_CATEGORIES, type AccessibilityDeclaration } from './declaration.js';
import { WEEKDAYS } from './time/civil.js';
import { toMinutes } from './time/clock.js';

function dayWarnings(intervals: readonly OpeningInterval[] | undefined, path: string): ValidationIssue[] {
  if (!intervals || intervals.length < 2) return [];
  const issues: ValidationIssue[] = [];
  intervals.forEach((interval, i) => {
    const from = toMinutes(interval.from);
    const to = toMinutes(interval.to);
    // Reported once, at the later of the two, naming the first one it meets.
    const j = intervals.findIndex((other, k) => k < i && toMinutes(other.from) < to && from < toMinutes(other.to));
    const other = intervals[j];
    if (!other) return;
    const where = `${other.from}–${other.to} (${path}/${j})`;
    const same = other.from === interval.from && other.to === interval.to;
    issues.push({
      path: `${path}/${i}`,
      message: same
        ? { da: `gentager intervallet ${where}; det tælles én gang`, en: `repeats the interval ${where}; it counts once` }
        : {
            da: `overlapper intervallet ${where}; de læses sammen som ét`,
            en: `overlaps the interval ${where}; they are read together as one`,
          },
    });
  });
  return issues;
}

/** Warnings about a schema-valid declaration, with the JSON pointer of each interval concerned. */
export function declarationWarnings(declaration: AccessibilityDeclaration): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const category of HOUR_CATEGORIES) {
    const week = declaration.hours[category];
    if (week) for (const key of WEEKDAYS) issues.push(...dayWarnings(week[key], `/hours/${category}/${key}`));
  }
  (declaration.exceptions ?? []).forEach((exception, e) => {
    for (const category of HOUR_CATEGORIES) issues.push(...dayWarnings(exception.hours?.[category], `/exceptions/${e}/hours/${category}`));
  });
  return issues;
}
