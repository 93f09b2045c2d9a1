/**
 * Turns a declaration into minute spans once, so evaluating rules and answering "open now?"
 * never re-parse "HH:MM" strings. Cached per declaration object.
 */
import { formatDate, toDay, WEEKDAYS, type DayNumber } from '../time/civil.js';
import { toMinutes } from '../time/clock.js';
import type { OpeningInterval } from '@praksis/schema';
import {
  HOUR_CATEGORIES,
  OPTIONAL_CATEGORIES,
  type AccessibilityDeclaration,
  type HoursException,
  type HourCategory,
  type RecurringClosure,
  type SubstitutePractice,
} from '../declaration.js';
import { NO_SPANS, normalize, type Spans } from './spans.js';

/** Spans per weekday (index 0 = Monday); undefined = that day is not stated. */
export type CompiledWeek = readonly (Spans | undefined)[];

export interface CompiledException {
  first: DayNumber;
  last: DayNumber;
  /** Indexed by weekday (0 = Monday): whether the exception applies on that weekday. */
  weekdays: readonly boolean[];
  /** More than one date: changed hours in a range never open a public holiday. */
  range: boolean;
  closed: boolean;
  /** A recurring closure from a time of day: every kind of access ends there (minutes). */
  closedFrom?: number;
  /** Set for the occurrence of a recurring closure: the closure as declared. */
  recurring?: RecurringClosure;
  /** Changed spans for the categories the exception lists. */
  hours: Partial<Record<HourCategory, Spans>>;
  substitute?: SubstitutePractice;
  /** Its position in the declaration's list. */
  index: number;
  source: HoursException;
}

export interface CompiledDeclaration {
  declaration: AccessibilityDeclaration;
  /** Undefined for a category the practice has not stated. */
  weeks: Partial<Record<HourCategory, CompiledWeek>>;
  /** In layering order: least specific first, so a later one overrides an earlier one. */
  exceptions: readonly CompiledException[];
  /** Recurring closures, in declaration order; they layer below every dated exception. */
  recurring: readonly RecurringClosure[];
  lastVerified: DayNumber;
}

const cache = new WeakMap<AccessibilityDeclaration, CompiledDeclaration>();

/** One day's intervals as sorted, merged minute spans. */
export function compileDay(intervals: readonly OpeningInterval[]): Spans {
  const only = intervals.length === 1 ? intervals[0] : undefined;
  if (only) return [[toMinutes(only.from), toMinutes(only.to)]]; // the common case, no sort
  return normalize(intervals.map((i) => [toMinutes(i.from), toMinutes(i.to)] as const));
}

const MONDAY_TO_FRIDAY = [true, true, true, true, true, false, false] as const;
const EVERY_DAY = [true, true, true, true, true, true, true] as const;

function compileException(source: HoursException, index: number): CompiledException {
  const hours: Partial<Record<HourCategory, Spans>> = {};
  if (source.hours) {
    for (const category of HOUR_CATEGORIES) {
      const day = source.hours[category];
      if (day) hours[category] = compileDay(day);
    }
  }
  const first = toDay(source.date);
  const last = source.to === undefined ? first : toDay(source.to);
  const closed = source.closed === true;
  const named = source.weekdays;
  return {
    first,
    last,
    weekdays: named ? WEEKDAYS.map((key) => named.includes(key)) : closed || last === first ? EVERY_DAY : MONDAY_TO_FRIDAY,
    range: last > first,
    closed,
    hours,
    ...(source.substitute ? { substitute: source.substitute } : {}),
    index,
    source,
  };
}

/**
 * A recurring closure on one of its dates, as an exception of that single date. `index` is its
 * position in `recurringClosures`.
 */
export function recurringOccurrence(closure: RecurringClosure, index: number, day: DayNumber): CompiledException {
  const closedFrom = closure.from === undefined ? undefined : toMinutes(closure.from);
  return {
    first: day,
    last: day,
    weekdays: EVERY_DAY,
    range: false,
    closed: closedFrom === undefined,
    ...(closedFrom === undefined ? {} : { closedFrom }),
    recurring: closure,
    hours: {},
    ...(closure.substitute ? { substitute: closure.substitute } : {}),
    index,
    source: { date: formatDate(day), reason: closure.reason, closed: true },
  };
}

/**
 * How specific an exception is: its range in days, then how many weekdays it names. Smaller is
 * more specific; a single date (0, …) is the most specific.
 */
export function specificity(e: Pick<CompiledException, 'first' | 'last' | 'weekdays'>): [number, number] {
  return [e.last - e.first, e.weekdays.filter(Boolean).length];
}

/**
 * Layering order, independent of the order in the declaration: least specific first. Equally
 * specific exceptions on one date conflict (the validator rejects them); given them anyway,
 * changed hours go below closures, and otherwise their content decides, so any permutation of the
 * list gives the same day.
 */
function layerOrder(a: CompiledException, b: CompiledException): number {
  const [spanA, daysA] = specificity(a);
  const [spanB, daysB] = specificity(b);
  if (spanA !== spanB) return spanB - spanA;
  if (daysA !== daysB) return daysB - daysA;
  if (a.closed !== b.closed) return a.closed ? 1 : -1;
  // Equal content layers the same either way, so the text of each object is a fair tie-break.
  const keyA = JSON.stringify(a.source);
  const keyB = JSON.stringify(b.source);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

function compileWeek(category: HourCategory, week: NonNullable<AccessibilityDeclaration['hours'][HourCategory]>): CompiledWeek {
  const leftOut = OPTIONAL_CATEGORIES.includes(category) ? NO_SPANS : undefined;
  return WEEKDAYS.map((key) => {
    const day = week[key];
    return day ? compileDay(day) : leftOut;
  });
}

/** Compiles (or returns the cached compilation of) a schema-valid declaration. */
export function compile(declaration: AccessibilityDeclaration): CompiledDeclaration {
  let compiled = cache.get(declaration);
  if (compiled) return compiled;
  const weeks: Partial<Record<HourCategory, CompiledWeek>> = {};
  for (const category of HOUR_CATEGORIES) {
    const week = declaration.hours[category];
    if (week) weeks[category] = compileWeek(category, week);
  }
  const exceptions = (declaration.exceptions ?? []).map(compileException).sort(layerOrder);
  compiled = { declaration, weeks, exceptions, recurring: declaration.recurringClosures ?? [], lastVerified: toDay(declaration.lastVerified) };
  cache.set(declaration, compiled);
  return compiled;
}
