import { estimateMeasure, type MeasureText } from '@praksis/core/text-width.js';
import { niceScale } from './scale.js';
import { fitMarkLabel, type MarkLabel } from './label-fit.js';

export interface GaugeInput {
  width: number;
  value: number;
  /** The norm and the comparison, with their labels (figures formatted), which are fitted to the width. */
  norm: Mark;
  comparison?: Mark | undefined;
  bands?: readonly { from?: number | undefined; to?: number | undefined; tone: 'low' | 'mid' | 'high' }[];
  formatTick: (value: number) => string;
  fontSizePx?: number;
  /** Width of a label at `fontSizePx`, in the reader's font where there is a DOM; the estimate when left out. */
  measure?: MeasureText | undefined;
}

export interface Mark {
  value: number;
  label: MarkLabel;
}

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
}

export interface GaugeLayout {
  width: number;
  height: number;
  track: { x: number; y: number; width: number; height: number };
  bar: { x: number; y: number; width: number; height: number };
  bands: { x: number; width: number; tone: 'low' | 'mid' | 'high' }[];
  normLine: { x: number; y1: number; y2: number };
  normLabel: PlacedLabel;
  comparison?: { x: number; path: string; label: PlacedLabel };
  ticks: { x: number; label: PlacedLabel }[];
}

// Vertical rhythm in px: norm label, track, comparison marker and label, axis.
const NORM_LABEL_Y = 14;
const TRACK_Y = 22;
const TRACK_HEIGHT = 26;
const BAR_INSET = 6;
const MARKER_SIZE = 7;
const COMPARISON_LABEL_Y = TRACK_Y + TRACK_HEIGHT + MARKER_SIZE + 16;
const PAD = 1;

/**
 * The scale is a plain linear map with round bounds and ticks (scale.ts, d3's algorithm): d3-scale
 * would add d3-interpolate, d3-color and d3-format, about 10 KB gzip, for one multiplication.
 *
 * A horizontal bullet gauge: a bar for the value on a track from zero, a line for the norm, an
 * optional comparison marker and bands. Labels sit on separate rows (norm above, comparison below,
 * ticks at the bottom) and are kept inside the width, so they never overlap or clip: a mark's label
 * too long for the width is shortened, its figure kept whole (label-fit.ts).
 */
export function layoutGauge(input: GaugeInput): GaugeLayout {
  const font = input.fontSizePx ?? 12;
  const measure = input.measure ?? estimateMeasure(font);
  const width = Math.max(120, Math.floor(input.width));
  const bandEdges = (input.bands ?? []).flatMap((b) => [b.from ?? 0, b.to ?? 0]);
  const top = Math.max(input.value, input.norm.value, input.comparison?.value ?? 0, ...bandEdges) * 1.1;
  const tickCount = Math.max(2, Math.floor(width / 80));
  const { top: domainMax, ticks } = niceScale(top, tickCount);
  const x = (v: number) => PAD + (v / domainMax) * (width - 2 * PAD);
  const clampX = (v: number) => x(Math.min(Math.max(v, 0), domainMax));

  const axisY = (input.comparison ? COMPARISON_LABEL_Y : TRACK_Y + TRACK_HEIGHT) + 8;
  const tickLabelY = axisY + font + 4;

  /** A label centred on `at`, or against the edge it would cross. */
  const place = (at: number, y: number, text: string): PlacedLabel => {
    const half = measure(text) / 2;
    const anchor = at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle';
    return { x: anchor === 'start' ? 0 : anchor === 'end' ? width : at, y, anchor, text };
  };
  const fit = (label: MarkLabel) => fitMarkLabel(label, width, measure);

  // Ticks whose labels would touch their neighbour's are left out, from zero outwards.
  const tickMarks: GaugeLayout['ticks'] = [];
  let lastRight = -Infinity;
  for (const value of ticks) {
    const label = place(x(value), tickLabelY, input.formatTick(value));
    const w = measure(label.text);
    const left = label.x - (label.anchor === 'start' ? 0 : label.anchor === 'end' ? w : w / 2);
    if (left < lastRight + font) continue;
    lastRight = left + w;
    tickMarks.push({ x: x(value), label });
  }

  const normX = clampX(input.norm.value);
  let comparison: GaugeLayout['comparison'];
  if (input.comparison) {
    const cx = clampX(input.comparison.value);
    const tip = TRACK_Y + TRACK_HEIGHT + 1;
    comparison = {
      x: cx,
      path: `M${cx},${tip}l${MARKER_SIZE},${MARKER_SIZE}h${-2 * MARKER_SIZE}z`,
      label: place(cx, COMPARISON_LABEL_Y, fit(input.comparison.label)),
    };
  }

  return {
    width,
    height: tickLabelY + 4,
    track: { x: PAD, y: TRACK_Y, width: width - 2 * PAD, height: TRACK_HEIGHT },
    bar: {
      x: PAD,
      y: TRACK_Y + BAR_INSET,
      width: Math.max(0, clampX(input.value) - PAD),
      height: TRACK_HEIGHT - 2 * BAR_INSET,
    },
    bands: (input.bands ?? []).map((b) => {
      const from = clampX(b.from ?? 0);
      return { x: from, width: clampX(b.to ?? domainMax) - from, tone: b.tone };
    }),
    normLine: { x: normX, y1: TRACK_Y - 4, y2: TRACK_Y + TRACK_HEIGHT + 4 },
    normLabel: place(normX, NORM_LABEL_Y, fit(input.norm.label)),
    ...(comparison ? { comparison } : {}),
    ticks: tickMarks,
  };
}
