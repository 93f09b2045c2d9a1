/**
 * What the badge's detail says, as plain strings: today's status, the weekly hours and the upcoming
 * closures, from the rules engine (`openNow`, `nextOpening`) in Copenhagen time, so nothing depends
 * on the viewer's time zone. No DOM, so it is tested in Node. Only the detail (view/detail.ts)
 * imports it, so it is loaded when the compact badge is opened.
 */
import { formatDate, formatList } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import { localize } from '@praksis/core/text.js';
import {
  HOUR_CATEGORIES,
  OPTIONAL_CATEGORIES,
  WEEKDAYS,
  nextOpening,
  openNow,
  toCopenhagen,
  type AccessibilityDeclaration,
  type HourCategory,
  type LocalMoment,
} from '@praksis/hours-rules';
import type { HoursException, OpeningInterval, SubstitutePractice } from '@praksis/schema';
import { weekdayName as weekdayWord } from '@praksis/hours-rules/i18n/phrases.js';
import { parseDate, weekdayIndex } from '@praksis/hours-rules/time/civil.js';
import { badgeDetailMessages } from './detail-messages.js';

const DAY_MS = 86_400_000;

/**
 * "mandag" / "Monday" for an ISO date, from the rules engine's word list: no Intl.DateTimeFormat,
 * whose first use in a page loads ICU's calendar data. Empty for a string that is not a date.
 */
export function weekdayName(lang: Lang, isoDate: string): string {
  const day = parseDate(isoDate);
  return day === undefined ? '' : weekdayWord(weekdayIndex(day), lang);
}

/** When something starts, seen from `today`: "kl. 08:00", "i morgen kl. 08:00", "tirsdag kl. 08:00", "7. apr. 2026 kl. 08:00". */
export function whenText(lang: Lang, today: string, moment: LocalMoment): string {
  const d = badgeDetailMessages[lang];
  const days = Math.round((Date.parse(moment.date) - Date.parse(today)) / DAY_MS);
  if (days === 0) return d.at(moment.time);
  if (days === 1) return d.tomorrow(moment.time);
  return d.onDay(days < 7 ? weekdayName(lang, moment.date) : formatDate(lang, moment.date), moment.time);
}

/** Far enough to see past a summer holiday of several weeks. */
const LOOK_AHEAD = { horizonDays: 62 };

export interface TodayStatus {
  /** "Åben nu · telefon til 12:30", "Lukket nu (Langfredag) · åbner tirsdag kl. 08:00". */
  text: string;
  /** The practice to turn to instead: a closed day's substitute, or the substitute answering acute calls. */
  substitute?: SubstitutePractice;
}

/** Consultations and phones at `at`, in Copenhagen time. */
export function todayStatus(declaration: AccessibilityDeclaration, at: number, lang: Lang): TodayStatus {
  const d = badgeDetailMessages[lang];
  const today = toCopenhagen(at).date;
  const parts: string[] = [];
  const consultation = openNow(declaration, 'consultation', at);
  let opensAt: number | undefined;
  if (consultation.status === 'open') {
    parts.push(d.openNow);
  } else if (consultation.status === 'closed') {
    const why = consultation.holiday?.name ?? consultation.exception?.reason;
    parts.push(why ? `${d.closedNow} (${localize(why, lang)})` : d.closedNow);
    const next = nextOpening(declaration, 'consultation', at, LOOK_AHEAD);
    if (next.status === 'found') {
      opensAt = next.start.instant;
      parts.push(d.opens(whenText(lang, today, next.start)));
    }
  } else {
    parts.push(d.todayNotStated);
  }
  const phone = openNow(declaration, 'phone', at);
  const acute = openNow(declaration, 'acutePhone', at);
  if (phone.until) {
    parts.push(d.phoneUntil(phone.until.time));
  } else if (acute.until) {
    parts.push(d.acuteUntil(acute.until.time));
  } else if (phone.status === 'closed') {
    const next = nextOpening(declaration, 'phone', at, LOOK_AHEAD);
    if (next.status === 'found' && next.start.instant !== opensAt) parts.push(d.phoneOpens(whenText(lang, today, next.start)));
  }
  const substitute = consultation.exception?.closed ? consultation.substitute : acute.until ? acute.substitute : undefined;
  return { text: parts.join(' · '), ...(substitute ? { substitute } : {}) };
}

export interface WeekTable {
  categories: HourCategory[];
  /** Monday first: the day's name and one cell per category. */
  rows: { day: string; cells: string[] }[];
}

/** "08:00–12:30, 13:00–16:00"; "Lukket" for an empty day; "Ikke oplyst" for a day left out (pass [] for a kind where that means none). */
export function intervalsText(lang: Lang, intervals: readonly OpeningInterval[] | undefined): string {
  const d = badgeDetailMessages[lang];
  if (!intervals) return d.notStated;
  if (intervals.length === 0) return d.closed;
  return [...intervals]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map((i) => `${i.from}–${i.to}${i.note ? ` (${localize(i.note, lang)})` : ''}`)
    .join(', ');
}

/**
 * The regular week: a column for each kind of access the practice states hours for. A day left out
 * is "Ikke oplyst", except for walk-in and late consultation, where it means none that day.
 */
export function weekTable(declaration: AccessibilityDeclaration, lang: Lang): WeekTable {
  const hours = declaration.hours;
  const categories = HOUR_CATEGORIES.filter((c) => hours[c]);
  return {
    categories,
    rows: WEEKDAYS.map((key, index) => {
      const name = weekdayName(lang, `2024-01-0${index + 1}`); // 1 January 2024 was a Monday
      const cell = (c: HourCategory) => intervalsText(lang, hours[c]?.[key] ?? (OPTIONAL_CATEGORIES.includes(c) ? [] : undefined));
      return { day: name.charAt(0).toUpperCase() + name.slice(1), cells: categories.map(cell) };
    }),
  };
}

export interface ExceptionRow {
  /** "7. apr. 2026", "6. jul. 2026–24. jul. 2026", "1. jul. 2026–31. aug. 2026 (hverdage)" or "… (onsdage)". */
  when: string;
  reason: string;
  /** "lukket", or the changed hours. */
  what: string;
  substitute?: SubstitutePractice;
}

/**
 * The days a range applies on, as the engine reads it: " (onsdage)" for named weekdays, " (hverdage)"
 * for changed hours without them; nothing for a closure on every day.
 */
function rangeDays(e: HoursException, lang: Lang): string {
  const d = badgeDetailMessages[lang];
  if (e.weekdays) {
    const names = WEEKDAYS.filter((key) => e.weekdays?.includes(key)).map((key) =>
      d.weekdaysPlural(weekdayName(lang, `2024-01-0${WEEKDAYS.indexOf(key) + 1}`)),
    );
    return ` (${formatList(lang, names)})`;
  }
  return e.closed ? '' : ` (${d.hverdage})`;
}

/** Dated exceptions that have not ended before `today` (YYYY-MM-DD), soonest first, at most `limit`. */
export function upcomingExceptions(
  declaration: AccessibilityDeclaration,
  today: string,
  lang: Lang,
  limit = 5,
): { rows: ExceptionRow[]; more: number } {
  const d = badgeDetailMessages[lang];
  const upcoming = (declaration.exceptions ?? [])
    .filter((e) => (e.to ?? e.date) >= today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rows = upcoming.slice(0, limit).map((e): ExceptionRow => {
    const changes = HOUR_CATEGORIES.flatMap((c) => {
      const day = e.hours?.[c];
      return day ? [`${d.category[c].toLowerCase()} ${day.length ? intervalsText(lang, day) : d.closed.toLowerCase()}`] : [];
    });
    return {
      when: e.to && e.to !== e.date ? `${formatDate(lang, e.date)}–${formatDate(lang, e.to)}${rangeDays(e, lang)}` : formatDate(lang, e.date),
      reason: localize(e.reason, lang),
      what: e.closed ? d.closed.toLowerCase() : `${d.changed}: ${changes.join('; ')}`,
      ...(e.substitute ? { substitute: e.substitute } : {}),
    };
  });
  return { rows, more: upcoming.length - rows.length };
}
