import { describeElement, describeWidget } from '@praksis/core/descriptor.js';
import { referralFlowsRules, type ReferralFlows } from '@praksis/schema';
import type { FlowOptions } from './model.js';
import { sankeyOptions } from './options.js';
import { flowsOutline, flowsSummary } from './summary.js';

/** What the element reads of the referral sankey at run time: all of this file that a page loads. */
export const referralSankeyElement = describeElement<ReferralFlows, FlowOptions>({
  name: 'referral-sankey',
  tag: 'praksis-referral-sankey',
  kind: referralFlowsRules,
  summary: (doc, lang, options) => flowsSummary(doc, lang, options),
  outline: (doc, lang, options) => flowsOutline(doc, lang, options),
  options: sankeyOptions,
  // The sankey, or in a phone column the ranked list of flows.
  figures: '[part~="diagram"], [part~="flows"]',
  english: () => import('./english.js').then((m) => m.installEnglish()),
});

/** The referral sankey, as the rest of the project knows it (see WidgetDescriptor). */
export const referralSankeyDescriptor = /* @__PURE__ */ describeWidget(referralSankeyElement, {
  label: { da: 'Henvisninger', en: 'Referral flows' },
  examples: { valid: ['national-2022', 'three-stage-fictional'], invalid: 'negative-value' },
  budgetKb: 34,
  parts: {
    table: 'the table view',
    csv: 'the CSV rows',
    interaction: 'the path highlight and the tooltip',
    english: 'the English words, core’s and the widget’s, for an element that speaks English',
  },
});
