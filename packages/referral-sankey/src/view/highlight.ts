import type { SankeyLayout } from '../layout/sankey.js';
import { groupOf, joinMarks, outlineOf, type Joinable } from '../layout/joined.js';
import type { OnPath } from '../on-path.js';
import type { MarkIndex } from './tab-stop.js';
import type { WordsLayer } from './words.js';

const NS = 'http://www.w3.org/2000/svg';

/**
 * The path highlight, drawn in an overlay SVG over the static diagram (view/marks.ts), which it
 * never touches. Chromium paints an SVG as one picture: any change inside the diagram, a class on
 * one flow or on the root, restyled and repainted all 8,000 flows. The overlay holds, in paint
 * order, the shade, shown only while something is highlighted: one rect in the background colour
 * that fades every mark under it at once, and the marks on the path at full strength; then the tab
 * stop (view/tab-stop.ts).
 *
 * Over the overlay, a third SVG holds copies of the headings and labels, shown while something is
 * highlighted, so words never fade (they keep 4.5:1). It is a layer of its own: words drawn with a
 * halo are slow to paint, and a step does not change them. A highlight step thus touches the old
 * and the new path and the tab stop, and nothing else.
 *
 * Part of the code loaded when a reader first points at, touches or focuses the chart (view/interaction.ts).
 */
export class PathHighlight {
  private base?: Element;
  private overlay?: SVGSVGElement;
  private drawing?: unknown;
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
  private words?: WordsLayer;

  /**
   * Reads the marks of `base` (indexed in `marks`) and builds the shade in `overlay`, when an SVG or
   * the `drawing` changed. The words over the highlight (`words`) are copied at the first highlight.
   */
  attach(base: Element, marks: MarkIndex, overlay: SVGSVGElement, words: WordsLayer, drawing: unknown, layout: SankeyLayout): void {
    if (base === this.base && overlay === this.overlay && drawing === this.drawing && words === this.words) return;
    this.base = base;
    this.overlay = overlay;
    this.drawing = drawing;
    this.linkOrder = layout.links.map((link) => link.index);
    this.linkLooks = [];
    this.nodeLooks = [];
    this.groupRank = new Map();
    this.drawnGroups = new Map();
    const rank = (look: Joinable) => {
      if (!this.groupRank.has(look.group)) this.groupRank.set(look.group, this.groupRank.size);
      return look;
    };
    for (const link of layout.links) {
      const cls = marks.links[link.index]?.getAttribute('class');
      if (cls) this.linkLooks[link.index] = rank({ cls, d: link.path, key: `l${link.index}`, group: groupOf(cls, link.x0, Math.min(link.y0, link.y1)) });
    }
    for (const node of layout.nodes) {
      const cls = marks.nodes[node.index]?.getAttribute('class');
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
    this.shade?.remove();
    this.shade = shade;
    overlay.prepend(shade);
    this.shown = undefined;
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
    if (on) this.words?.fill();
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
}

/** Whether two joined paths draw the same marks, in the same order. */
function sameMarks(a: readonly Joinable[], b: readonly Joinable[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
