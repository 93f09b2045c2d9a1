/**
 * Shared by the per-weekday check kinds: judge each hverdag of the regular week and each dated
 * exception day in the horizon. A day on which an exception names a substitute practice counts
 * as covered by the substitute (the agreement allows help "via stedfortrædende praktiserende læge"),
 * unless the substitute's own hours are stated: then those hours, with the practice's own, are judged.
 */
import { textIn, type HourCategory, type Lang } from '../declaration.js';
import { combined, type DaySchedule } from '../schedule/day.js';
import { union, type Spans } from '../schedule/spans.js';
import { compileDay } from '../schedule/compile.js';
import { WEEKDAYS } from '../time/civil.js';
import { categoryHours, dayPhrase, listText } from '../i18n/phrases.js';
import type { CheckContext, CheckOutcome, Phrase } from './types.js';

export interface DayFailure<T> {
  schedule: DaySchedule;
  detail: T;
}

export interface DayMissing {
  schedule: DaySchedule;
  /** The required categories not stated that day. */
  categories: readonly HourCategory[];
}

export interface PerDayFindings<T> {
  failed: DayFailure<T>[];
  missing: DayMissing[];
  substituted: DaySchedule[];
}

/** The days a 'hverdage' selection covers: Monday–Friday of the regular week plus exception days. */
export function hverdage(context: CheckContext): DaySchedule[] {
  return [...context.regular.slice(0, 5), ...context.exceptionDays];
}

/** `judge` returns undefined when the day is fine, else what was wrong. */
export function judgeDays<T>(
  days: readonly DaySchedule[],
  required: readonly HourCategory[],
  optional: readonly HourCategory[],
  judge: (spans: Spans) => T | undefined,
): PerDayFindings<T> {
  const findings: PerDayFindings<T> = { failed: [], missing: [], substituted: [] };
  for (const schedule of days) {
    const substituteHours = schedule.substitute?.hours;
    if (schedule.substitute && !substituteHours) {
      findings.substituted.push(schedule);
      continue;
    }
    const { spans, missing } = combined(schedule, required, optional);
    const detail = judge(substituteHours ? union(spans, substituteSpans(schedule, [...required, ...optional])) : spans);
    if (detail === undefined) {
      if (substituteHours) findings.substituted.push(schedule);
      continue;
    }
    if (missing.length > 0) findings.missing.push({ schedule, categories: missing });
    else findings.failed.push({ schedule, detail });
  }
  return findings;
}

/** What the day's substitute states for these kinds of access on that weekday. */
function substituteSpans(schedule: DaySchedule, categories: readonly HourCategory[]): Spans {
  const hours = schedule.substitute?.hours;
  const weekday = WEEKDAYS[schedule.weekday];
  let spans: Spans = [];
  if (!hours || !weekday) return spans;
  for (const category of categories) {
    const day = hours[category]?.[weekday];
    if (day) spans = union(spans, compileDay(day));
  }
  return spans;
}

/** " (den 7. april 2026 via stedfortræder X)" or "". */
function substitutedNote(days: readonly DaySchedule[], lang: Lang): string {
  if (days.length === 0) return '';
  const items = days.map((d) => {
    const name = d.substitute ? textIn(d.substitute.name, lang) : '';
    return `${dayPhrase(d, lang)} ${lang === 'da' ? 'via stedfortræder' : 'via substitute'} ${name}`;
  });
  return ` (${listText(items, lang)})`;
}

/** "om onsdagen og om torsdagen", or "for hverdagene" when no regular weekday is stated. */
function missingDays(days: readonly DaySchedule[], lang: Lang): string {
  const regular = days.filter((d) => d.day === undefined);
  if (regular.length === 5 && days.length === 5) return lang === 'da' ? 'for hverdagene' : 'for weekdays';
  return listText(
    days.map((d) => dayPhrase(d, lang)),
    lang,
  );
}

/**
 * "akuttelefonens tider for hverdagene", or "telefontider om onsdagen og akuttelefonens tider om
 * torsdagen": what is not stated, grouped by the categories missing.
 */
function missingText(missing: readonly DayMissing[], lang: Lang): string {
  const groups = new Map<string, DayMissing[]>();
  for (const item of missing) {
    const key = item.categories.join(' ');
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return listText(
    [...groups.values()].map((items) => {
      const names = listText(
        (items[0]?.categories ?? []).map((c) => categoryHours(c, lang)),
        lang,
      );
      return `${names} ${missingDays(items.map((i) => i.schedule), lang)}`;
    }),
    lang,
  );
}

/** " (Kursus) uden oplyst stedfortræder" for a day closed or changed by exceptions (most specific first). */
export function exceptionSuffix(schedule: DaySchedule, lang: Lang): string {
  if (schedule.exceptions.length === 0) return '';
  const reasons = [...new Set(schedule.exceptions.map((e) => textIn(e.source.reason, lang)).reverse())].join(', ');
  const substitute = schedule.substitute;
  if (substitute) {
    const name = textIn(substitute.name, lang);
    return lang === 'da'
      ? ` (${reasons}; medregnet stedfortræderen ${name}s oplyste tider)`
      : ` (${reasons}; counting the stated hours of the substitute ${name})`;
  }
  return lang === 'da' ? ` (${reasons}) uden oplyst stedfortræder` : ` (${reasons}), no substitute stated`;
}

/**
 * met / not-met / not-stated from per-day findings. Vars: {found} lists failures (or, when met,
 * the days a substitute covers), {days} the days not stated, {missing} which hours are not
 * stated on which days. `join` combines the failures
 * ("a, b og c" unless the items themselves contain lists).
 */
export function perDayOutcome<T>(
  findings: PerDayFindings<T>,
  describe: (failure: DayFailure<T>, lang: Lang) => string,
  vars: Record<string, Phrase>,
  join: (items: string[], lang: Lang) => string = listText,
): CheckOutcome {
  if (findings.failed.length > 0) {
    const found: Phrase = (lang) => join(findings.failed.map((f) => describe(f, lang)), lang);
    return { status: 'not-met', vars: { ...vars, found } };
  }
  if (findings.missing.length > 0) {
    const { missing } = findings;
    return {
      status: 'not-stated',
      vars: {
        ...vars,
        days: (lang) => missingDays(missing.map((m) => m.schedule), lang),
        missing: (lang) => missingText(missing, lang),
      },
    };
  }
  return { status: 'met', vars: { ...vars, found: (lang) => substitutedNote(findings.substituted, lang) } };
}
