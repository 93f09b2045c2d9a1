/**
 * What the badge says, as plain strings: no DOM, so it is tested in Node. Built on the rules
 * engine's results (`evaluate`, `openNow`, `nextOpening`); dates through `Intl` in UTC and times
 * as the engine gives them (Copenhagen wall clock), so nothing depends on the viewer's time zone.
 */
import { formatDate, formatList } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import { localize } from '@praksis/core/text.js';
import {
  HOUR_CATEGORIES,
  MAX_AGE_MONTHS_LIMIT,
  OPTIONAL_CATEGORIES,
  WEEKDAYS,
  nextOpening,
  openNow,
  parseInstant,
  toCopenhagen,
  type AccessibilityDeclaration,
  type Evaluation,
  type HourCategory,
  type LocalMoment,
  type Overall,
  type RuleStatus,
} from '@praksis/hours-rules';
import type { HoursException, OpeningInterval, SubstitutePractice } from '@praksis/schema';
import { badgeMessages } from './messages.js';

/**
 * How the badge reads `at`: ISO 8601 as the engine reads it (without an offset, Copenhagen time,
 * never the reader's or the server's zone), else `now` when missing or unreadable. The element and
 * its plain-text summary (static embed pages) both read it here.
 */
export function judgedAt(at: string | number | undefined, now: number): number {
  if (typeof at === 'number') return Number.isFinite(at) ? at : now;
  return (at ? parseInstant(at) : undefined) ?? now;
}

/** How the badge reads `max-age-months`: a whole number of months up to 1200, 12 when missing or unusable. */
export function wholeMonths(months: number | undefined): number {
  return months !== undefined && Number.isFinite(months) && months >= 0 && months <= MAX_AGE_MONTHS_LIMIT ? Math.floor(months) : 12;
}

/** Status symbols: shown next to the words, never instead of them. */
export const OVERALL_SYMBOL: Record<Overall, string> = { meets: '✓', 'does-not-meet': '✕', incomplete: '?', stale: '!', 'future-dated': '!' };
export const RULE_SYMBOL: Record<RuleStatus, string> = { met: '✓', 'not-met': '✕', 'not-stated': '?', 'not-applicable': '–' };

export interface Headline {
  overall: Overall;
  symbol: string;
  /** "Opfylder OK22’s krav til tilgængelighed · ifølge praksisens oplysninger pr. 2. feb. 2026" */
  text: string;
}

/** The badge's one line: the result and whose information, as of when. */
export function headline(evaluation: Evaluation, lang: Lang, maxAgeMonths: number): Headline {
  const m = badgeMessages[lang];
  const { overall, counts } = evaluation;
  const title = evaluation.ruleSet.title[lang];
  const date = formatDate(lang, evaluation.lastVerified);
  const h = m.headline;
  const verdict = (text: string) => `${text} · ${m.asOf(date)}`;
  const text = {
    meets: () => verdict(h.meets(title)),
    'does-not-meet': () => verdict(h['does-not-meet'](title, counts['not-met'], counts.met + counts['not-met'] + counts['not-stated'])),
    incomplete: () => verdict(h.incomplete(title, counts['not-stated'])),
    stale: () => `${h.stale(maxAgeMonths)} · ${m.staleAsOf(date, title)}`,
    'future-dated': () => `${h['future-dated'](formatDate(lang, evaluation.date))} · ${m.futureAsOf(date, title)}`,
  }[overall]();
  return { overall, symbol: OVERALL_SYMBOL[overall], text };
}

export interface RuleRow {
  id: string;
  status: RuleStatus;
  informational: boolean;
  symbol: string;
  title: string;
  /** "opfyldt", "ikke oplyst", … or "til orientering" for an allowed-not-required rule. */
  statusText: string;
  explanation: string;
}

/**
 * Where a status sorts in the list: what needs the reader's attention first (not met, then not
 * stated), so a single failed requirement is not buried among those that are met. Informational
 * rules come last; the rule set's own order is kept within each group.
 */
const ATTENTION: Record<RuleStatus, number> = { 'not-met': 0, 'not-stated': 1, met: 2, 'not-applicable': 3 };
const attention = (r: { status: RuleStatus; informational: boolean }) => (r.informational ? 4 : ATTENTION[r.status]);

/** Each requirement with its status in words, not met and not stated first (the list, the table and the summary agree). */
export function ruleRows(evaluation: Evaluation, lang: Lang): RuleRow[] {
  const m = badgeMessages[lang];
  return [...evaluation.rules].sort((a, b) => attention(a) - attention(b)).map((r) => ({
    id: r.id,
    status: r.status,
    informational: r.informational,
    symbol: r.informational ? 'i' : RULE_SYMBOL[r.status],
    title: r.title[lang],
    statusText: r.informational ? m.informational : m.status[r.status],
    explanation: r.explanation[lang],
  }));
}

const DAY_MS = 86_400_000;
const weekdayFormats = new Map<Lang, Intl.DateTimeFormat>();

/** "mandag" / "Monday" for an ISO date, read in UTC so no time zone can shift it. */
export function weekdayName(lang: Lang, isoDate: string): string {
  let format = weekdayFormats.get(lang);
  if (!format) weekdayFormats.set(lang, (format = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { weekday: 'long', timeZone: 'UTC' })));
  return format.format(Date.parse(`${isoDate}T00:00:00Z`));
}

/** When something starts, seen from `today`: "kl. 08:00", "i morgen kl. 08:00", "tirsdag kl. 08:00", "7. apr. 2026 kl. 08:00". */
export function whenText(lang: Lang, today: string, moment: LocalMoment): string {
  const m = badgeMessages[lang];
  const days = Math.round((Date.parse(moment.date) - Date.parse(today)) / DAY_MS);
  if (days === 0) return m.at(moment.time);
  if (days === 1) return m.tomorrow(moment.time);
  return m.onDay(days < 7 ? weekdayName(lang, moment.date) : formatDate(lang, moment.date), moment.time);
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
  const m = badgeMessages[lang];
  const today = toCopenhagen(at).date;
  const parts: string[] = [];
  const consultation = openNow(declaration, 'consultation', at);
  let opensAt: number | undefined;
  if (consultation.status === 'open') {
    parts.push(m.openNow);
  } else if (consultation.status === 'closed') {
    const why = consultation.holiday?.name ?? consultation.exception?.reason;
    parts.push(why ? `${m.closedNow} (${localize(why, lang)})` : m.closedNow);
    const next = nextOpening(declaration, 'consultation', at, LOOK_AHEAD);
    if (next.status === 'found') {
      opensAt = next.start.instant;
      parts.push(m.opens(whenText(lang, today, next.start)));
    }
  } else {
    parts.push(m.todayNotStated);
  }
  const phone = openNow(declaration, 'phone', at);
  const acute = openNow(declaration, 'acutePhone', at);
  if (phone.until) {
    parts.push(m.phoneUntil(phone.until.time));
  } else if (acute.until) {
    parts.push(m.acuteUntil(acute.until.time));
  } else if (phone.status === 'closed') {
    const next = nextOpening(declaration, 'phone', at, LOOK_AHEAD);
    if (next.status === 'found' && next.start.instant !== opensAt) parts.push(m.phoneOpens(whenText(lang, today, next.start)));
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
  const m = badgeMessages[lang];
  if (!intervals) return m.notStated;
  if (intervals.length === 0) return m.closed;
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
  const m = badgeMessages[lang];
  if (e.weekdays) {
    const names = WEEKDAYS.filter((key) => e.weekdays?.includes(key)).map((key) =>
      m.weekdaysPlural(weekdayName(lang, `2024-01-0${WEEKDAYS.indexOf(key) + 1}`)),
    );
    return ` (${formatList(lang, names)})`;
  }
  return e.closed ? '' : ` (${m.hverdage})`;
}

/** Dated exceptions that have not ended before `today` (YYYY-MM-DD), soonest first, at most `limit`. */
export function upcomingExceptions(
  declaration: AccessibilityDeclaration,
  today: string,
  lang: Lang,
  limit = 5,
): { rows: ExceptionRow[]; more: number } {
  const m = badgeMessages[lang];
  const upcoming = (declaration.exceptions ?? [])
    .filter((e) => (e.to ?? e.date) >= today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rows = upcoming.slice(0, limit).map((e): ExceptionRow => {
    const changes = HOUR_CATEGORIES.flatMap((c) => {
      const day = e.hours?.[c];
      return day ? [`${m.category[c].toLowerCase()} ${day.length ? intervalsText(lang, day) : m.closed.toLowerCase()}`] : [];
    });
    return {
      when: e.to && e.to !== e.date ? `${formatDate(lang, e.date)}–${formatDate(lang, e.to)}${rangeDays(e, lang)}` : formatDate(lang, e.date),
      reason: localize(e.reason, lang),
      what: e.closed ? m.closed.toLowerCase() : `${m.changed}: ${changes.join('; ')}`,
      ...(e.substitute ? { substitute: e.substitute } : {}),
    };
  });
  return { rows, more: upcoming.length - rows.length };
}
