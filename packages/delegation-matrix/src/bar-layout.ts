import type { MatrixCell, MatrixRow } from './matrix-model.js';

/** One piece of a diverging stacked bar. */
export interface BarSegment {
  x: number;
  width: number;
  /** Diverging tones of the columns it covers, drawn as stripes; empty for the share without a figure. */
  tones: number[];
  share: number;
  cell: MatrixCell;
  /** The share as text, when it fits inside the segment. */
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
  formatShare: (share: number) => string;
  /** Width of a label in px; the caller estimates it for its font. */
  textWidth: (text: string) => number;
}

/** Part of a cell's columns that lies on the doctor side of the middle tone 3 (each column a unit wide). */
function doctorSide(tones: readonly number[], cell: MatrixCell): number {
  let below = 0;
  for (let i = cell.start; i < cell.start + cell.span; i++) {
    const tone = tones[i] ?? 3;
    below += tone < 3 ? 1 : tone === 3 ? 0.5 : 0;
  }
  return below / cell.span;
}

/**
 * Lays out one diverging stacked bar per row, like a Likert chart: doctor-side shares to the left of
 * the centre, staff-side shares to the right, "shared equally" straddling it. Cells without a figure
 * get the share no figure accounts for (split by how many columns they cover), so the bar shows
 * what is unknown instead of hiding it. Every bar uses the same scale.
 */
export function layoutBars({ rows, tones, width, formatShare, textWidth }: BarInput): BarLayout {
  const pieces = rows.map((r) => {
    const known = r.cells.reduce((sum, c) => sum + (c.share ?? 0), 0);
    const gaps = r.cells.filter((c) => c.share === undefined).reduce((sum, c) => sum + c.span, 0);
    const rest = Math.max(0, 1 - known);
    const list = r.cells.map((cell) => ({ cell, share: cell.share ?? (gaps ? (rest * cell.span) / gaps : 0) }));
    const left = list.reduce((sum, p) => sum + p.share * doctorSide(tones, p.cell), 0);
    const total = list.reduce((sum, p) => sum + p.share, 0);
    return { list, left, right: total - left };
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
        .map(({ cell, share }) => {
          const w = share * unit;
          const segment: BarSegment = {
            x,
            width: w,
            tones: cell.share === undefined ? [] : tones.slice(cell.start, cell.start + cell.span),
            share,
            cell,
          };
          const text = formatShare(share);
          if (cell.share !== undefined && textWidth(text) + 6 <= w) segment.label = text;
          x += w;
          return segment;
        });
    }),
  };
}
