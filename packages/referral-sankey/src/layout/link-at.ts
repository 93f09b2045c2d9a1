import type { LaidLink } from './types.js';

/**
 * The last drawn of `links` whose ribbon holds the point (x, y): the one on top there. For finding
 * the flow under the pointer where flows are joined into one path. A ribbon's curves (`ribbon`,
 * paths.ts) have both inner control points at the middle x, so its centre line runs through
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
