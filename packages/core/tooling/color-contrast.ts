/**
 * Colour maths for checking themes: WCAG 2 contrast, colour-vision-deficiency simulation and
 * CIEDE2000 colour difference. Pure functions with no DOM, shared by the palette test, the
 * palette report (scripts/palette-report.mjs) and the design-system stories, so the figures a
 * reader sees in Storybook are the ones the test checks. Design-time tooling: not in the published
 * package, not part of any widget bundle.
 *
 * Parsing (any CSS colour: hex, rgb(), hsl(), hwb(), lab(), lch(), oklab(), oklch(), color(),
 * names), gamut mapping, CIELAB, WCAG luminance and CIEDE2000 come from culori. The colour-vision
 * simulation stays here: culori's deficiency filters apply Machado's matrices to gamma-encoded
 * sRGB, whereas the model, and the browsers' DevTools emulation, apply them to linear light.
 */
import { converter, differenceCiede2000, formatHex, parse, toGamut, wcagContrast, wcagLuminance, type Color } from 'culori';

/** An sRGB colour with channels from 0 to 1 (gamma-encoded, as written in CSS). */
export type Rgb = readonly [number, number, number];
/** CIELAB coordinates (D65 white). */
export type Lab = readonly [number, number, number];

/** Colour-vision deficiencies simulated at full severity (dichromacy). */
export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';
export const DEFICIENCIES: readonly Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

const toSrgbGamut = toGamut('rgb', 'oklch');
const toLinearRgb = converter('lrgb');
const toLab65 = converter('lab65');
const toRgb = converter('rgb');
const ciede2000 = differenceCiede2000();

const rgbColor = ([r, g, b]: Rgb): Color => ({ mode: 'rgb', r, g, b });

/**
 * Reads an opaque CSS colour (`#2b5c8a`, `rgb(43 92 138)`, `oklch(45% 0.09 250)`, `steelblue`…) as
 * sRGB; a colour outside sRGB is gamut-mapped as CSS Color 4 asks (in OKLCH, lowering chroma).
 * `null` for what it cannot check: no colour (`var(--x)`), a system colour (`CanvasText`), or a
 * translucent one, whose look depends on what is under it.
 */
export function parseColor(text: string): Rgb | null {
  const color = parse(text.trim());
  if (!color || (color.alpha !== undefined && color.alpha < 1)) return null;
  // Gamut mapping stops within a just-noticeable difference of the edge: clamp what is left over.
  const channels = [toSrgbGamut(color)].flatMap(({ r, g, b }) => [r, g, b].map((c) => Math.min(1, Math.max(0, c))));
  return channels.every(Number.isFinite) ? (channels as unknown as Rgb) : null;
}

/** `#rrggbb` of an sRGB colour, channels clamped to the gamut. */
export function toHex(rgb: Rgb): string {
  return formatHex(rgbColor(rgb));
}

/** WCAG 2 relative luminance. */
export function relativeLuminance(rgb: Rgb): number {
  return wcagLuminance(rgbColor(rgb));
}

/** WCAG 2 contrast ratio, from 1 to 21, whichever colour is lighter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  return wcagContrast(rgbColor(a), rgbColor(b));
}

/**
 * Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color
 * vision deficiency", IEEE TVCG 15(6), table of matrices at severity 1.0, applied to linear RGB
 * (the same matrices Chromium and Firefox DevTools use for their vision-deficiency emulation).
 */
const MACHADO_2009: Readonly<Record<Deficiency, readonly number[]>> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

/** How a colour looks to a reader with the given deficiency (sRGB in, sRGB out, clamped). */
export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const m = MACHADO_2009[deficiency];
  const { r, g, b } = toLinearRgb(rgbColor(rgb));
  const [sr, sg, sb] = [0, 1, 2].map((row) => Math.min(1, Math.max(0, m[row * 3]! * r + m[row * 3 + 1]! * g + m[row * 3 + 2]! * b)));
  const out = toRgb({ mode: 'lrgb', r: sr!, g: sg!, b: sb! });
  return [out.r, out.g, out.b];
}

/** CIELAB (D65) of an sRGB colour. */
export function toLab(rgb: Rgb): Lab {
  const { l, a, b } = toLab65(rgbColor(rgb));
  return [l, a, b];
}

/** CIEDE2000 colour difference (CIE 142-2001), with kL = kC = kH = 1. */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  return ciede2000({ mode: 'lab65', l: l1, a: a1, b: b1 }, { mode: 'lab65', l: l2, a: a2, b: b2 });
}

/** CIEDE2000 difference of two sRGB colours as seen with normal vision or the given deficiency. */
export function colorDifference(a: Rgb, b: Rgb, deficiency?: Deficiency): number {
  return deficiency ? deltaE2000(toLab(simulate(a, deficiency)), toLab(simulate(b, deficiency))) : deltaE2000(toLab(a), toLab(b));
}
