
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
  // Linear maps of time and value; a time scale (d3-time, d3-time-format) is not needed for two ends.
  const x = (t: number) => PAD_X + ((t - minT) / (maxT - minT || 1)) * (width - 2 * PAD_X);
  const y = (v: number) => HEIGHT - PAD_Y - ((v - minV) / (maxV - minV)) * (HEIGHT - 2 * PAD_Y);
  const dots = points.map((p, i) => ({ x: x(times[i] ?? 0), y: y(p.value) }));
  return {
    width,
    height: HEIGHT,
    path: polyline(dots),
    dots,
    referenceY: reference === undefined ? undefined : y(reference),
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
