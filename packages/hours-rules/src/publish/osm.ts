/**
 * OpenStreetMap `opening_hours` for the consultation hours: the regular week, the recurring
 * closures, the dated exceptions that change consultation, and `PH off` for Danish public
 * holidays. Rules are written in the order OSM reads them (a later rule replaces the hours of the
 * days it matches), which is the engine's layering: the week; recurring closures; dated ranges,
 * least specific first; public holidays (a range never opens one); single dates (which may).
 */
import type { AccessibilityDeclaration, HoursException } from '../declaration.js';
import { compile } from '../schedule/compile.js';
import { formatDate, partsOf, toDay, weekdayIndex, WEEKDAYS, type Weekday } from '../time/civil.js';
import { holidayOn } from '../time/holidays.js';
import { yearlyDate } from '../schedule/recurrence.js';
import type { OpeningInterval, RecurringClosure } from '@praksis/schema';
import { groupWeek, plainIntervals } from './week-groups.js';

export const OSM_DAYS: Record<Weekday, string> = { mon: 'Mo', tue: 'Tu', wed: 'We', thu: 'Th', fri: 'Fr', sat: 'Sa', sun: 'Su' };
export const OSM_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "Mo-Fr", "Mo,We,Fr", "Mo-We,Fr". */
export function osmDays(days: readonly Weekday[]): string {
  const indexes = days.map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < indexes.length; ) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === (indexes[j] ?? 0) + 1) j++;
    const first = OSM_DAYS[WEEKDAYS[indexes[i] ?? 0] ?? 'mon'];
    const last = OSM_DAYS[WEEKDAYS[indexes[j] ?? 0] ?? 'mon'];
    // Two neighbours read better as a list (Mo,Tu), three or more as a range (Mo-We).
    parts.push(j === i ? first : j === i + 1 ? `${first},${last}` : `${first}-${last}`);
    i = j + 1;
  }
  return parts.join(',');
}

const osmTimes = (day: readonly OpeningInterval[]): string =>
  day.length === 0 ? 'off' : plainIntervals(day).map((i) => `${i.from}-${i.to}`).join(',');

/** "2026 Dec 24" */
function osmDate(iso: string): string {
  const { year, month, day } = partsOf(toDay(iso));
  return `${year} ${OSM_MONTHS[month - 1]} ${String(day).padStart(2, '0')}`;
}

function exceptionRule(exception: HoursException): string | undefined {
  const day = exception.closed ? [] : exception.hours?.consultation;
  if (!day) return undefined; // changes other kinds of access only
  const range = exception.to !== undefined && exception.to !== exception.date;
  const dates = range ? `${osmDate(exception.date)}-${osmDate(exception.to ?? exception.date)}` : osmDate(exception.date);
  // As the engine reads a range: changed hours Monday–Friday, a closure every day, unless weekdays are named.
  const weekdays = exception.weekdays ?? (range && !exception.closed ? (['mon', 'tue', 'wed', 'thu', 'fri'] as const) : undefined);
  return `${dates}${weekdays ? ` ${osmDays(weekdays)}` : ''} ${osmTimes(day)}`;
}

/** Years written out for a yearly closure from a time of day, from the year of `lastVerified`. */
export const OSM_YEARS_AHEAD = 5;

/** The regular consultation hours of a weekday cut off at `cut`. */
function cutOff(declaration: AccessibilityDeclaration, weekday: Weekday, cut: string): OpeningInterval[] {
  return (declaration.hours.consultation?.[weekday] ?? []).filter((i) => i.from < cut).map((i) => ({ from: i.from, to: i.to > cut ? cut : i.to }));
}

/**
 * A yearly closure from a time falls on a different weekday each year, and OSM cannot cut a day's
 * hours short: each year's date is written with that weekday's hours cut off (a public holiday is
 * closed anyway and left out).
 */
function yearlyFromRules(closure: RecurringClosure, declaration: AccessibilityDeclaration, cut: string): string[] {
  const first = partsOf(toDay(declaration.lastVerified)).year;
  const rules: string[] = [];
  for (let year = first; year < first + OSM_YEARS_AHEAD; year++) {
    const day = yearlyDate(closure, year);
    if (day === undefined || holidayOn(day)) continue;
    rules.push(`${osmDate(formatDate(day))} ${osmTimes(cutOff(declaration, WEEKDAYS[weekdayIndex(day)] ?? 'mon', cut))}`);
  }
  return rules;
}

function recurringRules(closure: RecurringClosure, declaration: AccessibilityDeclaration): string[] {
  if (closure.yearly !== undefined && closure.from !== undefined) return yearlyFromRules(closure, declaration, closure.from);
  return [recurringRule(closure, declaration)];
}

function recurringRule(closure: RecurringClosure, declaration: AccessibilityDeclaration): string {
  let selector: string;
  let hours: OpeningInterval[] = [];
  if (closure.yearly !== undefined) {
    selector = `${OSM_MONTHS[Number(closure.yearly.slice(0, 2)) - 1]} ${closure.yearly.slice(3, 5)}`;
  } else {
    const monthly = closure.monthly ?? { nth: 1, weekday: 'mon' };
    selector = `${OSM_DAYS[monthly.weekday]}[${monthly.nth}]`;
  }
  // Closed from a time: the regular hours of that weekday cut off there.
  if (closure.from !== undefined && closure.monthly) hours = cutOff(declaration, closure.monthly.weekday, closure.from);
  return `${selector} ${osmTimes(hours)}`;
}

/** The OSM `opening_hours` value, or undefined when no consultation hours are stated. */
export function toOsm(declaration: AccessibilityDeclaration): string | undefined {
  const week = declaration.hours.consultation;
  if (!week) return undefined;
  const rules = groupWeek(week).map((g) => `${osmDays(g.days)} ${osmTimes(g.intervals)}`);
  if (rules.length === 0) rules.push('off');
  for (const closure of declaration.recurringClosures ?? []) rules.push(...recurringRules(closure, declaration));
  const layered = compile(declaration).exceptions; // least specific first
  for (const e of layered) if (e.range) rules.push(...[exceptionRule(e.source)].filter((r): r is string => r !== undefined));
  rules.push('PH off');
  for (const e of layered) if (!e.range) rules.push(...[exceptionRule(e.source)].filter((r): r is string => r !== undefined));
  return rules.join('; ');
}
