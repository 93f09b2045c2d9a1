import type { Provenance, Text } from '@praksis/schema';
import { formatDate } from './format.js';
import type { Lang } from './lang.js';
import { coreMessages } from './messages.js';
import { fallbackLang, localize } from './text.js';

/**
 * What a widget says, as plain text, for places where the widget itself cannot run: a static embed
 * page read without JavaScript, a feed, a print. Each widget has a pure function that makes one from
 * a valid document (e.g. `capacitySummary`); no DOM.
 */
export interface WidgetSummary {
  /** The widget's title, e.g. the practice's name. */
  title: string;
  /** The key figure with its unit: "1.646 tilmeldte patienter pr. kapacitet". */
  figure: string;
  /** Complete sentences that put the figure in context. */
  sentences: string[];
}

/**
 * What a screen reader is told before a chart, as Highcharts' accessibility module does: what kind
 * of chart it is, how it is organised (stages, axes, rows and columns) and what range its data
 * spans. Complete sentences; each widget makes one from a valid document (e.g. `capacityOutline`).
 */
export interface ChartOutline {
  /** "Sankeydiagram over henvisninger." */
  type: string;
  /** "Trinene er: Almen praksis, Sygehus." */
  structure: string;
  /** "Strømmene går fra 12 til 3.400 henvisninger."; empty when the data has one figure. */
  range: string;
}

/**
 * The document's own description (its `description`, the editor's alt text) in `lang`, or "".
 * Every widget's schema has it at the top, so this reads any widget document; the widgets give it
 * to screen readers and write it into SVG downloads, and embed snippets can quote it as fallback.
 */
export function documentDescription(doc: unknown, lang: Lang): string {
  const description = typeof doc === 'object' && doc !== null ? (doc as { description?: Text }).description : undefined;
  return localize(description, lang).trim();
}

/** The language of the document's description where it is given only in the other one (`fallbackLang`). */
export function documentDescriptionLang(doc: unknown, lang: Lang): Lang | undefined {
  return typeof doc === 'object' && doc !== null ? fallbackLang((doc as { description?: Text }).description, lang) : undefined;
}

/** Only http(s) links are ever rendered, whatever the data says. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** "Opgjort pr. 1. jan. 2022" or "Periode 1. jan. 2022–31. dec. 2022"; empty without a date. */
export function provenanceDate(p: Provenance, lang: Lang): string {
  const m = coreMessages[lang];
  return p.asOf
    ? m.asOf(formatDate(lang, p.asOf))
    : p.period
      ? m.period(formatDate(lang, p.period.from), formatDate(lang, p.period.to))
      : '';
}

/**
 * The footer's source line as text: "Kilde: Sundhedsdatastyrelsen · BDO. Opgjort pr. 1. jan. 2022.",
 * led by "Eksempel – fiktive data." when the data is fictional. The widget's footer says the same.
 */
export function sourceLine(p: Provenance, lang: Lang): string {
  const m = coreMessages[lang];
  const source = localize(p.source, lang);
  const publisher = localize(p.publisher, lang);
  const when = provenanceDate(p, lang);
  return [
    p.fictional ? `${m.fictional}.` : '',
    `${m.source}: ${source}${publisher && publisher !== source ? ` · ${publisher}` : ''}.`,
    when ? `${when}.` : '',
    p.licence ? `${m.licence}: ${localize(p.licence, lang)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
