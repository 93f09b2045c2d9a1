import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';

export interface TrendLayoutInput {
  width: number;
  points: readonly { date: string; value: number }[];
  /** A reference value drawn as a dashed line, when it is in the same unit as the points. */
  reference?: number | undefined;
}

export interface TrendLayout {
  width: number;
  height: number;
  path: string;
  dots: { x: number; y: number }[];
  referenceY: number | undefined;
}

const HEIGHT = 56;
const PAD_Y = 6;
const PAD_X = 5;

/** A small line of values over time: dates on x, values on y with the reference inside the range. */
export function layoutTrend({ width: rawWidth, points, reference }: TrendLayoutInput): TrendLayout {
  const width = Math.max(80, Math.floor(rawWidth));
  const times = points.map((p) => Date.parse(`${p.date}T00:00:00Z`));
  const values = points.map((p) => p.value).concat(reference ?? []);
  const [minT, maxT] = [Math.min(...times), Math.max(...times)];
  let [minV, maxV] = [Math.min(...values), Math.max(...values)];
  if (minV === maxV) [minV, maxV] = [minV - 1, maxV + 1];
  const x = scaleUtc().domain([minT, maxT]).range([PAD_X, width - PAD_X]);
  const y = scaleLinear().domain([minV, maxV]).range([HEIGHT - PAD_Y, PAD_Y]);
  const dots = points.map((p, i) => ({ x: x(times[i] ?? 0), y: y(p.value) }));
  return {
    width,
    height: HEIGHT,
    path: line<{ x: number; y: number }>((d) => d.x, (d) => d.y)(dots) ?? '',
    dots,
    referenceY: reference === undefined ? undefined : y(reference),
  };
}
