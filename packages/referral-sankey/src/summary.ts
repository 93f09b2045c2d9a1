import type { ReferralFlows } from '@praksis/schema';
import { formatCount, formatDate, formatList, formatNumber, formatShare, pluralForm } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import type { ChartOutline, WidgetSummary } from '@praksis/core/summary.js';
import { localize } from '@praksis/core/text.js';
import { memoizeOne } from '@praksis/core/memo.js';
import { unitDigits } from './units.js';
import { buildFlows, type FlowModel, type FlowOptions, type ShareBase } from './model.js';
import { sankeyMessages } from './messages.js';

/**
 * The model of a document as the widget shows it in `lang` with these options. The last one is
 * remembered: the element and the outline and summary its frame reads ask for the same one in turn
 * (building it took 10–90 ms at 8,100 flows). Arguments are compared by identity.
 */
export const flowModel = memoizeOne(
  (doc: ReferralFlows, lang: Lang, groupBelow: number | undefined, suppressBelow: number | undefined): FlowModel =>
    buildFlows(doc, (node) => localize(node.label, lang), sankeyMessages[lang].other, { groupBelow, suppressBelow }),
);

/** A value for people: "1.893.921" for counts, "38,4" for rates. */
export function flowValueText(value: number, doc: ReferralFlows, lang: Lang): string {
  return formatNumber(lang, value, unitDigits(doc.unit));
}

/** What is counted, in the plural: the document's `unitLabel`, else "henvisninger" / "referrals". */
export function thingsText(doc: ReferralFlows, lang: Lang): string {
  return localize(doc.unitLabel, lang) || sankeyMessages[lang].referral.other;
}

/**
 * A value with its noun in the form the number asks for: "1 henvisning", "1.893.921 henvisninger",
 * "38,4 henvisninger pr. 100 tilmeldte patienter", "mindst 740 henvisninger". A document's own
 * `unitLabel` has only a plural, so where the number wants the singular it is put in brackets,
 * "1 (epikriser)", rather than pretending to be a singular.
 */
export function amountText(value: number, doc: ReferralFlows, lang: Lang, atLeast = false): string {
  const m = sankeyMessages[lang];
  const digits = unitDigits(doc.unit);
  const own = localize(doc.unitLabel, lang);
  const number = formatNumber(lang, value, digits);
  let text: string;
  if (!own) text = `${number} ${pluralForm(lang, value, m.referral, digits)}`;
  else text = pluralForm(lang, value, { one: '', other: own }, digits) ? `${number} ${own}` : `${number} (${own})`;
  if (doc.unit !== 'count') text = `${text} ${m.perHundred}`;
  return atLeast ? m.atLeast(text) : text;
}

/** "34,9 % af henvisninger fra Almen praksis": a flow's share, always naming its base. */
export function shareOfSourceText(share: number, base: ShareBase, doc: ReferralFlows, lang: Lang): string {
  return sankeyMessages[lang].shareOfSource(formatShare(lang, share), thingsText(doc, lang), base.source, base.knownOnly);
}

/** "2022" for a calendar year, else "1. jan. 2022–30. jun. 2022". */
export function periodText(doc: ReferralFlows, lang: Lang): string {
  const { from, to } = doc.period;
  if (from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  return sankeyMessages[lang].period(formatDate(lang, from), formatDate(lang, to));
}

/** The title with the period after it, unless the title already says it ("…, 2022" is not repeated). */
export function captionText(doc: ReferralFlows, lang: Lang): string {
  const title = localize(doc.title, lang);
  const period = periodText(doc, lang);
  return title.includes(period) ? title : sankeyMessages[lang].tableCaption(title, period);
}

/**
 * The total as said everywhere: "5.420.564 henvisninger", "mindst 740 henvisninger", or "færre end
 * 10 henvisninger" when every flow it counts is suppressed; undefined without one.
 */
export function totalText(doc: ReferralFlows, model: FlowModel, lang: Lang): string | undefined {
  if (model.totalBelow !== undefined) return sankeyMessages[lang].fewerThan(amountText(model.totalBelow, doc, lang));
  return model.total === undefined ? undefined : amountText(model.total, doc, lang, model.totalPartial);
}

export interface FlowsSummaryText {
  /** "I alt 5.420.564 henvisninger, 2022."; for rates the unit, the period and why there is no total. */
  lead: string;
  /** "De 3 største strømme:" */
  largestHeading: string;
  /** "Almen praksis → Speciallæge: 1.893.921 (34,9 % af henvisninger fra Almen praksis)", largest first; suppressed flows never. */
  largest: string[];
}

/** The sankey's text alternative: the total and the (up to) three largest flows, each share with its base. */
export function flowsSummaryText(doc: ReferralFlows, model: FlowModel, lang: Lang): FlowsSummaryText {
  const m = sankeyMessages[lang];
  const period = periodText(doc, lang);
  const largest = model.flows
    .filter((flow) => !flow.suppressed && flow.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, 3);
  const total = totalText(doc, model, lang);
  const heading = pluralForm(lang, largest.length, m.largest).replace('{n}', formatNumber(lang, largest.length));
  return {
    lead: total !== undefined ? m.summary(total, period) : `${m.summaryRate(thingsText(doc, lang), period)} ${m.notAdditive}`,
    largestHeading: largest.length ? heading : '',
    largest: largest.map((flow) => {
      const share = flow.share === undefined ? '' : ` (${shareOfSourceText(flow.share, flow.base, doc, lang)})`;
      return `${m.flow(flow.source, flow.target)}: ${flowValueText(flow.value, doc, lang)}${share}`;
    }),
  };
}

/**
 * What the sankey says, as plain text: the total and the largest flows, with the same grouping and
 * suppression options as the element (`groupBelow`, `suppressBelow`), so no text shows a count the
 * diagram hides. No DOM.
 */
export function flowsSummary(doc: ReferralFlows, lang: Lang, options: FlowOptions = {}): WidgetSummary {
  const model = flowModel(doc, lang, options.groupBelow, options.suppressBelow);
  const text = flowsSummaryText(doc, model, lang);
  return {
    title: localize(doc.title, lang),
    figure: text.lead,
    sentences: text.largest.length ? [`${text.largestHeading} ${text.largest.join('; ')}.`] : [],
  };
}

/**
 * What screen readers are told before the diagram: a sankey diagram of what is counted, its stages
 * (when the data names them), how many nodes and flows it draws, and the range of the flows it
 * shows with a value (suppressed ones left out). No DOM.
 */
export function flowsOutline(doc: ReferralFlows, lang: Lang, options: FlowOptions = {}): ChartOutline {
  const m = sankeyMessages[lang];
  const model = flowModel(doc, lang, options.groupBelow, options.suppressBelow);
  const values = model.links.filter((link) => !link.suppressed).map((link) => link.value);
  const stages = doc.stages?.map((stage) => localize(stage, lang)) ?? [];
  return {
    type: m.outlineType(thingsText(doc, lang)),
    structure: [
      stages.length ? m.outlineStages(formatList(lang, stages)) : '',
      m.outlineSize(formatCount(lang, model.nodes.length, m.node), formatCount(lang, model.links.length, m.flowNoun)),
    ]
      .filter(Boolean)
      .join(' '),
    range: values.length ? m.outlineRange(amountText(Math.min(...values), doc, lang), amountText(Math.max(...values), doc, lang)) : '',
  };
}
