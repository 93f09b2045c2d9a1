/**
 * Europe/Copenhagen wall-clock time, independent of the process time zone. The UTC offset comes
 * from Intl (so tzdata decides, not a hand-written DST rule); everything else is arithmetic.
 */
import { MS_PER_DAY, MS_PER_MINUTE, formatDate, toDay, weekdayIndex, type DayNumber } from './civil.js';
import { instantOfParts, parseIso } from './iso.js';

export const TIME_ZONE = 'Europe/Copenhagen';

/** An instant: milliseconds since the epoch, or anything Date accepts as one. */
export type InstantLike = Date | number | string;

export interface LocalTime {
  /** The local calendar date, YYYY-MM-DD. */
  date: string;
  day: DayNumber;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  minutes: number;
  /** Offset from UTC in minutes (60 in winter, 120 in summer). */
  offsetMinutes: number;
}

const MS_PER_HOUR = 3_600_000;

let formatter: Intl.DateTimeFormat | undefined;
// Offsets keyed by UTC hour: Copenhagen has only changed offset on whole UTC hours since 1894,
// so one Intl call per hour ever seen is enough. Bounded so a long-running page cannot grow it.
const offsetCache = new Map<number, number>();
const OFFSET_CACHE_LIMIT = 20_000;

function zoneFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    // The year alone is 1 for both 1 AD and 1 BC (ISO year 0).
    era: 'short',
  });
  return formatter;
}

/** Offset at a whole second (the formatter drops milliseconds). */
function computeOffset(instant: number): number {
  const fields: Record<string, number> = {};
  let beforeCommonEra = false;
  for (const part of zoneFormatter().formatToParts(instant)) {
    if (part.type === 'era') beforeCommonEra = part.value === 'BC';
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = fields.year ?? 1970;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const wall = new Date(0);
  wall.setUTCFullYear(beforeCommonEra ? 1 - year : year, (fields.month ?? 1) - 1, fields.day ?? 1);
  wall.setUTCHours(fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0);
  return wall.getTime() - instant;
}

/** UTC offset of Copenhagen at an instant, in milliseconds. */
export function offsetAt(instant: number): number {
  const hour = Math.floor(instant / MS_PER_HOUR);
  let offset = offsetCache.get(hour);
  if (offset === undefined) {
    if (offsetCache.size >= OFFSET_CACHE_LIMIT) offsetCache.clear();
    offset = computeOffset(hour * MS_PER_HOUR);
    offsetCache.set(hour, offset);
  }
  return offset;
}

/**
 * The instant an ISO 8601 text names, or undefined when it is not one. A date-time with `Z` or an
 * offset is that instant. Without an offset it is Copenhagen wall-clock time, and a bare date is
 * 00:00 Copenhagen time, so the answer never depends on the process time zone. A wall time that
 * does not exist (the spring-forward gap) or exists twice (the autumn repeat) is read as
 * `fromCopenhagen` reads it: moved forward by the gap, or the earlier of the two.
 */
export function parseInstant(text: string): number | undefined {
  const parts = parseIso(text);
  if (!parts) return undefined;
  return parts.offsetMs === undefined ? wallToInstant(parts.day * MS_PER_DAY + parts.wallMs) : instantOfParts({ ...parts, offsetMs: parts.offsetMs });
}

export function toInstant(at: InstantLike): number {
  const instant = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : parseInstant(at);
  if (instant === undefined || !Number.isFinite(instant)) throw new RangeError(`Not a valid instant: ${String(at)}`);
  return instant;
}

/** The Copenhagen date, weekday and time of day at an instant. */
export function toCopenhagen(at: InstantLike): LocalTime {
  const instant = toInstant(at);
  const offset = offsetAt(instant);
  const local = instant + offset;
  const day = Math.floor(local / MS_PER_DAY);
  return {
    date: formatDate(day),
    day,
    weekday: weekdayIndex(day),
    minutes: Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE),
    offsetMinutes: offset / MS_PER_MINUTE,
  };
}

/**
 * The instant of a Copenhagen wall-clock time. In the autumn repeat hour (02:00–03:00 happens
 * twice) `disambiguation` picks the earlier (summer time, default) or later occurrence. A time in
 * the spring-forward gap (02:00–03:00 does not exist) is moved forward by the gap, so 02:30
 * becomes 03:30 summer time, as a clock that missed the change would show.
 */
export function fromCopenhagen(
  date: string | DayNumber,
  minutes: number,
  disambiguation: 'earlier' | 'later' = 'earlier',
): number {
  return wallToInstant(toDay(date) * MS_PER_DAY + minutes * MS_PER_MINUTE, disambiguation);
}

/** `fromCopenhagen` for a wall-clock time in milliseconds since 1970-01-01T00:00 (local). */
function wallToInstant(wall: number, disambiguation: 'earlier' | 'later' = 'earlier'): number {
  const before = offsetAt(wall - MS_PER_DAY);
  const after = offsetAt(wall + MS_PER_DAY);
  const first = wall - before;
  const second = wall - after;
  const firstFits = first + offsetAt(first) === wall;
  const secondFits = second + offsetAt(second) === wall;
  if (firstFits && secondFits) {
    return disambiguation === 'earlier' ? Math.min(first, second) : Math.max(first, second);
  }
  if (firstFits) return first;
  if (secondFits) return second;
  return first; // in the gap: read with the offset before the change
}
