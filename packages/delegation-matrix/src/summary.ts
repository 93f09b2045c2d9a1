import type { DelegationMatrixDocument, DelegationRow } from '@praksis/schema';
import { formatList, formatNumber, formatShare } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import type { ChartOutline, WidgetSummary } from '@praksis/core/summary.js';
import { localize } from '@praksis/core/text.js';
import { matrixMessages } from './messages.js';
import { buildModel, sortRows, type IndexRange, type MatrixCell, type MatrixRow, type Missing } from './model.js';

/** What a cell says in words: its share ("56 %"), count, level, or why it has no figure. */
export function valueText({ doc, lang }: { doc: DelegationMatrixDocument; lang: Lang }, cell: MatrixCell): string {
  const v = cell.value;
  return v === null
    ? matrixMessages[lang][cell.missing as Missing]
    : typeof v === 'string'
      ? localize(doc.scale.levels?.[cell.level as number]?.label, lang)
      : doc.scale.type === 'share'
        ? formatShare(lang, v, Number.isInteger(Math.round(v * 1e6) / 1e4) ? 0 : 1)
        : formatNumber(lang, v);
}

/** A delegation index as text: "2,4", or the range the figures allow, "2,3–2,6"; "–" without one. */
export function indexText({ lang }: { lang: Lang }, index: IndexRange | undefined): string {
  if (!index) return '–';
  const f = (x: number) => formatNumber(lang, x, 1);
  // A range is rounded outwards, so it still contains every index the figures allow.
  const low = f(Math.floor(index.low * 10 + 1e-9) / 10);
  const high = f(Math.ceil(index.high * 10 - 1e-9) / 10);
  return index.low === index.high ? f(index.low) : low === high ? low : `${low}–${high}`;
}

/** What the figures are, for a caption or a CSV column: "andel af praksis i procent", "antal praksis"; empty for levels. */
export function figuresUnit(doc: DelegationMatrixDocument, lang: Lang): string {
  const m = matrixMessages[lang];
  const unit = localize(doc.scale.unitLabel, lang) || m.units;
  return doc.scale.type === 'share' ? m.shareUnit(unit) : doc.scale.type === 'count' ? m.countUnit(unit) : '';
}

/** The legend's and the summary's sentence on what the figures and colours are, and of what; empty for levels. */
export function figuresSentence(doc: DelegationMatrixDocument, lang: Lang): string {
  const m = matrixMessages[lang];
  const unit = localize(doc.scale.unitLabel, lang) || m.units;
  return doc.scale.type === 'share' ? m.shares(unit) : doc.scale.type === 'count' ? m.counts(unit) : '';
}

/** "Antal praksis i alt: 567", or "n = 567" when the data does not say what it counts; empty without `scale.n`. */
export function totalText(doc: DelegationMatrixDocument, lang: Lang): string {
  const { n, unitLabel } = doc.scale;
  const count = n === undefined ? '' : formatNumber(lang, n);
  return !count ? '' : unitLabel ? matrixMessages[lang].total(localize(unitLabel, lang), count) : `n\u00a0=\u00a0${count}`;
}

/** "n = 10" (no-break spaces: it never wraps) for a row whose figures are out of another number than the rest; empty otherwise. */
export const rowBase = (doc: DelegationMatrixDocument, row: DelegationRow, lang: Lang): string =>
  row.n === undefined || row.n === doc.scale.n ? '' : `n\u00a0=\u00a0${formatNumber(lang, row.n)}`;

/**
 * The matrix's text summary: how many tasks, how many reserved for doctors, what the figures are
 * and of what, the tasks at either end of the delegation index, and per column how many tasks are
 * at the scale's top level.
 */
export function summarySentences(d: { doc: DelegationMatrixDocument; rows: readonly MatrixRow[]; lang: Lang }): string[] {
  const { doc, rows, lang } = d;
  const m = matrixMessages[lang];
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang);
  const total = rows.length;
  const parts = [m.rows(total)];
  const reserved = rows.filter((r) => r.row.reservedForDoctors).length;
  if (reserved) parts.push(m.reservedCount(reserved));
  const figures = figuresSentence(doc, lang);
  if (figures) parts.push(figures);
  const ranked = sortRows(
    rows.filter((r) => r.index),
    'index',
  );
  const first = ranked[0];
  const last = ranked[ranked.length - 1];
  if (first && last && first !== last) parts.push(m.ends(t(first.row.label), indexText(d, first.index), t(last.row.label), indexText(d, last.index)));
  const levels = doc.scale.levels;
  const top = levels?.[levels.length - 1];
  if (top) {
    doc.columns.forEach((column, i) => {
      const count = rows.filter((r) => r.cells.some((c) => c.start === i && c.level === levels.length - 1)).length;
      parts.push(m.byColumn(t(column.label), t(top.label).toLowerCase(), count, total));
    });
  }
  return parts;
}

/** What the matrix says, as plain text: its title and the summary sentences. No DOM. */
export function matrixSummary(doc: DelegationMatrixDocument, lang: Lang): WidgetSummary {
  const total = totalText(doc, lang);
  return {
    title: localize(doc.unit.name, lang),
    figure: localize(doc.title, lang),
    sentences: [...(total ? [`${total}.`] : []), ...summarySentences({ doc, rows: buildModel(doc).rows, lang })],
  };
}

/**
 * What screen readers are told before the matrix: a matrix of tasks, its rows and columns, and the
 * range of its figures (or its levels, lowest first). No DOM.
 */
export function matrixOutline(doc: DelegationMatrixDocument, lang: Lang): ChartOutline {
  const m = matrixMessages[lang];
  const model = buildModel(doc);
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang);
  const cells = model.rows.flatMap((r) => r.cells).filter((c) => typeof c.value === 'number');
  const sorted = [...cells].sort((a, b) => (a.value as number) - (b.value as number));
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  const levels = doc.scale.levels;
  const range =
    doc.scale.type === 'levels' && levels
      ? m.outlineLevels(formatList(lang, levels.map((level) => t(level.label))))
      : low && high
        ? (doc.scale.type === 'share' ? m.outlineShares : m.outlineCounts)(valueText({ doc, lang }, low), valueText({ doc, lang }, high))
        : '';
  return {
    type: m.outlineType,
    structure: [m.outlineStructure(model.rows.length, formatList(lang, doc.columns.map((c) => t(c.label)))), model.scaled ? m.outlineIndex : '']
      .filter(Boolean)
      .join(' '),
    range,
  };
}
