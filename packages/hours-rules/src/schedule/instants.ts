/**
 * When a day's wall-clock spans happen, as instants. A span [from, to) on a Copenhagen date
 * covers exactly the instants whose Copenhagen date is that date and whose wall-clock time is in
 * [from, to). So on the spring-forward Sunday a span inside 02:00–03:00 never happens and one
 * across it is an hour shorter; on the autumn Sunday a span inside the repeated hour happens twice
 * and one across it is an hour longer. "Open now?" and "next opening" both read these instants,
 * so they agree at every instant.
 */
import { MS_PER_DAY, MS_PER_MINUTE, type DayNumber } from '../time/civil.js';
import { fromCopenhagen, offsetAt } from '../time/copenhagen.js';
import type { Spans } from './spans.js';

/** A stretch of time, [start, end) in epoch milliseconds. */
export interface Stretch {
  start: number;
  end: number;
}

const MS_PER_HOUR = 3_600_000;

/** The instants of a Copenhagen date: from its 00:00 up to the next date's 00:00. */
export function dayBounds(day: DayNumber): Stretch {
  return { start: fromCopenhagen(day, 0), end: fromCopenhagen(day + 1, 0) };
}

/** The parts of [start, end) with one UTC offset each (Copenhagen changes offset on whole UTC hours). */
function pieces({ start, end }: Stretch): { start: number; end: number; offset: number }[] {
  let offset = offsetAt(start);
  if (offsetAt(end - 1) === offset) return [{ start, end, offset }]; // no change that day (at most one in Copenhagen)
  const out = [];
  let from = start;
  for (let hour = Math.floor(start / MS_PER_HOUR) * MS_PER_HOUR + MS_PER_HOUR; hour < end; hour += MS_PER_HOUR) {
    const next = offsetAt(hour);
    if (next !== offset) {
      out.push({ start: from, end: hour, offset });
      from = hour;
      offset = next;
    }
  }
  out.push({ start: from, end, offset });
  return out;
}

/** The stretches of time a day's spans cover, sorted, without empty ones, touching ones joined. */
export function occurrences(day: DayNumber, spans: Spans): Stretch[] {
  if (spans.length === 0) return [];
  const bounds = dayBounds(day);
  const midnight = day * MS_PER_DAY; // the date's 00:00 as a wall-clock number
  const found: Stretch[] = [];
  for (const piece of pieces(bounds)) {
    for (const [from, to] of spans) {
      const start = Math.max(piece.start, midnight + from * MS_PER_MINUTE - piece.offset);
      const end = Math.min(piece.end, midnight + to * MS_PER_MINUTE - piece.offset);
      if (start < end) found.push({ start, end });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const joined: Stretch[] = [];
  for (const stretch of found) {
    const last = joined[joined.length - 1];
    if (last && stretch.start <= last.end) last.end = Math.max(last.end, stretch.end);
    else joined.push({ ...stretch });
  }
  return joined;
}
