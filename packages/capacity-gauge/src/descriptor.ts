import { describeWidget } from '@praksis/core/descriptor.js';
import { capacityRules, type CapacityDocument } from '@praksis/schema';
import { capacityOutline, capacitySummary } from './summary.js';

/** The capacity gauge, as the rest of the project knows it (see WidgetDescriptor). */
export const capacityGaugeDescriptor = describeWidget<CapacityDocument, Record<never, never>>({
  name: 'capacity-gauge',
  tag: 'praksis-capacity-gauge',
  kind: capacityRules,
  label: { da: 'Kapacitet', en: 'Capacity gauge' },
  summary: (doc, lang) => capacitySummary(doc, lang),
  outline: (doc, lang) => capacityOutline(doc, lang),
  options: {},
  examples: { valid: ['national-2017-2022', 'practice-minimal'], invalid: 'missing-norm' },
  figures: '[part~="gauge"]',
  // Lit, core, the validator and the one reader of JSON text are most of it (docs/embedding.md, the sizes table).
  budgetKb: 27.2,
  parts: { table: 'the table view and CSV rows', trend: 'the trend line, its key and words, for data with a trend', english: 'the English words, core’s and the widget’s, for an element that speaks English' },
  firstViewParts: ['trend'],
  english: () => import('./english.js').then((m) => m.installEnglish()),
});
