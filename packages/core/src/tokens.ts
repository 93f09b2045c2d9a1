import { unsafeCSS, type CSSResult } from 'lit';
import { TOKEN_CSS } from './generated/token-css.js';

/**
 * Design tokens as CSS: each public `--praksis-*` custom property an embedder may set is read
 * through a private `--_*` variable whose fallback is compiled in, so a widget looks right on a page
 * with no stylesheet of ours. Generated from tokens/tokens.json; component styles read only `--_*`.
 * `unsafeCSS` is safe here: the text is our own build output, never data.
 */
export const tokenStyles: CSSResult = unsafeCSS(TOKEN_CSS);
