/**
 * Round scales from 0, as d3-array's `nice` and `ticks` make them (same steps, same numbers), in a
 * few lines: the gauge needs them only from zero, and d3-array's general versions cost its first
 * view 0.3 KB gzip.
 */

/**
 * The step between about `count` ticks from 0 to `max`: 1, 2, 5 or 10 times a power of ten. Below
 * 1 it is returned as −k for a step of 1/k, so that 0.1 × 3 is computed as 3 / 10, exactly.
 */
function increment(max: number, count: number): number {
  const step = max / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return power < 0 ? -(10 ** -power) / factor : 10 ** power * factor;
}

/**
 * The round top above `max` for about `count` ticks, and the ticks from 0 to it. `top` is 0 when
 * `max` is (no scale can be made), so callers choose their own.
 */
export function niceScale(max: number, count: number): { top: number; ticks: number[] } {
  let top = max;
  let step = NaN;
  // Rounding the top up can change the step; two rounds at most settle it.
  for (let last; ; last = step) {
    step = increment(top, count);
    if (step === last || !step || !Number.isFinite(step)) break;
    top = step > 0 ? Math.ceil(top / step) * step : Math.ceil(top * -step) / -step;
  }
  if (!step || !Number.isFinite(step)) return { top, ticks: [] };
  // The last tick is the top, or below it when rounding put it a hair over (as d3-array's).
  let n = Math.round(step > 0 ? top / step : top * -step);
  const at = (i: number) => (step > 0 ? i * step : i / -step);
  if (at(n) > top) n--;
  return { top, ticks: Array.from({ length: n + 1 }, (_, i) => at(i)) };
}
