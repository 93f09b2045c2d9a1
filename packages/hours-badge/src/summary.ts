import { formatDate } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import type { ChartOutline, WidgetSummary } from '@praksis/core/summary.js';
import { localize } from '@praksis/core/text.js';
import { evaluate, ruleSetFor, toCopenhagen, type AccessibilityDeclaration } from '@praksis/hours-rules';
import { headline, judgedAt, requirementCount, ruleRows, wholeMonths } from './model.js';
import { badgeMessages } from './messages.js';

export interface BadgeSummaryOptions {
  /**
   * The moment to judge: ms since the epoch, or the element's `at` attribute as written (ISO 8601;
   * without an offset, Copenhagen time). Default, or when unreadable: now, as the element does.
   */
  at?: number | string;
  /** As the element's `max-age-months`. Default 12. */
  maxAgeMonths?: number;
}

/**
 * What the badge says, as plain text: its one line (the result, whose information, as of when) and
 * one sentence per requirement with its status, judged at `at`. No DOM.
 */
export function badgeSummary(doc: AccessibilityDeclaration, lang: Lang, options: BadgeSummaryOptions = {}): WidgetSummary {
  const at = judgedAt(options.at, Date.now());
  const maxAgeMonths = wholeMonths(options.maxAgeMonths);
  const title = localize(doc.practice.name, lang);
  const ruleSet = ruleSetFor(at);
  if (!ruleSet) return { title, figure: badgeMessages[lang].noRuleSet(formatDate(lang, toCopenhagen(at).date)), sentences: [] };
  const evaluation = evaluate(doc, { ruleSet, at, maxAgeMonths });
  return {
    title,
    figure: headline(evaluation, lang, maxAgeMonths).text,
    sentences: ruleRows(evaluation, lang).map((r) => `${r.title}: ${r.statusText}.`),
  };
}

/**
 * What screen readers are told before the badge: what it is, what it judges against, and how many
 * requirements it judges on information from when. No DOM.
 */
export function badgeOutline(doc: AccessibilityDeclaration, lang: Lang, options: BadgeSummaryOptions = {}): ChartOutline {
  const m = badgeMessages[lang];
  const at = judgedAt(options.at, Date.now());
  const ruleSet = ruleSetFor(at);
  if (!ruleSet) return { type: m.outlineType, structure: m.noRuleSet(formatDate(lang, toCopenhagen(at).date)), range: '' };
  const evaluation = evaluate(doc, { ruleSet, at, maxAgeMonths: wholeMonths(options.maxAgeMonths) });
  return {
    type: m.outlineType,
    structure: m.outlineStructure(ruleSet.title[lang]),
    range: m.outlineRange(requirementCount(evaluation.counts), formatDate(lang, evaluation.lastVerified)),
  };
}
