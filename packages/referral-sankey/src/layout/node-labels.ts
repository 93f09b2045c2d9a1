import { formatCompact } from '@praksis/core/compact-text.js';
import { formatNumber } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import type { ReferralFlows } from '@praksis/schema';
import type { FlowModel, FlowNode } from '../model.js';
import { flowValueText } from '../summary.js';
import { sankeyMessages } from '../messages.js';
import type { LayoutNodeInput } from './sankey.js';

/**
 * What each node's label says on the diagram, for the layout: its name and its number in full
 * ("1.893.921", "mindst 904", "< 5") and short ("1,9 mio.", "mindst 1,9 mio."), which the layout
 * uses before it leaves a number out. A unit that does not add up gives nodes no number.
 */
export function layoutNodeInputs(doc: ReferralFlows, model: FlowModel, lang: Lang): LayoutNodeInput[] {
  return model.nodes.map((node) => ({
    name: node.label,
    valueText: nodeValueText(node, doc, model, lang),
    valueTextShort: nodeValueTextShort(node, lang),
    stage: node.stage,
  }));
}

/** A node's number: "1.893.921", "mindst 904", "< 5" ("< 10" for two flows under 5); empty when the unit does not add up. */
export function nodeValueText(node: FlowNode, doc: ReferralFlows, model: FlowModel, lang: Lang): string {
  const m = sankeyMessages[lang];
  if (node.below !== undefined) return m.lessThan(formatNumber(lang, node.below));
  if (node.shown === undefined) return '';
  const text = flowValueText(node.shown, doc, lang);
  return node.partial ? m.atLeast(text) : text;
}

/** The same in short form for narrow columns: "1,9 mio." / "1.9m", "mindst 1,9 mio.". */
export function nodeValueTextShort(node: FlowNode, lang: Lang): string | undefined {
  if (node.shown === undefined) return undefined;
  const text = formatCompact(lang, node.shown);
  return node.partial ? sankeyMessages[lang].atLeast(text) : text;
}
