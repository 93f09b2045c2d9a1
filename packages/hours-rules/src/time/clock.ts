/** Times of day as minutes after local midnight (0–1440), the unit all interval maths uses. */

const ZERO = 48;

function digit(text: string, index: number): number {
  const d = text.charCodeAt(index) - ZERO;
  return d >= 0 && d <= 9 ? d : NaN;
}

/** Parses "HH:MM" ("24:00" = end of day); undefined when malformed. Char codes, not a regex: it runs for every interval. */
export function parseTime(text: string): number | undefined {
  if (text.length !== 5 || text.charCodeAt(2) !== 58 /* : */) return undefined;
  const hours = digit(text, 0) * 10 + digit(text, 1);
  const minutes = digit(text, 3) * 10 + digit(text, 4);
  if (!(hours <= 23 && minutes <= 59) && !(hours === 24 && minutes === 0)) return undefined;
  return hours * 60 + minutes;
}

/** Like parseTime, for times the caller has already validated. */
export function toMinutes(text: string): number {
  const minutes = parseTime(text);
  if (minutes === undefined) throw new RangeError(`Not a time of day (HH:MM): ${text}`);
  return minutes;
}

export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}
