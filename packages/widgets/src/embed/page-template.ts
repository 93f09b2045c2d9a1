/**
 * The markup of an embed page, for the generic dist/cdn/embed.html (written by the CDN build) and
 * for static pages (`staticEmbedPage`). Plain strings, no DOM.
 *
 * The page runs under its own strict policy: no inline script or style (its script and stylesheet
 * are files next to it, or at `base`), nothing fetched but the scripts, the stylesheet and the
 * JSON the widget is told to load.
 */
import { escapeHtml } from '../html-text.js';

/** The page's own stylesheet (praksis-embed.css). No fonts, nothing fetched. */
export const EMBED_CSS = `html{color-scheme:light dark}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.4}
main{display:block;padding:1px 0}
.praksis-fallback{padding:0.75rem 1rem;border:1px solid GrayText}
.praksis-fallback p{margin:0 0 0.5rem}
.praksis-fallback .praksis-figure{font-size:1.5rem;font-weight:700}
.praksis-fallback .praksis-source{font-size:0.875rem;margin:0}
.praksis-problem{margin:0;padding:0.75rem 1rem;border:2px solid currentColor}
`;

export interface EmbedPageOptions {
  /** `lang` of the page. Default "da". */
  lang?: 'da' | 'en';
  /** The document title. */
  title?: string;
  /**
   * Where praksis-embed.js, praksis-embed.css and the widgets' files are, ending in "/". Default ""
   * (next to the page). An absolute URL's origin is added to the page's policy.
   */
  base?: string;
  /** Markup inside <main>, already escaped. Default: the generic page's <noscript> text. */
  body?: string;
  /** Further markup for <head>, already escaped (a static page's oEmbed discovery link). */
  head?: string;
  /** CSP hash sources of inline <style> elements the body carries (a server-drawn widget's). */
  styleHashes?: readonly string[];
}

/** Shown by the generic page when scripts do not run; a static page shows its key figure instead. */
export const GENERIC_NOSCRIPT =
  '<noscript><p class="praksis-problem" lang="da">Figuren kræver JavaScript. ' +
  '<span lang="en">This chart needs JavaScript.</span></p></noscript>';

/**
 * The policy's source for the files at `base`: the origin of an http(s) URL; the host of a
 * scheme-relative one ("//cdn.example.dk/…", which a host-source without a scheme matches over the
 * page's own scheme); none for a path on the page's own origin or any other scheme.
 */
function originOf(base: string): string {
  const trimmed = base.trim();
  try {
    if (trimmed.startsWith('//')) return ` ${new URL(`https:${trimmed}`).host}`;
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? ` ${url.origin}` : '';
  } catch {
    return '';
  }
}

/**
 * The page's Content-Security-Policy, as a meta element can carry it (no frame-ancestors: send that
 * as a header). `styleHashes` allow exactly the <style> elements of a server-drawn widget, by hash.
 */
export function embedPolicy(base = '', styleHashes: readonly string[] = []): string {
  const assets = `'self'${originOf(base)}`;
  return [
    "default-src 'none'",
    `script-src ${assets}`,
    `style-src ${[assets, ...styleHashes].join(' ')}`,
    // The widget loads the JSON that `src` names, wherever the embedder keeps it.
    'connect-src *',
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

export function embedPage(options: EmbedPageOptions = {}): string {
  const { lang = 'da', title = 'Praksis Widgets', base = '', body = GENERIC_NOSCRIPT, head = '', styleHashes = [] } = options;
  const at = (file: string) => escapeHtml(`${base}${file}`);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(embedPolicy(base, styleHashes))}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${at('praksis-embed.css')}">
<script type="module" src="${at('praksis-embed.js')}"></script>
${head ? `${head}\n` : ''}</head>
<body>
<main id="praksis-embed">${body}</main>
</body>
</html>
`;
}
