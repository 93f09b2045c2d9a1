/**
 * Accessibility-declaration rules JSON Schema cannot state: intervals that end after they start,
 * real dates, exception ranges that do not run backwards. Run only on schema-valid documents.
 */
import type { ValidationIssue } from '../issue.js';
import * as m from '../messages.js';
import type { AccessibilityDeclaration, DayHours, ExceptionHours, HoursException, WeekHours } from '../generated/types.js';
import { childPointer } from '../pointer.js';
import { checkProvenance, realDate } from './provenance.js';

/** HH:MM strings (and "24:00") compare correctly as strings. */
export function checkDay(day: DayHours, path: string): ValidationIssue[] {
  return day.flatMap((interval, i) =>
    interval.to > interval.from ? [] : [{ path: `${childPointer(path, i)}/to`, message: m.notLaterThan('from', interval.from) }],
  );
}

function checkDays(days: WeekHours | ExceptionHours, path: string): ValidationIssue[] {
  const entries = Object.entries(days) as [string, DayHours | undefined][];
  return entries.flatMap(([key, day]) => (day ? checkDay(day, childPointer(path, key)) : []));
}

export function checkException(exception: HoursException, path: string): ValidationIssue[] {
  const issues = [...realDate(exception.date, `${path}/date`), ...realDate(exception.to, `${path}/to`)];
  if (exception.to !== undefined && exception.to < exception.date) {
    issues.push({ path: `${path}/to`, message: m.notBefore('date', exception.date) });
  }
  if (exception.hours) issues.push(...checkDays(exception.hours, `${path}/hours`));
  return issues;
}

export function checkAccessibilityDeclaration(doc: AccessibilityDeclaration): ValidationIssue[] {
  const issues = [...realDate(doc.lastVerified, '/lastVerified')];
  for (const [kind, week] of Object.entries(doc.hours) as [string, WeekHours | undefined][]) {
    if (week) issues.push(...checkDays(week, childPointer('/hours', kind)));
  }
  (doc.exceptions ?? []).forEach((exception, i) => issues.push(...checkException(exception, childPointer('/exceptions', i))));
  issues.push(...checkProvenance(doc.provenance, '/provenance'));
  return issues;
}
