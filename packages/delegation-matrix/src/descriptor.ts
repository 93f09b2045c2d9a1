import { describeElement, describeWidget } from '@praksis/core/descriptor.js';
import { delegationMatrixRules, type DelegationMatrixDocument } from '@praksis/schema';
import { matrixOutline, matrixSummary } from './summary.js';

/** What the element reads of the delegation matrix at run time: all of this file that a page loads. */
export const delegationMatrixElement = describeElement<DelegationMatrixDocument, Record<never, never>>({
  name: 'delegation-matrix',
  tag: 'praksis-delegation-matrix',
  kind: delegationMatrixRules,
  summary: (doc, lang) => matrixSummary(doc, lang),
  outline: (doc, lang) => matrixOutline(doc, lang),
  options: {},
  // The grid when wide, bars or cards when narrow.
  figures: '[part~="matrix"], [part~="bars"], [part~="cards"]',
  english: () => import('./english.js').then((m) => m.installEnglish()),
});

/** The delegation matrix, as the rest of the project knows it (see WidgetDescriptor). */
export const delegationMatrixDescriptor = /* @__PURE__ */ describeWidget(delegationMatrixElement, {
  label: { da: 'Opgavedeling', en: 'Delegation matrix' },
  examples: { valid: ['national-survey-2022', 'practice-medium'], invalid: 'index-above-five' },
  // Lit, core and validation alone are ~17 KB of it (docs/delegation-matrix.md#size). 26 until the
  // focus stayed in the grid when new data removes its cell's row; the former file was 26.78.
  budgetKb: 26.2,
  parts: { bars: '`view="bars"`, with its legend keys and words', csv: 'the CSV rows', english: 'the English words, core’s and the widget’s, for an element that speaks English' },
});
