import { css } from 'lit';

/**
 * Badge styles read only the private token variables set by `tokenStyles`. Neutral on purpose: the
 * result is carried by the words and a symbol in the text colour, never by a red or green fill.
 *
 * The base frame is made small for the compact variant: inline-block, tighter padding, a plain
 * title, and while collapsed only the fictional-data label of the footer (the source and date are
 * in the badge's own sentence). Expanded or `variant="full"`, the whole footer and the table
 * toggle come back.
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
  [part='toggle'] {
    font-size: 0.9em;
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
  [part='rules'] .symbol {
    font-size: 0.85em;
  }
  .explanation {
    display: block;
  }
  .explanation,
  .muted {
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  [part='hours'] {
    font-size: 0.9em;
  }
  a {
    color: inherit;
  }
`;
