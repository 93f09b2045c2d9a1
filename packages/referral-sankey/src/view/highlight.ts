import type { SankeyLayout } from '../layout/sankey.js';
import { DENSE_FLOWS, groupOf, joinMarks, outlineOf, sameMarks, type Joinable } from '../layout/joined.js';

/** The nodes and flows on a highlighted path (model.ts, pathThrough). */
export interface OnPath {
  nodes: ReadonlySet<number>;
  links: ReadonlySet<number>;
}

const NS = 'http://www.w3.org/2000/svg';

/**
 * The path highlight and the diagram's one tab stop, drawn in an overlay SVG over the static
 * diagram (view/marks.ts), which they never touch. Chromium paints an SVG as one picture: any change
 * inside the diagram, a class on one flow or on the root, restyled and repainted all 8,000 flows.
 * The overlay holds, in paint order:
 *
 * - the shade, shown only while something is highlighted: one rect in the background colour that
 *   fades every mark under it at once, and the marks on the path at full strength;
 * - the tab stop: an invisible copy of the outline of the mark that holds the diagram's one tab
 *   stop, with its name, which draws the focus ring. Each move makes a new one and focuses it, so
 *   screen readers announce it as they announce any move of focus.
 *
 * Over the overlay, a third SVG holds copies of the headings and labels, shown while something is
 * highlighted, so words never fade (they keep 4.5:1). It is a layer of its own: words drawn with a
 * halo are slow to paint, and a step does not change them. A highlight step thus touches the old
 * and the new path and the tab stop, and nothing else.
 */
export class PathHighlight {
  private base?: Element;
  private overlay?: SVGSVGElement;
  private drawing?: unknown;
  private nodes: Element[] = [];
  private links: Element[] = [];
  /** The flows in the order they are drawn, so copies overlap as the flows they copy do. */
  private linkOrder: number[] = [];
  /** Each mark's class, outline (path data) and group, read once per drawing. */
  private linkLooks: Joinable[] = [];
  private nodeLooks: Joinable[] = [];
  /** Each group's place in paint order (links first, in drawing order, then nodes), fixed per drawing. */
  private groupRank = new Map<string, number>();
  /** The joined copies now drawn, by group, with the items each one draws. */
  private drawnGroups = new Map<string, { el: SVGPathElement; marks: readonly Joinable[] }>();
  private shade?: SVGGElement;
  private copies?: SVGGElement;
  private shown?: OnPath;
  private stopEl?: SVGElement;
  private stopKey?: string;
  /** The tab stop belongs to an older drawing and is made again on the next `stop`. */
  private stale = false;
  private words?: SVGSVGElement;
  /** Copies the headings and labels into the words layer, while that is still to be done for this drawing. */
  private fillWords?: () => void;

  /**
   * Indexes the marks of `base` and builds the shade in `overlay`, when an SVG or the `drawing`
   * changed. The words are copied into `words` at the first highlight, as the first picture does
   * not show them; a dense diagram, with hundreds of labels, copies them before that, when the
   * browser is idle after the draw.
   */
  attach(base: Element, overlay: SVGSVGElement, words: SVGSVGElement, drawing: unknown, layout: SankeyLayout): void {
    if (base === this.base && overlay === this.overlay && drawing === this.drawing && words === this.words) return;
    if (overlay !== this.overlay) this.stopEl = undefined;
    this.base = base;
    this.overlay = overlay;
    this.drawing = drawing;
    this.nodes = [];
    this.links = [];
    this.linkOrder = layout.links.map((link) => link.index);
    this.linkLooks = [];
    this.nodeLooks = [];
    // Each item's mark: its own, or the joined path that draws it (marks.ts).
    for (const el of base.querySelectorAll('[data-k], [data-on]')) {
      for (const k of (el.getAttribute('data-k') ?? el.getAttribute('data-on')!).split(' ')) (k[0] === 'n' ? this.nodes : this.links)[Number(k.slice(1))] = el;
    }
    this.groupRank = new Map();
    this.drawnGroups = new Map();
    const rank = (look: Joinable) => {
      if (!this.groupRank.has(look.group)) this.groupRank.set(look.group, this.groupRank.size);
      return look;
    };
    for (const link of layout.links) {
      const cls = this.links[link.index]?.getAttribute('class');
      if (cls) this.linkLooks[link.index] = rank({ cls, d: link.path, key: `l${link.index}`, group: groupOf(cls, link.x0, Math.min(link.y0, link.y1)) });
    }
    for (const node of layout.nodes) {
      const cls = this.nodes[node.index]?.getAttribute('class');
      // Clockwise, as the ribbons wind.
      const d = `M${node.x0} ${node.y0}H${node.x1}V${node.y1}H${node.x0}Z`;
      if (cls) this.nodeLooks[node.index] = rank({ cls, d, key: `n${node.index}`, group: groupOf(cls, node.x0, node.y0) });
    }
    const shade = document.createElementNS(NS, 'g');
    shade.setAttribute('class', 'shade');
    shade.setAttribute('aria-hidden', 'true');
    const dim = document.createElementNS(NS, 'rect');
    dim.setAttribute('class', 'dim');
    dim.setAttribute('width', String(layout.width));
    dim.setAttribute('height', String(layout.height));
    this.copies = document.createElementNS(NS, 'g');
    this.copies.setAttribute('class', 'copies');
    shade.append(dim, this.copies);
    this.words = words;
    words.replaceChildren();
    const fill = () => {
      if (this.fillWords !== fill) return;
      this.fillWords = undefined;
      words.replaceChildren(...[...base.querySelectorAll(':scope > .headings, :scope > .labels')].map((group) => group.cloneNode(true)));
    };
    this.fillWords = fill;
    if (layout.links.length > DENSE_FLOWS) whenIdle(fill);
    this.shade?.remove();
    this.shade = shade;
    overlay.prepend(shade);
    this.shown = undefined;
    this.stale = true;
  }

  /**
   * Shows the path `on` (or nothing) over the shade, replacing the last path. Through a node of a
   * large diagram the path can hold thousands of flows, so its marks are not copied one by one: they
   * are joined into one path per class, column and band (layout/joined.ts), so the number of
   * elements is bounded by the diagram's area, whatever the path's length. Each joined path lists
   * the items it draws in `data-on`. A joined path that draws the same items as before is left as it is, so the
   * browser paints again only the columns where the path changed: a step from one flow of a node
   * to the next keeps everything upstream of the node.
   */
  show(on: OnPath | undefined): void {
    const copies = this.copies;
    if (!this.overlay || !copies || on === this.shown) return;
    this.shown = on;
    if (on) this.fillWords?.();
    const marks: Joinable[] = [];
    if (on) {
      const push = (look: Joinable | undefined) => look && marks.push(look);
      for (const i of this.linkOrder) if (on.links.has(i)) push(this.linkLooks[i]);
      // In index order, so the same nodes give the same joined path.
      for (let i = 0; i < this.nodeLooks.length; i++) if (on.nodes.has(i)) push(this.nodeLooks[i]);
    }
    const groups = joinMarks(marks);
    for (const [group, drawn] of this.drawnGroups) {
      if (groups.has(group)) continue;
      drawn.el.remove();
      this.drawnGroups.delete(group);
    }
    const order = [...groups.keys()].sort((a, b) => this.groupRank.get(a)! - this.groupRank.get(b)!);
    // The copies left are in paint order; new ones go in between.
    let next = copies.firstChild;
    for (const group of order) {
      const joined = groups.get(group)!;
      let drawn = this.drawnGroups.get(group);
      if (!drawn) {
        const el = document.createElementNS(NS, 'path');
        el.setAttribute('class', joined.cls);
        this.drawnGroups.set(group, (drawn = { el, marks: [] }));
      }
      if (!sameMarks(drawn.marks, joined.marks)) {
        drawn.marks = joined.marks;
        // Outlines are joined only for the copies that change.
        drawn.el.setAttribute('d', outlineOf(joined));
        drawn.el.setAttribute('data-on', joined.keys.join(' '));
      }
      if (drawn.el === next) next = next.nextSibling;
      else copies.insertBefore(drawn.el, next);
    }
    this.overlay.classList.toggle('active', on !== undefined);
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
      stop.setAttribute('d', this.linkLooks[Number(key.slice(1))]?.d ?? '');
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

/** Runs `fn` when the browser is idle (within a second), or soon where it cannot say (Safari). */
const whenIdle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 200));
