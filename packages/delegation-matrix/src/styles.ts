import { css } from 'lit';

/**
 * Matrix styles read only the private token variables set by `tokenStyles`. Cells, keys and bars
 * take their colour from a class: s1–s5 the sequential steps, d1–d5 the diverging ones (as fill,
 * background and, for the hatching of a combined share, stroke), na no figure.
 *
 * Why the bars look as they do (explained here, not in the CSS, which ships):
 * - WCAG 1.4.11: pale tones sit at 1.3–1.7:1 against the background and each other, so every piece
 *   of a bar, and its key, is outlined in the text colour (4.5:1 against every tone).
 * - `.hatched`: the key to a share given for several columns, the bars' hatching rising to the right.
 * - Forced colours would empty the keys' backgrounds but leave the bars' fills. Both keep the
 *   palette instead: each bar on its own background, so its tones, outlines and figures stay in one
 *   scheme whatever the system colours, and each key outlined in the system's text colour, so it
 *   still matches its marks.
 */
export const matrixStyles = css`
  .kicker,
  .desc,
  .legend,
  .axis {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .caption,
  .legend {
    margin: var(--_space-2) 0;
  }
  .caption,
  .card-title {
    font-weight: 600;
  }
  .desc {
    display: block;
    font-weight: 400;
  }
  .legend ul,
  .cards,
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }
  .key {
    display: inline-block;
    vertical-align: middle;
    min-width: 1.5em;
    height: 1.5em;
    line-height: 1.5em;
    padding: 0 0.2em;
    margin-inline-end: var(--_space-1);
    text-align: center;
    border: 1px solid var(--_color-border);
    color: var(--_color-text);
  }
  .hatched {
    background: repeating-linear-gradient(135deg, var(--_color-diverging-1) 0 2.2px, var(--_color-diverging-2) 2.2px 4.3px);
  }
  .s1 { background: var(--_color-sequential-1); }
  .s2 { background: var(--_color-sequential-2); }
  .s3 { background: var(--_color-sequential-3); }
  .s4 { background: var(--_color-sequential-4); }
  .s5 { background: var(--_color-sequential-5); }
  .d1 { background: var(--_color-diverging-1); fill: var(--_color-diverging-1); stroke: var(--_color-diverging-1); }
  .d2 { background: var(--_color-diverging-2); fill: var(--_color-diverging-2); stroke: var(--_color-diverging-2); }
  .d3 { background: var(--_color-diverging-3); fill: var(--_color-diverging-3); stroke: var(--_color-diverging-3); }
  .d4 { background: var(--_color-diverging-4); fill: var(--_color-diverging-4); stroke: var(--_color-diverging-4); }
  .d5 { background: var(--_color-diverging-5); fill: var(--_color-diverging-5); stroke: var(--_color-diverging-5); }
  .na {
    fill: var(--_color-background);
    stroke: var(--_color-text-muted);
    stroke-dasharray: 3 2;
    color: var(--_color-text-muted);
    font-style: italic;
  }
  .key.na {
    border-style: dashed;
  }
  th,
  td {
    border: 1px solid var(--_color-border);
    vertical-align: middle;
  }
  thead th {
    font-size: var(--_font-size-small);
  }
  td {
    text-align: center;
    white-space: nowrap;
  }
  [data-c]:focus-visible {
    outline-offset: -3px;
  }
  .sym {
    font-size: var(--_font-size-large);
  }
  .mark {
    font-size: var(--_font-size-small);
  }
  .tag {
    font-size: var(--_font-size-small);
    color: var(--_color-fictional);
    border: 1px solid;
    border-radius: var(--_radius);
    padding: 0 0.3em;
  }
  .cards {
    display: grid;
    /* A card is never wider than the box, whatever its longest word or the reader's spacing. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
  }
  .cards > li {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
  }
  .cards dl {
    margin: var(--_space-1) 0 0;
  }
  /* Term and value side by side; the value goes under its term, still at the end, when both do not fit. */
  .cards dl > div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-2);
    border-top: 1px solid var(--_color-border);
    padding: var(--_space-1) 0;
  }
  .cards dt,
  .cards dd {
    min-width: 0;
  }
  .cards dd {
    margin: 0;
    margin-inline-start: auto;
    text-align: end;
    padding: 0 var(--_space-1);
    border-radius: var(--_radius);
  }
  /* The task's label above its bar, at every width: long task names need the room. */
  .bars > li,
  .axis {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 4.5em;
    gap: 0 var(--_space-2);
    align-items: center;
    padding: var(--_space-1) 0;
  }
  .bar-label {
    grid-column: 1 / -1;
  }
  .axis {
    text-align: center;
  }
  .bar-box,
  svg {
    display: block;
    max-width: 100%;
  }
  svg text {
    font-size: 12px;
    fill: var(--_color-text);
  }
  .bars rect:not(.na) {
    stroke: var(--_color-text);
    stroke-width: 1px;
  }
  .bar-key {
    border-color: var(--_color-text);
  }
  .bar-key.na {
    background: var(--_color-background);
  }
  .hatch {
    stroke-width: 2px;
  }
  .centre {
    fill: none;
    stroke: var(--_color-text);
    stroke-width: 1.5px;
  }
  .bar-index {
    text-align: end;
  }
  .notes {
    margin-top: var(--_space-3);
  }
  @media (forced-colors: active) {
    .bar-box svg,
    .bar-key {
      forced-color-adjust: none;
    }
    .bar-box svg {
      background: var(--_color-background);
    }
    .bar-key,
    .key.na {
      border-color: CanvasText;
    }
  }
`;
