/**
 * Copy-paste snippets for the three ways onto a page: a module script with a JSON URL, a module
 * script with the JSON inline, and an iframe of the standalone embed page. The module script is the
 * autoloader, or the widget's own entry; either way the element carries the light-DOM fallback (title,
 * key figure, source) that readers see until it draws, or for good when its script cannot run. Pure
 * string work, no DOM, so it is tested in Node. Every value that goes into markup is escaped here.
 */

import type { AnyWidgetDescriptor } from '@praksis/core/descriptor.js';
import { fallbackMarkup, fallbackText } from '@praksis/widgets/fallback.js';
import { fileInFolder, folderProblem } from '@praksis/widgets/embed/files-folder.js';
import { escapeHtml } from '@praksis/widgets/html-text.js';
import type { Lang } from '@praksis/core/lang.js';
import { WIDGETS, widgetForKind, widgetNamed } from '@praksis/widgets/registry.js';

export type SnippetLang = '' | 'da' | 'en';

/** A widget as the registry describes it: name, tag, kind, label and examples. */
export type WidgetInfo = AnyWidgetDescriptor;

export { WIDGETS, widgetForKind, widgetNamed as widgetByName };

/** The example document of a widget to load, valid or not (packages/schema/examples/<kind>/…). */
export function examplePath(widget: WidgetInfo, validity: 'valid' | 'invalid'): string {
  const name = validity === 'valid' ? widget.examples.valid[0] : widget.examples.invalid;
  return `${widget.kind.name}/${validity}/${name}.json`;
}


/**
 * JSON that is safe as the content of `<script type="application/json">`. The HTML parser ends a
 * script element at `</script` and treats `<!--` and `<script` specially (the "escaped" states),
 * whatever the type. In valid JSON a `<` can only stand inside a string, where `\u003c` means the
 * same character, so those three openings are written with it and the data is unchanged.
 */
export function jsonForScriptElement(data: unknown, indent = 2): string {
  const json = JSON.stringify(data, null, indent);
  if (json === undefined) throw new TypeError('not JSON data');
  return json.replace(/<(?=\/script|!--|script)/gi, '\\u003c');
}

/** An http(s) URL, absolute or relative to the page; anything else (javascript:, data:) is refused. */
export function isEmbeddableUrl(url: string): boolean {
  const trimmed = url.trim();
  // Whitespace inside (and so control characters, which URL parsing would drop silently) is refused.
  if (trimmed === '' || /\s/.test(trimmed) || [...trimmed].some((char) => char.charCodeAt(0) < 0x20)) return false;
  // A scheme other than http(s) is refused; so is a scheme-relative "//host" for clarity.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (scheme) return /^https?$/i.test(scheme[1] ?? '') && URL.canParse(trimmed);
  return !trimmed.startsWith('//') && URL.canParse(trimmed, 'https://example.invalid/');
}

/** True for an absolute http(s) URL. */
export function isAbsoluteHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url.trim()) && isEmbeddableUrl(url);
}

/**
 * The docs site's own CDN folder (`cdn/` beside its pages), as an absolute address where there is a
 * page: the tools' default file path, so their snippets work as pasted.
 */
export function siteCdnFolder(): string {
  return typeof document === 'undefined' ? 'cdn/' : new URL('cdn/', document.baseURI).href;
}

/**
 * What is wrong with the folder typed for the widget files, said beside its field by every tool
 * that writes snippets (the same rule as `praksis-embed page --base`): undefined when it is fine.
 */
export const baseProblem = folderProblem;

/** Which module the snippet loads: the autoloader (any widget in the page) or the widget's own entry. */
export type Loader = 'autoloader' | 'widget';

function scriptUrl(base: string, widget: WidgetInfo, loader: Loader = 'autoloader'): string {
  return fileInFolder(base, `${loader === 'autoloader' ? 'praksis-autoloader' : widget.tag}.js`);
}

export interface ScriptSnippetOptions {
  widget: WidgetInfo;
  /**
   * Folder (URL) that serves the CDN files of one version, e.g. "https://cdn.example.dk/praksis/0.1.0/".
   * One with a problem (`baseProblem`: a query or fragment, a host without https://) is refused with a RangeError.
   */
  base: string;
  /** The element's `lang`; '' writes none, and the widget follows the language of the page around it. */
  lang?: SnippetLang;
  /**
   * The language of the page the snippet goes into, for a snippet without `lang`: the widget then
   * speaks it, so its fallback text is written in it. Default Danish, as a widget on a page
   * without `lang` speaks Danish. Ignored when `lang` is set.
   */
  pageLang?: Lang;
  /** Default "autoloader". */
  loader?: Loader;
  /** The valid document the element shows, for its fallback text. */
  data: unknown;
}

/** 'da' or 'en' as given; anything else (from untyped callers) as not given. */
function langOrNone(value: unknown): Lang | undefined {
  return value === 'da' || value === 'en' ? value : undefined;
}

/** The language the widget will speak: its own `lang`, else the page's, else Danish. */
export function widgetLang(options: { lang?: SnippetLang; pageLang?: Lang }): Lang {
  return langOrNone(options.lang) ?? langOrNone(options.pageLang) ?? 'da';
}

/** The element's light-DOM fallback for `data`, indented, in the language the widget will speak; none for invalid data. */
function fallbackLines(options: ScriptSnippetOptions): string[] {
  const lang = widgetLang(options);
  const text = fallbackText(options.data, lang);
  return text ? [`  ${fallbackMarkup(text, lang)}`] : [];
}

function openTag(widget: WidgetInfo, attributes: readonly (readonly [string, string | undefined])[]): string {
  const attrs = attributes
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${widget.tag}${attrs}>`;
}

/**
 * A module script is fetched with CORS whatever its attributes: from another origin it runs only if
 * the server sends Access-Control-Allow-Origin. `crossorigin` says so in the snippet (and asks for no
 * credentials); the element's fallback shows if it does not run.
 */
function scriptTag(options: ScriptSnippetOptions): string {
  return `<script type="module" src="${escapeHtml(scriptUrl(options.base, options.widget, options.loader))}" crossorigin="anonymous"></script>`;
}

/** Script tag plus the element reading its data from `src`, with the fallback for that data inside. */
export function srcSnippet(options: ScriptSnippetOptions & { src: string }): string {
  if (!isEmbeddableUrl(options.src)) throw new RangeError(`not an http(s) URL: ${options.src}`);
  const { widget } = options;
  return [scriptTag(options), openTag(widget, [['lang', langOrNone(options.lang)], ['src', options.src.trim()]]), ...fallbackLines(options), `</${widget.tag}>`].join('\n');
}

/** Script tag plus the element with the document inside it, for pages that cannot serve a JSON file. */
export function inlineSnippet(options: ScriptSnippetOptions): string {
  const { widget } = options;
  const json = jsonForScriptElement(options.data)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return [
    scriptTag(options),
    openTag(widget, [['lang', langOrNone(options.lang)]]),
    '  <script type="application/json">',
    json,
    '  </script>',
    ...fallbackLines(options),
    `</${widget.tag}>`,
  ].join('\n');
}

export interface IframeSnippetOptions {
  widget: WidgetInfo;
  /** Folder (URL) that serves embed.html and praksis-embed-resizer.js; refused as in `ScriptSnippetOptions`. */
  base: string;
  src: string;
  /** The embed page's language ('' for the page's, `pageLang`). */
  lang?: SnippetLang;
  /**
   * The language of the framing page, for a snippet without `lang`. A framed page does not inherit
   * its parent's `lang`, so the embed page is told it (`lang=`), and the iframe's title is in it.
   */
  pageLang?: Lang;
  /** Height in CSS pixels before the resizer (if any) takes over. */
  height?: number;
  /** The origin of the page that frames the embed (`https://www.example.dk`): only it is told the height. */
  parentOrigin?: string;
}

/** The origin of an http(s) URL, or undefined. */
export function httpOrigin(url: string): string | undefined {
  if (!isAbsoluteHttpUrl(url)) return undefined;
  return new URL(url.trim()).origin;
}

/** The embed page's address: embed.html?widget=<name>&src=<url>&lang=<lang>[&parent-origin=<origin>]. */
export function embedPageUrl(options: IframeSnippetOptions): string {
  const params = new URLSearchParams({ widget: options.widget.name, src: options.src.trim(), lang: widgetLang(options) });
  if (options.parentOrigin) {
    const origin = httpOrigin(options.parentOrigin);
    if (!origin) throw new RangeError(`not an http(s) origin: ${options.parentOrigin}`);
    params.set('parent-origin', origin);
  }
  return `${fileInFolder(options.base, 'embed.html')}?${params.toString()}`;
}

/**
 * An iframe of the standalone embed page and the host-side resizer. The frame carries
 * `data-praksis-embed`, the mark the resizer looks for (it resizes no other iframe). Without the
 * resizer (a CMS that strips scripts) the frame keeps its fixed height.
 */
export function iframeSnippet(options: IframeSnippetOptions): string {
  if (!isEmbeddableUrl(options.src)) throw new RangeError(`not an http(s) URL: ${options.src}`);
  const title = `Praksis Widgets: ${options.widget.label[widgetLang(options)]}`;
  const height = Math.max(100, Math.round(options.height ?? 480));
  return [
    // frameborder="0": no default border, without a style attribute that a strict policy would refuse.
    // The title is in the snippet's language: said on the frame when that may not be the page's.
    `<iframe src="${escapeHtml(embedPageUrl(options))}"${langOrNone(options.lang) ? ` lang="${widgetLang(options)}"` : ''} title="${escapeHtml(title)}" width="100%" height="${height}" loading="lazy" frameborder="0" data-praksis-embed></iframe>`,
    `<script src="${escapeHtml(fileInFolder(options.base, 'praksis-embed-resizer.js'))}" defer></script>`,
  ].join('\n');
}
