/**
 * Accessibility-declaration rules JSON Schema cannot state: intervals that end after they start,
 * real dates, exception ranges that do not run backwards, weekday selectors only on ranges and
 * matching some date, and no two equally specific exceptions on one date (which one wins would
 * otherwise be a matter of list order). Run only on schema-valid documents.
 */
import type { ValidationIssue } from '../issue.js';
import { hoursWords } from '../messages.js';
import type {
  AccessibilityDeclaration,
  DayHours,
  ExceptionHours,
  HoursException,
  RecurringClosure,
  SubstituteHours,
  WeekHours,
} from '../generated/types.js';
import { childPointer } from '../pointer.js';
import type { HoursWords } from '../words.js';
import { issueIf, provenanceChecks } from './provenance.js';
import { isRealDate } from './dates.js';
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a real YYYY-MM-DD date (setUTCFullYear, so years below 100 stay themselves). */
function dayNumber(iso: string): number {
  const date = new Date(0);
  date.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round(date.getTime() / MS_PER_DAY);
}

const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7; // 0 = Monday; 1970-01-01 was a Thursday

const isoOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** When an exception applies, as @praksis/hours-rules reads it. */
interface Applies {
  first: number;
  last: number;
  /** Indexed by weekday, 0 = Monday. */
  weekdays: boolean[];
}

function appliesWhen(e: HoursException): Applies | undefined {
  if (!isRealDate(e.date) || (e.to !== undefined && (!isRealDate(e.to) || e.to < e.date))) return undefined;
  const first = dayNumber(e.date);
  const last = e.to === undefined ? first : dayNumber(e.to);
  const named = e.weekdays;
  // Without weekdays a single date or a closure applies every day, a range of changed hours Monday–Friday.
  const weekdays = WEEKDAYS.map((key, i) => (named ? named.includes(key) : e.closed === true || last === first || i < 5));
  return { first, last, weekdays };
}

/** The first date both apply on, if any (the weekday pattern repeats, so a week of the overlap is enough). */
function commonDate(a: Applies, b: Applies): number | undefined {
  const from = Math.max(a.first, b.first);
  const to = Math.min(a.last, b.last, from + 6);
  for (let day = from; day <= to; day++) if (a.weekdays[weekdayOf(day)] && b.weekdays[weekdayOf(day)]) return day;
  return undefined;
}

const specificity = (a: Applies): string => `${a.last - a.first}/${a.weekdays.filter(Boolean).length}`;

/** Days per month in a leap year: a yearly "02-29" is real (it occurs in leap years). */
const LEAP_YEAR_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The opening-hours rules, their issues worded by `m` (words.ts); the exports after it word them in full. */
export function accessibilityChecks(m: HoursWords) {
  const { checkProvenance, realDate } = provenanceChecks(m);

  /** HH:MM strings (and "24:00") compare correctly as strings. */
  function checkDay(day: DayHours, path: string): ValidationIssue[] {
    return day.flatMap((interval, i) =>
      interval.to > interval.from ? [] : [{ path: `${childPointer(path, i)}/to`, message: m.notLaterThan('from', interval.from) }],
    );
  }

  function checkDays(days: WeekHours | ExceptionHours, path: string): ValidationIssue[] {
    const entries = Object.entries(days) as [string, DayHours | undefined][];
    return entries.flatMap(([key, day]) => (day ? checkDay(day, childPointer(path, key)) : []));
  }

  function checkException(exception: HoursException, path: string): ValidationIssue[] {
    const issues = [...realDate(exception.date, `${path}/date`), ...realDate(exception.to, `${path}/to`)];
    if (exception.to !== undefined && exception.to < exception.date) {
      issues.push({ path: `${path}/to`, message: m.notBefore('date', exception.date) });
    }
    if (exception.weekdays) {
      const at = `${path}/weekdays`;
      issues.push(...issueIf(exception.to === undefined, at, m.weekdaysNeedRange()));
      exception.weekdays.forEach((key, i) => issues.push(...issueIf(exception.weekdays?.indexOf(key) !== i, childPointer(at, i), m.weekdayRepeated())));
      const when = exception.to === undefined ? undefined : appliesWhen(exception);
      if (when) issues.push(...issueIf(commonDate(when, when) === undefined, at, m.weekdaysMatchNoDate()));
    }
    if (exception.hours) issues.push(...checkDays(exception.hours, `${path}/hours`));
    if (exception.substitute?.hours) issues.push(...checkWeeks(exception.substitute.hours, `${path}/substitute/hours`));
    return issues;
  }

  function checkRecurringClosure(closure: RecurringClosure, path: string): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    if (closure.yearly !== undefined) {
      const month = Number(closure.yearly.slice(0, 2));
      const day = Number(closure.yearly.slice(3, 5));
      issues.push(...issueIf(day > (LEAP_YEAR_MONTH_DAYS[month - 1] ?? 0), `${path}/yearly`, m.noSuchYearlyDate()));
    }
    const hours = closure.substitute?.hours;
    if (hours) issues.push(...checkWeeks(hours, `${path}/substitute/hours`));
    return issues;
  }

  /** Weekly hours per kind of access: the practice's own or a substitute's. */
  function checkWeeks(weeks: SubstituteHours, path: string): ValidationIssue[] {
    return (Object.entries(weeks) as [string, WeekHours | undefined][]).flatMap(([kind, week]) => (week ? checkDays(week, childPointer(path, kind)) : []));
  }

  /**
   * Each exception that is as specific as another applying on a common date, naming the first such
   * other one: so both of a pair point at each other, and a list of many on one date gives one issue
   * per exception rather than one per pair (400 on one date would otherwise be 159,600).
   */
  function checkExceptionConflicts(exceptions: readonly HoursException[], path: string): ValidationIssue[] {
    const when = exceptions.map(appliesWhen);
    const issues: ValidationIssue[] = [];
    when.forEach((a, i) => {
      if (!a) return;
      for (const [j, b] of when.entries()) {
        if (i === j || !b || specificity(a) !== specificity(b)) continue;
        const day = commonDate(a, b);
        if (day === undefined) continue;
        issues.push({ path: childPointer(path, i), message: m.conflictingException(childPointer(path, j), isoOf(day)) });
        break;
      }
    });
    return issues;
  }

  /**
   * All the rules JSON Schema cannot state for this kind. Each `@rule` is listed as written under
   * "Checked beyond the schema" in docs/schema/accessibility-declaration.md (scripts/lib/rules.mjs
   * reads them), so the page says what this code checks.
   *
   * @rule Every interval ends after it starts, in the weekly hours and in exceptions (reported at
   *   `…/N/to`).
   * @rule An exception's `to` is not before its `date`.
   * @rule Exception `weekdays` go only with a range (a `to`), name each weekday once and match at
   *   least one date of the range (reported at `…/weekdays`).
   * @rule No two exceptions that apply on a common date are equally specific (as long a range and as
   *   many weekdays), since neither would take precedence (reported at each, naming the other).
   * @rule Every date is a real calendar date (not 2026-02-30); a recurring closure's `yearly` date
   *   exists in some year (`02-29` does, `02-30` does not).
   * @rule A substitute's own hours end after they start, as the practice's do.
   */
  function checkAccessibilityDeclaration(doc: AccessibilityDeclaration): ValidationIssue[] {
    const issues = [...realDate(doc.lastVerified, '/lastVerified')];
    issues.push(...checkWeeks(doc.hours, '/hours'));
    if (doc.acute?.handledBy === 'substitute' && doc.acute.substitute.hours) {
      issues.push(...checkWeeks(doc.acute.substitute.hours, '/acute/substitute/hours'));
    }
    (doc.recurringClosures ?? []).forEach((closure, i) => issues.push(...checkRecurringClosure(closure, childPointer('/recurringClosures', i))));
    const exceptions = doc.exceptions ?? [];
    exceptions.forEach((exception, i) => issues.push(...checkException(exception, childPointer('/exceptions', i))));
    issues.push(...checkExceptionConflicts(exceptions, '/exceptions'));
    issues.push(...checkProvenance(doc.provenance, '/provenance'));
    return issues;
  }
  return { checkDay, checkException, checkRecurringClosure, checkExceptionConflicts, checkAccessibilityDeclaration };
}

export const checkDay = (day: DayHours, path: string): ValidationIssue[] => accessibilityChecks(hoursWords).checkDay(day, path);
export const checkException = (exception: HoursException, path: string): ValidationIssue[] => accessibilityChecks(hoursWords).checkException(exception, path);
export const checkRecurringClosure = (closure: RecurringClosure, path: string): ValidationIssue[] =>
  accessibilityChecks(hoursWords).checkRecurringClosure(closure, path);
export const checkExceptionConflicts = (exceptions: readonly HoursException[], path: string): ValidationIssue[] =>
  accessibilityChecks(hoursWords).checkExceptionConflicts(exceptions, path);
export const checkAccessibilityDeclaration = (doc: AccessibilityDeclaration): ValidationIssue[] => accessibilityChecks(hoursWords).checkAccessibilityDeclaration(doc);
