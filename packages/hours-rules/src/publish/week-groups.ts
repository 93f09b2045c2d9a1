/**
 * A week of one kind of access grouped by identical intervals: the shape both schema.org
 * (`dayOfWeek` lists) and OSM (`Mo-Fr 08:00-16:00`) write hours in.
 */
import { WEEKDAYS, type Weekday } from '../time/civil.js';
import type { OpeningInterval, WeekHours } from '@praksis/schema';

export interface IntervalGroup {
  days: Weekday[];
  intervals: readonly OpeningInterval[];
}

/** Intervals sorted by start, without notes: the part of a day both formats can say. */
export function plainIntervals(day: readonly OpeningInterval[]): OpeningInterval[] {
  return [...day].map(({ from, to }) => ({ from, to })).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

const key = (intervals: readonly OpeningInterval[]): string => intervals.map((i) => `${i.from}-${i.to}`).join(',');

/** Stated days with at least one interval, grouped by identical hours, Monday first. */
export function groupWeek(week: WeekHours | undefined): IntervalGroup[] {
  const groups = new Map<string, IntervalGroup>();
  for (const day of WEEKDAYS) {
    const intervals = week?.[day];
    if (!intervals || intervals.length === 0) continue;
    const plain = plainIntervals(intervals);
    const k = key(plain);
    const group = groups.get(k);
    if (group) group.days.push(day);
    else groups.set(k, { days: [day], intervals: plain });
  }
  return [...groups.values()];
}
