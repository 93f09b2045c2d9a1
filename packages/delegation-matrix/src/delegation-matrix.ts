import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  PraksisElement,
  TextMeasureController,
  WidthController,
  baseStyles,
  property,
  state,
  tokenStyles,
  sequentialPaletteStyles,
  divergingPaletteStyles,
  type DataTable,
  type Lang,
} from '@praksis/core';
import { delegationMatrixRules, type DelegationMatrixDocument, type Provenance, type Text, type ValidationIssue, type Words } from '@praksis/schema';
import { matrixStyles } from './styles.js';
import { chooseLayout } from './layout/fit.js';
import { summarySentences, totalText, valueText } from './summary.js';
import { buildModel } from './model.js';
import { caption, prepare, type Draw } from './view/draw.js';
import { legend } from './view/legend.js';
import { grid } from './view/grid.js';
import { cards } from './view/cards.js';
import { delegationMatrixElement } from './descriptor.js';

type Doc = DelegationMatrixDocument;

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
 * @cssprop --praksis-color-fictional - The “fiktiv” tag on a fictional task.
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
  static override readonly descriptor = delegationMatrixElement;

  /**
   * Attribute `view`: `table` (default) or `bars`, one diverging stacked bar per task, for survey data
   * (columns on the doctor-to-staff scale, shares or counts that add up). Other data stays a table.
   * (The property is `viewMode`: the base class keeps its own state under `view`.)
   */
  @property({ reflect: true, attribute: 'view' }) viewMode: 'table' | 'bars' = 'table';

  /**
   * `data` (default) keeps the data's order; `index` sorts tasks by delegation index, from doctor
   * (1) to staff (5). Tasks whose index is a range sort by its middle; tasks without an index go
   * last, in data order. Applies to every layout.
   */
  @property({ reflect: true }) sort: 'data' | 'index' = 'data';

  /** The grid cell that takes Tab focus: [table row, logical column]. */
  @state() private active: [number, number] = [1, 1];

  private readonly boxWidth = new WidthController(this, 640);
  private readonly barWidth = new WidthController(this, 320);
  /** Words measured in the reader's font and text spacing, to choose between table and cards. */
  private readonly text = new TextMeasureController(this);

  protected override validateData(data: unknown, words: Words): ValidationIssue[] {
    return delegationMatrixRules.check(data, words);
  }

  protected override titleTextOf(doc: Doc): Text {
    return doc.unit.name;
  }

  protected override provenanceOf(doc: Doc): Provenance {
    return doc.provenance;
  }

  /** The model is cheap to build (a few hundred cells at most), so every draw builds it afresh. */
  private draw(doc: Doc, lang: Lang): Draw {
    return prepare(doc, buildModel(doc), this.sort, lang);
  }

  /** The grid cell in focus when an update began. */
  private focusedCell?: Element;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.focusedCell = (this.renderRoot as ShadowRoot | undefined)?.activeElement?.closest('[data-c]') ?? undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // New data without the focused cell's row hands the focus to the grid's tab stop, not to the page.
    if (this.focusedCell && !this.focusedCell.isConnected) this.renderRoot.querySelector<HTMLElement>('[data-c][tabindex="0"]')?.focus();
    this.boxWidth.observe(this.renderRoot.querySelector('.body'));
    this.barWidth.observe(this.renderRoot.querySelector('.bar-box'));
  }

  protected override renderBody(doc: Doc, lang: Lang): TemplateResult {
    const d = this.draw(doc, lang);
    const { model, rows, m, t, notes } = d;
    const width = this.boxWidth.width;
    const showBars = this.viewMode === 'bars' && model.scaled;
    // Words are measured at the frame's font size (16 px until the frame is drawn).
    const frame = this.drawnPart('.frame');
    const px = frame ? parseFloat(getComputedStyle(frame).fontSize) : 16;
    const measure = (size: number, bold: boolean) => this.text.measure(frame, px * size, bold ? 700 : undefined);
    const layout = showBars
      ? 'bars'
      : chooseLayout({
          width,
          columnLabels: doc.columns.map((c) => t(c.label)),
          rowLabels: rows.map((r) => t(r.row.label)),
          cellTexts: rows.flatMap((r) => r.cells.map((c) => (c.level === undefined ? valueText(d, c) : '●*'))),
          indexColumn: model.scaled,
          textWidth: (text, size = 1, bold = false) => measure(size, bold)(text),
        });
    const total = totalText(doc, lang);
    const bars = showBars ? this.lazyPart('bars', () => import('./view/bars.js')) : undefined;
    const keyboard = layout === 'table';
    const summary = [...summarySentences(d), ...(keyboard ? [m.keyboard] : [])].join(' ');
    return html`<div class="body">${total ? html`<p class="kicker">${total}</p>` : nothing}${legend(d, bars?.barKeys(d))}${keyboard
      ? grid(d, this.active, this.onKey, this.onFocus)
      : html`<p class="caption">${caption(d)}</p>${showBars
          ? (bars?.bars(d, this.barWidth.width, this.text.measure(this.drawnPart('.bar-box'), 12)) ?? nothing)
          : cards(d)}`}<p part="summary" id="summary" class="visually-hidden">${summary}</p>${notes.length || model.fictionalRows
      ? html`<div part="notes" class="notes">${model.fictionalRows ? html`<p>${m.fictionalRows(model.fictionalRows, rows.length)}</p>` : nothing}${notes.length
          ? html`<p><strong>${m.notes}</strong></p><ol>${notes.map(([about, text]) => html`<li><strong>${about}:</strong> ${t(text)}</li>`)}</ol>`
          : nothing}</div>`
      : nothing}</div>`;
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
    // With Alt or ⌘ the keys are the browser's: back and forward in the history, a line's ends.
    if (!cell || event.altKey || event.metaKey) return;
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
    return grid(this.draw(doc, lang));
  }

  protected override async dataTables(doc: Doc, lang: Lang): Promise<DataTable[]> {
    return (await import('./csv.js')).matrixTables(doc, this.sort, lang);
  }
}
