/**
 * "Open now?" and "next opening" for one kind of access, in Copenhagen time. Honours the regular
 * week, public holidays (closed unless an exception says otherwise) and dated exceptions, and
 * names the substitute practice patients should use instead.
 */
import type { AccessibilityDeclaration, HourCategory, SubstitutePractice, Text } from './declaration.js';
import { formatDate, type DayNumber } from './time/civil.js';
import { formatTime } from './time/clock.js';
import { fromCopenhagen, toCopenhagen, toInstant, type InstantLike } from './time/copenhagen.js';
import type { Holiday } from './time/holidays.js';
import { compile, type CompiledDeclaration } from './schedule/compile.js';
import { datedDay, type DaySchedule } from './schedule/day.js';
import { spanAt } from './schedule/spans.js';

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
  /** How many days ahead to look, counting the day of `at`. Default 14. */
  horizonDays?: number;
}

function moment(day: DayNumber, minutes: number): LocalMoment {
  return { instant: fromCopenhagen(day, minutes), date: formatDate(day), time: formatTime(minutes) };
}

function dayContext(compiled: CompiledDeclaration, schedule: DaySchedule, category: HourCategory): DayContext {
  const { exception, holiday } = schedule;
  const acute = compiled.declaration.acute;
  const substitute =
    exception?.substitute ?? (category === 'acutePhone' && acute?.handledBy === 'substitute' ? acute.substitute : undefined);
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
  const local = toCopenhagen(at);
  const schedule = datedDay(compiled, local.day);
  const context = dayContext(compiled, schedule, category);
  const spans = schedule.spans(category);
  if (spans === undefined) return { category, status: 'not-stated', ...context };
  const span = spanAt(spans, local.minutes);
  if (!span) return { category, status: 'closed', ...context };
  return { category, status: 'open', until: moment(local.day, span[1]), ...context };
}

/** The start of the next interval that begins after `at` (not the current one). */
export function nextOpening(
  declaration: AccessibilityDeclaration,
  category: HourCategory,
  at: InstantLike,
  options: NextOpeningOptions = {},
): NextOpening {
  const horizonDays = options.horizonDays ?? 14;
  const compiled = compile(declaration);
  const instant = toInstant(at);
  const local = toCopenhagen(instant);
  for (let day = local.day; day < local.day + horizonDays; day++) {
    const schedule = datedDay(compiled, day);
    const spans = schedule.spans(category);
    if (spans === undefined) return { status: 'not-stated', date: formatDate(day) };
    for (const [from, to] of spans) {
      const start = moment(day, from);
      if (start.instant > instant) {
        return { status: 'found', start, end: moment(day, to), ...dayContext(compiled, schedule, category) };
      }
    }
  }
  return { status: 'none', searchedDays: horizonDays };
}
