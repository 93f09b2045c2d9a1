/**
 * A conservative estimate of rendered text width, for label placement in pure layout code that has
 * no DOM to measure. Digits and most Latin letters average about 0.6 em in common sans-serif faces.
 */
export function estimateTextWidth(text: string, fontSizePx: number): number {
  return Math.ceil([...text].length * fontSizePx * 0.6);
}
