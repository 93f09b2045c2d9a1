import type { TemplateResult } from 'lit';
import { memoizeOne } from '@praksis/core';
import type { FlowModel } from '../model.js';
import type { Key } from '../layout/keys.js';
import type { SankeyLayout } from '../layout/sankey.js';
import { pathThrough } from '../on-path.js';
import { linkAt } from '../layout/link-at.js';
import { PathHighlight } from './highlight.js';
import { interactionStyles } from './interaction-styles.js';
import type { ItemText } from './item-text.js';
import type { MarkIndex } from './tab-stop.js';
import { placeTooltip, placeTooltipAt, renderTooltip } from './tooltip.js';
import { keyOf } from './diagram.js';
import type { WordsLayer } from './words.js';

/**
 * What the chart shows only to a reader who points at, touches or focuses it: the path through
 * the active item (view/highlight.ts) and the tooltip (view/tooltip.ts), with their styles
 * (view/interaction-styles.ts), and the flow under the pointer where a dense diagram joins its
 * flows. A part loaded on demand (the descriptor's `parts.interaction`) when a reader first does
 * one of those; one per element. The tab stop, the keys that move it and the marks' names are in
 * the first view (view/tab-stop.ts), so the chart can be reached and read without this part.
 */
export class Interaction {
  private readonly highlight = new PathHighlight();
  /** The nodes and flows on the path, once per model and item, not on every render. */
  private readonly path = memoizeOne(pathThrough);

  /**
   * Where a mouse pointer is on the diagram's marks (in the chart's box and on the page) and what
   * it is on; not while it is on the tooltip, which keeps it where it is.
   */
  private pointer?: { target: Element; x: number; y: number; clientX: number; clientY: number };
  /** What the tooltip was last placed for. */
  private placed?: Parameters<Interaction['place']>;

  /** Adopts the part's styles into the element's shadow root `root`, before it draws anything, and follows the mouse there. */
  constructor(root: ShadowRoot) {
    const sheet = interactionStyles.styleSheet;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    const follow = (event: Event) => {
      const { target, pointerType, clientX, clientY } = event as PointerEvent;
      const chart = (target as Element).closest?.('.chart');
      if (pointerType !== 'mouse' || !chart || (target as Element).closest('.tooltip')) return;
      const first = !this.pointer;
      const box = chart.getBoundingClientRect();
      // In the chart's own CSS pixels, where the tooltip is placed: a page that zooms or scales
      // the widget (CSS `zoom`, a transform) scales client coordinates, not the tooltip's offsets.
      const own = (chart as HTMLElement).offsetWidth;
      const scale = own > 0 && Math.abs(box.width - own) >= 1 ? box.width / own : 1;
      this.pointer = { target: target as Element, x: (clientX - box.left) / scale, y: (clientY - box.top) / scale, clientX, clientY };
      // The pointer that brought this part was not followed: its tooltip moves to it at its first move.
      if (first && this.placed) this.place(...this.placed);
    };
    root.addEventListener('pointerover', follow);
    root.addEventListener('pointermove', follow);
    // pointerleave does not bubble; a listener that captures still hears it.
    root.addEventListener('pointerleave', (event) => (event.target as Element).classList?.contains('chart') && (this.pointer = undefined), true);
  }

  /**
   * Draws the path through `active` (or none) over the marks of `base`, indexed in `marks`, with
   * the words over it (`words`). The SVGs and `drawing` (the marks' colours, which stand for their
   * model and layout) are compared by identity: the highlight reads the marks again only when they
   * were drawn again.
   */
  show(
    base: SVGSVGElement,
    marks: MarkIndex,
    overlay: SVGSVGElement,
    words: WordsLayer,
    drawing: unknown,
    model: FlowModel,
    layout: SankeyLayout,
    active: Key | undefined,
  ): void {
    this.highlight.attach(base, marks, overlay, words, drawing, layout);
    this.highlight.show(active ? this.path(model, active) : undefined);
  }

  /** The tooltip, saying `tip` (hidden without). */
  tooltip(tip: ItemText | undefined): TemplateResult {
    return renderTooltip(tip);
  }

  /**
   * Puts the tooltip `tip` at the mouse pointer when that is on the item `key`, else next to the
   * item. At the pointer, so the pointer can move onto it without passing over another item (and
   * the tooltip changing to that one): beside a node run its flows, and a flow's middle may lie
   * under other flows (WCAG 1.4.13, hoverable).
   */
  place(tip: HTMLElement, layout: SankeyLayout, key: Key, measured: number): void {
    this.placed = [tip, layout, key, measured];
    const at = this.pointer;
    const pointed = at?.target.isConnected && (keyOf(at.target) ?? (at.target.hasAttribute('data-on') ? this.flowAt(at.target, at.clientX, at.clientY, layout) : undefined));
    if (at && pointed === key) placeTooltipAt(tip, at.x, at.y);
    else placeTooltip(tip, layout, key, measured);
  }

  /**
   * The flow on top at the pointer (`clientX`, `clientY`) on `target`, a path that joins the flows
   * of a dense diagram (view/marks.ts, `data-on`), found from the layout; a mark of its own names
   * its item (view/diagram.ts, keyOf).
   */
  flowAt(target: Element, clientX: number, clientY: number, layout: SankeyLayout): Key | undefined {
    const box = target.closest('svg')!.getBoundingClientRect();
    const link = linkAt(layout.links, ((clientX - box.left) * layout.width) / box.width, ((clientY - box.top) * layout.width) / box.width);
    return link && `l${link.index}`;
  }
}
