import { formatList, formatNumber, formatShare, type Lang } from '@praksis/core';
import type { ReferralFlows } from '@praksis/schema';
import type { FlowModel } from '../model.js';
import { amountText, flowValueText, shareOfSourceText, thingsText } from '../summary.js';
import { sankeyMessages } from '../messages.js';
import type { Key } from '../layout/keys.js';

/** What the tab stop's name, the tooltip (view/tooltip.ts) and the phone list say about a node or a flow. */
export interface ItemText {
  title: string;
  lines: string[];
}

/** The words for a node or link: a title line and detail lines (value, share with its base, members). */
export function describeItem(key: Key, doc: ReferralFlows, model: FlowModel, lang: Lang): ItemText {
  const m = sankeyMessages[lang];
  const things = thingsText(doc, lang);
  const index = Number(key.slice(1));
  if (key.startsWith('n')) {
    const node = model.nodes[index]!;
    const lines: string[] = [];
    if (node.below !== undefined) lines.push(m.suppressedValue(formatNumber(lang, node.below)));
    else if (node.shown === undefined) lines.push(m.rateNode);
    else {
      lines.push(amountText(node.shown, doc, lang, node.partial));
      if (node.share !== undefined) {
        // A node that leaves out a suppressed flow, of a total that does not, has at least its share.
        const share = formatShare(lang, node.share);
        lines.push(m.shareOfAll(node.partial && !model.totalPartial ? m.atLeast(share) : share, things, model.totalPartial));
      }
      if (node.valueIn > 0 && node.valueOut > 0 && node.valueIn !== node.valueOut) {
        lines.push(m.inOut(flowValueText(node.valueIn, doc, lang), flowValueText(node.valueOut, doc, lang)));
      }
      if (node.partial) lines.push(m.partialNote);
    }
    if (node.members) lines.push(m.members(formatList(lang, node.members)));
    return { title: node.label, lines };
  }
  const link = model.links[index]!;
  const source = model.nodes[link.source]!;
  const target = model.nodes[link.target]!;
  const lines: string[] = [];
  if (link.below !== undefined) lines.push(m.suppressedValue(formatNumber(lang, link.below)));
  else {
    lines.push(amountText(link.value, doc, lang, link.partial));
    if (link.share !== undefined) lines.push(shareOfSourceText(link.share, link.base, doc, lang));
    if (link.partial) lines.push(m.partialNote);
  }
  if (target.members) lines.push(m.members(formatList(lang, target.members)));
  return { title: m.flow(source.label, target.label), lines };
}
