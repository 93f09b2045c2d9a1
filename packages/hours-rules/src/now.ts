/**
 * "Open now?" and "next opening" for one kind of access, in Copenhagen time. Honours the regular
 * week, public holidays (closed unless an exception says otherwise) and dated exceptions, and
 * names the substitute practice patients should use instead.
 */
import type { AccessibilityDeclaration, HourCategory, SubstitutePractice, Text } from './declaration.js';
import { formatDate, type DayNumber } from './time/civil.js';
import { formatTime } from './time/clock.js';
import { toCopenhagen, toInstant, type InstantLike } from './time/copenhagen.js';
import type { Holiday } from './time/holidays.js';
import { compile, type CompiledDeclaration } from './schedule/compile.js';
import { datedDay, type DaySchedule } from './schedule/day.js';
import { dayBounds, occurrences } from './schedule/instants.js';
import { HORIZON_DAYS_LIMIT, boundedOption } from './options.js';

/** A moment as an instant and as Copenhagen wall-clock date and time. */
export interface LocalMoment {
  instant: number;
  date: string;
  /** HH:MM; "24:00" for the end of the day. */
  time: string;
}

/** The dated exception in effect, as declared. */
export interface ExceptionInfo {
  date: string;
  to?: string;
  reason: Text;
  closed: boolean;
}

interface DayContext {
  holiday?: Holiday;
  exception?: ExceptionInfo;
  /** Where to go instead: the exception's substitute, or for acute calls the acute arrangement's. */
  substitute?: SubstitutePractice;
}

export interface OpenState extends DayContext {
  category: HourCategory;
  /** not-stated: the practice has not stated these hours for this day. */
  status: 'open' | 'closed' | 'not-stated';
  /** When open: when the current interval ends. */
  until?: LocalMoment;
}

export type NextOpening =
  | ({ status: 'found'; start: LocalMoment; end: LocalMoment } & DayContext)
  /** A day before any opening is not stated, so the next opening cannot be known. */
  | { status: 'not-stated'; date: string }
  | { status: 'none'; searchedDays: number };

export interface NextOpeningOptions {
  /** How many days ahead to look, counting the day of `at`: a whole number from 1 to 366. Default 14. */
  horizonDays?: number;
}

/** An instant within (or at the end of) a Copenhagen date, with its wall-clock time; the date's end reads "24:00". */
function moment(day: DayNumber, instant: number): LocalMoment {
  if (instant === dayBounds(day).end) return { instant, date: formatDate(day), time: '24:00' };
  const local = toCopenhagen(instant);
  return { instant, date: local.date, time: formatTime(local.minutes) };
}

function dayContext(compiled: CompiledDeclaration, schedule: DaySchedule, category: HourCategory): DayContext {
  const { holiday } = schedule;
  const exception = schedule.decidedBy(category);
  const acute = compiled.declaration.acute;
  const acuteSubstitute = category === 'acutePhone' && acute?.handledBy === 'substitute' ? acute.substitute : undefined;
  const substitute = (exception ? schedule.substitute : undefined) ?? acuteSubstitute;
  return {
    ...(holiday ? { holiday } : {}),
    ...(exception
      ? {
          exception: {
            date: exception.source.date,
            ...(exception.source.to ? { to: exception.source.to } : {}),
            reason: exception.source.reason,
            closed: exception.closed,
          },
        }
      : {}),
    ...(substitute ? { substitute } : {}),
  };
}

/** Whether a kind of access is open at an instant. */
export function openNow(declaration: AccessibilityDeclaration, category: HourCategory, at: InstantLike): OpenState {
  const compiled = compile(declaration);
  const instant = toInstant(at);
  const { day } = toCopenhagen(instant);
  const schedule = datedDay(compiled, day);
  const context = dayContext(compiled, schedule, category);
  const spans = schedule.spans(category);
  if (spans === undefined) return { category, status: 'not-stated', ...context };
  const current = occurrences(day, spans).find((o) => o.start <= instant && instant < o.end);
  if (!current) return { category, status: 'closed', ...context };
  return { category, status: 'open', until: moment(day, current.end), ...context };
}

/**
 * The next stretch of opening that starts after `at` (not the current one), looking `horizonDays`
 * Copenhagen dates ahead counting the date of `at`.
 */
export function nextOpening(
  declaration: AccessibilityDeclaration,
  category: HourCategory,
  at: InstantLike,
  options: NextOpeningOptions = {},
): NextOpening {
  const horizonDays = boundedOption('horizonDays', options.horizonDays ?? 14, 1, HORIZON_DAYS_LIMIT);
  const compiled = compile(declaration);
  const instant = toInstant(at);
  const today = toCopenhagen(instant).day;
  for (let day = today; day < today + horizonDays; day++) {
    const schedule = datedDay(compiled, day);
    const spans = schedule.spans(category);
    if (spans === undefined) return { status: 'not-stated', date: formatDate(day) };
    const next = occurrences(day, spans).find((o) => o.start > instant);
    if (next) {
      return { status: 'found', start: moment(day, next.start), end: moment(day, next.end), ...dayContext(compiled, schedule, category) };
    }
  }
  return { status: 'none', searchedDays: horizonDays };
}
