/**
 * The hours of one day: the regular week, or a calendar date where dated exceptions and public
 * holidays apply. Precedence on a date: an exception (closed, or the categories it lists), then a
 * public holiday (closed), then the regular week.
 */
import { weekdayIndex, type DayNumber } from '../time/civil.js';
import { holidayOn, type Holiday } from '../time/holidays.js';
import type { HourCategory } from '../declaration.js';
import type { CompiledDeclaration, CompiledException } from './compile.js';
import { NO_SPANS, union, type Spans } from './spans.js';

export interface DaySchedule {
  /** Set for a calendar date; undefined for the regular week. */
  day?: DayNumber;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  holiday?: Holiday;
  exception?: CompiledException;
  /** The spans of a category that day; undefined when not stated. */
  spans(category: HourCategory): Spans | undefined;
}

/**
 * Union of several categories. `missing` is true when a category in `required` is not stated;
 * categories in `optional` that are not stated count as closed (a practice need not list them).
 */
export function combined(
  schedule: DaySchedule,
  required: readonly HourCategory[],
  optional: readonly HourCategory[] = [],
): { spans: Spans; missing: boolean } {
  let spans = NO_SPANS;
  let missing = false;
  for (const category of required) {
    const own = schedule.spans(category);
    if (own === undefined) missing = true;
    else spans = union(spans, own);
  }
  for (const category of optional) spans = union(spans, schedule.spans(category) ?? NO_SPANS);
  return { spans, missing };
}

export function regularDay(compiled: CompiledDeclaration, weekday: number): DaySchedule {
  return { weekday, spans: (category) => compiled.weeks[category]?.[weekday] };
}

export function exceptionOn(compiled: CompiledDeclaration, day: DayNumber): CompiledException | undefined {
  return compiled.exceptions.find((e) => e.first <= day && day <= e.last);
}

export function datedDay(compiled: CompiledDeclaration, day: DayNumber): DaySchedule {
  const weekday = weekdayIndex(day);
  const exception = exceptionOn(compiled, day);
  const holiday = holidayOn(day);
  const regular = compiled.weeks;
  return {
    day,
    weekday,
    ...(holiday ? { holiday } : {}),
    ...(exception ? { exception } : {}),
    spans(category) {
      if (exception?.closed) return NO_SPANS;
      const changed = exception?.hours[category];
      if (changed) return changed;
      if (holiday) return NO_SPANS;
      return regular[category]?.[weekday];
    },
  };
}
