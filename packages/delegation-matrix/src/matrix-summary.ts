import type { DelegationMatrixDocument } from '@praksis/schema';
import { formatNumber } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import type { WidgetSummary } from '@praksis/core/summary.js';
import { localize } from '@praksis/core/text.js';
import { matrixMessages } from './delegation-matrix.messages.js';
import { buildModel, sortRows, type IndexRange, type MatrixRow } from './matrix-model.js';

/** A delegation index as text: "2,4", or the range the figures allow, "2,3–2,6"; "–" without one. */
export function indexText({ lang }: { lang: Lang }, index: IndexRange | undefined): string {
  if (!index) return '–';
  const f = (x: number) => formatNumber(lang, x, 1);
  // A range is rounded outwards, so it still contains every index the figures allow.
  const low = f(Math.floor(index.low * 10 + 1e-9) / 10);
  const high = f(Math.ceil(index.high * 10 - 1e-9) / 10);
  return index.low === index.high ? f(index.low) : low === high ? low : `${low}–${high}`;
}

/**
 * The matrix's text summary: how many tasks, how many reserved for doctors, the tasks at either
 * end of the delegation index, and per column how many tasks are at the scale's top level.
 */
export function summarySentences(d: { doc: DelegationMatrixDocument; rows: readonly MatrixRow[]; lang: Lang }): string[] {
  const { doc, rows, lang } = d;
  const m = matrixMessages[lang];
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang);
  const total = rows.length;
  const parts = [m.rows(total)];
  const reserved = rows.filter((r) => r.row.reservedForDoctors).length;
  if (reserved) parts.push(m.reservedCount(reserved));
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
  const n = doc.scale.n;
  return {
    title: localize(doc.unit.name, lang),
    figure: localize(doc.title, lang),
    sentences: [
      ...(n ? [`n = ${[formatNumber(lang, n), localize(doc.scale.unitLabel, lang)].filter(Boolean).join(' ')}.`] : []),
      ...summarySentences({ doc, rows: buildModel(doc).rows, lang }),
    ],
  };
}
