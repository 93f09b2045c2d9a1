import { css } from 'lit';

/**
 * Badge styles read only the private token variables set by `tokenStyles`. Neutral on purpose: the
 * result is carried by the words, the frame's line and the symbol's shape, all in the text colour,
 * never by a red or green fill.
 *
 * The base frame is made small for the compact variant: inline-block, tighter padding, a plain
 * title, and while collapsed only the fictional-data label of the footer (the source and date are
 * in the badge's own sentence). Expanded or `variant="full"`, the whole footer and the table
 * toggle come back. Expanded, the compact badge is a panel: the frame's own padding and a title one
 * step up the type scale.
 *
 * The result at a glance without a verdict colour: each state has its own line (the frame's
 * border), shape (the symbol's box) and weight, beside its own words. Met: the plain frame and a
 * round symbol. Not met: a heavy frame, a square symbol, the sentence in bold. Not stated: dashed.
 * Out of date (or dated in the future): dotted, and the sentence in italics. A requirement's symbol
 * in the detail has the shape of its state too. (Explained here, not in the CSS, which ships.)
 */
export const badgeStyles = css`
  :host(:not([variant='full'])) {
    display: inline-block;
    max-width: 100%;
    vertical-align: top;
  }
  :host(:not([variant='full']):not([expanded])) {
    max-width: min(100%, 36em);
  }
  :host(:not([variant='full'])) .frame {
    padding: var(--_space-1) var(--_space-2);
  }
  :host(:not([variant='full'])) [part='title'] {
    font-size: 1em;
    margin: 0;
  }
  :host([expanded]:not([variant='full'])) .frame {
    padding: var(--_space-3);
  }
  :host([expanded]:not([variant='full'])) [part='title'] {
    font-size: var(--_font-size-large);
    margin-bottom: var(--_space-1);
  }
  :host(:not([variant='full']):not([expanded])) [part='footer'] {
    margin-top: 0;
  }
  :host(:not([variant='full']):not([expanded])) [part='footer'] > :not([part='fictional']),
  :host(:not([variant='full']):not([expanded])) .toolbar,
  :host(:not([variant='full']):not([expanded])) [part='table'],
  :host(:not([variant='full']):not([expanded])) [part~='go-to-table'] {
    display: none;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
  }
  [part='summary'] {
    display: flex;
    align-items: baseline;
    gap: var(--_space-2);
  }
  .symbol {
    flex: none;
    display: inline-block;
    width: 1.4em;
    line-height: 1.3em;
    text-align: center;
    font-weight: 700;
    border: 1.5px solid currentColor;
    border-radius: 50%;
  }
  .frame:has(.state.does-not-meet) {
    border-width: calc(3 * var(--_border-width));
    border-color: var(--_color-text);
  }
  .frame:has(.state.incomplete) {
    border-style: dashed;
    border-width: calc(2 * var(--_border-width));
  }
  .frame:has(.state.stale),
  .frame:has(.state.future-dated) {
    border-style: dotted;
    border-width: calc(2 * var(--_border-width));
  }
  .state.does-not-meet {
    font-weight: var(--_font-weight-strong);
  }
  .state.does-not-meet .symbol {
    border-radius: 0;
    border-width: 2.5px;
  }
  .state.incomplete .symbol {
    border-style: dashed;
  }
  .state.stale,
  .state.future-dated {
    font-style: italic;
  }
  .state.stale .symbol,
  .state.future-dated .symbol {
    border-radius: 0;
    border-style: dotted;
    font-style: normal;
  }
  [part='detail'] {
    margin-top: var(--_space-2);
    display: grid;
    gap: var(--_space-2);
  }
  [part='detail'][hidden] {
    display: none;
  }
  .sub {
    font-weight: 600;
    margin-top: var(--_space-1);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-1);
  }
  [part='rules'] li {
    display: flex;
    gap: var(--_space-2);
    align-items: baseline;
  }
  [part='rules'] .not-met .symbol {
    border-radius: 0;
    border-width: 2.5px;
  }
  [part='rules'] .not-stated .symbol {
    border-style: dashed;
  }
  [part='rules'] .symbol {
    font-size: var(--_font-size-small);
  }
  .explanation {
    display: block;
  }
  .explanation,
  .muted {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  [part='hours'] {
    font-size: var(--_font-size-small);
  }
  a {
    color: inherit;
  }
`;
