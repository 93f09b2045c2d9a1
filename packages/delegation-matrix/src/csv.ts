import type { DataTable, DataCell } from '@praksis/core/csv.js';
import type { Lang } from '@praksis/core/lang.js';
import { localize } from '@praksis/core/text.js';
import type { DelegationMatrixDocument, Text } from '@praksis/schema';
import { matrixMessages } from './messages.js';
import { buildModel, sortRows } from './model.js';
import { figuresUnit } from './summary.js';

/** Words only the CSV needs; here rather than in the messages every matrix loads. */
const csvWords = {
  da: {
    lowest: 'laveste',
    highest: 'højeste',
    reserved: 'Lægeforbeholdt',
    yes: 'ja',
    includedIn: (column: string) => `indgår i ${column}`,
  },
  en: {
    lowest: 'lowest',
    highest: 'highest',
    reserved: 'Reserved for doctors',
    yes: 'yes',
    includedIn: (column: string) => `included in ${column}`,
  },
} satisfies Record<Lang, unknown>;

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * The matrix as one table for the CSV download, rows in the order shown: the task, one column per
 * column of the data (shares in per cent, counts as counts, levels by name, a missing figure by
 * why it is missing; the header names the unit, "Udelukkende læge (antal praksis)"), the number
 * the figures are out of when some task has its own, the delegation index as its lowest and
 * highest value where it is defined, and whether the task is reserved for doctors when any is. A figure the source gives for several
 * columns together stands in the first of them; the others say where it is.
 */
export function matrixTables(doc: DelegationMatrixDocument, sort: 'data' | 'index', lang: Lang): DataTable[] {
  const m = matrixMessages[lang];
  const w = csvWords[lang];
  const t = (text: Text | undefined) => localize(text, lang);
  const model = buildModel(doc);
  const share = doc.scale.type === 'share';
  const reserved = doc.rows.some((r) => r.reservedForDoctors);
  const ownBase = doc.rows.some((r) => r.n !== undefined);
  const labels = doc.columns.map((c) => t(c.label));
  const unit = figuresUnit(doc, lang);
  const columns = [t(doc.rowHeader) || m.task, ...labels.map((label) => (unit ? `${label} (${unit})` : label))];
  if (ownBase) columns.push('n');
  if (model.scaled) columns.push(`${m.index} (${w.lowest})`, `${m.index} (${w.highest})`);
  if (reserved) columns.push(w.reserved);
  const rows = sortRows(model.rows, sort).map((r) => {
    const cells: DataCell[] = [r.row.fictional ? `${t(r.row.label)} (${m.fictional})` : t(r.row.label)];
    for (const cell of r.cells) {
      const v = cell.value;
      cells[cell.start + 1] =
        v === null
          ? m[cell.missing ?? 'not-reported']
          : typeof v === 'string'
            ? t(doc.scale.levels?.[cell.level ?? -1]?.label) || v
            : share
              ? round(v * 100, 2)
              : v;
      for (let i = 1; i < cell.span; i++) cells[cell.start + 1 + i] = w.includedIn(labels[cell.start] ?? '');
    }
    cells.length = doc.columns.length + 1;
    if (ownBase) cells.push(r.row.n ?? doc.scale.n);
    if (model.scaled) cells.push(r.index && round(r.index.low, 3), r.index && round(r.index.high, 3));
    if (reserved) cells.push(r.row.reservedForDoctors ? w.yes : '');
    return cells;
  });
  return [{ columns, rows }];
}
