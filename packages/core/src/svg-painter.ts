/**
 * The painter behind the SVG and PNG downloads: draws what the reader sees again in SVG, from the
 * rendered layout. HTML boxes become rectangles (backgrounds, borders), text becomes one SVG text
 * per rendered line where the page drew it, list markers are added, and a chart's own SVG is copied
 * with every computed colour and font written into attributes, so the file looks right on its own.
 * Text keeps the page's font name; no font is embedded or fetched.
 */
import { xmlText } from '@praksis/schema/xml-text.js';
import type { Lang } from './lang.js';

export interface Snapshot {
  /** A standalone SVG document. */
  svg: string;
  /** Its size in CSS pixels. */
  width: number;
  height: number;
}

const NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Left out of images: buttons, the table view, disclosures, tooltips, and what only a screen shows (`.screen-only`: a highlight). */
const HIDDEN_IN_IMAGES = '.toolbar,button,[part~="table"],[part~="tooltip"],details,.screen-only{display:none!important}';

/** Computed SVG properties written into the copy; inherited ones only where they differ from the parent. */
const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'visibility',
];

/** Not inherited: written when not at their initial value. */
const SVG_OWN_PROPERTIES: Record<string, string> = { opacity: '1', 'dominant-baseline': 'auto' };

const SKIPPED_ATTRIBUTE = /^(class|part|style|tabindex|role|aria-.*|data-.*|on.*)$/;

/**
 * A drawn box (a widget's frame) as a standalone SVG of its current layout, with `title` as the
 * SVG's title, `description` (the document's alt text) as its `<desc>` and `lang` as its language;
 * `langs` gives the title's and the description's where they are in the other one.
 * Buttons, the table view, disclosures, tooltips and what only a screen shows (`.screen-only`) are left out.
 */
export function paintSvg(frame: Element, title: string, lang: Lang, description = '', langs: { title?: Lang; description?: Lang } = {}): Snapshot {
  const root = frame.getRootNode() as ShadowRoot | Document;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIDDEN_IN_IMAGES);
  const sheets = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...sheets, sheet];
  try {
    const box = frame.getBoundingClientRect();
    const scale = ownScale(frame, box);
    const width = Math.round(box.width / scale);
    const height = Math.round(box.height / scale);
    const svg = document.createElementNS(NS, 'svg');
    attrs(svg, { width, height, viewBox: `0 0 ${width} ${height}` });
    svg.setAttributeNS(XML_NS, 'xml:lang', lang);
    // Text content, so markup in the description stays text in the file; a text given only in the
    // other language says which.
    const text = (name: string, value: string, language?: Lang) => {
      const el = node(name, {}, value.trim());
      if (language) el.setAttributeNS(XML_NS, 'xml:lang', language);
      return el;
    };
    if (title.trim()) svg.append(text('title', title, langs.title));
    if (description.trim()) svg.append(text('desc', description, langs.description));
    new Painter(svg, box.left, box.top, scale).element(frame);
    // XMLSerializer writes a control character of the data as it is, which would leave a file no
    // reader can open (and no PNG): xmlText writes what XML can hold.
    return { svg: xmlText(new XMLSerializer().serializeToString(svg)), width, height };
  } finally {
    root.adoptedStyleSheets = sheets;
  }
}

/**
 * How much the page scales the frame on screen: a page (or any ancestor) may zoom it (CSS `zoom`)
 * or transform it, which scales its client rects but not its computed sizes (fonts, borders, the
 * SVG's own units). The file is drawn at the widget's own size, as an unscaled page shows it.
 */
function ownScale(frame: Element, box: DOMRect): number {
  const own = frame instanceof HTMLElement ? frame.offsetWidth : 0;
  // offsetWidth is rounded to a whole pixel: a difference under a pixel is no scale.
  return own > 0 && Math.abs(box.width - own) >= 1 ? box.width / own : 1;
}

function node(name: string, attributes: Record<string, string | number | undefined>, text?: string): SVGElement {
  const n = document.createElementNS(NS, name);
  attrs(n, attributes);
  if (text !== undefined) n.textContent = text;
  return n;
}

function attrs(n: Element, attributes: Record<string, string | number | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) n.setAttribute(name, typeof value === 'number' ? String(round(value)) : value);
  }
}

const round = (v: number) => Math.round(v * 100) / 100;

let context: CanvasRenderingContext2D | null | undefined;
const canvas2d = () => (context ??= document.createElement('canvas').getContext('2d'));

/**
 * A CSS colour as `#rrggbb` and an opacity, which every SVG reader understands (computed values
 * may be rgb(), color() or oklch()). Undefined when invisible; other paint (none, url()) as given.
 */
export function paint(value: string): { color: string; opacity?: number } | undefined {
  if (!value || value === 'none' || value === 'transparent') return value === 'none' ? { color: 'none' } : undefined;
  const ctx = canvas2d();
  if (!ctx || value.startsWith('url(')) return { color: value };
  ctx.fillStyle = '#010203';
  ctx.fillStyle = value;
  const result = String(ctx.fillStyle);
  if (result.startsWith('#')) return { color: result };
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(result);
  if (!match) return { color: result };
  const alpha = match[4] === undefined ? 1 : Number(match[4]);
  if (alpha === 0) return undefined;
  const hex = `#${[match[1], match[2], match[3]].map((c) => Math.round(Number(c)).toString(16).padStart(2, '0')).join('')}`;
  return alpha < 1 ? { color: hex, opacity: alpha } : { color: hex };
}

/** Sets fill or stroke (and its opacity) from a computed colour; false when there is nothing to paint. */
function setPaint(n: Element, property: 'fill' | 'stroke', value: string): boolean {
  const p = paint(value);
  if (!p) return false;
  n.setAttribute(property, p.color);
  if (p.opacity !== undefined) n.setAttribute(`${property}-opacity`, String(round(p.opacity * 1000) / 1000));
  return true;
}

const descents = new Map<string, number>();

/** How far below the baseline a font's box reaches, to place text where the page drew it. */
function descent(style: CSSStyleDeclaration): number {
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  let d = descents.get(font);
  if (d === undefined) {
    const ctx = canvas2d();
    if (ctx) ctx.font = font;
    const measured = ctx?.measureText('x').fontBoundingBoxDescent;
    d = measured !== undefined && Number.isFinite(measured) ? measured : parseFloat(style.fontSize) * 0.22;
    descents.set(font, d);
  }
  return d;
}

const LIST_MARKERS: Record<string, string> = { disc: '•', circle: '◦', square: '▪' };

/** Draws the rendered HTML and SVG of a subtree into an SVG element, in the frame's coordinates. */
class Painter {
  /** Baselines of text drawn so far, so a list marker can sit on its item's first line. */
  private readonly baselines: number[] = [];
  /** Patterns written so far, for their ids. */
  private patterns = 0;

  constructor(
    private readonly out: SVGElement,
    private readonly left: number,
    private readonly top: number,
    private readonly scale: number,
  ) {}

  /** A client rect in the frame's own coordinates and CSS pixels. */
  private at(r: DOMRect): DOMRect {
    const s = this.scale;
    return new DOMRect((r.left - this.left) / s, (r.top - this.top) / s, r.width / s, r.height / s);
  }

  element(el: Element): void {
    const style = getComputedStyle(el);
    if (
      style.display === 'none' ||
      style.visibility === 'hidden' ||
      style.opacity === '0' ||
      // Visually hidden text (clipped to nothing) is for screen readers.
      style.clipPath !== 'none'
    ) {
      return;
    }
    const r = this.at(el.getBoundingClientRect());
    if (el instanceof SVGSVGElement) return this.svg(el, r);
    this.box(r, style);
    const count = this.baselines.length;
    for (const child of el.childNodes) {
      if (child instanceof Text) this.text(child, style);
      else if (child instanceof Element) this.element(child);
    }
    if (style.display === 'list-item' && style.listStyleType !== 'none') this.marker(el, style, this.baselines[count]);
  }

  /** Background, the two-colour hatching used for keys to hatched marks, and borders. */
  private box(r: DOMRect, style: CSSStyleDeclaration): void {
    const x = r.left;
    const y = r.top;
    const rx = parseFloat(style.borderTopLeftRadius) || undefined;
    const background = node('rect', { x, y, width: r.width, height: r.height, rx });
    if (setPaint(background, 'fill', style.backgroundColor)) this.out.append(background);
    this.hatching(x, y, r, style.backgroundImage);
    const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
      width: style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none' ? 0 : parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0,
      color: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
    }));
    const [top, right, bottom, left] = sides as [(typeof sides)[0], (typeof sides)[0], (typeof sides)[0], (typeof sides)[0]];
    if (sides.every((s) => s.width === top.width && s.color === top.color) && top.width > 0) {
      const w = top.width;
      const border = node('rect', { x: x + w / 2, y: y + w / 2, width: r.width - w, height: r.height - w, rx, fill: 'none', 'stroke-width': w });
      if (setPaint(border, 'stroke', top.color)) this.out.append(border);
      return;
    }
    const rects: [number, number, number, number, (typeof sides)[0]][] = [
      [x, y, r.width, top.width, top],
      [x + r.width - right.width, y, right.width, r.height, right],
      [x, y + r.height - bottom.width, r.width, bottom.width, bottom],
      [x, y, left.width, r.height, left],
    ];
    for (const [bx, by, bw, bh, side] of rects) {
      if (side.width <= 0) continue;
      const line = node('rect', { x: bx, y: by, width: bw, height: bh });
      if (setPaint(line, 'fill', side.color)) this.out.append(line);
    }
  }

  /**
   * A key's diagonal hatching, `repeating-linear-gradient(135deg, a 0 w, b w period)` as the
   * browser computes it: a pattern of the two colours, stripes rising to the right, as the marks
   * it stands for are drawn.
   */
  private hatching(x: number, y: number, r: DOMRect, image: string): void {
    const colour = String.raw`(rgba?\([^)]*\))`;
    const hatch = new RegExp(String.raw`^repeating-linear-gradient\(135deg, ${colour} 0px, \1 ([\d.]+)px, ${colour} \2px, \3 ([\d.]+)px\)$`).exec(image);
    if (!hatch) return;
    const [, ground, width, ink, period] = hatch as unknown as [string, string, string, string, string];
    const id = `hatch-${++this.patterns}`;
    // Upright stripes turned 45° clockwise: the gradient's period runs across them.
    const pattern = node('pattern', { id, patternUnits: 'userSpaceOnUse', width: period, height: period, patternTransform: 'rotate(45)' });
    const back = node('rect', { width: period, height: period });
    const stripe = node('rect', { x: width, width: Number(period) - Number(width), height: period });
    if (!setPaint(back, 'fill', ground) || !setPaint(stripe, 'fill', ink)) return;
    pattern.append(back, stripe);
    this.out.append(pattern, node('rect', { x, y, width: r.width, height: r.height, fill: `url(#${id})` }));
  }

  /** A text node, one SVG text per rendered line, each where the page drew it. */
  private text(t: Text, style: CSSStyleDeclaration): void {
    const range = document.createRange();
    let line: { x: number; top: number; bottom: number; words: string[] } | undefined;
    const flush = () => {
      if (!line) return;
      const baseline = line.bottom - descent(style);
      this.baselines.push(baseline);
      const text = node(
        'text',
        {
          x: line.x,
          y: baseline,
          'font-family': style.fontFamily,
          'font-size': style.fontSize,
          'font-weight': style.fontWeight === '400' ? undefined : style.fontWeight,
          'font-style': style.fontStyle === 'normal' ? undefined : style.fontStyle,
        },
        line.words.join(' '),
      );
      setPaint(text, 'fill', style.color);
      this.out.append(text);
      line = undefined;
    };
    for (const word of t.data.matchAll(/\S+/g)) {
      range.setStart(t, word.index);
      range.setEnd(t, word.index + word[0].length);
      const client = range.getClientRects()[0];
      if (!client || client.width === 0) continue;
      const rect = this.at(client);
      if (line && Math.abs(rect.top - line.top) < rect.height / 2) line.words.push(word[0]);
      else {
        flush();
        line = { x: rect.left, top: rect.top, bottom: rect.bottom, words: [word[0]] };
      }
    }
    flush();
  }

  /** The bullet or number of a list item, which is not in the DOM. */
  private marker(el: Element, style: CSSStyleDeclaration, baseline: number | undefined): void {
    if (baseline === undefined) return;
    const type = style.listStyleType;
    let text = LIST_MARKERS[type];
    if (type === 'decimal' && el.parentElement) {
      const start = el.parentElement instanceof HTMLOListElement ? el.parentElement.start : 1;
      text = `${[...el.parentElement.children].indexOf(el) + start}.`;
    }
    if (!text) return;
    const size = parseFloat(style.fontSize);
    const marker = node(
      'text',
      {
        x: this.at(el.getBoundingClientRect()).left - size * 0.35,
        y: baseline,
        'text-anchor': 'end',
        'font-family': style.fontFamily,
        'font-size': style.fontSize,
      },
      text,
    );
    setPaint(marker, 'fill', style.color);
    this.out.append(marker);
  }

  /** A chart's own SVG, copied with its computed look written into attributes. */
  private svg(src: SVGSVGElement, r: DOMRect): void {
    const vb = src.viewBox.baseVal;
    const hasViewBox = vb && vb.width > 0 && vb.height > 0;
    const scale = hasViewBox ? r.width / vb.width : 1;
    const g = node('g', {
      transform: `translate(${round(r.left)} ${round(r.top)})${
        hasViewBox ? ` scale(${round(scale * 1000) / 1000}) translate(${-vb.x} ${-vb.y})` : ''
      }`,
    });
    copyStyle(g, getComputedStyle(src), undefined);
    const label = src.getAttribute('aria-label');
    if (label) g.append(node('title', {}, label));
    for (const child of src.childNodes) copySvg(child, g, getComputedStyle(src));
    this.out.append(g);
  }
}

function copyStyle(to: Element, style: CSSStyleDeclaration, parent: CSSStyleDeclaration | undefined): void {
  for (const property of SVG_PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (!value || (parent && parent.getPropertyValue(property) === value)) continue;
    if (property === 'fill' || property === 'stroke') {
      if (!setPaint(to, property, value)) to.setAttribute(property, 'none');
    } else to.setAttribute(property, value);
  }
  for (const [property, initial] of Object.entries(SVG_OWN_PROPERTIES)) {
    const value = style.getPropertyValue(property);
    if (value && value !== initial) to.setAttribute(property, value);
  }
}

function copySvg(src: Node, out: Element, parentStyle: CSSStyleDeclaration): void {
  if (src instanceof Text) {
    out.append(src.data);
    return;
  }
  if (!(src instanceof SVGElement)) return;
  const style = getComputedStyle(src);
  if (style.display === 'none') return;
  const copy = document.createElementNS(NS, src.localName);
  for (const { name, value } of src.attributes) {
    if (!SKIPPED_ATTRIBUTE.test(name)) copy.setAttribute(name, value);
  }
  copyStyle(copy, style, parentStyle);
  for (const child of src.childNodes) copySvg(child, copy, style);
  out.append(copy);
}
