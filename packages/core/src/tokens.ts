import { unsafeCSS, type CSSResult } from 'lit';
import { CATEGORY_PALETTE_CSS, DIVERGING_PALETTE_CSS, MARK_CSS, SEQUENTIAL_PALETTE_CSS, TOKEN_CSS } from './generated/token-css.js';

/**
 * Design tokens as CSS: each public `--praksis-*` custom property an embedder may set is read
 * through a private `--_*` variable whose fallback is compiled in, so a widget looks right on a page
 * with no stylesheet of ours. Generated from tokens/tokens.json; component styles read only `--_*`.
 * `unsafeCSS` is safe here: the text is our own build output, never data.
 */
export const tokenStyles: CSSResult = unsafeCSS(TOKEN_CSS);

/**
 * Chart-mark variables (`--_color-mark`, track, reference, comparison, bands): add to a widget's
 * styles when it draws with them, like the palettes below.
 */
export const markStyles: CSSResult = /*#__PURE__*/ unsafeCSS(MARK_CSS);

/**
 * Palette variables (`--_color-sequential-1` …): add to a widget's styles when it draws with them.
 * Marked pure so a bundle without the widget that uses a palette drops it.
 */
export const sequentialPaletteStyles: CSSResult = /*#__PURE__*/ unsafeCSS(SEQUENTIAL_PALETTE_CSS);
export const divergingPaletteStyles: CSSResult = /*#__PURE__*/ unsafeCSS(DIVERGING_PALETTE_CSS);
export const categoryPaletteStyles: CSSResult = /*#__PURE__*/ unsafeCSS(CATEGORY_PALETTE_CSS);
