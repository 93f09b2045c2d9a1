/**
 * What each widget needs from a table, column by column, and the guess of which column is which
 * from Danish and English header names. The widgets the maker converts to are named as in the
 * registry; the document each gets is built in its own module (referral.ts, capacity.ts,
 * delegation.ts).
 */
import type { LocalizedMessage } from '@praksis/schema';
import { columnLetter, type Table } from './table.js';

export const CONVERTIBLE_WIDGETS = ['referral-sankey', 'capacity-gauge', 'delegation-matrix'] as const;
export type ConvertibleWidget = (typeof CONVERTIBLE_WIDGETS)[number];

export function isConvertibleWidget(name: unknown): name is ConvertibleWidget {
  return (CONVERTIBLE_WIDGETS as readonly unknown[]).includes(name);
}

export interface FieldSpec {
  key: string;
  label: LocalizedMessage;
  required: boolean;
  /** Header names that mean this field, Danish and English, compared without case and accents. */
  names: readonly string[];
}

/** The five steps of the survey's delegation scale, doctor only (1) to staff only (5). */
export const SCALE_FIELDS: readonly (FieldSpec & { position: number; id: string })[] = [
  { key: 'onlyDoctor', id: 'only-doctor', position: 1, label: { da: 'Udelukkende læge', en: 'Doctor only' }, required: false, names: ['udelukkende læge', 'kun læge', 'doctor only', 'only doctor'] },
  { key: 'mainlyDoctor', id: 'mainly-doctor', position: 2, label: { da: 'Primært læge', en: 'Mainly doctor' }, required: false, names: ['primært læge', 'overvejende læge', 'mainly doctor', 'mostly doctor'] },
  { key: 'shared', id: 'shared', position: 3, label: { da: 'Deles ligeligt', en: 'Shared equally' }, required: false, names: ['deles ligeligt', 'delt', 'deles', 'shared equally', 'shared'] },
  { key: 'mainlyStaff', id: 'mainly-staff', position: 4, label: { da: 'Primært personale', en: 'Mainly staff' }, required: false, names: ['primært personale', 'overvejende personale', 'mainly staff', 'mostly staff'] },
  { key: 'onlyStaff', id: 'only-staff', position: 5, label: { da: 'Udelukkende personale', en: 'Staff only' }, required: false, names: ['udelukkende personale', 'kun personale', 'staff only', 'only staff'] },
];

export const FIELDS: Readonly<Record<ConvertibleWidget, readonly FieldSpec[]>> = {
  'referral-sankey': [
    { key: 'from', label: { da: 'Fra', en: 'From' }, required: false, names: ['fra', 'afsender', 'henviser', 'from', 'sender', 'source'] },
    { key: 'to', label: { da: 'Til', en: 'To' }, required: true, names: ['til', 'modtager', 'henvisningstype', 'type', 'speciale', 'to', 'target', 'receiver', 'destination'] },
    { key: 'value', label: { da: 'Antal', en: 'Value' }, required: true, names: ['antal', 'værdi', 'henvisninger', 'count', 'value', 'number', 'referrals', 'n'] },
    { key: 'stage', label: { da: 'Trin (for flere trin)', en: 'Stage (for several stages)' }, required: false, names: ['trin', 'niveau', 'stage', 'level', 'step'] },
  ],
  'capacity-gauge': [
    { key: 'date', label: { da: 'År eller dato', en: 'Year or date' }, required: true, names: ['år', 'dato', 'opgjort', 'pr', 'year', 'date', 'as of'] },
    { key: 'listedPatients', label: { da: 'Tilmeldte patienter', en: 'Listed patients' }, required: true, names: ['tilmeldte patienter', 'tilmeldte', 'patienter', 'listed patients', 'patients'] },
    { key: 'capacities', label: { da: 'Kapaciteter', en: 'Capacities' }, required: true, names: ['kapaciteter', 'lægekapaciteter', 'kapacitet', 'capacities', 'capacity'] },
    { key: 'doctors', label: { da: 'Læger', en: 'Doctors' }, required: false, names: ['læger', 'antal læger', 'doctors', 'gps'] },
    { key: 'norm', label: { da: 'Normtal', en: 'Norm' }, required: false, names: ['normtal', 'norm'] },
    { key: 'unit', label: { da: 'Enhed (praksis, kommune …)', en: 'Unit (practice, municipality …)' }, required: false, names: ['praksis', 'enhed', 'kommune', 'region', 'navn', 'unit', 'practice', 'municipality', 'name'] },
  ],
  'delegation-matrix': [
    { key: 'task', label: { da: 'Opgave', en: 'Task' }, required: true, names: ['opgave', 'opgaver', 'opgavetype', 'task', 'tasks'] },
    ...SCALE_FIELDS,
  ],
};

/** Which column each field reads (0-based), and for the matrix's staff form which columns are staff. */
export interface ColumnMapping {
  columns: Partial<Record<string, number>>;
  /** Delegation matrix by staff category: the columns that are staff categories. */
  staff?: number[];
  /** Referral sankey without a "from" column: the one sender every row's referrals come from. */
  sender?: string;
}

/** Lower case, accents and punctuation gone, æ ø å kept apart: "Tilmeldte patienter (tusinder)" → "tilmeldte patienter tusinder". */
export function normalizeHeader(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9æøå+]+/g, ' ')
    .trim();
}

/** How well a header names a field: 2 for the very name, 1 when it contains it as words, else 0. */
function score(header: string, names: readonly string[]): number {
  const h = normalizeHeader(header);
  if (h === '') return 0;
  let best = 0;
  for (const name of names) {
    const n = normalizeHeader(name);
    if (h === n) return 2;
    if (` ${h} `.includes(` ${n} `)) best = 1;
  }
  return best;
}

/** True when the table's headers name at least two steps of the delegation scale. */
function hasScaleColumns(table: Pick<Table, 'columns'>): boolean {
  return SCALE_FIELDS.filter((field) => table.columns.some((header) => score(header, field.names) > 0)).length >= 2;
}

/**
 * The guessed mapping: each field gets the unused column whose header names it best (a field is
 * left out when none does). Without headers, the sankey and the matrix fall back on the columns'
 * order (to, value; task first).
 */
export function guessMapping(widget: ConvertibleWidget, table: Pick<Table, 'columns'>): ColumnMapping {
  const used = new Set<number>();
  const columns: Partial<Record<string, number>> = {};
  const scale = widget === 'delegation-matrix' && hasScaleColumns(table);
  const fields = FIELDS[widget].filter((field) => widget !== 'delegation-matrix' || scale || !SCALE_FIELDS.includes(field as (typeof SCALE_FIELDS)[number]));
  // Best matches first, so "antal læger" goes to doctors before "antal" claims it elsewhere.
  const candidates = fields.flatMap((field) => table.columns.map((header, index) => ({ field, index, score: score(header, field.names) })));
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  for (const candidate of candidates) {
    if (candidate.score === 0 || used.has(candidate.index) || columns[candidate.field.key] !== undefined) continue;
    columns[candidate.field.key] = candidate.index;
    used.add(candidate.index);
  }
  if (widget === 'referral-sankey' && columns['to'] === undefined && columns['value'] === undefined && table.columns.length >= 2) {
    const width = table.columns.length;
    if (width >= 3) Object.assign(columns, { from: 0, to: 1, value: 2 });
    else Object.assign(columns, { to: 0, value: 1 });
  }
  // The one column left beside the receivers holds the counts, whatever its heading ("2022"), and
  // the one left beside the counts the receivers ("Område").
  const unused = table.columns.map((_, i) => i).filter((i) => !used.has(i));
  if (widget === 'referral-sankey' && unused.length === 1) {
    if (columns['to'] !== undefined && columns['value'] === undefined) columns['value'] = unused[0];
    else if (columns['value'] !== undefined && columns['to'] === undefined) columns['to'] = unused[0];
  }
  if (widget === 'delegation-matrix') {
    if (columns['task'] === undefined && !used.has(0)) {
      columns['task'] = 0;
      used.add(0);
    }
    if (!scale) return { columns, staff: table.columns.map((_, i) => i).filter((i) => !used.has(i)) };
  }
  return { columns };
}

/**
 * A column named by an editor in a map file: its header name, its spreadsheet letter ("C") or its
 * 0-based index. Undefined when the table has no such column.
 */
export function resolveColumn(table: Pick<Table, 'columns'>, ref: unknown): number | undefined {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 0 && ref < table.columns.length ? ref : undefined;
  if (typeof ref !== 'string') return undefined;
  const byName = table.columns.findIndex((header) => header === ref);
  if (byName >= 0) return byName;
  const byNormal = table.columns.findIndex((header) => normalizeHeader(header) === normalizeHeader(ref) && normalizeHeader(ref) !== '');
  if (byNormal >= 0) return byNormal;
  const byLetter = table.columns.findIndex((_, i) => columnLetter(i) === ref.toUpperCase());
  return byLetter >= 0 ? byLetter : undefined;
}
