import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  PraksisElement,
  WidthController,
  baseStyles,
  estimateTextWidth,
  formatNumber,
  formatShare,
  localize,
  tokenStyles,
  sequentialPaletteStyles,
  divergingPaletteStyles,
  type Lang,
} from '@praksis/core';
import {
  validateDelegationMatrix,
  type DelegationMatrixDocument,
  type Provenance,
  type Text,
  type ValidationIssue,
} from '@praksis/schema';
import { layoutBars } from './bar-layout.js';
import { matrixMessages } from './delegation-matrix.messages.js';
import { matrixStyles } from './delegation-matrix.styles.js';
import { barsStacked, chooseLayout } from './matrix-layout.js';
import { buildModel, levelStep, sortRows, STEP_SYMBOLS, type IndexRange, type MatrixCell, type MatrixModel, type MatrixRow } from './matrix-model.js';

type Doc = DelegationMatrixDocument;

/** Row notes in the order shown, and the numbers each row refers to. */
interface Notes {
  list: { about: string; text: Text }[];
  of: Map<MatrixRow, number[]>;
}

/** Font size the layout estimates with (the token default, `medium`). */
const FONT_PX = 16;

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

  // Declared without decorators, so the bundle carries no second copy of the decorator helper.
  static override properties = {
    viewMode: { reflect: true, attribute: 'view' },
    sort: { reflect: true },
    active: { state: true, attribute: false },
  };

  /**
   * Attribute `view`: `table` (default) or `bars`, one diverging stacked bar per task, for survey data
   * (columns on the doctor-to-staff scale, shares or counts that add up). Other data stays a table.
   * (The property is `viewMode`: the base class keeps its own state under `view`.)
   */
  viewMode: 'table' | 'bars' = 'table';

  /** `data` (default) keeps the data's order; `index` sorts tasks by delegation index, from doctor to staff. */
  sort: 'data' | 'index' = 'data';

  /** The grid cell that takes Tab focus: [table row, logical column]. */
  private active: [number, number] = [1, 1];

  private readonly boxWidth = new WidthController(this, 640);
  private readonly barWidth = new WidthController(this, 320);
  private cache?: { doc: Doc; model: MatrixModel };
  private context?: CanvasRenderingContext2D | null;

  protected override validateData(data: unknown): ValidationIssue[] {
    return validateDelegationMatrix(data);
  }

  protected override titleOf(doc: Doc, lang: Lang): string {
    return localize(doc.unit.name, lang);
  }

  protected override provenanceOf(doc: Doc): Provenance {
    return doc.provenance;
  }

  private model(doc: Doc): MatrixModel {
    if (this.cache?.doc !== doc) this.cache = { doc, model: buildModel(doc) };
    return this.cache.model;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.boxWidth.observe(this.renderRoot.querySelector('.body'));
    this.barWidth.observe(this.renderRoot.querySelector('.bar-box'));
  }

  /**
   * Text widths in the frame's own font, measured on a canvas; before the first draw (no frame yet)
   * a conservative estimate.
   */
  private measurer(): (text: string, size?: number) => number {
    const frame = this.renderRoot.querySelector('.frame');
    this.context ??= document.createElement('canvas').getContext('2d');
    const context = this.context;
    if (!frame || !context) return (text, size = 1) => estimateTextWidth(text, FONT_PX * size);
    const { fontSize, fontFamily } = getComputedStyle(frame);
    return (text, size = 1) => {
      context.font = `600 ${parseFloat(fontSize) * size}px ${fontFamily}`;
      return context.measureText(text).width;
    };
  }

  /** What a cell says in words. */
  private text(doc: Doc, cell: MatrixCell, lang: Lang): string {
    const m = matrixMessages[lang];
    const v = cell.value;
    if (v === null) return m.missing[cell.missing ?? 'not-measured'];
    if (typeof v === 'string') return localize(doc.scale.levels?.[cell.level ?? 0]?.label, lang);
    return doc.scale.type === 'share' ? formatShare(lang, v, Number.isInteger(Math.round(v * 1e6) / 1e4) ? 0 : 1) : formatNumber(lang, v);
  }

  private columnsOf(doc: Doc, cell: MatrixCell, lang: Lang): string {
    return doc.columns
      .slice(cell.start, cell.start + cell.span)
      .map((c) => localize(c.label, lang))
      .join(' + ');
  }

  private indexText(index: IndexRange | undefined, lang: Lang): string {
    if (!index) return '–';
    // A range is rounded outwards, so it still contains every index the figures allow.
    const low = formatNumber(lang, Math.floor(index.low * 10 + 1e-9) / 10, 1);
    const high = formatNumber(lang, Math.ceil(index.high * 10 - 1e-9) / 10, 1);
    return index.low === index.high ? formatNumber(lang, index.low, 1) : low === high ? low : `${low}–${high}`;
  }

  private notes(rows: readonly MatrixRow[], lang: Lang): Notes {
    const notes: Notes = { list: [], of: new Map() };
    for (const r of rows) {
      for (const text of r.row.notes ?? []) {
        notes.list.push({ about: localize(r.row.label, lang), text });
        notes.of.set(r, [...(notes.of.get(r) ?? []), notes.list.length]);
      }
    }
    return notes;
  }

  private marks(numbers: number[] | undefined, lang: Lang): TemplateResult | typeof nothing {
    return numbers
      ? html`<sup class="mark">${numbers.map((n) => html`<span class="visually-hidden"> ${matrixMessages[lang].note} </span>${n}`)}</sup>`
      : nothing;
  }

  private rowLabel(r: MatrixRow, notes: Notes, lang: Lang, description = true): TemplateResult {
    const m = matrixMessages[lang];
    return html`${localize(r.row.label, lang)}${r.row.reservedForDoctors
        ? html` <span class="mark" aria-hidden="true">§</span><span class="visually-hidden"> (${m.reserved})</span>`
        : nothing}${this.marks(notes.of.get(r), lang)}${r.row.fictional ? html` <span class="tag">${m.fictional}</span>` : nothing}${description &&
      r.row.description
        ? html` <span class="desc">${localize(r.row.description, lang)}</span>`
        : nothing}`;
  }

  /** A cell's content: the level's symbol (its name for screen readers, or in full when `long`), the figure, or why there is none. */
  private cellBody(doc: Doc, cell: MatrixCell, lang: Lang, long: boolean): TemplateResult {
    const text = this.text(doc, cell, lang);
    const level = cell.level === undefined ? undefined : doc.scale.levels?.[cell.level];
    return cell.value === null
      ? html`<span class="na">${text}</span>`
      : level
        ? html`<span class="sym" aria-hidden="true">${level.symbol ?? STEP_SYMBOLS[cell.step]}</span>${long
              ? ` ${text}`
              : html`<span class="visually-hidden"> ${text}</span>`}`
        : html`${text}`;
  }

  protected override renderBody(doc: Doc, lang: Lang): TemplateResult {
    const m = matrixMessages[lang];
    const model = this.model(doc);
    const rows = sortRows(model.rows, this.sort);
    const notes = this.notes(rows, lang);
    const bars = this.viewMode === 'bars' && model.scaled;
    const label = (t: Text | undefined) => localize(t, lang);
    const measure = this.measurer();
    const layout = bars
      ? 'bars'
      : chooseLayout({
          width: this.boxWidth.width,
          columnLabels: doc.columns.map((c) => label(c.label)),
          rowLabels: rows.map((r) => label(r.row.label)),
          cellTexts: rows.flatMap((r) => r.cells.map((c) => (c.level === undefined ? this.text(doc, c, lang) : '●*'))),
          indexColumn: model.scaled,
          textWidth: measure,
        });
    const n = doc.scale.n;
    return html`<div class="body ${layout}${barsStacked(this.boxWidth.width) ? ' stacked' : ''}">
      ${n ? html`<p class="kicker">${m.base(formatNumber(lang, n), label(doc.scale.unitLabel))}</p>` : nothing}
      ${this.renderLegend(doc, model, bars, lang)}
      ${layout === 'bars'
        ? this.renderBars(doc, model, rows, notes, lang)
        : layout === 'table'
          ? this.renderMatrix(doc, model, rows, notes, lang, true)
          : this.renderCards(doc, model, rows, notes, lang)}
      <p part="summary" id="summary" class="visually-hidden">${this.summary(doc, model, rows, lang, layout === 'table')}</p>
      ${notes.list.length || model.fictionalRows
        ? html`<div part="notes" class="notes">
            ${model.fictionalRows ? html`<p>${m.fictionalRows(model.fictionalRows, rows.length)}</p>` : nothing}
            ${notes.list.length
              ? html`<p><strong>${m.notes}</strong></p>
                  <ol>
                    ${notes.list.map((note) => html`<li><strong>${note.about}:</strong> ${label(note.text)}</li>`)}
                  </ol>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  private renderLegend(doc: Doc, model: MatrixModel, bars: boolean, lang: Lang): TemplateResult {
    const m = matrixMessages[lang];
    const levels = doc.scale.levels;
    const items: TemplateResult[] = [];
    if (levels) {
      levels.forEach((level, i) => {
        const step = levelStep(i, levels.length);
        items.push(html`<li><span class="key s${step}" aria-hidden="true">${level.symbol ?? STEP_SYMBOLS[step]}</span>${localize(level.label, lang)}</li>`);
      });
    } else if (bars) {
      doc.columns.forEach((c, i) => items.push(html`<li><span class="key d${model.tones[i]}" aria-hidden="true"></span>${localize(c.label, lang)}</li>`));
      if (doc.cells.some((c) => c.columns)) items.push(html`<li><span class="key stripes" aria-hidden="true"></span>${m.combined}</li>`);
      if (doc.cells.some((c) => c.value === null)) items.push(html`<li><span class="key na" aria-hidden="true"></span>${m.unknownShare}</li>`);
    } else {
      for (let step = 1; step <= 5; step++) {
        const upper = step === 5 ? 1 : (step * 20 - 1) / 100;
        items.push(html`<li><span class="key s${step}" aria-hidden="true"></span>${formatNumber(lang, (step - 1) * 20)}–${formatShare(lang, upper, 0)}</li>`);
      }
    }
    if (model.scaled) items.push(html`<li><span class="key" aria-hidden="true">1–5</span>${m.indexHint}</li>`);
    if (doc.rows.some((r) => r.reservedForDoctors)) items.push(html`<li><span class="key" aria-hidden="true">§</span>${m.reserved}</li>`);
    const heading = levels || bars ? m.key : `${m.key}: ${m.shares.toLowerCase()}`;
    return html`<div part="legend" class="legend">
      <p class="legend-title">${heading}</p>
      <ul>
        ${items}
      </ul>
    </div>`;
  }

  /** The table: the keyboard grid (`grid`) or the plain one behind "Vis som tabel". */
  private renderMatrix(doc: Doc, model: MatrixModel, rows: readonly MatrixRow[], notes: Notes, lang: Lang, grid: boolean): TemplateResult {
    const m = matrixMessages[lang];
    const last = doc.columns.length + (model.scaled ? 1 : 0);
    let [ar, ac] = this.active;
    // The remembered cell may be gone after new data: fall back to the first data cell.
    const exists = ar === 0 ? ac <= last : ac === 0 || ac === last || rows[ar - 1]?.cells.some((c) => c.start + 1 === ac);
    if (ar > rows.length || !exists) [ar, ac] = [1, 1];
    const tab = (r: number, c: number) => (grid ? (r === ar && c === ac ? '0' : '-1') : nothing);
    const at = (c: number) => (grid ? String(c) : nothing);
    return html`<div class="scroll">
      <table
        part=${grid ? 'matrix' : nothing}
        role=${grid ? 'grid' : nothing}
        aria-describedby=${grid ? 'summary' : nothing}
        @keydown=${grid ? this.onKey : nothing}
        @focusin=${grid ? this.onFocus : nothing}
      >
        <caption>
          ${localize(doc.title, lang)}
        </caption>
        <thead>
          <tr>
            <th scope="col" tabindex=${tab(0, 0)} data-c=${at(0)}>${localize(doc.rowHeader, lang) || m.task}</th>
            ${doc.columns.map((c, i) => html`<th scope="col" tabindex=${tab(0, i + 1)} data-c=${at(i + 1)}>${localize(c.label, lang)}</th>`)}
            ${model.scaled
              ? html`<th scope="col" tabindex=${tab(0, last)} data-c=${at(last)}>${m.index}</th>`
              : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r, i) => html`<tr>
              <th scope="row" tabindex=${tab(i + 1, 0)} data-c=${at(0)}>${this.rowLabel(r, notes, lang)}</th>
              ${r.cells.map(
                (cell) =>
                  html`<td
                    colspan=${cell.span > 1 ? cell.span : nothing}
                    class=${cell.value === null ? 'na' : `s${cell.step}`}
                    tabindex=${tab(i + 1, cell.start + 1)}
                    data-c=${at(cell.start + 1)}
                  >
                    ${this.cellBody(doc, cell, lang, !grid)}
                  </td>`,
              )}
              ${model.scaled
                ? html`<td tabindex=${tab(i + 1, last)} data-c=${at(last)}>
                    ${this.indexText(r.index, lang)}${r.index?.published ? html`<span class="visually-hidden"> (${m.published})</span>` : nothing}
                  </td>`
                : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private readonly onFocus = (event: FocusEvent): void => {
    const cell = (event.target as Element).closest<HTMLTableCellElement>('[data-c]');
    const row = cell?.parentElement as HTMLTableRowElement | null | undefined;
    if (cell && row) this.active = [row.rowIndex, Number(cell.dataset.c)];
  };

  /** Grid keys (WAI-ARIA grid pattern): arrows move one cell, Home/End to the row's ends, Ctrl+Home/End to the grid's corners. */
  private readonly onKey = (event: KeyboardEvent): void => {
    const table = event.currentTarget as HTMLTableElement;
    const cell = (event.target as Element).closest<HTMLTableCellElement>('[data-c]');
    const row = cell?.parentElement as HTMLTableRowElement | null | undefined;
    if (!cell || !row) return;
    const lastRow = table.rows.length - 1;
    const lastColumn = (table.rows[0]?.cells.length ?? 1) - 1;
    let r = row.rowIndex;
    let c = Number(cell.dataset.c);
    switch (event.key) {
      case 'ArrowRight':
        c += cell.colSpan;
        break;
      case 'ArrowLeft':
        c -= 1;
        break;
      case 'ArrowDown':
        r += 1;
        break;
      case 'ArrowUp':
        r -= 1;
        break;
      case 'Home':
        c = 0;
        if (event.ctrlKey) r = 0;
        break;
      case 'End':
        c = lastColumn;
        if (event.ctrlKey) r = lastRow;
        break;
      default:
        return;
    }
    event.preventDefault();
    r = Math.max(0, Math.min(lastRow, r));
    c = Math.max(0, Math.min(lastColumn, c));
    const target = [...(table.rows[r]?.cells ?? [])].find((td) => {
      const start = Number(td.dataset.c);
      return start <= c && c < start + td.colSpan;
    });
    target?.focus();
  };

  private renderCards(doc: Doc, model: MatrixModel, rows: readonly MatrixRow[], notes: Notes, lang: Lang): TemplateResult {
    const m = matrixMessages[lang];
    return html`<p class="caption">${localize(doc.title, lang)}</p>
      <ul part="cards" class="cards">
        ${rows.map(
          (r) => html`<li>
            <p class="card-title">${this.rowLabel(r, notes, lang)}</p>
            <dl>
              ${r.cells.map(
                (cell) => html`<div>
                  <dt>${this.columnsOf(doc, cell, lang)}</dt>
                  <dd><span class="val ${cell.value === null ? 'na' : `s${cell.step}`}">${this.cellBody(doc, cell, lang, true)}</span></dd>
                </div>`,
              )}
              ${model.scaled
                ? html`<div>
                    <dt>${m.index}</dt>
                    <dd>${this.indexText(r.index, lang)}</dd>
                  </div>`
                : nothing}
            </dl>
          </li>`,
        )}
      </ul>`;
  }

  private renderBars(doc: Doc, model: MatrixModel, rows: readonly MatrixRow[], notes: Notes, lang: Lang): TemplateResult {
    const m = matrixMessages[lang];
    const height = 28;
    const layout = layoutBars({
      rows,
      tones: model.tones,
      width: this.barWidth.width,
      formatShare: (v) => formatShare(lang, v, 0),
      textWidth: (t) => estimateTextWidth(t, 12),
    });
    return html`<p class="caption">${localize(doc.title, lang)}</p>
      <ol part="bars" class="bars">
        ${rows.map((r, i) => {
          const segments = layout.rows[i] ?? [];
          const description = `${localize(r.row.label, lang)}: ${r.cells
            .map((c) => `${this.columnsOf(doc, c, lang)} ${this.text(doc, c, lang)}`)
            .join(', ')}. ${m.index} ${this.indexText(r.index, lang)}.`;
          return html`<li>
            <span class="bar-label">${this.rowLabel(r, notes, lang, false)}</span>
            <span class="bar-box">
              <svg role="img" aria-label=${description} width=${layout.width} height=${height} viewBox="0 0 ${layout.width} ${height}">
                ${segments.map((s) =>
                  s.tones.length === 0
                    ? svg`<rect class="na" x=${s.x} y="2" width=${s.width} height=${height - 4}></rect>`
                    : s.tones.map(
                        (tone, k) =>
                          svg`<rect class="d${tone}" x=${s.x} y=${2 + (k * (height - 4)) / s.tones.length} width=${s.width} height=${(height - 4) / s.tones.length}></rect>`,
                      ),
                )}
                ${segments.map((s) =>
                  s.label ? svg`<text x=${s.x + s.width / 2} y=${height / 2 + 4} text-anchor="middle">${s.label}</text>` : nothing,
                )}
                <line class="centre" x1=${layout.centre} x2=${layout.centre} y1="0" y2=${height}></line>
              </svg>
            </span>
            <span class="bar-index" aria-hidden="true">${this.indexText(r.index, lang)}</span>
          </li>`;
        })}
      </ol>
      <p class="axis" aria-hidden="true">
        <span></span><span class="ends"><span>${m.doctorSide}</span><span>${m.staffSide}</span></span><span class="bar-index">${m.index}</span>
      </p>`;
  }

  private summary(doc: Doc, model: MatrixModel, rows: readonly MatrixRow[], lang: Lang, grid: boolean): string {
    const m = matrixMessages[lang];
    const parts = [localize(doc.title, lang), m.rows(rows.length)];
    const reserved = rows.filter((r) => r.row.reservedForDoctors).length;
    if (reserved) parts.push(m.reservedCount(reserved));
    const ranked = sortRows(
      rows.filter((r) => r.index),
      'index',
    );
    const first = ranked[0];
    const last = ranked[ranked.length - 1];
    if (first && last && first !== last) {
      parts.push(m.ends(localize(first.row.label, lang), this.indexText(first.index, lang), localize(last.row.label, lang), this.indexText(last.index, lang)));
    }
    const levels = doc.scale.levels;
    const top = levels?.[levels.length - 1];
    if (top) {
      doc.columns.forEach((column, i) => {
        const count = rows.filter((r) => r.cells.some((c) => c.start === i && c.level === levels.length - 1)).length;
        parts.push(m.byColumn(localize(column.label, lang), localize(top.label, lang).toLowerCase(), count, rows.length));
      });
    }
    if (model.fictionalRows) parts.push(m.fictionalRows(model.fictionalRows, rows.length));
    if (grid) parts.push(m.keyboard);
    return parts.join(' ');
  }

  protected override renderTable(doc: Doc, lang: Lang): TemplateResult {
    const model = this.model(doc);
    const rows = sortRows(model.rows, this.sort);
    return this.renderMatrix(doc, model, rows, this.notes(rows, lang), lang, false);
  }
}
