import type { SankeyLayout } from '../layout/sankey.js';

const NS = 'http://www.w3.org/2000/svg';

/** Each item's mark in the static diagram, by index: its own, or the joined path that draws it (view/marks.ts). */
export interface MarkIndex {
  readonly nodes: readonly Element[];
  readonly links: readonly Element[];
}

/**
 * The diagram's one tab stop: an invisible copy of the outline of the mark that holds it, with its
 * name, in the overlay SVG over the static diagram, which draws the focus ring. Each move makes a
 * new one and focuses it, so screen readers announce it as they announce any move of focus.
 *
 * It is part of the first view, with the keys that move it (layout/keys.ts), so a keyboard or
 * screen-reader user can reach and walk the chart before the path highlight and the tooltip
 * (view/interaction.ts) have arrived, and if they never do. It also indexes the marks, which the
 * path highlight (view/highlight.ts) reads.
 */
export class TabStop implements MarkIndex {
  nodes: Element[] = [];
  links: Element[] = [];
  private base?: Element;
  private overlay?: SVGSVGElement;
  private drawing?: unknown;
  /** Each flow's outline (path data), by index, for a flow joined with others into one mark. */
  private linkPaths: string[] = [];
  private stopEl?: SVGElement;
  private stopKey?: string;
  /** The tab stop belongs to an older drawing and is made again on the next `stop`. */
  private stale = false;

  /** Indexes the marks of `base` when an SVG or the `drawing` changed; the tab stop goes into `overlay`. */
  attach(base: Element, overlay: SVGSVGElement, drawing: unknown, layout: SankeyLayout): void {
    if (base === this.base && overlay === this.overlay && drawing === this.drawing) return;
    if (overlay !== this.overlay) this.stopEl = undefined;
    this.base = base;
    this.overlay = overlay;
    this.drawing = drawing;
    this.nodes = [];
    this.links = [];
    for (const el of base.querySelectorAll('[data-k], [data-on]')) {
      for (const k of (el.getAttribute('data-k') ?? el.getAttribute('data-on')!).split(' ')) (k[0] === 'n' ? this.nodes : this.links)[Number(k.slice(1))] = el;
    }
    this.linkPaths = [];
    for (const link of layout.links) this.linkPaths[link.index] = link.path;
    this.stale = true;
  }

  /**
   * Gives the tab stop to the mark `key`, named `name`: a new stand-in when the key or the drawing
   * changed, focused when `focus` is set or the old one had focus, which leaves only after the new
   * one has it, so focus never falls out of the diagram. Returns the stand-in.
   */
  stop(key: string, name: string, focus = false): SVGElement | undefined {
    const overlay = this.overlay;
    const mark = (key[0] === 'n' ? this.nodes : this.links)[Number(key.slice(1))];
    if (!overlay || !mark) return undefined;
    const old = this.stopEl;
    if (old && old.isConnected && key === this.stopKey && !this.stale) {
      if (old.getAttribute('aria-label') !== name) old.setAttribute('aria-label', name);
      if (focus) old.focus();
      return old;
    }
    // The mark's outline and data-k, in a class of its own; a flow joined with others (marks.ts)
    // gets an outline of its own.
    const stop = mark.hasAttribute('data-k') ? (mark.cloneNode() as SVGElement) : document.createElementNS(NS, 'path');
    if (!mark.hasAttribute('data-k')) {
      stop.setAttribute('d', this.linkPaths[Number(key.slice(1))] ?? '');
      stop.setAttribute('data-k', key);
    }
    stop.setAttribute('class', 'stop');
    stop.setAttribute('tabindex', '0');
    stop.setAttribute('role', 'img');
    stop.setAttribute('aria-label', name);
    overlay.append(stop);
    const hadFocus = old !== undefined && (old.getRootNode() as Document | ShadowRoot).activeElement === old;
    if (focus || hadFocus) stop.focus();
    old?.remove();
    this.stopEl = stop;
    this.stopKey = key;
    this.stale = false;
    return stop;
  }
}
