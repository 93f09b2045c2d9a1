import type { ReferralFlows } from '@praksis/schema';
import { formatDate, formatNumber, formatShare } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import type { WidgetSummary } from '@praksis/core/summary.js';
import { localize } from '@praksis/core/text.js';
import { buildFlows, type FlowModel, type FlowOptions } from './flows-model.js';
import { sankeyMessages } from './referral-sankey.messages.js';

/** A value for people: "1.893.921" for counts, "38,4" for rates. */
export function flowValueText(value: number, doc: ReferralFlows, lang: Lang): string {
  return formatNumber(lang, value, doc.unit === 'count' ? 0 : 1);
}

/** What is counted: the document's `unitLabel`, else "henvisninger" / "referrals". */
export function thingsText(doc: ReferralFlows, lang: Lang): string {
  return localize(doc.unitLabel, lang) || sankeyMessages[lang].referrals;
}

/** "2022" for a calendar year, else "1. jan. 2022–30. jun. 2022". */
export function periodText(doc: ReferralFlows, lang: Lang): string {
  const { from, to } = doc.period;
  if (from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  return sankeyMessages[lang].period(formatDate(lang, from), formatDate(lang, to));
}

export interface FlowsSummaryText {
  /** "I alt 5.420.564 henvisninger, 2022." */
  lead: string;
  /** "De 3 største strømme:" */
  largestHeading: string;
  /** "Almen praksis → Speciallæge: 1.893.921 (34,9 %)", largest first; suppressed flows never. */
  largest: string[];
}

/** The sankey's text alternative: the total and the (up to) three largest flows. */
export function flowsSummaryText(doc: ReferralFlows, model: FlowModel, lang: Lang): FlowsSummaryText {
  const m = sankeyMessages[lang];
  const unit = m.unit(thingsText(doc, lang), doc.unit);
  const period = periodText(doc, lang);
  const largest = model.flows
    .filter((flow) => !flow.suppressed && flow.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, 3);
  return {
    lead: doc.unit === 'count' ? m.summary(formatNumber(lang, model.total), unit, period) : m.summaryRate(unit, period),
    largestHeading: m.largest(largest.length),
    largest: largest.map(
      (flow) =>
        `${m.flow(flow.source, flow.target)}: ${flowValueText(flow.value, doc, lang)}${flow.share !== undefined ? ` (${formatShare(lang, flow.share)})` : ''}`,
    ),
  };
}

/**
 * What the sankey says, as plain text: the total and the largest flows, with the same grouping and
 * suppression options as the element (`groupBelow`, `suppressBelow`), so no text shows a count the
 * diagram hides. No DOM.
 */
export function flowsSummary(doc: ReferralFlows, lang: Lang, options: FlowOptions = {}): WidgetSummary {
  const model = buildFlows(doc, (node) => localize(node.label, lang), sankeyMessages[lang].other, options);
  const text = flowsSummaryText(doc, model, lang);
  return {
    title: localize(doc.title, lang),
    figure: text.lead,
    sentences: text.largest.length ? [`${text.largestHeading} ${text.largest.join('; ')}.`] : [],
  };
}
