/**
 * The badge without JavaScript: a small static SVG stating the result, the rule set and the date of
 * the practice's information, linking to the details page. Pure string building; no DOM.
 *
 * Only "meets" is ever drawn as meeting the rules: stale, future-dated and incomplete information
 * each say that no (full) assessment is given.
 */
import { textIn, type AccessibilityDeclaration, type Lang } from '../declaration.js';
import type { Evaluation, Overall } from '../evaluate.js';
import { dateText } from '../i18n/phrases.js';
import { toDay } from '../time/civil.js';
import { estimateTextWidth } from './text-width.js';
import { escapeXml, safeHref } from './xml.js';

/**
 * The file names the badge and its details page are published under unless told otherwise (the
 * badge maker's and the CLI's defaults, and the names the badge guide tells practices to use).
 */
export const BADGE_FILE = 'praksis-badge.svg';
export const DETAILS_PAGE = 'praksis-badge.html';

export interface BadgeSvgOptions {
  lang?: Lang;
  /** The details page the badge links to (http(s) or relative). */
  href?: string;
}

/** The first line of the badge for each overall result. `title` is the rule set's title. */
function headline(overall: Overall, title: string, lang: Lang): string {
  const da = lang === 'da';
  switch (overall) {
    case 'meets':
      return da ? `Opfylder ${title}` : `Meets ${title}`;
    case 'does-not-meet':
      return da ? `Opfylder ikke alle ${title}` : `Does not meet all of ${title}`;
    case 'incomplete':
      return da ? `Kan ikke vurderes: ikke alt er oplyst` : `Cannot be assessed: not everything is stated`;
    case 'stale':
      return da ? `Ikke vurderet: oplysningerne er forældede` : `Not assessed: the information is out of date`;
    case 'future-dated':
      return da ? `Ikke vurderet: dateret efter vurderingsdagen` : `Not assessed: dated after the day judged`;
  }
}

/** The second line: whose information, as of when. */
function asOfLine(evaluation: Evaluation, lang: Lang): string {
  const date = dateText(toDay(evaluation.lastVerified), lang);
  return lang === 'da' ? `ifølge praksisens oplysninger pr. ${date}` : `according to the practice's information as of ${date}`;
}

const HEADLINE_SIZE = 12;
const SMALL_SIZE = 10;
const PAD = 10;

/** Attributes that fix a line's drawn width, so it fits whatever font the reader has. */
function fitted(text: string, size: number, bold: boolean): { width: number; attrs: string } {
  const width = Math.ceil(estimateTextWidth(text, size, bold));
  return { width, attrs: `textLength="${width}" lengthAdjust="spacingAndGlyphs"` };
}

/** The badge as SVG text (UTF-8, no script, no event attributes, no external references). */
export function badgeSvg(declaration: AccessibilityDeclaration, evaluation: Evaluation, options: BadgeSvgOptions = {}): string {
  const lang = options.lang ?? 'da';
  const practice = textIn(declaration.practice.name, lang);
  const title = evaluation.ruleSet.title[lang];
  const lines = [
    { text: headline(evaluation.overall, title, lang), size: HEADLINE_SIZE, bold: true },
    { text: asOfLine(evaluation, lang), size: SMALL_SIZE, bold: false },
    { text: practice, size: SMALL_SIZE, bold: false },
  ].map((line) => ({ ...line, ...fitted(line.text, line.size, line.bold) }));
  const width = Math.max(...lines.map((l) => l.width)) + 2 * PAD + 6;
  const height = 58;
  const meets = evaluation.overall === 'meets';
  const href = safeHref(options.href);
  const details = href ? (lang === 'da' ? ` Detaljer: ${href}` : ` Details: ${href}`) : '';
  const summary = evaluation.summary[lang].replace(/\.$/, '');
  const desc = `${practice}: ${summary} (${evaluation.ruleSet.id} ${evaluation.ruleSet.version}).${details}`;
  let y = 8;
  const texts = lines
    .map((l) => {
      y += l.size + 5;
      return `<text x="${PAD + 6}" y="${y}" font-size="${l.size}"${l.bold ? ' font-weight="700"' : ''} ${l.attrs}>${escapeXml(l.text)}</text>`;
    })
    .join('');
  // A solid bar for "meets", a hatched one otherwise: the difference is not carried by colour alone.
  const bar = meets
    ? `<rect x="0.5" y="0.5" width="6" height="${height - 1}" fill="#1f4e79"/>`
    : `<rect x="0.5" y="0.5" width="6" height="${height - 1}" fill="url(#h)"/>`;
  const pattern = meets
    ? ''
    : '<defs><pattern id="h" width="4" height="4" patternUnits="userSpaceOnUse"><path d="M0 4L4 0" stroke="#555" stroke-width="1.2"/></pattern></defs>';
  const body =
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="4" fill="#fff" stroke="#555"/>` +
    `${bar}<g fill="#1a1a1a" font-family="Verdana,'DejaVu Sans',Arial,sans-serif">${texts}</g>`;
  const linked = href ? `<a href="${escapeXml(href)}">${body}</a>` : body;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `${href ? '' : 'role="img" '}aria-labelledby="t d" xml:lang="${lang}" lang="${lang}">` +
    `<title id="t">${escapeXml(`${lines[0]?.text ?? ''} – ${lines[1]?.text ?? ''}`)}</title>` +
    `<desc id="d">${escapeXml(desc)}</desc>${pattern}${linked}</svg>\n`
  );
}
