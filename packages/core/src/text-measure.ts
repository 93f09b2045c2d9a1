import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { estimateMeasure, type MeasureText } from './text-width.js';

/**
 * Text measured in the font the reader has. Canvas `measureText` in the computed font of the
 * element the text is drawn in, plus its computed letter- and word-spacing (a reader's text-spacing
 * settings, WCAG 1.4.12), which canvas leaves out. Widths are cached per font and text; the cache
 * is dropped when a font finishes loading, since the same text then has another width.
 */

interface TextStyle {
  /** The CSS `font` shorthand canvas reads. */
  font: string;
  letterSpacing: number;
  wordSpacing: number;
}

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
function canvasContext(): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

/** Bumped when fonts finish loading: every width measured before may be in a fallback font. */
let fontGeneration = 0;
const measures = new Map<string, MeasureText>();
let listening = false;
/** One listener for the page, which empties the cache before any widget measures again. */
function listenForFonts(): void {
  if (listening || typeof document === 'undefined' || !document.fonts) return;
  listening = true;
  document.fonts.addEventListener('loadingdone', () => {
    fontGeneration++;
    measures.clear();
  });
}

/** Px of a computed spacing value ("normal" is 0). */
const px = (value: string): number => {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : 0;
};

/** The font and spacing text at `fontSizePx` takes in `el` (its own size when left out). */
function textStyleOf(el: Element, fontSizePx?: number): TextStyle {
  const style = getComputedStyle(el);
  const size = fontSizePx ?? px(style.fontSize);
  return {
    font: `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`,
    letterSpacing: px(style.letterSpacing),
    wordSpacing: px(style.wordSpacing),
  };
}

/** Widths kept per font: enough for every label of a large diagram; past it the cache starts afresh. */
const MAX_CACHED_WIDTHS = 10_000;

/** Spaces that take word-spacing. */
const WORD_SEPARATORS = /[ \u00A0]/g;

/** A cached MeasureText for one font and spacing. */
function measureFor({ font, letterSpacing, wordSpacing }: TextStyle, fallbackSize: number): MeasureText {
  const key = `${font}|${letterSpacing}|${wordSpacing}`;
  const known = measures.get(key);
  if (known) return known;
  const ctx = canvasContext();
  if (!ctx) return estimateMeasure(fallbackSize);
  const widths = new Map<string, number>();
  const measure: MeasureText = (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      ctx.font = font;
      width = ctx.measureText(text).width;
      // Letter-spacing follows every character, the last one too (as browsers lay it out).
      if (letterSpacing) width += letterSpacing * [...text].length;
      if (wordSpacing) width += wordSpacing * (text.match(WORD_SEPARATORS)?.length ?? 0);
      // Data changes bring new texts; never let a long-lived page's cache grow without end.
      if (widths.size >= MAX_CACHED_WIDTHS) widths.clear();
      widths.set(text, width);
    }
    return width;
  };
  measures.set(key, measure);
  return measure;
}

/**
 * Gives a widget's layout a MeasureText for the font its text is drawn in, and re-renders the
 * widget when that font or its spacing may have changed: when fonts finish loading
 * (`document.fonts`), and when a hidden probe in the shadow root changes size, which it does when
 * the font, letter-spacing or word-spacing it inherits change. A new font or spacing gives a new
 * function, so layouts memoised on it are done again.
 */
export class TextMeasureController implements ReactiveController {
  private probe?: HTMLElement;
  private observer?: ResizeObserver;
  private probeWidth = -1;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  /**
   * Width of text at `fontSizePx` in the font and spacing of `el` (the host when it is not drawn
   * yet). Without a canvas, the estimate.
   */
  measure(el: Element | null | undefined, fontSizePx: number, fontWeight?: number): MeasureText {
    if (typeof getComputedStyle !== 'function') return estimateMeasure(fontSizePx);
    const style = textStyleOf(el ?? this.host, fontSizePx);
    if (fontWeight !== undefined) style.font = style.font.replace(/^(\S+) \S+/, `$1 ${fontWeight}`);
    return measureFor(style, fontSizePx);
  }

  hostConnected(): void {
    listenForFonts();
    document.fonts?.addEventListener('loadingdone', this.fontsLoaded);
    if (document.fonts && document.fonts.status !== 'loaded') {
      const generation = fontGeneration;
      void document.fonts.ready.then(() => {
        if (generation === fontGeneration) {
          fontGeneration++;
          measures.clear();
        }
        this.host.requestUpdate();
      });
    }
    this.watchSpacing();
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.fontsLoaded);
    this.observer?.disconnect();
  }

  private readonly fontsLoaded = (): void => this.host.requestUpdate();

  /**
   * The probe sits before the element's rendered content, so rendering never removes it; its text
   * is generated content (`.text-probe::before` in baseStyles), so it is in no text or
   * accessibility tree.
   */
  private watchSpacing(): void {
    if (typeof ResizeObserver !== 'function') return;
    if (!this.probe) {
      this.probe = document.createElement('div');
      this.probe.className = 'text-probe';
      this.probe.setAttribute('aria-hidden', 'true');
      this.host.renderRoot.prepend(this.probe);
    }
    this.observer ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      if (this.probeWidth >= 0 && width !== this.probeWidth) this.host.requestUpdate();
      this.probeWidth = width;
    });
    this.observer.observe(this.probe);
  }
}
