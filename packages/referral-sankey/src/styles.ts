import { css } from 'lit';

/**
 * Sankey styles read only the private token variables set by `tokenStyles`. (Comments live here,
 * not in the CSS, which ships as written.)
 *
 * - Category colours (`.c0` … `.c7`, `.c-other`) set `color`, which nodes and flows paint with; no
 *   per-element custom property. A node that paints no flow (`.neutral`) has no category colour,
 *   so it suggests no link to a node that has one (layout/colors.ts).
 * - A flow is a band in its full colour: the palette keeps 3:1 against the background (WCAG
 *   1.4.11), a translucent band would not, and every flow, the thinnest too, is drawn the same way.
 *   No outline: stroking thousands of curves cost more to lay out and paint than the rest of the
 *   diagram together.
 * - Thousands of flows (`.many`) make a texture: no anti-aliasing there (it halves the time to
 *   paint).
 * - The marks (`.marks`) and the overlay over them (view/highlight.ts) are layers of their own
 *   (`will-change`), so a highlight repaints the overlay's few shapes, never the marks. The
 *   overlay lets the pointer through to the marks. The words drawn over a highlight are in a
 *   layer of their own (`.words`), hidden while nothing is highlighted. The tab stop (`.stop`) is
 *   invisible but for its focus ring. Print, like the downloads, shows the diagram at rest
 *   (`.screen-only`). The highlight's shade and the tooltip are styled by the code that draws
 *   them, loaded on demand (view/interaction-styles.ts).
 */
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
  /* The phone layout (view/flow-list.ts): names wrap, never cut; the figures keep to one line. */
  .flow-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .flow-list > li {
    padding: var(--_space-1) 0;
    border-top: 1px solid var(--_color-border);
  }
  .flow-line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space-2);
  }
  .flow-names {
    min-width: 0;
  }
  .flow-figures {
    margin-inline-start: auto;
    color: var(--_color-text-muted);
    white-space: nowrap;
  }
  .flow-bar {
    display: block;
    margin-top: 2px;
  }
  .flow-bar rect {
    fill: currentColor;
  }
  .flow-bar .suppressed {
    fill: none;
  }
  .c0 {
    color: var(--_color-category-1);
  }
  .c1 {
    color: var(--_color-category-2);
  }
  .c2 {
    color: var(--_color-category-3);
  }
  .c3 {
    color: var(--_color-category-4);
  }
  .c4 {
    color: var(--_color-category-5);
  }
  .c5 {
    color: var(--_color-category-6);
  }
  .c6 {
    color: var(--_color-category-7);
  }
  .c7 {
    color: var(--_color-category-8);
  }
  .c-other {
    color: var(--_color-category-other);
  }
  .node {
    fill: currentColor;
    stroke: var(--_color-text);
    stroke-width: 1px;
    cursor: pointer;
  }
  .node.neutral {
    fill: var(--_color-background);
  }
  .link {
    fill: currentColor;
    stroke: none;
    cursor: pointer;
  }
  .link.suppressed {
    fill: none;
    stroke: var(--_color-text-muted);
    stroke-width: 1px;
    stroke-dasharray: 3 2;
  }
  .many .link {
    shape-rendering: optimizeSpeed;
  }
  .plot {
    position: relative;
  }
  .plot > svg {
    will-change: transform;
  }
  .plot > svg + svg {
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: none;
  }
  .overlay:not(.active) ~ .words {
    visibility: hidden;
  }
  @media print {
    .screen-only {
      display: none;
    }
  }
  .stop {
    fill: none;
    stroke: none;
    outline: none;
  }
  .stop:focus-visible {
    stroke: var(--_color-focus);
    stroke-width: var(--_focus-width);
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
    .stop:focus-visible {
      stroke: Highlight;
    }
    text,
    .labels .value,
    .headings text {
      fill: CanvasText;
    }
    /* The halo is the labels' ground: the system's, not the scheme's background. */
    .labels text {
      stroke: Canvas;
    }
  }
`;
