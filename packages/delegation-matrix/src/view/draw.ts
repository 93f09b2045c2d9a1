import { html, nothing, type TemplateResult } from 'lit';
import { localize, type Lang } from '@praksis/core';
import type { DelegationMatrixDocument, Text } from '@praksis/schema';
import { matrixMessages, type Messages } from '../messages.js';
import { sortRows, type MatrixCell, type MatrixModel, type MatrixRow } from '../model.js';
import { figuresUnit } from '../summary.js';

/** What one draw needs: the document and its model, the rows in the order shown, the language, the row notes. */
export interface Draw {
  doc: DelegationMatrixDocument;
  model: MatrixModel;
  rows: MatrixRow[];
  lang: Lang;
  m: Messages;
  /** A data text in the language. */
  t: (text: Text | undefined) => string;
  /** Row notes in the order shown: the task's label and the note. */
  notes: [string, Text][];
  /** The numbers of each row's notes. */
  marks: Map<MatrixRow, number[]>;
}

export function prepare(doc: DelegationMatrixDocument, model: MatrixModel, sort: 'data' | 'index', lang: Lang): Draw {
  const t = (text: Text | undefined) => localize(text, lang);
  const d: Draw = { doc, model, rows: sortRows(model.rows, sort), lang, m: matrixMessages[lang], t, notes: [], marks: new Map() };
  for (const r of d.rows) {
    for (const text of r.row.notes ?? []) d.marks.set(r, [...(d.marks.get(r) ?? []), d.notes.push([t(r.row.label), text])]);
  }
  return d;
}

/** The columns a cell covers, by name: "Læge + Sygeplejerske". */
export const columnsOf = ({ doc, t }: Draw, cell: MatrixCell): string =>
  doc.columns
    .slice(cell.start, cell.start + cell.span)
    .map((c) => t(c.label))
    .join(' + ');

/** The table's caption: the data's title, and what the figures are ("(andel af praksis i procent)"). */
export function caption({ doc, lang, t }: Draw): TemplateResult {
  const unit = figuresUnit(doc, lang);
  return html`${t(doc.title)}${unit ? ` (${unit})` : nothing}`;
}
