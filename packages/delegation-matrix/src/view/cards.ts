import { html, nothing, type TemplateResult } from 'lit';
import { indexText } from '../summary.js';
import { cellBody, rowLabel, tone } from './cells.js';
import { columnsOf, type Draw } from './draw.js';

/** One card per task, for boxes too narrow for the table: each column's figure as a term and its value. */
export function cards(d: Draw): TemplateResult {
  const { rows, model, m } = d;
  const line = (dt: string, dd: unknown, cls = '') => html`<div><dt>${dt}</dt><dd class=${cls}>${dd}</dd></div>`;
  return html`<ul part="cards" class="cards">${rows.map(
    (r) =>
      html`<li><p class="card-title">${rowLabel(d, r)}</p><dl>${r.cells.map((cell) => line(columnsOf(d, cell), cellBody(d, cell, true), tone(cell)))}${model.scaled
        ? line(m.index, indexText(d, r.index))
        : nothing}</dl></li>`,
  )}</ul>`;
}
