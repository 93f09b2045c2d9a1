/**
 * Turns a declaration into minute spans once, so evaluating rules and answering "open now?"
 * never re-parse "HH:MM" strings. Cached per declaration object.
 */
import { toDay, WEEKDAYS, type DayNumber } from '../time/civil.js';
import { toMinutes } from '../time/clock.js';
import type { OpeningInterval } from '@praksis/schema';
import {
  HOUR_CATEGORIES,
  type AccessibilityDeclaration,
  type HoursException,
  type HourCategory,
  type SubstitutePractice,
} from '../declaration.js';
import { normalize, type Spans } from './spans.js';

/** Spans per weekday (index 0 = Monday); undefined = that day is not stated. */
export type CompiledWeek = readonly (Spans | undefined)[];

export interface CompiledException {
  first: DayNumber;
  last: DayNumber;
  closed: boolean;
  /** Changed spans for the categories the exception lists. */
  hours: Partial<Record<HourCategory, Spans>>;
  substitute?: SubstitutePractice;
  source: HoursException;
}

export interface CompiledDeclaration {
  declaration: AccessibilityDeclaration;
  /** Undefined for a category the practice has not stated. */
  weeks: Partial<Record<HourCategory, CompiledWeek>>;
  /** Most specific first: shorter ranges before longer, later entries before earlier. */
  exceptions: readonly CompiledException[];
  lastVerified: DayNumber;
}

const cache = new WeakMap<AccessibilityDeclaration, CompiledDeclaration>();

function compileDay(intervals: readonly OpeningInterval[]): Spans {
  const only = intervals.length === 1 ? intervals[0] : undefined;
  if (only) return [[toMinutes(only.from), toMinutes(only.to)]]; // the common case, no sort
  return normalize(intervals.map((i) => [toMinutes(i.from), toMinutes(i.to)] as const));
}

function compileException(source: HoursException): CompiledException {
  const hours: Partial<Record<HourCategory, Spans>> = {};
  if (source.hours) {
    for (const category of HOUR_CATEGORIES) {
      const day = source.hours[category];
      if (day) hours[category] = compileDay(day);
    }
  }
  const first = toDay(source.date);
  return {
    first,
    last: source.to === undefined ? first : toDay(source.to),
    closed: source.closed === true,
    hours,
    ...(source.substitute ? { substitute: source.substitute } : {}),
    source,
  };
}

/** Compiles (or returns the cached compilation of) a schema-valid declaration. */
export function compile(declaration: AccessibilityDeclaration): CompiledDeclaration {
  let compiled = cache.get(declaration);
  if (compiled) return compiled;
  const weeks: Partial<Record<HourCategory, CompiledWeek>> = {};
  for (const category of HOUR_CATEGORIES) {
    const week = declaration.hours[category];
    if (week) weeks[category] = WEEKDAYS.map((key) => (week[key] ? compileDay(week[key]) : undefined));
  }
  const exceptions = (declaration.exceptions ?? [])
    .map(compileException)
    .map((exception, index) => ({ exception, index }))
    .sort((a, b) => a.exception.last - a.exception.first - (b.exception.last - b.exception.first) || b.index - a.index)
    .map(({ exception }) => exception);
  compiled = { declaration, weeks, exceptions, lastVerified: toDay(declaration.lastVerified) };
  cache.set(declaration, compiled);
  return compiled;
}
