import type { MatrixCell, MatrixRow } from '../model.js';

/** One piece of a diverging stacked bar. */
export interface BarSegment {
  x: number;
  width: number;
  /** Diverging tones of the columns it covers, drawn as stripes; empty for the share without a figure. */
  tones: number[];
  share: number;
  cell: MatrixCell;
  /** The cell's figure as text (its share, or its count for counts), when it fits inside the segment. */
  label?: string;
}

export interface BarLayout {
  width: number;
  /** x of the middle of the scale (half of "shared equally" on each side). */
  centre: number;
  /** How far each side reaches, as a share: the longest side of any row. */
  extent: number;
  rows: BarSegment[][];
}

export interface BarInput {
  rows: readonly MatrixRow[];
  /** Diverging tone 1–5 of each column. */
  tones: readonly number[];
  width: number;
  /** A known cell's figure as text, as the table shows it: its share, or its count for counts. */
  label: (cell: MatrixCell) => string;
  /** Width of a label in px; the caller estimates it for its font. */
  textWidth: (text: string) => number;
}

/**
 * Lays out one diverging stacked bar per row, like a Likert chart: doctor-side shares to the left of
 * the centre, staff-side shares to the right, "shared equally" straddling it. Cells without a figure
 * get the share no figure accounts for (split by how many columns they cover), so the bar shows
 * what is unknown instead of hiding it. Every bar uses the same scale.
 */
export function layoutBars({ rows, tones, width, label, textWidth }: BarInput): BarLayout {
  const pieces = rows.map(({ cells }) => {
    const known = cells.reduce((sum, c) => sum + (c.share ?? 0), 0);
    const gaps = cells.reduce((sum, c) => sum + (c.share === undefined ? c.span : 0), 0);
    let left = 0;
    let right = 0;
    const list = cells.map((cell) => {
      const own = tones.slice(cell.start, cell.start + cell.span);
      // Unknown cells share what the figures leave over; gaps > 0 whenever a cell has no share.
      const share = cell.share ?? (Math.max(0, 1 - known) * cell.span) / gaps;
      // The part of the cell's columns on the doctor side of the middle tone 3.
      const doctor = own.reduce((sum, tone) => sum + (tone < 3 ? 1 : tone > 3 ? 0 : 0.5), 0) / cell.span;
      left += share * doctor;
      right += share * (1 - doctor);
      return { cell, share, tones: cell.share === undefined ? [] : own };
    });
    return { list, left, right };
  });
  const extent = Math.max(0.5, ...pieces.map((p) => Math.max(p.left, p.right)));
  const centre = width / 2;
  const unit = centre / extent;
  return {
    width,
    centre,
    extent,
    rows: pieces.map(({ list, left }) => {
      let x = centre - left * unit;
      return list
        .filter((p) => p.share > 0)
        .map((p): BarSegment => {
          const w = p.share * unit;
          const text = p.tones.length ? label(p.cell) : '';
          x += w;
          return { ...p, x: x - w, width: w, label: text && textWidth(text) + 6 <= w ? text : undefined };
        });
    }),
  };
}
