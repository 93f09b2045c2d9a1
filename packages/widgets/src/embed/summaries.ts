/**
 * Each widget's plain-text summary, by widget name, for static embed pages. The functions live in
 * the widgets' own packages, next to the models they reuse; this only picks one and reads the
 * attributes that change what a widget says.
 */
import { capacitySummary } from '@praksis/capacity-gauge/summary.js';
import type { Lang } from '@praksis/core/lang.js';
import type { WidgetSummary } from '@praksis/core/summary.js';
import { matrixSummary } from '@praksis/delegation-matrix/summary.js';
import { badgeSummary } from '@praksis/hours-badge/summary.js';
import { flowsSummary } from '@praksis/referral-sankey/summary.js';
import type { AccessibilityDeclaration, CapacityDocument, DelegationMatrixDocument, ReferralFlows } from '@praksis/schema';
import type { EmbedWidget } from './widgets.js';

type Attributes = Readonly<Record<string, string>>;

function numberAttribute(attributes: Attributes, name: string): number | undefined {
  const value = attributes[name];
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** The summary of a valid document of the widget's kind, with the element's attributes. */
export const SUMMARIES: Readonly<Record<EmbedWidget, (doc: unknown, lang: Lang, attributes: Attributes) => WidgetSummary>> = {
  'capacity-gauge': (doc, lang) => capacitySummary(doc as CapacityDocument, lang),
  'delegation-matrix': (doc, lang) => matrixSummary(doc as DelegationMatrixDocument, lang),
  // `at` as written: the badge reads it as its element does (no offset: Copenhagen time), not Date.parse.
  'hours-badge': (doc, lang, attributes) =>
    badgeSummary(doc as AccessibilityDeclaration, lang, {
      at: attributes.at,
      maxAgeMonths: numberAttribute(attributes, 'max-age-months'),
    }),
  'referral-sankey': (doc, lang, attributes) =>
    flowsSummary(doc as ReferralFlows, lang, {
      groupBelow: numberAttribute(attributes, 'group-below'),
      suppressBelow: numberAttribute(attributes, 'suppress-below'),
    }),
};
