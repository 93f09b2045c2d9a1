import type { Placement } from './relax.js';
import type { LaidLink, LayoutLinkInput } from './types.js';

/**
 * Links, stacked at each node in the order of the other end (the placement's offsets), drawn as
 * filled ribbons between two cubic curves with a minimum visible width (a fill rasterises faster
 * than a wide stroke, and takes a focus outline). `x`: the left edge of a column's nodes.
 */
export function laidLinks(
  linksIn: readonly LayoutLinkInput[],
  placement: Placement,
  column: readonly number[],
  x: (c: number) => number,
  ky: number,
  nodeWidth: number,
  minLinkWidth: number,
): LaidLink[] {
  const { y0, offsetOut, offsetIn } = placement;
  const links: LaidLink[] = linksIn.map((link, index) => {
    const width = link.value * ky;
    return {
      index,
      source: link.source,
      target: link.target,
      value: link.value,
      width,
      drawWidth: Math.max(width, minLinkWidth),
      y0: y0[link.source]! + offsetOut[index]! + width / 2,
      y1: y0[link.target]! + offsetIn[index]! + width / 2,
      x0: x(column[link.source]!) + nodeWidth,
      x1: x(column[link.target]!),
      path: '',
    };
  });
  for (const link of links) link.path = ribbon(link.x0, link.y0, link.x1, link.y1, link.drawWidth / 2);
  return links;
}

/** Rounded to 0.1 px: shorter path strings, no visible difference. */
const r = (v: number) => Math.round(v * 10) / 10;

/**
 * A ribbon from the source's right edge to the target's left edge: two horizontal S-curves `half`
 * above and below the band's centre line, joined by vertical edges at the nodes.
 */
export function ribbon(x0: number, y0: number, x1: number, y1: number, half: number): string {
  const xm = r((x0 + x1) / 2);
  const a = r(y0 - half);
  const b = r(y1 - half);
  const c = r(y1 + half);
  const d = r(y0 + half);
  return `M${r(x0)},${a}C${xm},${a} ${xm},${b} ${r(x1)},${b}V${c}C${xm},${c} ${xm},${d} ${r(x0)},${d}Z`;
}
