/**
 * Everything the badge maker writes out for a valid declaration, from the library's own functions:
 * the JSON, the two embed snippets, the static SVG badge and its image snippet, the details page
 * (the static-page route, the badge's full variant), the JSON-LD block and the OSM value. Pure.
 */
import { BADGE_FILE, badgeSvg, outsideConsultation, safeHref, evaluate, jsonLdScript, toJsonLd, toOsm, type AccessibilityDeclaration, type Evaluation, type HourCategory, type RuleSet } from '@praksis/hours-rules';
import { staticEmbedPage } from '@praksis/widgets/embed/static-page.js';
import { escapeHtml } from '@praksis/widgets/html-text.js';
import { baseProblem, inlineSnippet, isEmbeddableUrl, srcSnippet, widgetByName } from '../embed-code/snippets.js';
import type { MakerLang } from './messages.js';

export interface OutputOptions {
  lang: MakerLang;
  ruleSet: RuleSet;
  at: number;
  /** Where the details page will be, for the badge's link. */
  detailsUrl: string;
  /** Where the CDN files are served. */
  scriptBase: string;
  /** Where the JSON file will be, for the script snippet. */
  jsonUrl: string;
}

export interface Outputs {
  evaluation: Evaluation;
  json: string;
  scriptSnippet: string;
  inlineSnippet: string;
  svg: string;
  imgSnippet: string;
  /** '' (as are both snippets) when the folder of the widget files has a problem (`baseProblem`), named at its field. */
  detailsPage: string;
  jsonLd: string;
  osm: string | undefined;
  /** The details page's address was given but cannot be a link (not http(s) or relative, or too long). */
  linkDropped: boolean;
  /** Kinds of access with hours outside the consultation hours, which JSON-LD and OSM do not carry. */
  notInOpeningHours: HourCategory[];
}

/** The SVG's own width and height, for the <img> snippet. */
function size(svg: string): { width: string; height: string } {
  return { width: /width="(\d+)"/.exec(svg)?.[1] ?? '', height: /height="(\d+)"/.exec(svg)?.[1] ?? '' };
}

export function outputs(declaration: AccessibilityDeclaration, options: OutputOptions): Outputs {
  const { lang } = options;
  const widget = widgetByName('hours-badge');
  if (!widget) throw new Error('hours-badge is not in the registry');
  const evaluation = evaluate(declaration, { ruleSet: options.ruleSet, at: options.at });
  // The same check for the badge's own link and the snippet's, so neither links where the other does not.
  const href = safeHref(options.detailsUrl);
  const svg = badgeSvg(declaration, evaluation, { lang, ...(href ? { href } : {}) });
  const title = /<title id="t">([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
  const { width, height } = size(svg);
  const img = `<img src="${BADGE_FILE}" alt="${title}" width="${width}" height="${height}">`;
  const page = staticEmbedPage(declaration, { lang, base: options.scriptBase, attributes: { variant: 'full' } });
  const jsonUrl = options.jsonUrl.trim();
  // No snippet names files in a folder whose addresses would not work.
  const baseOk = baseProblem(options.scriptBase) === undefined;
  return {
    evaluation,
    json: `${JSON.stringify(declaration, null, 2)}\n`,
    scriptSnippet: baseOk && isEmbeddableUrl(jsonUrl) ? srcSnippet({ widget, base: options.scriptBase, lang, src: jsonUrl, data: declaration }) : '',
    inlineSnippet: baseOk ? inlineSnippet({ widget, base: options.scriptBase, lang, data: declaration }) : '',
    svg,
    imgSnippet: href ? `<a href="${escapeHtml(href)}">${img}</a>` : img,
    detailsPage: page.ok ? page.html : '',
    jsonLd: jsonLdScript(toJsonLd(declaration, { lang, at: options.at })),
    osm: toOsm(declaration),
    linkDropped: options.detailsUrl.trim() !== '' && href === undefined,
    notInOpeningHours: outsideConsultation(declaration),
  };
}
