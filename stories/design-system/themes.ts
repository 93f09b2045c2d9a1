/// <reference types="vite/client" />
/**
 * The shipped theme files as CSS text, for the stories and the toolbar's theme switch. Themes are
 * plain CSS that sets custom properties on `:root`; a story applies one to a wrapper by scoping the
 * selector to it, so several themes can sit side by side on one page.
 */
import { html, type TemplateResult } from 'lit';

const files = import.meta.glob<string>('../../packages/core/themes/*.css', { query: '?raw', import: 'default', eager: true });

/** Theme name → CSS text, the default first. */
export const THEME_CSS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files)
    .map(([path, css]) => [path.replace(/^.*\/([^/]+)\.css$/, '$1'), css] as const)
    .sort(([a], [b]) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b))),
);

/** A `<style>` element with the theme's rules applied to `selector` instead of `:root`. */
export function scopedThemeStyle(css: string, selector: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css.replace(/:root\b/g, selector);
  return style;
}

let counter = 0;
/** Renders `content` inside a wrapper that has the theme's custom properties. */
export function themed(css: string, content: TemplateResult, label = ''): TemplateResult {
  const id = `praksis-theme-${(counter += 1)}`;
  return html`<div class="themed" data-theme-scope=${id} aria-label=${label || 'themed example'} role="group">
    ${scopedThemeStyle(css, `[data-theme-scope="${id}"]`)}${content}
  </div>`;
}

export const fmt = (n: number, digits = 2): string => (Number.isNaN(n) ? '—' : n.toFixed(digits));
