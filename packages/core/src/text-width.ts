/** Width of a text in px, in one font at one size (layout code receives one and never sees the DOM). */
export type MeasureText = (text: string) => number;

/**
 * A conservative estimate of rendered text width, for label placement in pure layout code that has
 * no DOM to measure. Digits and most Latin letters average about 0.6 em in common sans-serif faces.
 */
export function estimateTextWidth(text: string, fontSizePx: number): number {
  return Math.ceil([...text].length * fontSizePx * 0.6);
}

/**
 * The estimate as a MeasureText, for where there is no DOM (Node, static pages). In a browser the
 * widgets measure in the reader's font instead (text-measure.ts).
 */
export function estimateMeasure(fontSizePx: number): MeasureText {
  return (text) => estimateTextWidth(text, fontSizePx);
}
