import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatShare } from '@praksis/core';
import { levelStep, STEP_SYMBOLS } from '../model.js';
import { figuresSentence } from '../summary.js';
import type { Draw } from './draw.js';

/** One entry of the key: a swatch of class `cls` with its symbol, and what it means. */
export const key = (cls: string | number, symbol: string, text: string): TemplateResult =>
  html`<li><span class="key ${cls}" aria-hidden="true">${symbol}</span>${text}</li>`;

/** The key to colours, symbols and marks. `barKeys`: the bars' own keys, from their on-demand module, when the bars are shown. */
export function legend({ doc, model, lang, m, t }: Draw, barKeys?: unknown[]): TemplateResult {
  const levels = doc.scale.levels;
  const items = levels
    ? levels.map((level, i) => {
        const step = levelStep(i, levels.length);
        return key(`s${step}`, level.symbol ?? (STEP_SYMBOLS[step] as string), t(level.label));
      })
    : (barKeys ??
      [1, 2, 3, 4, 5].map((s) => key(`s${s}`, '', `${formatNumber(lang, s * 20 - 20)}–${formatShare(lang, s > 4 ? 1 : s / 5 - 0.01, 0)}`)));
  const figures = figuresSentence(doc, lang);
  return html`<div part="legend" class="legend"><p>${m.key}</p>${figures ? html`<p>${figures}</p>` : nothing}<ul>${items}${model.scaled ? key('', '1–5', m.indexHint) : nothing}${doc.rows.some(
    (r) => r.reservedForDoctors,
  )
    ? key('', '§', m.reserved)
    : nothing}</ul></div>`;
}
