/** The nodes and flows on a highlighted path (model.ts, pathThrough). */
export interface OnPath {
  nodes: ReadonlySet<number>;
  links: ReadonlySet<number>;
}

/**
 * The path highlight, applied to the drawn marks directly rather than through the template: with
 * thousands of flows, drawing the template again for each arrow key took seconds, while switching
 * the `on` class of the marks whose state changes takes milliseconds. The marks are found once per
 * draw (`attach` with a new `drawing`); Lit may reuse them for the next draw, so whatever was
 * switched on is switched off first.
 */
export class PathHighlight {
  private svg?: Element;
  private drawing?: unknown;
  private nodes: (Element | undefined)[] = [];
  private links: (Element | undefined)[] = [];
  private labels: (Element | undefined)[] = [];
  private lit = new Set<Element>();

  /** Finds the marks of `svg` again when it or the `drawing` it shows changed. */
  attach(svg: Element, drawing: unknown): void {
    if (svg === this.svg && drawing === this.drawing) return;
    for (const el of this.lit) el.classList.remove('on');
    this.lit.clear();
    this.svg = svg;
    this.drawing = drawing;
    this.nodes = [];
    this.links = [];
    this.labels = [];
    for (const el of svg.querySelectorAll('[data-k]')) {
      const k = el.getAttribute('data-k')!;
      (k[0] === 'n' ? this.nodes : this.links)[Number(k.slice(1))] = el;
    }
    for (const el of svg.querySelectorAll('[data-n]')) this.labels[Number(el.getAttribute('data-n'))] = el;
  }

  /** Marks `on` (or nothing) as highlighted, touching only the marks whose state changes. */
  show(on: OnPath | undefined): void {
    if (!this.svg) return;
    const wanted = new Set<Element>();
    if (on) {
      for (const i of on.nodes) {
        const node = this.nodes[i];
        const label = this.labels[i];
        if (node) wanted.add(node);
        if (label) wanted.add(label);
      }
      for (const i of on.links) {
        const link = this.links[i];
        if (link) wanted.add(link);
      }
    }
    for (const el of this.lit) if (!wanted.has(el)) el.classList.remove('on');
    for (const el of wanted) if (!this.lit.has(el)) el.classList.add('on');
    this.lit = wanted;
    this.svg.classList.toggle('active', on !== undefined);
  }

  /** The drawn mark of an item, for the tab stop. */
  mark(key: string): Element | undefined {
    return (key[0] === 'n' ? this.nodes : this.links)[Number(key.slice(1))];
  }
}
