/**
 * When a recurring closure occurs: a yearly month-day, or the nth (or last) weekday of every month.
 * Pure date arithmetic on Copenhagen calendar days.
 */
import { dayFromParts, partsOf, weekdayIndex, WEEKDAYS, type DayNumber } from '../time/civil.js';
import type { RecurringClosure } from '../declaration.js';

/** Whether a recurring closure falls on a calendar day. */
export function occursOn(closure: RecurringClosure, day: DayNumber): boolean {
  const parts = partsOf(day);
  if (closure.yearly !== undefined) {
    return Number(closure.yearly.slice(0, 2)) === parts.month && Number(closure.yearly.slice(3, 5)) === parts.day;
  }
  const monthly = closure.monthly;
  if (!monthly || WEEKDAYS[weekdayIndex(day)] !== monthly.weekday) return false;
  if (monthly.nth > 0) return Math.ceil(parts.day / 7) === monthly.nth;
  // The last one: a week later is already next month.
  return partsOf(day + 7).month !== parts.month;
}

/** The first day from `from` (inclusive) on which the closure occurs, searching at most `limitDays`. */
export function nextOccurrence(closure: RecurringClosure, from: DayNumber, limitDays = 366 * 4): DayNumber | undefined {
  for (let day = from; day < from + limitDays; day++) if (occursOn(closure, day)) return day;
  return undefined;
}

/** The dates of a yearly closure in a year (none for 29 February outside leap years). */
export function yearlyDate(closure: RecurringClosure, year: number): DayNumber | undefined {
  if (closure.yearly === undefined) return undefined;
  const month = Number(closure.yearly.slice(0, 2));
  const date = Number(closure.yearly.slice(3, 5));
  const day = dayFromParts(year, month, date);
  return partsOf(day).month === month ? day : undefined;
}
