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

/**
 * The last drawn of `links` whose ribbon holds the point (x, y): the one on top there. For finding
 * the flow under the pointer where flows are joined into one path. A ribbon's curves (`ribbon`)
 * have both inner control points at the middle x, so its centre line runs through
 * x(t) = x0 + (x1 − x0)(1.5t(1 − t) + t³), which rises with t, and y(t) = y0 + (y1 − y0)(3t² − 2t³):
 * t is found from x by bisection.
 */
export function linkAt(links: readonly LaidLink[], x: number, y: number): LaidLink | undefined {
  for (let k = links.length - 1; k >= 0; k--) {
    const { x0, x1, y0, y1, drawWidth } = links[k]!;
    if (x < x0 || x > x1) continue;
    const u = (x - x0) / (x1 - x0);
    let lo = 0;
    let hi = 1;
    for (let n = 0; n < 20; n++) {
      const t = (lo + hi) / 2;
      if (t * (1.5 - 1.5 * t + t * t) < u) lo = t;
      else hi = t;
    }
    if (Math.abs(y - y0 - (y1 - y0) * lo * lo * (3 - 2 * lo)) <= drawWidth / 2) return links[k];
  }
  return undefined;
}
