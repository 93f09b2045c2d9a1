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
import { recurringOccurrence, type CompiledDeclaration, type CompiledException } from './compile.js';
import { occursOn } from './recurrence.js';
import { clipBefore, NO_SPANS, union, type Spans } from './spans.js';

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

/** The recurring closures falling on a day, as single-date layers below the dated exceptions. */
function recurringOn(compiled: CompiledDeclaration, day: DayNumber): CompiledException[] {
  const layers: CompiledException[] = [];
  compiled.recurring.forEach((closure, index) => {
    if (occursOn(closure, day)) layers.push(recurringOccurrence(closure, index, day));
  });
  // A closure from a time goes below an all-day one, so the order of the list never matters.
  return layers.sort((a, b) => Number(a.closed) - Number(b.closed) || (b.closedFrom ?? 0) - (a.closedFrom ?? 0));
}

/** A category's spans after one layer, or the same spans when the layer leaves it alone. */
function applyLayer(layer: CompiledException, category: HourCategory, below: Spans | undefined): Spans | undefined {
  if (layer.closed) return NO_SPANS;
  const own = layer.hours[category];
  if (own) return own;
  if (layer.closedFrom !== undefined && below) return clipBefore(below, layer.closedFrom);
  return below;
}

export function datedDay(compiled: CompiledDeclaration, day: DayNumber): DaySchedule {
  const weekday = weekdayIndex(day);
  const holiday = holidayOn(day);
  const dated = compiled.exceptions.length ? compiled.exceptions.filter((e) => appliesOn(e, day, holiday)) : [];
  const exceptions = compiled.recurring.length ? [...recurringOn(compiled, day), ...dated] : dated;
  const decided: Partial<Record<HourCategory, CompiledException>> = {};
  const result: Partial<Record<HourCategory, Spans | undefined>> = {};
  let substitute: SubstitutePractice | undefined;
  for (const category of HOUR_CATEGORIES) {
    let spans = holiday ? NO_SPANS : compiled.weeks[category]?.[weekday];
    for (const layer of exceptions) {
      const next = applyLayer(layer, category, spans);
      // A layer decides a kind of access when it names it, closes it, or cuts its hours short.
      if (next !== spans || layer.closed || layer.hours[category]) decided[category] = layer;
      spans = next;
    }
    result[category] = spans;
  }
  for (const exception of exceptions) substitute = exception.substitute ?? substitute;
  return {
    day,
    weekday,
    ...(holiday ? { holiday } : {}),
    exceptions,
    ...(substitute ? { substitute } : {}),
    spans: (category) => result[category],
    decidedBy: (category) => decided[category],
  };
}
