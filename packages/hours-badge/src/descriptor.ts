import { describeElement, describeWidget } from '@praksis/core/descriptor.js';
import { accessibilityDeclarationRules, type AccessibilityDeclaration } from '@praksis/schema';
import { badgeOptions } from './options.js';
import { badgeOutline, badgeSummary, type BadgeSummaryOptions } from './summary.js';

/** What the element reads of the hours badge at run time: all of this file that a page loads. */
export const hoursBadgeElement = describeElement<AccessibilityDeclaration, Pick<BadgeSummaryOptions, 'maxAgeMonths'> & { at?: string }>({
  name: 'hours-badge',
  tag: 'praksis-hours-badge',
  kind: accessibilityDeclarationRules,
  summary: (doc, lang, options) => badgeSummary(doc, lang, options),
  outline: (doc, lang, options) => badgeOutline(doc, lang, options),
  options: badgeOptions,
  figures: '[part~="summary"]',
  english: () => import('./english.js').then((m) => m.installEnglish()),
});

/** The hours badge, as the rest of the project knows it (see WidgetDescriptor). */
export const hoursBadgeDescriptor = /* @__PURE__ */ describeWidget(hoursBadgeElement, {
  label: { da: 'Åbningstider og tilgængelighed', en: 'Opening hours badge' },
  examples: { valid: ['meets-all', 'misses-late-consultation'], invalid: 'bad-time' },
  // The target is 15 KB, below the floor of Lit + validator + rules engine
  // (`node scripts/size-breakdown.mjs hours-badge`; docs/hours-badge.md#size).
  budgetKb: 32.2,
  parts: { detail: 'the detail, which the compact badge draws when it is opened', table: 'the table view', english: 'the English words, core’s and the widget’s, for an element that speaks English' },
});
