/**
 * The widgets: the one list of them. Everything that works on every widget (the all-in-one bundle,
 * the embed page and its CLI, the embed-code page, the docs build, the shared tests and the size
 * checks) reads it. Each entry is the descriptor the widget's own package declares; a fifth
 * widget is one more line here (CONTRIBUTING.md, "Adding a widget"). No DOM: it loads in Node.
 */
import { capacityGaugeDescriptor } from '@praksis/capacity-gauge/descriptor.js';
import type { AnyWidgetDescriptor } from '@praksis/core/descriptor.js';
import { delegationMatrixDescriptor } from '@praksis/delegation-matrix/descriptor.js';
import { hoursBadgeDescriptor } from '@praksis/hours-badge/descriptor.js';
import { referralSankeyDescriptor } from '@praksis/referral-sankey/descriptor.js';

export const WIDGETS: readonly AnyWidgetDescriptor[] = [
  capacityGaugeDescriptor,
  delegationMatrixDescriptor,
  hoursBadgeDescriptor,
  referralSankeyDescriptor,
];

/** The widget with this name (the tag after "praksis-"), if there is one. */
export function widgetNamed(name: unknown): AnyWidgetDescriptor | undefined {
  return WIDGETS.find((widget) => widget.name === name);
}

/** The widget that draws documents of this kind (the schema registry's kind name). */
export function widgetForKind(kind: unknown): AnyWidgetDescriptor | undefined {
  return WIDGETS.find((widget) => widget.kind.name === kind);
}
