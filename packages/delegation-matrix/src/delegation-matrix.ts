import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  PraksisElement,
  WidthController,
  baseStyles,
  estimateTextWidth,
  formatNumber,
  formatShare,
  localize,
  property,
  state,
  tokenStyles,
  sequentialPaletteStyles,
  divergingPaletteStyles,
  type DataTable,
  type Lang,
} from '@praksis/core';
import {
  validateDelegationMatrix,
  type DelegationMatrixDocument,
  type Provenance,
  type Text,
  type ValidationIssue,
} from '@praksis/schema';
import { matrixMessages, type Messages } from './messages.js';
import { matrixStyles } from './styles.js';
import { chooseLayout } from './layout/fit.js';
import { figuresSentence, figuresUnit, indexText, rowBase, summarySentences, totalText, valueText } from './summary.js';
import { buildModel, levelStep, sortRows, STEP_SYMBOLS, type MatrixCell, type MatrixModel, type MatrixRow } from './model.js';

type Doc = DelegationMatrixDocument;

/** What one draw needs: the document and its model, the rows in the order shown, the language, the row notes. */
export interface Draw {
  doc: Doc;
  model: MatrixModel;
  rows: MatrixRow[];
  lang: Lang;
  m: Messages;
  /** A data text in the language. */
  t: (text: Text | undefined) => string;
  /** Row notes in the order shown: the task's label and the note. */
  notes: [string, Text][];
  /** The numbers of each row's notes. */
  marks: Map<MatrixRow, number[]>;
}

function prepare(doc: Doc, model: MatrixModel, sort: 'data' | 'index', lang: Lang): Draw {
  const t = (text: Text | undefined) => localize(text, lang);
  const d: Draw = { doc, model, rows: sortRows(model.rows, sort), lang, m: matrixMessages[lang], t, notes: [], marks: new Map() };
  for (const r of d.rows) {
    for (const text of r.row.notes ?? []) d.marks.set(r, [...(d.marks.get(r) ?? []), d.notes.push([t(r.row.label), text])]);
  }
  return d;
}

export const columnsOf = ({ doc, t }: Draw, cell: MatrixCell): string =>
  doc.columns
    .slice(cell.start, cell.start + cell.span)
    .map((c) => t(c.label))
    .join(' + ');

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
function cellBody(d: Draw, cell: MatrixCell, long: boolean): TemplateResult | string {
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
const tone = (cell: MatrixCell): string => (cell.step ? `s${cell.step}` : 'na');

export const key = (cls: string | number, symbol: string, text: string): TemplateResult =>
  html`<li><span class="key ${cls}" aria-hidden="true">${symbol}</span>${text}</li>`;

/** `barKeys`: the bars' own keys, from their on-demand module, when the bars are shown. */
function legend({ doc, model, lang, m, t }: Draw, barKeys?: unknown[]): TemplateResult {
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

/** The table's caption: the data's title, and what the figures are ("(andel af praksis i procent)"). */
function caption({ doc, lang, t }: Draw): TemplateResult {
  const unit = figuresUnit(doc, lang);
  return html`${t(doc.title)}${unit ? ` (${unit})` : nothing}`;
}

function cards(d: Draw): TemplateResult {
  const { rows, model, m } = d;
  const line = (dt: string, dd: unknown, cls = '') => html`<div><dt>${dt}</dt><dd class=${cls}>${dd}</dd></div>`;
  return html`<ul part="cards" class="cards">${rows.map(
    (r) =>
      html`<li><p class="card-title">${rowLabel(d, r)}</p><dl>${r.cells.map((cell) => line(columnsOf(d, cell), cellBody(d, cell, true), tone(cell)))}${model.scaled
        ? line(m.index, indexText(d, r.index))
        : nothing}</dl></li>`,
  )}</ul>`;
}

function summary(d: Draw, grid: boolean): string {
  return [...summarySentences(d), ...(grid ? [d.m.keyboard] : [])].join(' ');
}

/**
 * Who does which task in general practice: tasks as rows, staff categories or the doctor-to-staff
 * scale as columns. A real table with row and column headers that arrow keys move through; each
 * cell gives its figure or level as text or symbol, never by colour alone. Survey data can also be
 * drawn as one diverging bar per task. Narrow boxes get one card per task instead of a squeezed
 * table. Notes on rows and cells are always shown. It describes the split; it does not score it.
 *
 * @summary Tasks × staff or × the doctor-to-staff scale, as an accessible grid, bars or cards.
 * @tag praksis-delegation-matrix
 *
 * @cssprop --praksis-color-sequential-1 - Lowest step of shares and levels (also -2 … -5).
 * @cssprop --praksis-color-diverging-1 - Doctor-only end of the scale (also -2 … -5, staff only).
 * @cssprop --praksis-color-text - Text.
 * @cssprop --praksis-color-text-muted - Secondary text.
 * @cssprop --praksis-color-background - Background.
 * @cssprop --praksis-color-surface - Table headers and cells without a figure.
 * @cssprop --praksis-color-border - Borders.
 * @cssprop --praksis-color-focus - Focus ring.
 *
 * @csspart legend - The key to colours, symbols and marks.
 * @csspart matrix - The grid table (`role="grid"`).
 * @csspart bars - The diverging bars (`view="bars"`).
 * @csspart cards - One card per task, on narrow widths.
 * @csspart summary - The text summary for screen readers (visually hidden).
 * @csspart notes - Row notes, and how many tasks are fictional.
 */
export class DelegationMatrix extends PraksisElement<Doc> {
  static override styles = [tokenStyles, sequentialPaletteStyles, divergingPaletteStyles, baseStyles, matrixStyles];

  /**
   * Attribute `view`: `table` (default) or `bars`, one diverging stacked bar per task, for survey data
   * (columns on the doctor-to-staff scale, shares or counts that add up). Other data stays a table.
   * (The property is `viewMode`: the base class keeps its own state under `view`.)
   */
  @property({ reflect: true, attribute: 'view' }) viewMode: 'table' | 'bars' = 'table';

  /** `data` (default) keeps the data's order; `index` sorts tasks by delegation index, from doctor to staff. */
  @property({ reflect: true }) sort: 'data' | 'index' = 'data';

  /** The grid cell that takes Tab focus: [table row, logical column]. */
  @state() private active: [number, number] = [1, 1];

  private readonly boxWidth = new WidthController(this, 640);
  private readonly barWidth = new WidthController(this, 320);

  protected override validateData(data: unknown): ValidationIssue[] {
    return validateDelegationMatrix(data);
  }

  protected override titleOf(doc: Doc, lang: Lang): string {
    return localize(doc.unit.name, lang);
  }

  protected override provenanceOf(doc: Doc): Provenance {
    return doc.provenance;
  }

  /** The model is cheap to build (a few hundred cells at most), so every draw builds it afresh. */
  private draw(doc: Doc, lang: Lang): Draw {
    return prepare(doc, buildModel(doc), this.sort, lang);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.boxWidth.observe(this.renderRoot.querySelector('.body'));
    this.barWidth.observe(this.renderRoot.querySelector('.bar-box'));
  }

  protected override renderBody(doc: Doc, lang: Lang): TemplateResult {
    const d = this.draw(doc, lang);
    const { model, rows, m, t, notes } = d;
    const width = this.boxWidth.width;
    const showBars = this.viewMode === 'bars' && model.scaled;
    // Words are estimated at the frame's font size (before the first draw there is no frame yet).
    const frame = this.renderRoot.querySelector('.frame');
    const px = frame ? parseFloat(getComputedStyle(frame).fontSize) : 16;
    const layout = showBars
      ? 'bars'
      : chooseLayout({
          width,
          columnLabels: doc.columns.map((c) => t(c.label)),
          rowLabels: rows.map((r) => t(r.row.label)),
          cellTexts: rows.flatMap((r) => r.cells.map((c) => (c.level === undefined ? valueText(d, c) : '●*'))),
          indexColumn: model.scaled,
          textWidth: (text, size = 1) => estimateTextWidth(text, px * size),
        });
    const total = totalText(doc, lang);
    const bars = showBars ? this.lazyPart('bars', () => import('./view/bars.js')) : undefined;
    return html`<div class="body">${total ? html`<p class="kicker">${total}</p>` : nothing}${legend(d, bars?.barKeys(d))}${layout === 'table'
      ? this.grid(d, true)
      : html`<p class="caption">${caption(d)}</p>${showBars
          ? (bars?.bars(d, this.barWidth.width) ?? nothing)
          : cards(d)}`}<p part="summary" id="summary" class="visually-hidden">${summary(
      d,
      layout === 'table',
    )}</p>${notes.length || model.fictionalRows
      ? html`<div part="notes" class="notes">${model.fictionalRows ? html`<p>${m.fictionalRows(model.fictionalRows, rows.length)}</p>` : nothing}${notes.length
          ? html`<p><strong>${m.notes}</strong></p><ol>${notes.map(([about, text]) => html`<li><strong>${about}:</strong> ${t(text)}</li>`)}</ol>`
          : nothing}</div>`
      : nothing}</div>`;
  }

  /** The table: the keyboard grid (`interactive`) or the plain one behind "Vis som tabel". */
  private grid(d: Draw, interactive: boolean): TemplateResult {
    const { doc, model, rows, m, t } = d;
    const last = doc.columns.length + (model.scaled ? 1 : 0);
    // The remembered cell may be gone after new data: fall back to the first data cell.
    const [ar, ac] = this.active[0] > rows.length || this.active[1] > last ? [1, 1] : this.active;
    /** A header (`scope`) or data cell in table row `r` that covers columns `c` to `c + span - 1`. */
    const cell = (r: number, c: number, content: unknown, scope?: string, span = 1, cls?: string): TemplateResult => {
      const tab = interactive ? (r === ar && c <= ac && ac < c + span ? 0 : -1) : nothing;
      const at = interactive ? c : nothing;
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
        html`<tr>${cell(i + 1, 0, rowLabel(d, r), 'row')}${r.cells.map((c) => cell(i + 1, c.start + 1, cellBody(d, c, !interactive), '', c.span, tone(c)))}${model.scaled
          ? cell(i + 1, last, indexText(d, r.index))
          : nothing}</tr>`,
    )}</tbody>`;
    return interactive
      ? html`<div class="table-wrap"><table part="matrix" role="grid" aria-describedby="summary" @keydown=${this.onKey} @focusin=${this.onFocus}>${table}</table></div>`
      : html`<table>${table}</table>`;
  }

  private readonly onFocus = (event: FocusEvent): void => {
    const cell = (event.target as Element).closest<HTMLTableCellElement>('[data-c]');
    if (cell) this.active = [(cell.parentElement as HTMLTableRowElement).rowIndex, Number(cell.dataset.c)];
  };

  /**
   * Grid keys (WAI-ARIA grid pattern): arrows move one cell (a cell over several columns is one
   * stop), Home/End to the row's ends, Ctrl+Home/End to the grid's corners; nothing moves past an edge.
   */
  private readonly onKey = (event: KeyboardEvent): void => {
    const { rows } = event.currentTarget as HTMLTableElement;
    const cell = (event.target as Element).closest<HTMLTableCellElement>('[data-c]');
    if (!cell) return;
    const row = cell.parentElement as HTMLTableRowElement;
    // Up and down: the cell that covers this one's first column, the last that starts at or before it.
    const up = (by: number) => [...(rows[row.rowIndex + by]?.cells ?? [])].filter((c) => Number(c.dataset.c) <= Number(cell.dataset.c)).pop();
    const targets: Record<string, Element | null | undefined> = {
      ArrowRight: cell.nextElementSibling,
      ArrowLeft: cell.previousElementSibling,
      ArrowDown: up(1),
      ArrowUp: up(-1),
      Home: (event.ctrlKey ? rows[0] : row)?.firstElementChild,
      End: (event.ctrlKey ? rows[rows.length - 1] : row)?.lastElementChild,
    };
    if (!(event.key in targets)) return;
    event.preventDefault();
    (targets[event.key] as HTMLElement | null | undefined)?.focus();
  };

  protected override renderTable(doc: Doc, lang: Lang): TemplateResult {
    return this.grid(this.draw(doc, lang), false);
  }

  protected override async dataTables(doc: Doc, lang: Lang): Promise<DataTable[]> {
    return (await import('./csv.js')).matrixTables(doc, this.sort, lang);
  }
}
