import { html, type PropertyValues, type TemplateResult } from 'lit';
import {
  PraksisElement,
  WidthController,
  baseStyles,
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
import { buildFlows, pathThrough, type FlowModel } from './model.js';
import { layoutNodeInputs } from './layout/node-labels.js';
import { sankeyOptions } from './options.js';
import { sankeyMessages } from './messages.js';
import { sankeyStyles } from './styles.js';
import { layoutSankey, type SankeyLayout } from './layout/sankey.js';
import { keyOrder, nextKey, type Key } from './layout/keys.js';
import { renderSummary } from './view/summary.js';
import { keyOf, renderDiagram, type DiagramEvents } from './view/diagram.js';
import { describeItem, placeTooltip } from './view/tooltip.js';
import { renderNotes } from './view/notes.js';
import { renderFlowTable } from './view/table.js';
import { referralSankeyDescriptor } from './descriptor.js';

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
  static override readonly descriptor = referralSankeyDescriptor;

  /**
   * Groups destinations that receive less than this share (0–0.5) of everything that reaches a
   * destination into one “Øvrige / Other” node. The two largest destinations always stay apart, and
   * at least two must be left to group. Counts only. 0 (default): off.
   */
  @property({ attribute: 'group-below', converter: sankeyOptions.groupBelow }) groupBelow?: number = 0;

  /**
   * Shows counts below this number as “< N”, never as their value, and leaves them out of totals.
   * The document's own `suppressBelow` is a floor this cannot lower. Counts only. 0 (default): off.
   */
  @property({ attribute: 'suppress-below', converter: sankeyOptions.suppressBelow }) suppressBelow?: number = 0;

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
  private readonly flows = memoizeOne((doc: ReferralFlows, lang: Lang, groupBelow: number | undefined, suppressBelow: number | undefined) =>
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
    return { doc, model, layout, order: keyOrder(layout, model.nodes.length) };
  });

  /** The nodes and flows on the path through the highlighted item. */
  private readonly path = memoizeOne(pathThrough);

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
    const active = this.activeKey;
    const on = active ? this.path(model, active) : undefined;
    const tip = active && !this.tipHidden ? describeItem(active, doc, model, lang) : undefined;
    return html`${renderSummary(doc, model, lang)}${renderDiagram(model, layout, lang, this.linkColor, active, on, tip, this.events)}${renderNotes(
      doc,
      model,
      lang,
      layout,
    )}`;
  }

  protected override renderTable(doc: ReferralFlows, lang: Lang): TemplateResult {
    return renderFlowTable(doc, this.model(doc, lang), lang);
  }

  /** The CSV rows, loaded on demand (csv.ts). */
  protected override async dataTables(doc: ReferralFlows, lang: Lang): Promise<DataTable[]> {
    return (await import('./csv.js')).flowTables(doc, this.model(doc, lang), lang);
  }

  /** The diagram's keyboard, focus and pointer handlers: arrow functions in one object, so Lit binds them once. */
  private readonly events: DiagramEvents = {
    focusin: (event) => {
      const key = keyOf(event.target);
      if (!key) return;
      this.focusKey = key;
      this.activeKey = key;
      this.tipHidden = false;
    },

    focusout: (event) => {
      const next = event.relatedTarget;
      if (next instanceof Node && this.renderRoot.contains(next) && keyOf(next)) return;
      this.activeKey = undefined;
    },

    pointerover: (event) => {
      const key = keyOf(event.target);
      if (key && key !== this.activeKey) {
        this.activeKey = key;
        this.tipHidden = false;
      }
    },

    pointerleave: () => {
      const focused = keyOf((this.renderRoot as ShadowRoot).activeElement);
      this.activeKey = focused;
    },

    /** Touch and pen: a tap highlights, a second tap on the same item or a tap beside clears. */
    pointerdown: (event) => {
      if (event.pointerType === 'mouse') return;
      const key = keyOf(event.target);
      this.activeKey = key && key !== this.pressedKey ? key : undefined;
      this.pressedKey = this.activeKey;
      this.tipHidden = false;
    },

    keydown: (event) => {
      const cache = this.drawn;
      const from = keyOf(event.target);
      if (!cache || !from) return;
      if (event.key === 'Escape') {
        this.tipHidden = true;
        return;
      }
      const next = nextKey(from, event.key, cache.layout, cache.order);
      if (!next) return;
      event.preventDefault();
      this.focusKey = next;
      void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`[data-k="${next}"]`)?.focus());
    },
  };
  private pressedKey?: Key;

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
    const { title, lines } = describeItem(key, doc, model, this.language);
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', `${title}: ${lines.join(', ')}`);
    if (key === this.activeKey && !this.tipHidden) el.setAttribute('aria-describedby', 'tip');
    else el.removeAttribute('aria-describedby');
  }

  /** Puts the tooltip next to the active item. */
  private placeTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const key = this.activeKey;
    if (tip && !tip.hidden && this.drawn && key) placeTooltip(tip, this.drawn.layout, key, this.chartWidth.width);
  }
}
