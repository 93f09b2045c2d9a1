/**
 * OpenStreetMap `opening_hours` for the consultation hours: the regular week, the recurring
 * closures, the dated exceptions that change consultation, and `PH off` for Danish public
 * holidays. Rules are written in the order OSM reads them (a later rule replaces the hours of the
 * days it matches), which is the engine's layering: the week; recurring closures; dated ranges,
 * least specific first; public holidays (a range never opens one); single dates (which may).
 */
import type { AccessibilityDeclaration, HoursException } from '../declaration.js';
import { compile } from '../schedule/compile.js';
import { partsOf, toDay, WEEKDAYS, type Weekday } from '../time/civil.js';
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

function recurringRule(closure: RecurringClosure, declaration: AccessibilityDeclaration): string {
  let selector: string;
  let hours: OpeningInterval[] = [];
  if (closure.yearly !== undefined) {
    selector = `${OSM_MONTHS[Number(closure.yearly.slice(0, 2)) - 1]} ${closure.yearly.slice(3, 5)}`;
  } else {
    const monthly = closure.monthly ?? { nth: 1, weekday: 'mon' };
    selector = `${OSM_DAYS[monthly.weekday]}[${monthly.nth}]`;
  }
  const cut = closure.from;
  if (cut !== undefined && closure.monthly) {
    // Closed from a time: the regular hours of that weekday cut off there.
    hours = (declaration.hours.consultation?.[closure.monthly.weekday] ?? [])
      .filter((i) => i.from < cut)
      .map((i) => ({ from: i.from, to: i.to > cut ? cut : i.to }));
  }
  // A yearly closure from a time falls on different weekdays each year, which OSM cannot cut: closed all day.
  return `${selector} ${osmTimes(hours)}`;
}

/** The OSM `opening_hours` value, or undefined when no consultation hours are stated. */
export function toOsm(declaration: AccessibilityDeclaration): string | undefined {
  const week = declaration.hours.consultation;
  if (!week) return undefined;
  const rules = groupWeek(week).map((g) => `${osmDays(g.days)} ${osmTimes(g.intervals)}`);
  if (rules.length === 0) rules.push('off');
  for (const closure of declaration.recurringClosures ?? []) rules.push(recurringRule(closure, declaration));
  const layered = compile(declaration).exceptions; // least specific first
  for (const e of layered) if (e.range) rules.push(...[exceptionRule(e.source)].filter((r): r is string => r !== undefined));
  rules.push('PH off');
  for (const e of layered) if (!e.range) rules.push(...[exceptionRule(e.source)].filter((r): r is string => r !== undefined));
  return rules.join('; ');
}
