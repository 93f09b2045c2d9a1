/**
 * The light-DOM fallback every snippet and static page puts inside a widget's element: what a reader
 * sees before the widget draws, when its script never runs (no JavaScript, a blocked or failed
 * file) and what stays for readers without JavaScript. Once the widget draws, its shadow root hides
 * it. Pure: no DOM; the embed-code page, the static pages and the tests use it.
 */
import type { Lang } from '@praksis/core/lang.js';
import { readOptions } from '@praksis/core/options.js';
import { documentDescription, documentDescriptionLang, sourceLine } from '@praksis/core/summary.js';
import { validateDocument, type Provenance } from '@praksis/schema';
import { widgetForKind } from './registry.js';
import { escapeHtml } from './html-text.js';

/** The lines of a fallback, as plain text, in the order shown; empty ones are left out. */
export interface FallbackText {
  title: string;
  /** The editor's alternative text for the chart (`description`), when the document has one. */
  description: string;
  /** Its language where it is not `lang` (given only in the other one), for its `lang` attribute. */
  descriptionLang?: Lang;
  /** The key figure with its unit, from the widget's own summary: “1.646 tilmeldte patienter pr. kapacitet”. */
  summary: string;
  /** Further sentences that put the figure in context (only when asked for). */
  details: string;
  /** Where the figures come from, as the widget's footer says it. */
  source: string;
}

export interface FallbackOptions {
  /** The element's attributes that change what it says (`suppress-below`, `at`, …). */
  attributes?: Readonly<Record<string, string>>;
  /** Include the summary's further sentences (static pages, where the fallback is the page). */
  details?: boolean;
}

/**
 * What the fallback says about the document `doc` in `lang`: the one place its text is composed.
 * A document that is not valid, or of no widget's kind, has none (undefined): the widget itself
 * then says what is wrong once it runs.
 */
export function fallbackText(doc: unknown, lang: Lang, options: FallbackOptions = {}): FallbackText | undefined {
  const { kind, issues } = validateDocument(doc);
  const widget = issues.length === 0 ? widgetForKind(kind) : undefined;
  if (!widget) return undefined;
  const summary = widget.summary(doc, lang, readOptions(widget.options, options.attributes ?? {}));
  const { provenance } = doc as { provenance: Provenance };
  const descriptionLang = documentDescriptionLang(doc, lang);
  return {
    title: summary.title,
    // The editor's alt text, which every schema allows: the one description of the chart there is.
    description: documentDescription(doc, lang),
    ...(descriptionLang && { descriptionLang }),
    summary: summary.figure,
    details: options.details ? summary.sentences.join(' ') : '',
    source: sourceLine(provenance, lang),
  };
}

/**
 * The fallback as markup, every line escaped as text. `link` (an http(s) URL, e.g. the static
 * page) is added as "see the chart" for readers whose browser cannot draw it.
 */
export function fallbackMarkup(text: FallbackText, lang: Lang, link?: string): string {
  const p = (line: string, cls: string, language?: Lang) => (line ? `<p class="${cls}"${language ? ` lang="${language}"` : ''}>${escapeHtml(line)}</p>` : '');
  const linkText = lang === 'en' ? 'See the chart' : 'Se figuren';
  const anchor = link && /^https?:\/\//i.test(link) ? `<p class="praksis-link"><a href="${escapeHtml(link)}">${linkText}</a></p>` : '';
  return (
    `<div class="praksis-fallback">` +
    p(text.title, 'praksis-title') +
    p(text.description, 'praksis-description', text.descriptionLang) +
    p(text.summary, 'praksis-figure') +
    p(text.details, 'praksis-details') +
    p(text.source, 'praksis-source') +
    anchor +
    `</div>`
  );
}
