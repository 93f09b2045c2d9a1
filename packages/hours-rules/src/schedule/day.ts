/**
 * The hours of one day: the regular week, or a calendar date where public holidays and dated
 * exceptions apply. On a date the layers are, bottom to top: the regular week; a public holiday
 * (closed); then each exception that applies, least specific first (see compile.ts). Each layer
 * replaces only the kinds of access it names (a closure names all of them), so the rest of the day
 * keeps what the layers below give.
 */
import { weekdayIndex, type DayNumber } from '../time/civil.js';
import { holidayOn, type Holiday } from '../time/holidays.js';
import { HOUR_CATEGORIES, type HourCategory, type SubstitutePractice } from '../declaration.js';
import type { CompiledDeclaration, CompiledException } from './compile.js';
import { NO_SPANS, union, type Spans } from './spans.js';

export interface DaySchedule {
  /** Set for a calendar date; undefined for the regular week. */
  day?: DayNumber;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  holiday?: Holiday;
  /** The dated exceptions that apply that day, least specific first. */
  exceptions: readonly CompiledException[];
  /** The substitute practice of the most specific applying exception that names one. */
  substitute?: SubstitutePractice;
  /** The spans of a category that day; undefined when not stated. */
  spans(category: HourCategory): Spans | undefined;
  /** The exception that decided a category's hours that day; undefined when the week or a holiday did. */
  decidedBy(category: HourCategory): CompiledException | undefined;
}

/**
 * Union of several categories. `missing` lists the categories in `required` that are not stated;
 * categories in `optional` that are not stated count as closed (a practice need not list them).
 */
export function combined(
  schedule: DaySchedule,
  required: readonly HourCategory[],
  optional: readonly HourCategory[] = [],
): { spans: Spans; missing: HourCategory[] } {
  let spans = NO_SPANS;
  const missing: HourCategory[] = [];
  for (const category of required) {
    const own = schedule.spans(category);
    if (own === undefined) missing.push(category);
    else spans = union(spans, own);
  }
  for (const category of optional) spans = union(spans, schedule.spans(category) ?? NO_SPANS);
  return { spans, missing };
}

const NOT_DECIDED = (): undefined => undefined;

export function regularDay(compiled: CompiledDeclaration, weekday: number): DaySchedule {
  return { weekday, exceptions: [], spans: (category) => compiled.weeks[category]?.[weekday], decidedBy: NOT_DECIDED };
}

/** Whether an exception applies on a date (with its public holiday, if any). */
export function appliesOn(exception: CompiledException, day: DayNumber, holiday: Holiday | undefined): boolean {
  if (day < exception.first || day > exception.last || !exception.weekdays[weekdayIndex(day)]) return false;
  // A range of changed hours never opens a public holiday; only a single-date exception can.
  return !(holiday && exception.range && !exception.closed);
}

export function datedDay(compiled: CompiledDeclaration, day: DayNumber): DaySchedule {
  const weekday = weekdayIndex(day);
  const holiday = holidayOn(day);
  const exceptions = compiled.exceptions.length ? compiled.exceptions.filter((e) => appliesOn(e, day, holiday)) : [];
  const decided: Partial<Record<HourCategory, CompiledException>> = {};
  let substitute: SubstitutePractice | undefined;
  for (const exception of exceptions) {
    for (const category of HOUR_CATEGORIES) if (exception.closed || exception.hours[category]) decided[category] = exception;
    substitute = exception.substitute ?? substitute;
  }
  return {
    day,
    weekday,
    ...(holiday ? { holiday } : {}),
    exceptions,
    ...(substitute ? { substitute } : {}),
    spans(category) {
      const exception = decided[category];
      if (exception) return exception.closed ? NO_SPANS : exception.hours[category];
      if (holiday) return NO_SPANS;
      return compiled.weeks[category]?.[weekday];
    },
    decidedBy: (category) => decided[category],
  };
}
