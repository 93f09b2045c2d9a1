import { html, nothing, type TemplateResult } from 'lit';
import type { Key } from '../layout/keys.js';
import type { SankeyLayout } from '../layout/sankey.js';
import type { ItemText } from './item-text.js';

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

/**
 * Puts the tooltip at the pointer (`x`, `y` in the chart's box) with a corner 2 px over it, so the
 * pointer is on the tooltip's edge: above and left of it where there is room, away from the
 * pointer's arrow, else below or right.
 */
export function placeTooltipAt(tip: HTMLElement, x: number, y: number): void {
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  tip.style.right = '';
  tip.style.left = `${Math.round(x - 2 >= width ? x + 2 - width : x - 2)}px`;
  tip.style.top = `${Math.round(y - 2 >= height ? y + 2 - height : y - 2)}px`;
}
