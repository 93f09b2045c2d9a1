import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  PraksisElement,
  WidthController,
  baseStyles,
  formatCount,
  formatList,
  formatNumber,
  formatShare,
  pluralForm,
  localize,
  memoizeOne,
  property,
  state,
  tokenStyles,
  categoryPaletteStyles,
  type DataTable,
  type Lang,
} from '@praksis/core';
import { validateReferralFlows, type Provenance, type ReferralFlows, type ValidationIssue } from '@praksis/schema';
import { buildFlows, pathThrough, type FlowModel, type FlowNode } from './model.js';
import { amountText, captionText, flowsSummaryText, flowValueText, shareOfSourceText, thingsText } from './summary.js';
import { layoutNodeInputs } from './layout/node-labels.js';
import { sankeyMessages } from './messages.js';
import { sankeyStyles } from './styles.js';
import { layoutSankey, type SankeyLayout } from './layout/sankey.js';

/** Above this many flows the diagram is a texture and its flows are drawn without anti-aliasing. */
const MANY_FLOWS = 2000;

/** A node ("n3") or a link ("l5") of the drawn graph. */
type Key = `n${number}` | `l${number}`;

/** What the diagram draws: the document, its model, the layout and the keyboard order. */
interface Drawn {
  doc: ReferralFlows;
  model: FlowModel;
  layout: SankeyLayout;
  order: Key[];
}

/**
 * Where referrals from general practice go: flows from senders to receivers, in one or several
 * stages, as a sankey diagram with a text summary, a table of every flow and keyboard access to
 * every node and flow. Small destinations can be grouped into “Øvrige”, small counts suppressed.
 *
 * @summary Referral flows from general practice as an accessible sankey diagram.
 * @tag praksis-referral-sankey
 *
 * @cssprop --praksis-color-category-1 - First of eight categorical colours for nodes and flows (through `--praksis-color-category-8`).
 * @cssprop --praksis-color-category-other - The grouped “Øvrige / Other” node.
 * @cssprop --praksis-color-text - Text and node outlines.
 * @cssprop --praksis-color-text-muted - Values, headings, notes and suppressed flows.
 * @cssprop --praksis-color-background - Background, and the halo behind labels.
 * @cssprop --praksis-color-border - Borders.
 * @cssprop --praksis-color-focus - Focus ring.
 * @cssprop --praksis-font-family - Font; inherits the page's by default.
 * @cssprop --praksis-font-size - Base font size.
 *
 * @csspart summary - The text alternative: total and the largest flows.
 * @csspart diagram - The SVG diagram.
 * @csspart tooltip - The box with the value and share of the node or flow in focus or under the pointer.
 * @csspart notes - Notes on grouping, suppression, and left-out or shortened labels.
 */
export class ReferralSankey extends PraksisElement<ReferralFlows> {
  static override styles = [tokenStyles, categoryPaletteStyles, baseStyles, sankeyStyles];

  /**
   * Groups destinations that receive less than this share (0–0.5) of everything that reaches a
   * destination into one “Øvrige / Other” node. The two largest destinations always stay apart, and
   * at least two must be left to group. Counts only. 0 (default): off.
   */
  @property({ type: Number, attribute: 'group-below' }) groupBelow = 0;

  /**
   * Shows counts below this number as “< N”, never as their value, and leaves them out of totals.
   * The document's own `suppressBelow` is a floor this cannot lower. Counts only. 0 (default): off.
   */
  @property({ type: Number, attribute: 'suppress-below' }) suppressBelow = 0;

  /** Colour each flow like the node it goes to (`target`, default) or comes from (`source`). */
  @property({ attribute: 'link-color' }) linkColor: 'source' | 'target' = 'target';

  /** Height of the diagram in px; by default it follows from the width and the number of labels. */
  @property({ type: Number, attribute: 'chart-height' }) chartHeight?: number;

  /** What is highlighted: the item under the pointer, tapped, or in focus. */
  @state() private activeKey?: Key;
  /** The item that holds the diagram's one tab stop (roving tabindex). */
  @state() private focusKey: Key = 'n0';
  /** Esc hides the tooltip until the next move. */
  @state() private tipHidden = false;

  /**
   * Width 0 until the ResizeObserver has measured the chart box: the diagram is laid out once, at
   * its real width, in the same frame (observers report after layout, before paint) instead of
   * first at a guess and again when measured. If no measurement comes (a hidden element), it is
   * drawn at 640 px after two frames.
   */
  private readonly chartWidth = new WidthController(this, 0);
  private unmeasuredFallback = 0;
  private fallbackScheduled = false;
  /** The diagram as last drawn, for the keyboard, the tab stop and the tooltip. */
  private drawn?: Drawn;

  protected override validateData(data: unknown): ValidationIssue[] {
    return validateReferralFlows(data);
  }

  protected override titleOf(doc: ReferralFlows, lang: Lang): string {
    return localize(doc.title, lang);
  }

  protected override provenanceOf(doc: ReferralFlows): Provenance {
    return doc.provenance;
  }

  /** The model once per document, language and options; not on every resize or hover. */
  private readonly flows = memoizeOne((doc: ReferralFlows, lang: Lang, groupBelow: number, suppressBelow: number) =>
    buildFlows(doc, (node) => localize(node.label, lang), sankeyMessages[lang].other, { groupBelow, suppressBelow }),
  );

  private model(doc: ReferralFlows, lang: Lang): FlowModel {
    return this.flows(doc, lang, this.groupBelow, this.suppressBelow);
  }

  /** The layout and keyboard order once per model and size. */
  private readonly layout = memoizeOne((doc: ReferralFlows, model: FlowModel, lang: Lang, width: number, height: number | undefined): Drawn => {
    const layout = layoutSankey(
      layoutNodeInputs(doc, model, lang),
      model.links.map((link) => ({ source: link.source, target: link.target, value: link.value })),
      { width, height, headings: doc.stages?.map((stage) => localize(stage, lang)) },
    );
    // Keyboard order: column by column, each node followed by the flows that leave it, top down.
    const outgoing: number[][] = model.nodes.map(() => []);
    for (const link of layout.links) outgoing[link.source]!.push(link.index);
    const order: Key[] = [];
    for (const nodes of layout.columns) {
      for (const i of nodes) {
        order.push(`n${i}`);
        for (const l of outgoing[i]!.sort((a, b) => layout.links[a]!.y0 - layout.links[b]!.y0)) order.push(`l${l}`);
      }
    }
    return { doc, model, layout, order };
  });

  /** The nodes and flows on the path through the highlighted item. */
  private readonly path = memoizeOne(pathThrough);

  /** A value for people: "1.893.921", "38,4". */
  private formatValue(value: number, doc: ReferralFlows, lang: Lang): string {
    return flowValueText(value, doc, lang);
  }

  /** The words for a node or link: a title line and detail lines (value, share with its base, members). */
  private describe(key: Key, doc: ReferralFlows, model: FlowModel, lang: Lang): { title: string; lines: string[] } {
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
          lines.push(m.inOut(this.formatValue(node.valueIn, doc, lang), this.formatValue(node.valueOut, doc, lang)));
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

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.chartWidth.observe(this.renderRoot.querySelector('.chart'));
    this.markTabStop();
    if (!this.chartWidth.width && !this.unmeasuredFallback && !this.fallbackScheduled && this.renderRoot.querySelector('.chart')) {
      this.fallbackScheduled = true;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (this.chartWidth.width) return;
          this.unmeasuredFallback = 640;
          this.requestUpdate();
        }),
      );
    }
    this.placeTooltip();
  }

  protected override renderBody(doc: ReferralFlows, lang: Lang): TemplateResult {
    const model = this.model(doc, lang);
    const width = this.chartWidth.width || this.unmeasuredFallback;
    const height = this.chartHeight && this.chartHeight > 0 ? this.chartHeight : undefined;
    // Laid out once the chart's box has been measured (or the fallback width is in).
    let layout: SankeyLayout | undefined;
    if (width) {
      this.drawn = this.layout(doc, model, lang, width, height);
      layout = this.drawn.layout;
    }
    return html`${this.renderSummary(doc, model, lang)}${this.renderChart(doc, model, lang, layout)}${this.renderNotes(doc, model, lang, layout)}`;
  }

  private renderSummary(doc: ReferralFlows, model: FlowModel, lang: Lang): TemplateResult {
    const text = flowsSummaryText(doc, model, lang);
    return html`<div part="summary" class="summary" id="summary">
      <p>${text.lead} ${text.largestHeading}</p>
      <ol>
        ${text.largest.map((line) => html`<li>${line}</li>`)}
      </ol>
    </div>`;
  }

  private renderChart(doc: ReferralFlows, model: FlowModel, lang: Lang, layout: SankeyLayout | undefined): TemplateResult {
    const m = sankeyMessages[lang];
    if (!layout) return html`<div class="chart"></div>`;
    const active = this.activeKey;
    const on = active ? this.path(model, active) : undefined;
    const colorClass = (node: FlowNode) => (node.color < 0 ? 'c-other' : `c${node.color}`);
    const tip = active && !this.tipHidden ? this.describe(active, doc, model, lang) : undefined;
    return html`<div class="chart">
      <p id="keys" class="visually-hidden">${m.keyboardHint}</p>
      <svg
        part="diagram"
        class=${`${active ? 'active' : ''}${model.links.length > MANY_FLOWS ? ' many' : ''}`}
        role="group"
        aria-label=${m.chartLabel}
        aria-describedby="keys"
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
        @pointerdown=${this.onPointerDown}
      >
        ${layout.headings.length
          ? svg`<g class="headings" aria-hidden="true">${layout.headings.map(
              (h) => svg`<text x=${h.x} y=${h.y} text-anchor=${h.anchor}>${h.text}</text>`,
            )}</g>`
          : nothing}
        <g class="links">
          ${layout.links.map((link) => {
            const flow = model.links[link.index]!;
            const key: Key = `l${link.index}`;
            const node = model.nodes[this.linkColor === 'source' ? flow.source : flow.target]!;
            const classes = `link ${colorClass(node)}${link.drawWidth < 3 ? ' thin' : ''}${flow.suppressed ? ' suppressed' : ''}${on?.links.has(link.index) ? ' on' : ''}`;
            return svg`<path class=${classes} d=${link.path} data-k=${key} tabindex="-1"></path>`;
          })}
        </g>
        <g class="nodes">
          ${layout.nodes.map((node) => {
            const key: Key = `n${node.index}`;
            const classes = `node ${colorClass(model.nodes[node.index]!)}${on?.nodes.has(node.index) ? ' on' : ''}`;
            return svg`<rect class=${classes} x=${node.x0} y=${node.y0} width=${node.x1 - node.x0} height=${node.y1 - node.y0} data-k=${key} tabindex="-1"></rect>`;
          })}
        </g>
        <g class="labels" aria-hidden="true">
          ${layout.nodes.map((node) =>
            node.label
              ? svg`<text class=${on?.nodes.has(node.index) ? 'on' : ''} x=${node.label.x} y=${node.label.y} text-anchor=${node.label.anchor}
                  ><tspan class="name">${node.label.name}</tspan><tspan class="value" x=${node.label.x} dy=${node.label.lineHeight}>${node.label.valueText}</tspan></text>`
              : nothing,
          )}
        </g>
      </svg>
      <div id="tip" part="tooltip" class="tooltip" role="tooltip" ?hidden=${!tip}>
        ${tip ? html`<strong>${tip.title}</strong>${tip.lines.map((line) => html`<span>${line}</span><br />`)}` : nothing}
      </div>
    </div>`;
  }

  private renderNotes(doc: ReferralFlows, model: FlowModel, lang: Lang, layout: SankeyLayout | undefined): TemplateResult | typeof nothing {
    const m = sankeyMessages[lang];
    const notes: string[] = [];
    const one = (count: number, noun: { one: string; other: string }) => pluralForm(lang, count, noun) === noun.one;
    if (model.grouped.length) notes.push(m.groupedNote(formatList(lang, model.grouped), formatShare(lang, model.groupShare)));
    if (model.groupKeptApart) {
      notes.push(m.groupedKeptApart(formatCount(lang, model.groupKeptApart, m.receiverNoun), one(model.groupKeptApart, m.receiverNoun)));
    }
    if (model.suppressedCount) {
      const count = model.suppressedCount;
      notes.push(
        m.suppressedNote(formatCount(lang, count, m.flowNoun), amountText(model.threshold, doc, lang), formatNumber(lang, model.threshold), one(count, m.flowNoun)),
      );
    }
    const hidden = layout?.hiddenLabels ?? 0;
    if (hidden) notes.push(m.hiddenLabelsNote(formatCount(lang, hidden, m.smallNodeNoun), one(hidden, m.smallNodeNoun)));
    if (layout?.shortenedLabels) notes.push(m.shortenedNote);
    if (!notes.length) return nothing;
    return html`<ul part="notes" class="notes">
      ${notes.map((note) => html`<li>${note}</li>`)}
    </ul>`;
  }

  protected override renderTable(doc: ReferralFlows, lang: Lang): TemplateResult {
    const m = sankeyMessages[lang];
    const model = this.model(doc, lang);
    const threshold = formatNumber(lang, model.threshold);
    // Shares need a unit that adds up; rates get no share column and a footer that says why.
    const shares = model.additive;
    return html`<table>
      <caption>
        ${captionText(doc, lang)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.from}</th>
          <th scope="col">${m.to}</th>
          <th scope="col" class="number">${m.value[doc.unit]}</th>
          ${shares ? html`<th scope="col" class="number">${m.shareColumn(model.suppressedCount > 0)}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${model.flows.map(
          (flow) => html`<tr>
            <td>${flow.source}</td>
            <td>${flow.target}</td>
            <td class="number">${flow.suppressed ? m.lessThan(threshold) : this.formatValue(flow.value, doc, lang)}</td>
            ${shares ? html`<td class="number">${flow.share === undefined ? m.noShare : formatShare(lang, flow.share)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
      <tfoot>
        ${model.total !== undefined
          ? html`<tr>
              <th scope="row" colspan="2">${m.total}</th>
              <td class="number">
                ${model.totalBelow !== undefined
                  ? m.lessThan(formatNumber(lang, model.totalBelow))
                  : model.totalPartial
                    ? m.atLeast(formatNumber(lang, model.total))
                    : formatNumber(lang, model.total)}
              </td>
              <td></td>
            </tr>`
          : html`<tr>
              <td colspan="3">${m.notAdditive}</td>
            </tr>`}
      </tfoot>
    </table>`;
  }

  /** The CSV rows, loaded on demand (csv.ts). */
  protected override async dataTables(doc: ReferralFlows, lang: Lang): Promise<DataTable[]> {
    return (await import('./csv.js')).flowTables(doc, this.model(doc, lang), lang);
  }

  // Interaction. Handlers are arrow functions so Lit can bind them once.

  private keyOf(target: EventTarget | null): Key | undefined {
    const k = target instanceof Element ? target.getAttribute('data-k') : null;
    return k && /^[nl]\d+$/.test(k) ? (k as Key) : undefined;
  }

  private readonly onFocusIn = (event: FocusEvent) => {
    const key = this.keyOf(event.target);
    if (!key) return;
    this.focusKey = key;
    this.activeKey = key;
    this.tipHidden = false;
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (next instanceof Node && this.renderRoot.contains(next) && this.keyOf(next)) return;
    this.activeKey = undefined;
  };

  private readonly onPointerOver = (event: PointerEvent) => {
    const key = this.keyOf(event.target);
    if (key && key !== this.activeKey) {
      this.activeKey = key;
      this.tipHidden = false;
    }
  };

  private readonly onPointerLeave = () => {
    const focused = this.keyOf((this.renderRoot as ShadowRoot).activeElement);
    this.activeKey = focused;
  };

  /** Touch and pen: a tap highlights, a second tap on the same item or a tap beside clears. */
  private readonly onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse') return;
    const key = this.keyOf(event.target);
    this.activeKey = key && key !== this.pressedKey ? key : undefined;
    this.pressedKey = this.activeKey;
    this.tipHidden = false;
  };
  private pressedKey?: Key;

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const cache = this.drawn;
    const from = this.keyOf(event.target);
    if (!cache || !from) return;
    if (event.key === 'Escape') {
      this.tipHidden = true;
      return;
    }
    const next = this.nextKey(from, event.key, cache.layout, cache.order);
    if (!next) return;
    event.preventDefault();
    this.focusKey = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`[data-k="${next}"]`)?.focus());
  };

  /** Up/down: previous/next in reading order; right/left: along a flow; Home/End: first/last. */
  private nextKey(from: Key, key: string, layout: SankeyLayout, order: readonly Key[]): Key | undefined {
    const at = order.indexOf(from);
    const index = Number(from.slice(1));
    switch (key) {
      case 'ArrowDown':
        return order[Math.min(order.length - 1, at + 1)];
      case 'ArrowUp':
        return order[Math.max(0, at - 1)];
      case 'Home':
        return order[0];
      case 'End':
        return order[order.length - 1];
      case 'ArrowRight': {
        if (from.startsWith('l')) return `n${layout.links[index]!.target}`;
        const first = layout.links.filter((l) => l.source === index).sort((a, b) => a.y0 - b.y0)[0];
        return first ? `l${first.index}` : undefined;
      }
      case 'ArrowLeft': {
        if (from.startsWith('l')) return `n${layout.links[index]!.source}`;
        const first = layout.links.filter((l) => l.target === index).sort((a, b) => a.y1 - b.y1)[0];
        return first ? `l${first.index}` : undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * Roving tabindex, kept out of the templates: with thousands of flows, four bindings per mark
   * instead of eight halve the first render. Every mark is drawn with tabindex="-1" and no role;
   * the one tab stop gets tabindex 0, role img, its name (value and share) and, while the tooltip
   * shows it, aria-describedby. Screen readers meet one mark at a time; the table has them all.
   */
  private tabStop?: SVGElement;
  private markTabStop(): void {
    const cache = this.drawn;
    const svgEl = this.renderRoot.querySelector('svg[part="diagram"]');
    if (!cache || !svgEl) return;
    const { doc, model } = cache;
    const key = cache.order.includes(this.focusKey) ? this.focusKey : cache.order[0];
    const el = key ? svgEl.querySelector<SVGElement>(`[data-k="${key}"]`) : null;
    if (this.tabStop && this.tabStop !== el) {
      this.tabStop.setAttribute('tabindex', '-1');
      for (const name of ['role', 'aria-label', 'aria-describedby']) this.tabStop.removeAttribute(name);
    }
    this.tabStop = el ?? undefined;
    if (!el || !key) return;
    const { title, lines } = this.describe(key, doc, model, this.language);
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', `${title}: ${lines.join(', ')}`);
    if (key === this.activeKey && !this.tipHidden) el.setAttribute('aria-describedby', 'tip');
    else el.removeAttribute('aria-describedby');
  }

  /** Puts the tooltip next to the active item (CSSOM, not a style attribute: CSP-safe). */
  private placeTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const cache = this.drawn;
    const key = this.activeKey;
    if (!tip || tip.hidden || !cache || !key) return;
    const { layout } = cache;
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
    // The SVG is drawn at the measured width; it only scales down (max-width) while a resize is
    // on its way. Worked out from the last measurement rather than read back, so no forced layout.
    const measured = this.chartWidth.width;
    const scale = measured > 0 && measured < layout.width ? measured / layout.width : 1;
    const flip = x > layout.width / 2;
    tip.style.left = flip ? '' : `${Math.round(x * scale)}px`;
    tip.style.right = flip ? `${Math.round((layout.width - x) * scale)}px` : '';
    tip.style.top = `${Math.round(Math.min(y, layout.height - 8) * scale)}px`;
  }
}
