/**
 * The widgets: the one list of them. Everything that works on every widget (the all-in-one bundle,
 * the embed page and its CLI, the embed-code page, the docs build, the shared tests and the size
 * checks) reads it. Each entry is the descriptor the widget's own package declares; a fifth
 * widget is one more line here, and its English one more below (CONTRIBUTING.md, "Adding a
 * widget"). No DOM: it loads in Node.
 */
import { capacityGaugeDescriptor } from '@praksis/capacity-gauge/descriptor.js';
import type { AnyWidgetDescriptor } from '@praksis/core/descriptor.js';
import { delegationMatrixDescriptor } from '@praksis/delegation-matrix/descriptor.js';
import { hoursBadgeDescriptor } from '@praksis/hours-badge/descriptor.js';
import { referralSankeyDescriptor } from '@praksis/referral-sankey/descriptor.js';
import { installEnglish as gaugeEnglish } from '@praksis/capacity-gauge/english.js';
import { installEnglish as matrixEnglish } from '@praksis/delegation-matrix/english.js';
import { installEnglish as badgeEnglish } from '@praksis/hours-badge/english.js';
import { installEnglish as sankeyEnglish } from '@praksis/referral-sankey/english.js';

export const WIDGETS: readonly AnyWidgetDescriptor[] = [
  capacityGaugeDescriptor,
  delegationMatrixDescriptor,
  hoursBadgeDescriptor,
  referralSankeyDescriptor,
];

// What reads the registry (static pages, the CLIs, the docs' tools) writes either language at once,
// so every widget's English words are installed here, not loaded on demand as an element does
// (each descriptor's `english`).
for (const install of [gaugeEnglish, matrixEnglish, badgeEnglish, sankeyEnglish]) install();

/** The widget with this name (the tag after "praksis-"), if there is one. */
export function widgetNamed(name: unknown): AnyWidgetDescriptor | undefined {
  return WIDGETS.find((widget) => widget.name === name);
}

/** The widget that draws documents of this kind (the schema registry's kind name). */
export function widgetForKind(kind: unknown): AnyWidgetDescriptor | undefined {
  return WIDGETS.find((widget) => widget.kind.name === kind);
}
