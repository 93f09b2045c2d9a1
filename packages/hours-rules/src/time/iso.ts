/**
 * Reads an ISO 8601 date or date-time into its parts, without Date.parse: Date.parse reads a
 * date-time without an offset in the process time zone, so the same text would name different
 * instants on different machines. What a time without an offset means is decided by the caller.
 */
import { MS_PER_DAY, parseDate, type DayNumber } from './civil.js';

export interface IsoParts {
  day: DayNumber;
  /** Milliseconds after midnight of the wall-clock time written (0 for a bare date). */
  wallMs: number;
  /** The written UTC offset in milliseconds; undefined when the text gives none. */
  offsetMs?: number;
}

// YYYY-MM-DD, optionally T (or a space) HH:MM[:SS[.fraction]], optionally Z or ±HH[:]MM or ±HH.
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

/** The parts of an ISO 8601 text, or undefined unless it names a real date and time of day. */
export function parseIso(text: string): IsoParts | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const [, date = '', hh, mm, ss, fraction, zone, sign, offH, offM] = match;
  const day = parseDate(date);
  if (day === undefined) return undefined;
  const hours = Number(hh ?? 0);
  const minutes = Number(mm ?? 0);
  const seconds = Number(ss ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const ms = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  const wallMs = ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
  if (zone === undefined) return { day, wallMs };
  if (zone === 'Z' || zone === 'z') return { day, wallMs, offsetMs: 0 };
  const offsetHours = Number(offH);
  const offsetMinutes = Number(offM ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  return { day, wallMs, offsetMs: (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000 };
}

/** The instant of parts that carry an offset. */
export function instantOfParts(parts: IsoParts & { offsetMs: number }): number {
  return parts.day * MS_PER_DAY + parts.wallMs - parts.offsetMs;
}
