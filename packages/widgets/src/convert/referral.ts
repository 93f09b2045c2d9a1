/**
 * A table of flows → the links and nodes of a referral-flows document: one row per flow, from a
 * sender (a "from" column, or one sender for the whole table) to a receiver, with a value. With a
 * "stage" column the receivers stand in the named stages and the senders that receive nothing in
 * the first, headed by the "from" column's name.
 */
import { normalizeHeader, type ColumnMapping } from './fields.js';
import { IdMaker, type TableReader } from './cells.js';
import { say } from './problems.js';

/** The sender when the table has no "from" column: referral tables count what general practice sends. */
export const DEFAULT_SENDER = 'Almen praksis';

const WHAT = {
  from: { da: 'Afsenderen', en: 'The sender' },
  to: { da: 'Modtageren', en: 'The receiver' },
  value: { da: 'Antallet', en: 'The value' },
  stage: { da: 'Trinnet', en: 'The stage' },
};

/** The label of a spreadsheet's sum row ("I alt", "Total", "Sum"), which is not a flow. */
const TOTAL = /^(i ?alt|total|totalt|sum|samlet|grand total)$|^i alt /;

export function isTotalLabel(label: string): boolean {
  return TOTAL.test(normalizeHeader(label));
}

export function buildReferralFlows(reader: TableReader, mapping: ColumnMapping, options: { whole: boolean }): Record<string, unknown> {
  const { from, to, value, stage } = mapping.columns;
  if (to === undefined) reader.problem(say.missingColumn({ da: 'Til', en: 'To' }));
  if (value === undefined) reader.problem(say.missingColumn({ da: 'Antal', en: 'Value' }));
  if (to === undefined || value === undefined) return {};

  const ids = new IdMaker();
  const nodes: { id: string; label: string; stage?: number }[] = [];
  const nodeByLabel = new Map<string, (typeof nodes)[number]>();
  const nodeFor = (label: string, rowIndex: number, column: number | undefined) => {
    let node = nodeByLabel.get(label);
    if (!node) {
      node = { id: ids.make(label), label };
      reader.from(`/nodes/${nodes.length}`, rowIndex, column);
      nodes.push(node);
      nodeByLabel.set(label, node);
    }
    return node;
  };
  const sender = mapping.sender?.trim() || DEFAULT_SENDER;
  const stages: string[] = [];
  const targetStage = new Map<string, { stage: number; rowIndex: number }>();
  const links: { source: string; target: string; value: number }[] = [];
  const pairRow = new Map<string, number>();

  reader.table.rows.forEach((_, rowIndex) => {
    const fromLabel = from === undefined ? sender : reader.requiredText(rowIndex, from, WHAT.from);
    const toLabel = reader.requiredText(rowIndex, to, WHAT.to);
    const number = reader.number(rowIndex, value, WHAT.value, { whole: options.whole });
    const stageLabel = stage === undefined ? undefined : reader.requiredText(rowIndex, stage, WHAT.stage);
    if (fromLabel === undefined || toLabel === undefined || number === undefined) return;
    // A sum row under the flows would be drawn as one more flow, as large as all the others.
    const totalIn = from !== undefined && isTotalLabel(fromLabel) ? from : isTotalLabel(toLabel) ? to : undefined;
    if (totalIn !== undefined) {
      reader.problem(say.totalRow(reader.text(rowIndex, totalIn)), rowIndex, totalIn);
      return;
    }
    if (stage !== undefined && stageLabel === undefined) return;
    const pair = `${fromLabel}\u0000${toLabel}`;
    const first = pairRow.get(pair);
    if (first !== undefined) {
      reader.problem(say.duplicate(`${fromLabel} → ${toLabel}`, first), rowIndex, to);
      return;
    }
    pairRow.set(pair, reader.rowNumber(rowIndex));
    const source = nodeFor(fromLabel, rowIndex, from);
    const target = nodeFor(toLabel, rowIndex, to);
    if (stageLabel !== undefined) {
      let index = stages.indexOf(stageLabel);
      if (index < 0) index = stages.push(stageLabel) - 1;
      const known = targetStage.get(target.label);
      if (known && known.stage !== index) {
        reader.problem(
          { da: `»${target.label}« står i trinnet »${stages[known.stage]}« i række ${reader.rowNumber(known.rowIndex)}`, en: `“${target.label}” is in the stage “${stages[known.stage]}” in row ${reader.rowNumber(known.rowIndex)}` },
          rowIndex,
          stage,
        );
        return;
      }
      targetStage.set(target.label, { stage: index, rowIndex });
    }
    reader.from(`/links/${links.length}`, rowIndex);
    reader.from(`/links/${links.length}/value`, rowIndex, value);
    if (from !== undefined) reader.from(`/links/${links.length}/source`, rowIndex, from);
    reader.from(`/links/${links.length}/target`, rowIndex, to);
    links.push({ source: source.id, target: target.id, value: number.value });
  });

  const built: Record<string, unknown> = { nodes, links };
  if (stage !== undefined && stages.length > 0) {
    // Senders that receive nothing stand first, under the "from" column's name.
    const firstHeading = (from !== undefined && reader.table.columns[from]) || 'Fra';
    for (const node of nodes) {
      const known = targetStage.get(node.label);
      node.stage = known ? known.stage + 1 : 0;
    }
    built['stages'] = [firstHeading, ...stages];
  }
  return built;
}
