import { css } from 'lit';

/** Sankey styles read only the private token variables set by `tokenStyles`. */
export const sankeyStyles = css`
  .summary {
    margin-top: calc(-1 * var(--_space-1));
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .summary ol {
    margin: var(--_space-1) 0 0;
    padding-inline-start: 1.4em;
  }
  .chart {
    position: relative;
    margin-top: var(--_space-3);
    width: 100%;
    min-width: 0;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    touch-action: manipulation;
  }
  svg:focus-within {
    outline: none;
  }
  text {
    font-family: inherit;
    font-size: 12px;
    fill: var(--_color-text);
  }
  .labels text {
    paint-order: stroke;
    stroke: var(--_color-background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .labels .value,
  .headings text {
    fill: var(--_color-text-muted);
  }
  .headings text {
    font-weight: 600;
  }
  /* Category colours as fills of nodes and flows alike; no per-element custom property. */
  .c0 {
    fill: var(--_color-category-1);
  }
  .c1 {
    fill: var(--_color-category-2);
  }
  .c2 {
    fill: var(--_color-category-3);
  }
  .c3 {
    fill: var(--_color-category-4);
  }
  .c4 {
    fill: var(--_color-category-5);
  }
  .c5 {
    fill: var(--_color-category-6);
  }
  .c6 {
    fill: var(--_color-category-7);
  }
  .c7 {
    fill: var(--_color-category-8);
  }
  .c-other {
    fill: var(--_color-category-other);
  }
  .node {
    stroke: var(--_color-text);
    stroke-width: 1px;
    cursor: pointer;
    outline: none;
  }
  .link {
    fill-opacity: 0.5;
    stroke: none;
    cursor: pointer;
    outline: none;
  }
  /* Hairlines are drawn solid, so the smallest flows stay visible. */
  .link.thin {
    fill-opacity: 0.9;
  }
  .link.suppressed {
    fill: none;
    stroke: var(--_color-text-muted);
    stroke-width: 1px;
    stroke-dasharray: 3 2;
  }
  /* Thousands of flows make a texture: skip anti-aliasing there, it halves the time to paint. */
  .many .link {
    shape-rendering: optimizeSpeed;
  }
  .active .link {
    fill-opacity: 0.12;
  }
  .active .node {
    opacity: 0.35;
  }
  .active .link.on {
    fill-opacity: 0.75;
  }
  .active .node.on {
    opacity: 1;
  }
  .active .labels text {
    opacity: 0.35;
  }
  .active .labels text.on {
    opacity: 1;
  }
  .node:focus-visible,
  .node.focus {
    stroke: var(--_color-focus);
    stroke-width: var(--_focus-width);
    opacity: 1;
  }
  .link:focus-visible,
  .link.focus {
    stroke: var(--_color-focus);
    stroke-width: var(--_focus-width);
    fill-opacity: 0.75;
    shape-rendering: auto;
  }
  @media (prefers-reduced-motion: no-preference) {
    .link,
    .node,
    .labels text {
      transition:
        fill-opacity var(--_motion-duration) ease-out,
        opacity var(--_motion-duration) ease-out;
    }
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(22em, 90%);
    padding: var(--_space-1) var(--_space-2);
    background: var(--_color-background);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
    pointer-events: none;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip strong {
    display: block;
  }
  .notes {
    margin: var(--_space-2) 0 0;
    padding: 0;
    list-style: none;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .notes li + li {
    margin-top: var(--_space-1);
  }
  @media (forced-colors: active) {
    .node {
      fill: Canvas;
      stroke: CanvasText;
    }
    .link {
      fill: CanvasText;
    }
    .link.suppressed {
      fill: none;
      stroke: CanvasText;
    }
    .node:focus-visible,
    .link:focus-visible,
    .node.focus,
    .link.focus {
      stroke: Highlight;
    }
    text,
    .labels .value,
    .headings text {
      fill: CanvasText;
    }
  }
`;
