import { html, nothing, type TemplateResult } from 'lit';
import { indexText } from '../summary.js';
import { cellBody, rowLabel, tone } from './cells.js';
import { caption, type Draw } from './draw.js';

/**
 * The table: the keyboard grid, given the cell that takes Tab focus (`active`: [table row, logical
 * column]) and the element's key and focus handlers, or without them the plain one behind "Vis som tabel".
 */
export function grid(
  d: Draw,
  active?: [number, number],
  onKey?: (event: KeyboardEvent) => void,
  onFocus?: (event: FocusEvent) => void,
): TemplateResult {
  const { doc, model, rows, m, t } = d;
  const last = doc.columns.length + (model.scaled ? 1 : 0);
  // The remembered cell may be gone after new data: fall back to the first data cell.
  const [ar, ac] = !active || active[0] > rows.length || active[1] > last ? [1, 1] : active;
  /** A header (`scope`) or data cell in table row `r` that covers columns `c` to `c + span - 1`. */
  const cell = (r: number, c: number, content: unknown, scope?: string, span = 1, cls?: string): TemplateResult => {
    const tab = active ? (r === ar && c <= ac && ac < c + span ? 0 : -1) : nothing;
    const at = active ? c : nothing;
    return scope
      ? html`<th scope=${scope} tabindex=${tab} data-c=${at}>${content}</th>`
      : html`<td colspan=${span > 1 ? span : nothing} class=${cls ?? nothing} tabindex=${tab} data-c=${at}>${content}</td>`;
  };
  const table = html`<caption>${caption(d)}</caption><thead><tr>${[
    t(doc.rowHeader) || m.task,
    ...doc.columns.map((c) => t(c.label)),
    ...(model.scaled ? [m.index] : []),
  ].map((text, c) => cell(0, c, text, 'col'))}</tr></thead><tbody>${rows.map(
    (r, i) =>
      html`<tr>${cell(i + 1, 0, rowLabel(d, r), 'row')}${r.cells.map((c) => cell(i + 1, c.start + 1, cellBody(d, c, !active), '', c.span, tone(c)))}${model.scaled
        ? cell(i + 1, last, indexText(d, r.index))
        : nothing}</tr>`,
  )}</tbody>`;
  return active
    ? html`<div class="table-wrap"><table part="matrix" role="grid" aria-describedby="summary" @keydown=${onKey} @focusin=${onFocus}>${table}</table></div>`
    : html`<table>${table}</table>`;
}
