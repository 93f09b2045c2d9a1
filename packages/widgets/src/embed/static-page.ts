/**
 * A static embed page for one JSON document: the widget's element with the document inside, and the
 * key figure and source line baked in as plain text, which is what a reader without JavaScript
 * sees (an element that is not defined shows its children; once defined, its shadow root hides
 * them). Pure: no DOM, no file system; `praksis-embed page` writes the result to a file.
 */
import type { Lang } from '@praksis/core/lang.js';
import { readOptions } from '@praksis/core/options.js';
import { sourceLine, type WidgetSummary } from '@praksis/core/summary.js';
import { validateDocument, type Provenance, type ValidationIssue } from '@praksis/schema';
import { fallbackMarkup, fallbackText } from '../fallback.js';
import { widgetForKind } from '../registry.js';
import { oembedFileFor, oembedLink, oembedResponse, type OembedResponse } from './oembed.js';
import { escapeHtml } from '../html-text.js';
import { filesFolder, folderProblem } from './files-folder.js';
import { embedPage } from './page-template.js';
import type { ServerRender } from './server-render.js';

export interface StaticPageOptions {
  /**
   * Language of the page: its `<html lang>`, title and text, and so of the widget, which follows
   * the page. Default "da". The one language option: a `lang` attribute is refused, and the page
   * ignores `?lang=` in its address.
   */
  lang?: Lang;
  /**
   * Where the CDN files are (e.g. "https://cdn.example.dk/praksis/"; a "/" is added if missing).
   * Default "" (next to the page). A folder with a query or fragment, or a host without https://,
   * is refused (`folderProblem` in files-folder.js).
   */
  base?: string;
  /**
   * Attributes for the element (e.g. `{ 'suppress-below': '10' }`); the summary honours those that
   * change what it says. Not `lang` (use the `lang` option), `src`, `style` or an event handler.
   */
  attributes?: Readonly<Record<string, string>>;
  /**
   * The absolute URL the page will be published at. With it the page gets an oEmbed discovery link
   * to `<page>.oembed.json` next to it, and the result carries that file's content (`oembed`).
   */
  url?: string;
  /**
   * The name of the file the oEmbed response will be saved as, next to the page (the discovery link
   * names it). Default: the page's file name in `url` (`kapacitet.html` → `kapacitet.oembed.json`).
   */
  oembedFile?: string;
  /**
   * Draws the widget on the server (`serverRenderer()` in server-render.js, Node only): the page then
   * carries the chart itself in a declarative shadow root, which readers without JavaScript see.
   */
  render?: ServerRender;
}

export type StaticPageResult =
  | { ok: true; widget: string; summary: WidgetSummary; source: string; html: string; oembed?: OembedResponse }
  | { ok: false; issues: ValidationIssue[] };

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** JSON for a <script type="application/json">: no "<" at all, so nothing can end the element early. */
function inlineJson(doc: unknown): string {
  return JSON.stringify(doc).replace(/</g, '\\u003c');
}

/** Validates `doc`, picks its widget from `$schema`, and writes the page; or returns the problems. */
export function staticEmbedPage(doc: unknown, options: StaticPageOptions = {}): StaticPageResult {
  const { lang = 'da', attributes = {}, url, render } = options;
  // Written into <html lang> and chosen among the words: only the two languages there are.
  if (lang !== 'da' && lang !== 'en') return { ok: false, issues: [{ path: '', message: { da: 'sproget skal være da eller en', en: 'the language must be da or en' } }] };
  const baseProblem = folderProblem(options.base ?? '');
  if (baseProblem) return { ok: false, issues: [{ path: '', message: baseProblem }] };
  // A folder typed without its last "/" (…/praksis) would name files beside it (…/praksispraksis-embed.js).
  const base = filesFolder(options.base ?? '');
  const { kind, issues } = validateDocument(doc);
  if (issues.length > 0 || kind === undefined) return { ok: false, issues };
  const widget = widgetForKind(kind);
  if (!widget) return { ok: false, issues: [{ path: '/$schema', message: { da: `ingen widget viser «${kind}»`, en: `no widget shows “${kind}”` } }] };
  for (const name of Object.keys(attributes)) {
    // The page's language is the widget's: a `lang` of the element's own would make it speak
    // another language than the page's title and text around it.
    if (name.toLowerCase() === 'lang') {
      return { ok: false, issues: [{ path: '', message: { da: 'sproget angives for hele siden (lang), ikke som attribut til elementet', en: 'the language is set for the whole page (lang), not as an attribute of the element' } }] };
    }
    // Not `src` (the data is inside), nor an event handler or inline style, which the page's policy refuses.
    if (!ATTRIBUTE_NAME.test(name) || name === 'src' || name === 'style' || name.startsWith('on')) {
      return { ok: false, issues: [{ path: '', message: { da: `attributten «${name}» kan ikke bruges`, en: `the attribute “${name}” cannot be used` } }] };
    }
  }
  // The options as the element reads its attributes (options.ts in the widget's package).
  const summary = widget.summary(doc, lang, readOptions(widget.options, attributes));
  const source = sourceLine((doc as { provenance: Provenance }).provenance, lang);
  // The page is the fallback for readers without JavaScript, so it says everything the summary says.
  const fallback = fallbackText(doc, lang, { attributes, details: true })!;
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const tag = widget.tag;
  const drawn = render?.(tag, doc, { lang, ...attributes });
  const body =
    `\n<${tag}${attrs}>\n${drawn ? `${drawn.shadow}\n` : ''}<script type="application/json">\n${inlineJson(doc)}\n</script>\n` +
    `${fallbackMarkup(fallback, lang)}\n</${tag}>\n`;
  const title = summary.title;
  const styleHashes = drawn?.styleHashes ?? [];
  if (url === undefined) return { ok: true, widget: widget.name, summary, source, html: embedPage({ lang, title, base, body, styleHashes }) };
  let oembed: OembedResponse;
  try {
    const resizerUrl = new URL(`${base}praksis-embed-resizer.js`, url).href;
    oembed = oembedResponse({ pageUrl: url, resizerUrl, title, lang });
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: { da: `adressen kan ikke bruges: ${url}`, en: (error as Error).message } }] };
  }
  // The link is relative to the page, so it holds wherever the two files are published together.
  const responseFile = options.oembedFile === undefined ? oembedFileFor(new URL(url).pathname.split('/').pop() || 'index.html') : encodeURIComponent(options.oembedFile);
  const head = oembedLink(responseFile, title);
  return { ok: true, widget: widget.name, summary, source, html: embedPage({ lang, title, base, body, head, styleHashes }), oembed };
}
