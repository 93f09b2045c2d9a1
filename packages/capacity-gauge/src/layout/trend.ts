import { estimateMeasure, type MeasureText } from '@praksis/core/text-width.js';
import { niceScale } from './scale.js';

export interface TrendLayoutInput {
  width: number;
  points: readonly { date: string; value: number }[];
  /** A reference value drawn as a dashed line, when it is in the same unit as the points. */
  reference?: number | undefined;
  /** The axis's numbers as text, so the gutter is as wide as they need. */
  formatTick: (value: number) => string;
  fontSizePx?: number;
  /** Width of an axis number at `fontSizePx`, in the reader's font where there is a DOM; the estimate when left out. */
  measure?: MeasureText | undefined;
}

/** A number on the value axis: its text, right-aligned at `x`, baseline at `y`, centred on its tick at `at`. */
export interface AxisLabel {
  x: number;
  y: number;
  at: number;
  text: string;
}

export interface TrendLayout {
  width: number;
  height: number;
  path: string;
  dots: { x: number; y: number }[];
  referenceY: number | undefined;
  /** The value axis from 0 to `top`: the line at its left edge, and a tick and a label at each end. */
  axis: { x: number; y1: number; y2: number; top: number; labels: [AxisLabel, AxisLabel] };
}

const HEIGHT = 64;
const PAD_Y = 8;
const PAD_X = 5;

/**
 * A small line of values over time: dates on x, values on y. The value scale always starts at 0
 * and ends at a round number above the values and the reference, both printed on the axis, so a
 * change of a few patients looks as small as it is.
 */
export function layoutTrend({ width: rawWidth, points, reference, formatTick, fontSizePx = 12, measure = estimateMeasure(fontSizePx) }: TrendLayoutInput): TrendLayout {
  const width = Math.max(80, Math.floor(rawWidth));
  const times = points.map((p) => Date.parse(`${p.date}T00:00:00Z`));
  const highest = Math.max(0, ...points.map((p) => p.value), reference ?? 0);
  // A round top (1.658 → 2.000); 1 when everything is 0, so the scale never divides by zero.
  const top = niceScale(highest, 2).top || 1;
  const gutter = Math.ceil(measure(formatTick(top))) + 4;
  const left = gutter + PAD_X;
  const [minT, maxT] = [Math.min(...times), Math.max(...times)];
  // Linear maps of time and value; a time scale (d3-time, d3-time-format) is not needed for two ends.
  const x = (t: number) => left + ((t - minT) / (maxT - minT || 1)) * (width - left - PAD_X);
  const y = (v: number) => HEIGHT - PAD_Y - (v / top) * (HEIGHT - 2 * PAD_Y);
  const dots = points.map((p, i) => ({ x: x(times[i] ?? 0), y: y(p.value) }));
  // Each label is centred on its tick (a digit's middle is about 0.35 em above its baseline).
  const label = (value: number): AxisLabel => ({ x: gutter - 2, y: y(value) + fontSizePx * 0.35, at: y(value), text: formatTick(value) });
  return {
    width,
    height: HEIGHT,
    path: polyline(dots),
    dots,
    referenceY: reference === undefined ? undefined : y(reference),
    axis: { x: left - 2, y1: y(top), y2: y(0), top, labels: [label(top), label(0)] },
  };
}

/**
 * Straight segments through the points, as d3-shape's `line()` with its default linear curve
 * draws them. d3-shape's ES build does not tree-shake (about 5 KB gzip for this one path).
 */
function polyline(points: readonly { x: number; y: number }[]): string {
  return points.length ? `M${points.map((p) => `${round(p.x)},${round(p.y)}`).join('L')}` : '';
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
