import { css } from 'lit';

/**
 * The frame every widget draws in. `all: initial` on the frame shields it from inherited host-page
 * styles (huge fonts, letter-spacing, right-to-left), while the font family is inherited on purpose.
 *
 * One control size in every widget: buttons are as tall as `--praksis-control-size`, and never a
 * target under 24 CSS px (WCAG 2.5.8), however small the font. The toolbar holds the table toggle,
 * then the downloads as one group that wraps whole rather than leaving a button alone on a line
 * (and, in a column narrower than the group, puts its buttons together under its label);
 * the status line below it takes the full width and no room while empty. A word longer than its
 * line (a web address in a source, a long name) breaks rather than running out of the box; tables
 * keep their words whole, as a table view scrolls and the matrix turns into cards. (Explained here,
 * not in the CSS, which ships.)
 */
export const baseStyles = css`
  :host {
    display: block;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    all: initial;
    /* Reset by all: initial; the tokens' light-dark() fallbacks need the host's scheme. */
    color-scheme: inherit;
    display: block;
    box-sizing: border-box;
    direction: ltr;
    text-align: start;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    background: var(--_color-background);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-3);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  table {
    overflow-wrap: normal;
  }
  .frame *,
  .frame *::before,
  .frame *::after {
    box-sizing: border-box;
  }
  [part='title'] {
    margin: 0 0 var(--_space-2);
    font-size: var(--_font-size-title);
    font-weight: var(--_font-weight-strong);
    line-height: var(--_line-height-title);
  }
  p {
    margin: 0;
  }
  /* TextMeasureController's probe: its width follows the font and spacing text inherits. */
  .text-probe {
    position: absolute;
    /* The frame's family (a theme's --praksis-font-family, else the page's) and the inherited
       spacing; a host page's huge type is not needed to see them change. */
    font-family: var(--_font-family);
    font-size: 16px;
    width: max-content;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
    white-space: pre;
  }
  .text-probe::before {
    content: 'Mm Øå 0,9';
  }
  .visually-hidden,
  .chart-intro > :not(button:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The section before the chart is for screen readers; its buttons show when focused, as skip links do. */
  .chart-intro > button:focus {
    margin-block: var(--_space-1);
  }
  [part~='error-details'] summary {
    cursor: pointer;
  }
  [part='status'] {
    color: var(--_color-text-muted);
    padding: var(--_space-2) 0;
  }
  [part='error'] {
    color: var(--_color-error);
    border-inline-start: 4px solid var(--_color-error);
    padding: var(--_space-2) var(--_space-3);
  }
  [part='error'] code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  [part='error'] ul {
    margin: var(--_space-1) 0 0;
    padding-inline-start: 1.2em;
  }
  button {
    font: inherit;
    font-size: var(--_font-size);
    line-height: var(--_line-height-title);
    color: var(--_color-text);
    background: var(--_color-surface);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    height: max(24px, var(--_control-size));
    min-width: max(24px, var(--_control-size));
    padding: 0 var(--_space-2);
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: var(--_focus-offset);
  }
  [part='footer'] {
    margin-top: var(--_space-3);
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
    display: grid;
    gap: var(--_space-1);
  }
  [part='fictional'] {
    color: var(--_color-fictional);
    font-weight: var(--_font-weight-strong);
  }
  [part='footer'] ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  [part='footer'] a {
    color: inherit;
  }
  .toolbar {
    margin-top: var(--_space-2);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
  }
  [part='downloads'],
  .download-buttons {
    display: inline-flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: var(--_space-1);
    white-space: nowrap;
  }
  /* Only where the whole group is wider than the line: the buttons go under their label, together. */
  [part='downloads'] {
    flex-wrap: wrap;
    max-width: 100%;
  }
  .toolbar > [role='status'] {
    flex-basis: 100%;
  }
  .toolbar > [role='status']:empty {
    margin-top: calc(-1 * var(--_space-1));
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-top: var(--_space-2);
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: var(--_font-weight-strong);
    padding-bottom: var(--_space-1);
  }
  th,
  td {
    text-align: start;
    padding: var(--_space-1) var(--_space-2);
    border-bottom: var(--_border-width) solid var(--_color-border);
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: end;
  }
  thead th {
    background: var(--_color-surface);
  }
  .table-wrap {
    overflow-x: auto;
  }
  /* The fixed-size rendering (attribute static). The element sets --static-w and --static-h from its
     width and height attributes: not tokens, so not --_ names. */
  :host([static]) {
    width: var(--static-w);
    height: var(--static-h);
  }
  :host([static]) .frame {
    height: 100%;
    display: flex;
    flex-direction: column;
  }
  :host([static]) [part='footer'] {
    margin-top: auto;
  }
  /* A static drawing has nothing to press; nor has one drawn on the server before its script runs
     (the element is not defined yet), where the buttons would do nothing. */
  :host([static]) .toolbar,
  :host([static]) .chart-intro button,
  :host(:not(:defined)) .toolbar,
  :host(:not(:defined)) .chart-intro button {
    display: none;
  }
  @media print {
    .toolbar {
      display: none;
    }
    .frame {
      break-inside: avoid;
      print-color-adjust: exact;
    }
    svg {
      max-width: 100%;
      height: auto;
    }
  }
  @media (forced-colors: active) {
    .frame {
      border-color: CanvasText;
    }
    [part='error'] {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color var(--_motion-duration) ease-out;
    }
  }
`;
