/**
 * Checks a theme for accessibility: WCAG 2.1 AA contrast of text and of marks against what they sit
 * on, and whether the palettes' colours stay apart with normal vision and under simulated
 * protanopia, deuteranopia and tritanopia. Pure (no DOM): the palette test, the palette report
 * (scripts/palette-report.mjs) and the design-system stories all call `checkTheme`, so the
 * figures in Storybook are the ones the test enforces. Design-time tooling: not in the published
 * package, not part of any widget bundle.
 */
import { TOKENS } from '../src/generated/tokens.js';
import { DEFICIENCIES, colorDifference, contrastRatio, parseColor, type Deficiency, type Rgb } from './color-contrast.js';

export type Scheme = 'light' | 'dark';
export type Vision = 'normal' | Deficiency;
export const VISIONS: readonly Vision[] = ['normal', ...DEFICIENCIES];

/** WCAG 2.1 SC 1.4.3 (AA): text and images of text. */
export const TEXT_CONTRAST = 4.5;
/** WCAG 2.1 SC 1.4.11: graphical objects and the boundaries of controls. */
export const GRAPHIC_CONTRAST = 3;
/**
 * CIEDE2000 difference two categorical colours must keep in every vision checked. One unit is about
 * a just-noticeable difference for large patches seen side by side; sankey nodes and flows are
 * small, apart, and must be told apart at a glance, so we ask for ten.
 */
export const CATEGORICAL_MIN_DELTA_E = 10;
/**
 * CIEDE2000 difference neighbouring steps of an ordered palette (sequential, diverging, gauge
 * bands) must keep. Lower than for categories: steps sit side by side in a legend, their order
 * carries the meaning, and every matrix cell also shows its figure or symbol as text.
 */
export const ORDERED_MIN_DELTA_E = 5;

/** A pair that must reach a contrast ratio. Names are colour tokens without `--praksis-color-`. */
export interface ContrastRule {
  foreground: string;
  background: string;
  kind: 'text' | 'graphic';
  /** Where the pair occurs. */
  where: string;
}

const steps = (palette: string, n: number) => Array.from({ length: n }, (_, i) => `${palette}-${i + 1}`);
export const CATEGORICAL = [...steps('category', 8), 'category-other'];

const text = (foreground: string, background: string, where: string): ContrastRule => ({ foreground, background, kind: 'text', where });
const graphic = (foreground: string, background: string, where: string): ContrastRule => ({ foreground, background, kind: 'graphic', where });

/** Every pair the widgets draw, with the contrast WCAG asks of it. */
export const CONTRAST_RULES: readonly ContrastRule[] = [
  text('text', 'background', 'running text, labels, figures'),
  text('text', 'surface', 'buttons, table headers, chips'),
  text('text-muted', 'background', 'source line, axis labels, notes'),
  text('text-muted', 'surface', 'secondary text on chips'),
  text('error', 'background', 'the error message'),
  text('fictional', 'background', 'the “fictional data” label'),
  ...steps('sequential', 5).map((s) => text('text', s, 'figures in delegation-matrix cells')),
  ...steps('diverging', 5).map((s) => text('text', s, 'symbols in delegation-matrix cells and keys')),
  graphic('border', 'background', 'boundaries of buttons and the frame'),
  graphic('focus', 'background', 'the focus ring'),
  graphic('mark', 'background', 'the gauge bar and trend line'),
  graphic('mark', 'track', 'the gauge bar on its track'),
  ...['band-low', 'band-mid', 'band-high'].map((b) => graphic('mark', b, 'the gauge bar over a data-supplied band')),
  // The band tones are too pale to reach 3:1 against the background and each other, so each band
  // and its key is outlined in the muted text colour, which must stand out from all of them.
  ...['band-low', 'band-mid', 'band-high', 'track'].map((b) => graphic('text-muted', b, 'the outline of a gauge band and its key')),
  graphic('reference', 'background', 'the norm line'),
  graphic('reference', 'track', 'the norm line across the track'),
  graphic('comparison', 'background', 'the comparison marker'),
  graphic('comparison', 'track', 'the comparison marker on the track'),
  ...CATEGORICAL.map((c) => graphic(c, 'background', 'sankey nodes, outlined in the text colour')),
];

/** Ordered palettes: neighbouring steps must differ, and the order must read without hue. */
export const ORDERED_PALETTES: Readonly<Record<string, { steps: readonly string[]; anchor: number }>> = {
  sequential: { steps: steps('sequential', 5), anchor: 0 },
  diverging: { steps: steps('diverging', 5), anchor: 2 },
  bands: { steps: ['band-low', 'band-mid', 'band-high'], anchor: 0 },
};
/** Pairs of a diverging palette's two arms that name opposite directions and must not merge. */
const DIVERGING_ARMS: readonly (readonly [string, string])[] = [
  ['diverging-2', 'diverging-4'],
  ['diverging-1', 'diverging-5'],
];

export interface ContrastResult extends ContrastRule {
  minimum: number;
  /** Contrast ratio, or NaN when a colour cannot be checked (see `unchecked`). */
  ratio: number;
  pass: boolean;
}

export interface DifferenceResult {
  /** What the pair is: `categorical`, `sequential neighbours`, `diverging arms`… */
  check: string;
  a: string;
  b: string;
  vision: Vision;
  deltaE: number;
  minimum: number;
  pass: boolean;
}

export interface ThemeReport {
  theme: string;
  scheme: Scheme;
  /** Each colour token's value as checked. */
  colors: Record<string, string>;
  contrast: ContrastResult[];
  differences: DifferenceResult[];
  /** Ordered palettes whose steps do not move steadily away from their anchor. */
  orderProblems: string[];
  /**
   * Tokens whose value is no opaque colour that can be read (a `var()`, a system colour, a
   * translucent colour), so nothing about them could be checked.
   */
  unchecked: string[];
  /** The lowest contrast relative to its minimum, for text and for graphics (unset if nothing could be checked). */
  worstText?: ContrastResult;
  worstGraphic?: ContrastResult;
  /** The categorical pair closest together across all visions. */
  worstCategorical?: DifferenceResult;
  /** The ordered-palette neighbours closest together across all visions. */
  worstOrdered?: DifferenceResult;
  /** One line per failed check; empty when the theme passes. */
  failures: string[];
}

/** A theme as written: its custom properties, and the schemes it serves. */
export interface ParsedTheme {
  properties: Record<string, string>;
  schemes: Scheme[];
}

const COLOR_PREFIX = '--praksis-color-';

/** The schemes a `color-scheme` value allows. */
function schemesOf(value: string): Scheme[] {
  const dark = /\bdark\b/.test(value);
  const light = /\blight\b/.test(value) || /\bnormal\b/.test(value);
  return dark && light ? ['light', 'dark'] : dark ? ['dark'] : ['light'];
}

/** Removes `@media (forced-colors: active) { … }` blocks, which apply only in that mode. */
function withoutForcedColors(css: string): string {
  let out = css;
  for (;;) {
    const at = out.search(/@media[^{]*forced-colors\s*:\s*active[^{]*\{/);
    if (at < 0) return out;
    let depth = 0;
    let i = out.indexOf('{', at);
    for (; i < out.length; i++) {
      if (out[i] === '{') depth++;
      else if (out[i] === '}' && --depth === 0) break;
    }
    out = out.slice(0, at) + out.slice(i + 1);
  }
}

/**
 * Reads the `--praksis-*` declarations of a theme file (or any CSS text that sets them). The
 * forced-colours block is left out; later declarations win, as in CSS.
 */
export function parseThemeCss(css: string): ParsedTheme {
  const text = withoutForcedColors(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  const properties: Record<string, string> = {};
  for (const m of text.matchAll(/(--praksis-[a-z0-9-]+)\s*:\s*([^;}]+)/g)) properties[m[1]!] = m[2]!.trim();
  const scheme = properties['--praksis-color-scheme'] ?? TOKENS.find((t) => t.property === '--praksis-color-scheme')?.light ?? 'light dark';
  return { properties, schemes: schemesOf(scheme) };
}

/** `light-dark(a, b)` resolved for a scheme (`a` and `b` may be functions: `oklch(…)`); other values unchanged. */
function resolveLightDark(value: string, scheme: Scheme): string {
  const text = value.trim();
  const m = /^light-dark\((.*)\)$/s.exec(text);
  if (!m) return text;
  // The comma between the two colours is the one outside any parentheses.
  let depth = 0;
  for (let i = 0; i < m[1]!.length; i++) {
    const c = m[1]![i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) return (scheme === 'light' ? m[1]!.slice(0, i) : m[1]!.slice(i + 1)).trim();
  }
  return text;
}

/**
 * Every colour token's value in a scheme: the theme's own, else the widgets' built-in fallback, as a
 * widget on that page would draw it. Keys are token names without `--praksis-color-`.
 */
export function themeColors(properties: Record<string, string>, scheme: Scheme): Record<string, string> {
  const colors: Record<string, string> = {};
  for (const token of TOKENS) {
    if (token.type !== 'color') continue;
    const fallback = scheme === 'dark' && token.dark ? token.dark : token.light;
    const own = properties[token.property];
    colors[token.property.slice(COLOR_PREFIX.length)] = own === undefined ? fallback : resolveLightDark(own, scheme);
  }
  return colors;
}

const worst = <T>(items: T[], key: (item: T) => number): T | undefined =>
  items.length ? items.reduce((a, b) => (key(b) < key(a) ? b : a)) : undefined;
const fmt = (n: number) => n.toFixed(2);

/** Checks one theme in one scheme. */
export function checkTheme(theme: string, properties: Record<string, string>, scheme: Scheme): ThemeReport {
  const colors = themeColors(properties, scheme);
  const rgb: Record<string, Rgb | null> = Object.fromEntries(Object.entries(colors).map(([k, v]) => [k, parseColor(v)]));
  const unchecked = Object.keys(rgb).filter((k) => !rgb[k]);
  const failures: string[] = [];

  const contrast = CONTRAST_RULES.map((rule): ContrastResult => {
    const minimum = rule.kind === 'text' ? TEXT_CONTRAST : GRAPHIC_CONTRAST;
    const [fg, bg] = [rgb[rule.foreground], rgb[rule.background]];
    const ratio = fg && bg ? contrastRatio(fg, bg) : NaN;
    // Two decimals, as contrast checkers show it: 4.499 is not 4.5.
    const pass = Math.floor(ratio * 100) / 100 >= minimum;
    if (!pass && !Number.isNaN(ratio))
      failures.push(`${rule.kind} contrast ${rule.foreground} on ${rule.background}: ${fmt(ratio)}:1, needs ${minimum}:1 (${rule.where})`);
    return { ...rule, minimum, ratio, pass };
  });

  const differences: DifferenceResult[] = [];
  const compare = (check: string, a: string, b: string, minimum: number) => {
    const [ca, cb] = [rgb[a], rgb[b]];
    if (!ca || !cb) return;
    for (const vision of VISIONS) {
      const deltaE = colorDifference(ca, cb, vision === 'normal' ? undefined : vision);
      const pass = deltaE >= minimum;
      if (!pass) failures.push(`${check} ${a} / ${b} (${vision}): ΔE2000 ${fmt(deltaE)}, needs ${minimum}`);
      differences.push({ check, a, b, vision, deltaE, minimum, pass });
    }
  };
  CATEGORICAL.forEach((a, i) => CATEGORICAL.slice(i + 1).forEach((b) => compare('categorical', a, b, CATEGORICAL_MIN_DELTA_E)));
  for (const [name, { steps: list }] of Object.entries(ORDERED_PALETTES)) {
    list.slice(1).forEach((b, i) => compare(`${name} neighbours`, list[i]!, b, ORDERED_MIN_DELTA_E));
  }
  for (const [a, b] of DIVERGING_ARMS) compare('diverging arms', a, b, CATEGORICAL_MIN_DELTA_E);

  // Order without hue: each step further from the anchor (the first step, or a diverging palette's
  // middle) than the step before it, in every vision.
  const orderProblems: string[] = [];
  for (const [name, { steps: list, anchor }] of Object.entries(ORDERED_PALETTES)) {
    const anchorRgb = rgb[list[anchor]!];
    if (!anchorRgb || list.some((s) => !rgb[s])) continue;
    for (const vision of VISIONS) {
      const d = list.map((s) => colorDifference(anchorRgb, rgb[s]!, vision === 'normal' ? undefined : vision));
      const arms = [list.map((_, i) => i).slice(anchor), list.map((_, i) => i).slice(0, anchor + 1).reverse()];
      for (const arm of arms) {
        for (let k = 1; k < arm.length; k++) {
          if (d[arm[k]!]! <= d[arm[k - 1]!]!) {
            const problem = `${name}: ${list[arm[k]!]} is no further from ${list[anchor]} than ${list[arm[k - 1]!]} (${vision})`;
            orderProblems.push(problem);
            failures.push(`order ${problem}`);
          }
        }
      }
    }
  }
  for (const k of unchecked) failures.push(`${k}: ${colors[k]} is not an opaque colour that can be read, so it was not checked`);

  const checkedContrast = contrast.filter((c) => !Number.isNaN(c.ratio));
  const byMargin = (c: ContrastResult) => c.ratio / c.minimum;
  const ordered = differences.filter((d) => d.check.endsWith('neighbours'));
  return {
    theme,
    scheme,
    colors,
    contrast,
    differences,
    orderProblems,
    unchecked,
    worstText: worst(checkedContrast.filter((c) => c.kind === 'text'), byMargin),
    worstGraphic: worst(checkedContrast.filter((c) => c.kind === 'graphic'), byMargin),
    worstCategorical: worst(differences.filter((d) => d.check === 'categorical'), (d) => d.deltaE),
    worstOrdered: worst(ordered, (d) => d.deltaE),
    failures,
  };
}

/** Checks a theme file in every scheme it serves. */
export function checkThemeCss(theme: string, css: string): ThemeReport[] {
  const { properties, schemes } = parseThemeCss(css);
  return schemes.map((scheme) => checkTheme(theme, properties, scheme));
}

/** One line per figure: the worst pairs of a report, as the palette report prints them. */
export function summarize(report: ThemeReport): string[] {
  const c = (r?: ContrastResult) => (r ? `${r.foreground} on ${r.background} ${fmt(r.ratio)}:1 (needs ${r.minimum}:1)` : 'not checked');
  const d = (r?: DifferenceResult) => (r ? `${r.a} / ${r.b}, ${r.vision}: ΔE2000 ${fmt(r.deltaE)} (needs ${r.minimum})` : 'not checked');
  return [
    `worst text contrast       ${c(report.worstText)}`,
    `worst graphic contrast    ${c(report.worstGraphic)}`,
    `worst categorical pair    ${d(report.worstCategorical)}`,
    `worst ordered neighbours  ${d(report.worstOrdered)}`,
  ];
}
