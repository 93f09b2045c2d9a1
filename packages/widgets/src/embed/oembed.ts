/**
 * oEmbed (https://oembed.com) for static embed pages: a CMS that consumes oEmbed finds the page's
 * discovery `<link>`, reads the JSON it points to and puts its `html`, the iframe embed, where the
 * editor pasted the page's URL. A static site has no endpoint that takes `?url=`, so each page has
 * its own response file next to it (`<page>.oembed.json`). Pure strings, no DOM.
 */
import { EMBED_ATTRIBUTE } from './protocol.js';
import { escapeHtml } from '../html-text.js';

export const OEMBED_TYPE = 'application/json+oembed';
export const PROVIDER_NAME = 'Praksis Widgets';

/** The iframe's height before the resizer (if the CMS keeps its script) fits it to the content. */
export const OEMBED_HEIGHT = 480;
export const OEMBED_WIDTH = 640;

export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  html: string;
  width: number;
  height: number;
}

/** The response file's name for a page file: `kapacitet.html` → `kapacitet.oembed.json`. */
export function oembedFileFor(pageFile: string): string {
  return `${pageFile.replace(/\.html?$/i, '')}.oembed.json`;
}

/** An absolute http(s) URL, or a RangeError: oEmbed's html is pasted into other sites. */
function httpUrl(url: string, what: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError(`${what} must be an absolute http(s) URL, not ${url || '(nothing)'}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new RangeError(`${what} must be an http(s) URL, not ${url}`);
  return parsed;
}

/**
 * The response for the embed page published at `pageUrl`: the iframe with the mark the host's
 * resizer looks for, and the resizer from `resizerUrl` (the CDN folder's praksis-embed-resizer.js).
 */
export function oembedResponse(options: { pageUrl: string; resizerUrl: string; title: string; lang?: 'da' | 'en' }): OembedResponse {
  const page = httpUrl(options.pageUrl, 'the page URL');
  const resizer = httpUrl(options.resizerUrl, 'the resizer URL');
  const html =
    // The title is in the page's language, which the site the embed is pasted into may not speak.
    `<iframe src="${escapeHtml(page.href)}"${options.lang ? ` lang="${options.lang}"` : ''} title="${escapeHtml(options.title)}" width="100%" height="${OEMBED_HEIGHT}" ` +
    `loading="lazy" frameborder="0" ${EMBED_ATTRIBUTE}></iframe>` +
    `<script src="${escapeHtml(resizer.href)}" defer></script>`;
  return { version: '1.0', type: 'rich', title: options.title, provider_name: PROVIDER_NAME, html, width: OEMBED_WIDTH, height: OEMBED_HEIGHT };
}

/** The discovery link for a page's <head>: `href` is the response file, relative to the page or absolute. */
export function oembedLink(href: string, title: string): string {
  return `<link rel="alternate" type="${OEMBED_TYPE}" href="${escapeHtml(href)}" title="${escapeHtml(title)}">`;
}
