/** One straight line, in px. */
export interface HatchLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Diagonal hatching (rising to the right at 45°, `spacing` px apart along the box's width) inside a
 * box, clipped to it. The delegation matrix draws a share given for several columns with it: one
 * piece of the bar in one tone, hatched with the others'. Pure geometry, no DOM.
 */
export function hatchLines(box: { x: number; y: number; width: number; height: number }, spacing: number): HatchLine[] {
  const { x, y, width, height } = box;
  if (width <= 0 || height <= 0 || spacing <= 0) return [];
  const lines: HatchLine[] = [];
  const bottom = y + height;
  // Each line starts at (t, bottom) and rises to (t + height, y); t runs so that every line crossing the box is drawn.
  for (let t = x - height + spacing / 2; t < x + width; t += spacing) {
    const start = Math.max(t, x);
    const end = Math.min(t + height, x + width);
    if (end - start < 0.5) continue;
    lines.push({ x1: start, y1: bottom - (start - t), x2: end, y2: bottom - (end - t) });
  }
  return lines;
}
