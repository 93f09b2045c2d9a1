import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  PraksisElement,
  TextMeasureController,
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
  type MeasureText,
} from '@praksis/core';
import { referralFlowsRules, type Provenance, type ReferralFlows, type Text, type ValidationIssue, type Words } from '@praksis/schema';
import type { FlowModel } from './model.js';
import { flowModel } from './summary.js';
import { layoutNodeInputs } from './layout/node-labels.js';
import { sankeyOptions } from './options.js';
import { sankeyStyles } from './styles.js';
import { layoutSankey, type SankeyLayout } from './layout/sankey.js';
import { keyOrder, nextKey, type Key } from './layout/keys.js';
import { nodeColors } from './layout/colors.js';
import { TabStop } from './view/tab-stop.js';
import { WordsLayer } from './view/words.js';
import { DENSE_FLOWS } from './layout/joined.js';
import { renderSummary } from './view/summary.js';
import { drawMarks, keyOf, renderDiagram, type DiagramEvents } from './view/diagram.js';
import { marksOf, marksTemplate } from './view/marks.js';
import { describeItem } from './view/item-text.js';
import { renderNotes } from './view/notes.js';
import { renderFlowList } from './view/flow-list.js';
import { showsFlowList } from './layout/flow-list.js';
import { referralSankeyElement } from './descriptor.js';

/** What the chart does for a reader who points at, touches or focuses it: a part loaded on demand. */
type Interaction = import('./view/interaction.js').Interaction;


/** The chart's width when its box cannot be measured (hidden, or drawn on the server). */
const UNMEASURED_WIDTH = 640;
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
 * @csspart diagram - The diagram: the SVG of its marks, and over it the SVGs of the highlight and of the words drawn above the highlight.
 * @csspart flows - The phone layout: the flows as a ranked list (`view="list"`, or `auto` below 440 px).
 * @csspart tooltip - The box with the value and share of the node or flow in focus or under the pointer.
 * @csspart notes - Notes on grouping, suppression, and left-out or shortened labels.
 */
export class ReferralSankey extends PraksisElement<ReferralFlows> {
  static override styles = [tokenStyles, categoryPaletteStyles, baseStyles, sankeyStyles];
  static override readonly descriptor = referralSankeyElement;

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

  /**
   * `auto` (default): the flows as a ranked list with bars in a box narrower than 440 px (a phone
   * column), the sankey from there up; `sankey` or `list` keeps one at every width. (The property
   * is `viewMode`: the base class keeps its own state under `view`.)
   */
  @property({ attribute: 'view' }) viewMode: 'auto' | 'sankey' | 'list' = 'auto';

  /** Height of the diagram in px; by default it follows from the width and the number of labels. */
  @property({ type: Number, attribute: 'chart-height' }) chartHeight?: number;

  /** What is highlighted: the item under the pointer, tapped, or in focus. */
  @state() private activeKey?: Key;
  /** The item that holds the diagram's one tab stop (roving tabindex); moved without drawing again. */
  private focusKey: Key = 'n0';
  /** Esc hides the tooltip until the next move. */
  @state() private tipHidden = false;
  /** The diagram's one tab stop, drawn over the marks (view/tab-stop.ts). */
  private readonly tabStop = new TabStop();
  /** The words drawn again over the highlight (view/words.ts). */
  private readonly words = new WordsLayer();
  /** Whether a reader has pointed at, touched or focused the chart, which loads the code for it (`interaction`). */
  private engaged = false;
  /** The path highlight and the tooltip, once their code is there (`interaction`). */
  private interacting?: Interaction;

  /**
   * Width 0 until the chart box has been measured: the diagram is laid out once, at its real width,
   * instead of first at a guess and again when measured. The width is read once, right after the
   * first render that has a chart box (updated), so the diagram is drawn in the same task as the
   * data arrives; the ResizeObserver's later widths are drawn in the frame after each (by
   * WidthController), and its first report, of the same width, draws nothing again. If no
   * measurement comes (a hidden element), it is drawn at UNMEASURED_WIDTH after two frames; a
   * server render draws at it at once.
   */
  private readonly chartWidth = new WidthController(this, 0);
  private unmeasuredFallback = 0;
  private fallbackScheduled = false;
  /** The diagram as last drawn, for the keyboard, the tab stop and the tooltip. */
  private drawn?: Drawn;

  protected override validateData(data: unknown, words: Words): ValidationIssue[] {
    return referralFlowsRules.check(data, words);
  }

  protected override titleTextOf(doc: ReferralFlows): Text {
    return doc.title;
  }

  protected override provenanceOf(doc: ReferralFlows): Provenance {
    return doc.provenance;
  }

  /** The model once per document, language and options; not on every resize or hover. The outline reads the same one (summary.ts). */
  private readonly flows = memoizeOne(flowModel);

  private model(doc: ReferralFlows, lang: Lang): FlowModel {
    return this.flows(doc, lang, this.groupBelow, this.suppressBelow);
  }

  /** Labels are measured in the reader's font and text spacing (12 px, headings 600: styles.ts). */
  private readonly text = new TextMeasureController(this);

  /** The layout and keyboard order once per model, size and font. */
  private readonly layout = memoizeOne(
    (doc: ReferralFlows, model: FlowModel, lang: Lang, width: number, height: number | undefined, measure: MeasureText, measureHeading: MeasureText): Drawn => {
      const layout = layoutSankey(
        layoutNodeInputs(doc, model, lang),
        model.links.map((link) => ({ source: link.source, target: link.target, value: link.value })),
        { width, height, headings: doc.stages?.map((stage) => localize(stage, lang)), measure, measureHeading },
      );
      return { doc, model, layout, order: keyOrder(layout, model.nodes.length) };
    },
  );

  /** The summary once per model and language, not on every highlight step. */
  private readonly summary = memoizeOne(renderSummary);

  /** The phone list's colours: no columns there, so every painting node gets its own slot while the palette lasts. */
  private readonly listColors = memoizeOne((model: FlowModel, by: 'source' | 'target') =>
    nodeColors(model.nodes, model.links, [model.nodes.map((_, i) => i)], by),
  );
  /** Node colours once per model, layout and link colouring (layout/colors.ts). */
  private readonly colors = memoizeOne((model: FlowModel, layout: SankeyLayout, by: 'source' | 'target') =>
    nodeColors(model.nodes, model.links, layout.columns, by === 'source' ? 'source' : 'target'),
  );

  /** Esc hides the tooltip wherever focus is, also while only the pointer shows it (WCAG 1.4.13). */
  private readonly escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.activeKey && !this.tipHidden) this.tipHidden = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.escape, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.escape, true);
  }

  /** A pointer that rested on the joined flows of a dense diagram while the part loaded highlights the flow there once it has come. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const at = this.pointerAt;
    const part = at && this.interaction();
    if (!at || !part || !this.drawn) return;
    this.pointerAt = undefined;
    const key = at.target.isConnected ? part.flowAt(at.target, at.x, at.y, this.drawn.layout) : undefined;
    if (!key) return;
    this.activeKey = key;
    this.tipHidden = false;
    if (at.tap) this.pressedKey = key;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The highlighted or tapped item of an earlier document is let go (the drawing above left it out).
    if (this.activeKey && !this.drawn?.order.includes(this.activeKey)) this.activeKey = this.pressedKey = undefined;
    // The marks first, so they are there when the base element reports the draw.
    this.showPath();
    this.markTabStop();
    super.updated(changed);
    const chart = this.renderRoot.querySelector('.chart');
    this.chartWidth.observe(chart);
    if (chart && !this.drawn && !this.chartWidth.width) {
      // The content box, as the observer measures it: no transform, no rounding up.
      this.chartWidth.width = Math.floor(parseFloat(getComputedStyle(chart).width)) || 0;
      if (this.chartWidth.width) this.requestUpdate();
    }
    if (!this.chartWidth.width && !this.unmeasuredFallback && !this.fallbackScheduled && chart) {
      this.fallbackScheduled = true;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (this.chartWidth.width || this.chartWidth.hasMeasurement) return;
          this.unmeasuredFallback = UNMEASURED_WIDTH;
          this.requestUpdate();
        }),
      );
    }
    this.placeTooltip();
  }

  protected override renderBody(doc: ReferralFlows, lang: Lang): TemplateResult {
    const model = this.model(doc, lang);
    // A server render has no box to measure: it lays out at the width of an unmeasured box, and the
    // SVG scales down to the page (styles.ts).
    const width = this.chartWidth.width || this.unmeasuredFallback || (isServer ? UNMEASURED_WIDTH : 0);
    const height = this.chartHeight && this.chartHeight > 0 ? this.chartHeight : undefined;
    // Phone columns get the flows as a ranked list (layout/flow-list.ts), with nothing to lay out.
    if (this.viewMode === 'list' || (this.viewMode !== 'sankey' && showsFlowList(width))) {
      this.drawn = undefined;
      return html`${this.summary(doc, model, lang)}${renderFlowList(doc, model, lang, this.linkColor, this.listColors(model, this.linkColor))}${renderNotes(doc, model, lang, undefined)}`;
    }
    // Laid out once the chart's box has been measured (or the fallback width is in).
    let layout: SankeyLayout | undefined;
    if (width) {
      const chart = this.drawnPart('.chart');
      this.drawn = this.layout(doc, model, lang, width, height, this.text.measure(chart, 12), this.text.measure(chart, 12, 600));
      layout = this.drawn.layout;
    }
    // A key from an earlier document (new data under the pointer or the focus) names nothing now.
    const active = this.activeKey && this.drawn?.order.includes(this.activeKey) ? this.activeKey : undefined;
    const part = this.interaction();
    const tip = part && active && !this.tipHidden ? describeItem(active, doc, model, lang) : undefined;
    // In the browser the marks are drawn into the SVG after the render (drawMarks); a server render
    // has no after, so they are part of its template.
    const marks = isServer && layout ? marksTemplate(marksOf(model, layout, this.colors(model, layout, this.linkColor), this.linkColor)) : undefined;
    return html`${this.summary(doc, model, lang)}${renderDiagram(model, layout, lang, part ? part.tooltip(tip) : nothing, this.events, marks)}${renderNotes(
      doc,
      model,
      lang,
      layout,
    )}`;
  }

  /** The table view comes on demand (view/table.ts), when a reader opens it. */
  protected override renderTable(doc: ReferralFlows, lang: Lang): TemplateResult | typeof nothing {
    return this.lazyPart('table', () => import('./view/table.js'))?.renderFlowTable(doc, this.model(doc, lang), lang) ?? nothing;
  }

  /**
   * The path highlight and the tooltip (view/interaction.ts), loaded when a reader first points at,
   * touches or focuses the chart (`engage`): undefined before that, while they load (the element
   * draws again when they are there, with the item then active) and if they cannot be loaded. The
   * chart is then a static one: drawn, its marks named and walked by keyboard, with no highlight
   * and no tooltip; nothing is thrown (docs/referral-sankey.md, "What loads when").
   */
  private interaction(): Interaction | undefined {
    if (!this.engaged) return undefined;
    try {
      const part = this.lazyPart('interaction', () => import('./view/interaction.js'));
      if (part) this.interacting ??= new part.Interaction(this.renderRoot as ShadowRoot);
    } catch {
      // Not loaded: the chart stays a static one.
    }
    return this.interacting;
  }

  /** A reader's first sign of intent: loads the code for what the chart shows them (`interaction`). */
  private engage(): void {
    if (this.engaged) return;
    this.engaged = true;
    this.interaction();
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
      this.engage();
      this.focusKey = key;
      this.activeKey = key;
      this.tipHidden = false;
    },

    focusout: (event) => {
      const next = event.relatedTarget;
      if (next instanceof Node && this.renderRoot.contains(next) && keyOf(next)) return;
      this.activeKey = undefined;
    },

    pointerover: (event) => this.point(event),

    /** Only the flows of a dense diagram, joined into paths, need the moves within one mark. */
    pointermove: (event) => {
      if (event.target instanceof Element && event.target.hasAttribute('data-on')) this.point(event);
    },

    pointerleave: () => {
      this.pointerAt = undefined;
      const focused = keyOf((this.renderRoot as ShadowRoot).activeElement);
      this.activeKey = focused;
    },

    /** Touch and pen: a tap highlights, a second tap on the same item or a tap beside clears. */
    pointerdown: (event) => {
      if (event.pointerType === 'mouse') return;
      const key = this.pointed(event, true);
      this.activeKey = key && key !== this.pressedKey ? key : undefined;
      this.pressedKey = this.activeKey;
      this.tipHidden = false;
    },

    keydown: (event) => {
      const cache = this.drawn;
      const from = keyOf(event.target);
      // With Alt or ⌘ the keys are the browser's: back and forward in the history, a line's ends.
      if (!cache || !from || event.altKey || event.metaKey) return;
      const next = nextKey(from, event.key, cache.layout, cache.order);
      if (!next) return;
      event.preventDefault();
      // A sign of intent too, where no focusin came (below).
      this.engage();
      // Straight to the next mark, highlighted here rather than by its focusin, which a page without
      // focus (a background tab) does not fire; the highlight touches only the overlay.
      this.focusKey = next;
      this.activeKey = next;
      this.tipHidden = false;
      this.tabStop.stop(next, this.nameOf(next, cache), true);
    },
  };
  private pressedKey?: Key;
  /** Where the pointer was on the joined flows of a dense diagram while the code that finds the flow there was on its way. */
  private pointerAt?: { target: Element; x: number; y: number; tap: boolean };

  /** Highlights the item under the pointer. Onto the tooltip: it stays, with the same content (WCAG 1.4.13, hoverable). */
  private point(event: PointerEvent): void {
    const key = this.pointed(event);
    if (key && key !== this.activeKey) {
      this.activeKey = key;
      this.tipHidden = false;
    }
  }

  /**
   * The item under the pointer, whose arrival is a reader's sign of intent (`engage`): the one its
   * mark stands for, or on the flows of a dense diagram, joined into paths (view/marks.ts), the
   * flow on top there, which the part loaded on demand finds (view/interaction.ts, flowAt). Until
   * that is there, where the pointer was is kept (`pointerAt`) and the flow there is found when it
   * arrives (willUpdate).
   */
  private pointed(event: PointerEvent, tap = false): Key | undefined {
    this.engage();
    const target = event.target as Element;
    const key = keyOf(target);
    this.pointerAt = undefined;
    if (key || !this.drawn || !target.hasAttribute('data-on')) return key;
    const part = this.interaction();
    if (part) return part.flowAt(target, event.clientX, event.clientY, this.drawn.layout);
    this.pointerAt = { target, x: event.clientX, y: event.clientY, tap };
    return undefined;
  }

  /** Draws the marks for a new layout, and, once its code is there, the path through the active item over them. */
  private showPath(): void {
    const cache = this.drawn;
    const base = this.renderRoot.querySelector<SVGSVGElement>('svg.marks');
    const overlay = this.renderRoot.querySelector<SVGSVGElement>('svg.overlay');
    const words = this.renderRoot.querySelector<SVGSVGElement>('svg.words');
    if (!cache || !base || !overlay || !words) return;
    const colors = this.colors(cache.model, cache.layout, this.linkColor);
    drawMarks(base, cache.model, cache.layout, colors, this.linkColor);
    this.tabStop.attach(base, overlay, colors, cache.layout);
    this.words.attach(base, words, colors, cache.layout.links.length > DENSE_FLOWS);
    this.interaction()?.show(base, this.tabStop, overlay, this.words, colors, cache.model, cache.layout, this.activeKey);
  }

  /**
   * Roving tab stop, kept out of the templates. Marks are drawn with no tabindex and no role, so
   * they are neither tab stops nor nameless focusable objects; one stand-in over the mark that holds
   * the tab stop has tabindex 0, role img and its name (title, value and share). Screen readers meet
   * one mark at a time; the table has them all. The tooltip says the same and is hidden from them,
   * so nothing is read twice.
   */
  private markTabStop(): void {
    const cache = this.drawn;
    if (!cache) return;
    const key = cache.order.includes(this.focusKey) ? this.focusKey : cache.order[0];
    if (key) this.tabStop.stop(key, this.nameOf(key, cache));
  }

  /** The accessible name of an item's mark: its title and what the tooltip says. */
  private nameOf(key: Key, { doc, model }: Drawn): string {
    const { title, lines } = describeItem(key, doc, model, this.language);
    return `${title}: ${lines.join(', ')}`;
  }

  /** Puts the tooltip next to the active item. */
  private placeTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const key = this.activeKey;
    const part = this.interaction();
    if (part && tip && !tip.hidden && this.drawn && key) part.place(tip, this.drawn.layout, key, this.chartWidth.width);
  }
}
