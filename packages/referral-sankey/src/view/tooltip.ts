import { html, nothing, type TemplateResult } from 'lit';
import { formatList, formatNumber, formatShare, type Lang } from '@praksis/core';
import type { ReferralFlows } from '@praksis/schema';
import type { FlowModel } from '../model.js';
import { amountText, flowValueText, shareOfSourceText, thingsText } from '../summary.js';
import { sankeyMessages } from '../messages.js';
import type { Key } from '../layout/keys.js';
import type { SankeyLayout } from '../layout/sankey.js';

/** What the tooltip and the tab stop's name say about a node or a flow. */
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

/**
 * The box with the value and share of the item in focus or under the pointer; hidden without one.
 * Hidden from screen readers: the mark in focus is named with the same words, and a description
 * would read them twice. The pointer can move onto it (WCAG 1.4.13, hoverable).
 */
export function renderTooltip(tip: ItemText | undefined): TemplateResult {
  return html`<div part="tooltip" class="tooltip" aria-hidden="true" ?hidden=${!tip}>
    ${tip ? html`<strong>${tip.title}</strong>${tip.lines.map((line) => html`<span>${line}</span><br />`)}` : nothing}
  </div>`;
}

/**
 * Puts the tooltip next to the item `key` (CSSOM, not a style attribute: CSP-safe). The SVG is
 * drawn at the measured width and only scales down (max-width) while a resize is on its way, so the
 * position is worked out from the last measurement rather than read back: no forced layout.
 */
export function placeTooltip(tip: HTMLElement, layout: SankeyLayout, key: Key, measured: number): void {
  const index = Number(key.slice(1));
  let x: number;
  let y: number;
  if (key.startsWith('n')) {
    const node = layout.nodes[index];
    if (!node) return;
    const right = node.x0 > layout.width / 2;
    x = right ? node.x0 - 8 : node.x1 + 8;
    y = node.y0;
  } else {
    const link = layout.links[index];
    if (!link) return;
    x = (link.x0 + link.x1) / 2;
    y = (link.y0 + link.y1) / 2 + link.drawWidth / 2 + 4;
  }
  const scale = measured > 0 && measured < layout.width ? measured / layout.width : 1;
  const flip = x > layout.width / 2;
  tip.style.left = flip ? '' : `${Math.round(x * scale)}px`;
  tip.style.right = flip ? `${Math.round((layout.width - x) * scale)}px` : '';
  tip.style.top = `${Math.round(Math.min(y, layout.height - 8) * scale)}px`;
}
