/**
 * A table of tasks → a delegation-matrix document, in one of its two forms:
 * - the survey's scale: a column per step from "doctor only" to "staff only", holding shares
 *   ("30 %", "0,3" or "30"); an empty cell is a figure the source does not give;
 * - staff categories: a column per category (doctor, nurse, secretary …), holding what the
 *   category does in words ("Udfører selvstændigt", "Assisterer", "Ikke involveret") or as ● ◐ ○;
 *   an empty cell was not measured.
 */
import type { LocalizedMessage } from '@praksis/schema';
import { SCALE_FIELDS, normalizeHeader, type ColumnMapping } from './fields.js';
import { IdMaker, type TableReader } from './cells.js';
import { readNumber } from './numbers.js';
import { say } from './problems.js';

/** The three levels of the staff form, lowest first, with the words and symbols that name them. */
export const STAFF_LEVELS = [
  { id: 'not-involved', label: { da: 'Ikke involveret', en: 'Not involved' }, symbol: '○', words: ['ikke involveret', 'ikke', 'nej', 'ingen', 'not involved', 'none', 'no', '○', '-', '–', '0'] },
  { id: 'assists', label: { da: 'Assisterer', en: 'Assists' }, symbol: '◐', words: ['assisterer', 'assisterende', 'hjælper', 'assists', 'helps', '◐', '1'] },
  { id: 'independent', label: { da: 'Udfører selvstændigt', en: 'Performs independently' }, symbol: '●', words: ['udfører selvstændigt', 'selvstændigt', 'selvstændig', 'udfører', 'ja', 'performs independently', 'independently', 'independent', 'yes', '●', '2'] },
] as const;

const DOCTOR = /^(læge|læger|doctor|doctors|gp|gps|praktiserende læge|uddannelseslæge|uddannelseslæger|praksisreservelæge|reservelæge|locum|vikar)$/;

const TASK = { da: 'Opgaven', en: 'The task' };

/**
 * The level a cell names, by its words or its very symbol. A text with no letters or digits left
 * after normalizing ("✓", "?", "*") names none: compared as normalized, it would equal every symbol.
 */
function levelFor(text: string): string | undefined {
  const plain = text.trim();
  const normal = normalizeHeader(plain);
  return STAFF_LEVELS.find((level) => level.words.some((word) => word === plain || (normal !== '' && normalizeHeader(word) === normal)))?.id;
}

export function buildDelegationMatrix(reader: TableReader, mapping: ColumnMapping, notes: LocalizedMessage[]): Record<string, unknown> {
  const task = mapping.columns['task'];
  if (task === undefined) {
    reader.problem(say.missingColumn({ da: 'Opgave', en: 'Task' }));
    return {};
  }
  const ids = new IdMaker();
  const rows: Record<string, unknown>[] = [];
  const rowIds: (string | undefined)[] = [];
  const firstRow = new Map<string, number>();
  reader.table.rows.forEach((_, rowIndex) => {
    const label = reader.requiredText(rowIndex, task, TASK);
    if (label === undefined) return rowIds.push(undefined);
    const seen = firstRow.get(label);
    if (seen !== undefined) {
      reader.problem(say.duplicate(label, seen), rowIndex, task);
      return rowIds.push(undefined);
    }
    firstRow.set(label, reader.rowNumber(rowIndex));
    const id = ids.make(label);
    reader.from(`/rows/${rows.length}`, rowIndex, task);
    rows.push({ id, label });
    return rowIds.push(id);
  });

  const scaleSteps = SCALE_FIELDS.filter((field) => mapping.columns[field.key] !== undefined);
  const cells: Record<string, unknown>[] = [];
  const addCell = (rowIndex: number, column: number, cell: Record<string, unknown>) => {
    reader.from(`/cells/${cells.length}`, rowIndex, column);
    cells.push(cell);
  };

  if (scaleSteps.length > 0) {
    // Shares: "30 %" is 0.3; a table written in per cent without the sign ("30") is read as per cent.
    const percentWithoutSign = reader.table.rows.some((row) =>
      scaleSteps.some((field) => {
        const reading = readNumber(row[mapping.columns[field.key]!] ?? '', reader.table.format.decimalMark);
        return reading.ok && !reading.percent && reading.value > 1;
      }),
    );
    if (percentWithoutSign) notes.push({ da: 'Tallene er læst som procent.', en: 'The figures are read as per cent.' });
    reader.table.rows.forEach((_, rowIndex) => {
      const row = rowIds[rowIndex];
      for (const field of scaleSteps) {
        const column = mapping.columns[field.key]!;
        const reading = reader.number(rowIndex, column, field.label, { optional: true });
        if (row === undefined) continue;
        if (reader.text(rowIndex, column) === '') addCell(rowIndex, column, { row, column: field.id, value: null, missing: 'not-reported' });
        else if (reading) addCell(rowIndex, column, { row, column: field.id, value: reading.percent || percentWithoutSign ? Math.round(reading.value * 1000) / 100000 : reading.value });
      }
    });
    return {
      columnKind: 'delegation-scale',
      scale: { type: 'share', distribution: true },
      columns: scaleSteps.map((field) => ({ id: field.id, label: field.label, position: field.position })),
      rows,
      cells,
    };
  }

  const staff = (mapping.staff ?? []).filter((column) => column !== task);
  if (staff.length === 0) reader.problem(say.missingColumn({ da: 'Faggrupper', en: 'Staff categories' }));
  const columnIds = staff.map((column) => ids.make(reader.table.columns[column] || `kolonne-${column + 1}`));
  const known = STAFF_LEVELS.map((level) => level.label.da).join(', ');
  reader.table.rows.forEach((_, rowIndex) => {
    const row = rowIds[rowIndex];
    staff.forEach((column, i) => {
      const text = reader.text(rowIndex, column);
      if (text === '') {
        if (row !== undefined) addCell(rowIndex, column, { row, column: columnIds[i], value: null, missing: 'not-measured' });
        return;
      }
      const level = levelFor(text);
      if (level === undefined) reader.problem(say.unknownLevel(text, known), rowIndex, column);
      else if (row !== undefined) addCell(rowIndex, column, { row, column: columnIds[i], value: level });
    });
  });
  return {
    columnKind: 'staff',
    scale: { type: 'levels', levels: STAFF_LEVELS.map(({ id, label, symbol }) => ({ id, label, symbol })) },
    columns: staff.map((column, i) => {
      const label = reader.table.columns[column] || `Kolonne ${column + 1}`;
      return { id: columnIds[i], label, role: DOCTOR.test(label.toLowerCase().trim()) ? 'doctor' : 'staff' };
    }),
    rows,
    cells,
  };
}
