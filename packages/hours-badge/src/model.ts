/**
 * What the badge says in its first view, as plain strings: the headline and the requirements, from
 * the rules engine's evaluation. No DOM, so it is tested in Node; dates read in UTC (core's formatDate), so
 * nothing depends on the viewer's time zone. What only the opened detail says is in
 * detail-model.ts, loaded with the detail.
 */
import { formatDate } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import { MAX_AGE_MONTHS_LIMIT, parseInstant, type Evaluation, type Overall, type RuleStatus } from '@praksis/hours-rules';
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

/**
 * The requirements a result is out of: those in force and required, whatever their status. A rule
 * that is allowed but not required (walk-in) or not yet in force is judged, but is no requirement.
 */
export const requirementCount = (counts: Evaluation['counts']): number => counts.met + counts['not-met'] + counts['not-stated'];

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
    'does-not-meet': () => verdict(h['does-not-meet'](title, counts['not-met'], requirementCount(counts), counts['not-stated'])),
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

