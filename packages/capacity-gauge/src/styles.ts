import { css } from 'lit';

/**
 * Gauge styles read only the private token variables set by `tokenStyles`.
 *
 * The bands (explained here, not in the CSS, which ships): their three tones sit at 1.1–1.9:1
 * against the background and each other (WCAG 1.4.11), so each band and its key is outlined in the
 * muted text colour, 3:1 or more against every band tone, the track and the background in every
 * theme. Forced colours empty the bands and their keys alike; a line style per band (solid, dashed,
 * dotted), on both, still tells them apart.
 */
export const gaugeStyles = css`
  .kicker {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    margin-top: calc(-1 * var(--_space-1));
  }
  .figure {
    margin-top: var(--_space-2);
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-2);
  }
  .figure .value {
    font-size: var(--_font-size-display);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .norm-sentence,
  .secondary {
    margin-top: var(--_space-1);
  }
  .secondary {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .intake {
    display: inline-flex;
    gap: var(--_space-2);
    align-items: baseline;
    margin-top: var(--_space-2);
    padding: var(--_space-1) var(--_space-2);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .chart {
    margin-top: var(--_space-3);
    width: 100%;
    min-width: 0;
  }
  svg {
    display: block;
    overflow: visible;
    max-width: 100%;
  }
  svg text {
    font-family: inherit;
    font-size: 12px;
    fill: var(--_color-text);
  }
  .track {
    fill: var(--_color-track);
  }
  .band-low {
    fill: var(--_color-band-low);
    background: var(--_color-band-low);
  }
  .band-mid {
    fill: var(--_color-band-mid);
    background: var(--_color-band-mid);
  }
  .band-high {
    fill: var(--_color-band-high);
    background: var(--_color-band-high);
  }
  .band {
    stroke: var(--_color-text-muted);
    stroke-width: 1px;
  }
  .key[class*='band-'] {
    border-color: var(--_color-text-muted);
  }
  .bar {
    fill: var(--_color-mark);
  }
  .norm {
    stroke: var(--_color-reference);
    stroke-width: 3;
  }
  .comparison {
    fill: var(--_color-comparison);
  }
  .tick {
    stroke: var(--_color-text-muted);
  }
  .tick-label {
    fill: var(--_color-text-muted);
  }
  .legend {
    list-style: none;
    margin: var(--_space-2) 0 0;
    padding: 0;
    display: grid;
    gap: var(--_space-1);
    font-size: var(--_font-size-small);
  }
  .key {
    display: inline-block;
    width: 1.4em;
    height: 0.9em;
    margin-inline-end: var(--_space-1);
    vertical-align: middle;
    border: 1px solid var(--_color-border);
  }
  /* A block of its own, so a key stays with its label and a long label wraps inside the column. */
  .band-key {
    display: inline-block;
    margin-inline-end: var(--_space-2);
  }
  .context {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
    margin: var(--_space-3) 0 0;
  }
  .context dt {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .context dd {
    margin: 0;
    font-weight: 600;
  }
  .trend {
    margin: var(--_space-3) 0 0;
    width: fit-content;
    max-width: 100%;
  }
  .trend figcaption {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
    margin-bottom: var(--_space-1);
  }
  .trend-line {
    fill: none;
    stroke: var(--_color-mark);
    stroke-width: 2;
  }
  .trend-dot {
    fill: var(--_color-mark);
  }
  .trend-reference {
    stroke: var(--_color-reference);
    stroke-dasharray: 4 3;
  }
  .trend-ends {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-3);
    font-size: var(--_font-size-small);
  }
  /* The key to the trend's dashed line: the same dash, in the same colour. */
  .dashed {
    height: 0;
    border: 0;
    border-top: 2px dashed var(--_color-reference);
  }
  @media (forced-colors: active) {
    .bar,
    .trend-dot {
      fill: CanvasText;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .band {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2px;
    }
    .band-mid {
      stroke-dasharray: 6 3;
    }
    .band-high {
      stroke-dasharray: 2 2;
    }
    .key[class*='band-'] {
      border: 2px solid CanvasText;
    }
    .key.band-mid {
      border-style: dashed;
    }
    .key.band-high {
      border-style: dotted;
    }
    .norm,
    .trend-line,
    .trend-reference,
    .tick {
      stroke: CanvasText;
    }
    .comparison {
      fill: Highlight;
    }
    /* The scale's figures too, whose muted colour would otherwise win by its class. */
    svg text,
    svg .tick-label {
      fill: CanvasText;
    }
  }
`;
