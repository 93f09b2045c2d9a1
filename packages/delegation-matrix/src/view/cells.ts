import { html, nothing, type TemplateResult } from 'lit';
import { STEP_SYMBOLS, type MatrixCell, type MatrixRow } from '../model.js';
import { rowBase, valueText } from '../summary.js';
import type { Draw } from './draw.js';

/**
 * A hidden comma before each of a task's marks: browsers leave the spaces between a label and its
 * badges out of the accessible name ("Sygebesøgfiktiv"), but not a comma.
 */
const comma = (text = '') => html`<span class="visually-hidden">, ${text}</span>`;

/**
 * A task's label with the number its figures are out of when it differs from the rest, its marks
 * (reserved for doctors, note numbers, fictional) and what it covers. Read aloud as
 * "Attester, lægeforbeholdt opgave, note 1, fiktiv, …".
 */
export function rowLabel({ doc, lang, m, t, marks }: Draw, r: MatrixRow): TemplateResult {
  const { row } = r;
  const numbers = marks.get(r);
  const base = rowBase(doc, row, lang);
  return html`${t(row.label)}${base ? ` (${base})` : nothing}${row.reservedForDoctors
      ? html`${comma(m.reserved.toLocaleLowerCase(lang))} <span class="mark" aria-hidden="true">§</span>`
      : nothing}${numbers ? html`<sup class="mark">${numbers.map((n) => html`${comma(m.note)} ${n}`)}</sup>` : nothing}${row.fictional
      ? html`${comma()} <span class="tag">${m.fictional}</span>`
      : nothing}${row.description ? html`${comma()} <span class="desc">${t(row.description)}</span>` : nothing}`;
}

/** A cell's content: the level's symbol (its name for screen readers, or in full when `long`), the figure, or why there is none. */
export function cellBody(d: Draw, cell: MatrixCell, long: boolean): TemplateResult | string {
  const text = valueText(d, cell);
  // Only a level's own cell has a rank; a cell without a figure has none.
  const level = d.doc.scale.levels?.[cell.level ?? -1];
  return level
    ? html`<span class="sym" aria-hidden="true">${level.symbol ?? STEP_SYMBOLS[cell.step]}</span>${long
          ? ` ${text}`
          : html`<span class="visually-hidden"> ${text}</span>`}`
    : text;
}

/** The class that colours a cell. */
export const tone = (cell: MatrixCell): string => (cell.step ? `s${cell.step}` : 'na');
