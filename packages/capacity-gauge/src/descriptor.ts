import { describeElement, describeWidget } from '@praksis/core/descriptor.js';
import { capacityRules, type CapacityDocument } from '@praksis/schema';
import { capacityOutline, capacitySummary } from './summary.js';

/** What the element reads of the capacity gauge at run time: all of this file that a page loads. */
export const capacityGaugeElement = describeElement<CapacityDocument, Record<never, never>>({
  name: 'capacity-gauge',
  tag: 'praksis-capacity-gauge',
  kind: capacityRules,
  summary: (doc, lang) => capacitySummary(doc, lang),
  outline: (doc, lang) => capacityOutline(doc, lang),
  options: {},
  figures: '[part~="gauge"]',
  english: () => import('./english.js').then((m) => m.installEnglish()),
});

/** The capacity gauge, as the rest of the project knows it (see WidgetDescriptor). */
export const capacityGaugeDescriptor = /* @__PURE__ */ describeWidget(capacityGaugeElement, {
  label: { da: 'Kapacitet', en: 'Capacity gauge' },
  examples: { valid: ['national-2017-2022', 'practice-minimal'], invalid: 'missing-norm' },
  // No more than its self-contained file was (26.01 KB) before the CDN folder had shared parts;
  // Lit, core and validation are most of it (docs/embedding.md, the sizes table).
  budgetKb: 26.1,
  parts: { table: 'the table view and CSV rows', trend: 'the trend line, its key and words, for data with a trend', english: 'the English words, core’s and the widget’s, for an element that speaks English' },
  firstViewParts: ['trend'],
});
