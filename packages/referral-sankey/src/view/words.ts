/**
 * The words drawn again over the path highlight (view/highlight.ts), so they never fade: copies of
 * the headings and labels of the marks in an SVG of their own. The first picture does not show
 * them, so they are copied at the first highlight (`fill`), or, for a dense diagram with hundreds
 * of labels, when the browser is idle after the draw. In the first view, so a dense diagram has
 * them ready before a reader first points at it and the highlight's code arrives.
 */
export class WordsLayer {
  private svg?: SVGSVGElement;
  private drawing?: unknown;
  /** Copies the words, while that is still to be done for this drawing. */
  private pending?: () => void;

  /** Empties `words` for a new `drawing` of the marks of `base`; `dense`: copies them when idle. */
  attach(base: Element, words: SVGSVGElement, drawing: unknown, dense: boolean): void {
    if (words === this.svg && drawing === this.drawing) return;
    this.svg = words;
    this.drawing = drawing;
    words.replaceChildren();
    const fill = () => {
      if (this.pending !== fill) return;
      this.pending = undefined;
      words.replaceChildren(...[...base.querySelectorAll(':scope > .headings, :scope > .labels')].map((group) => group.cloneNode(true)));
    };
    this.pending = fill;
    if (dense) whenIdle(fill);
  }

  /** Copies the words now, unless they are there. */
  fill(): void {
    this.pending?.();
  }
}

/** Runs `fn` when the browser is idle (within a second), or soon where it cannot say (Safari). */
const whenIdle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 200));
