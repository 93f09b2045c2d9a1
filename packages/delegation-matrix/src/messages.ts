import { formatCount, formatNumber as f, pluralForm, type PluralNoun } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';

/**
 * Every count followed by a noun takes the noun's form from Intl.PluralRules, and a sentence whose
 * other words agree with a count (lægeforbeholdt/-e, has/have) is written whole for each form.
 * `unit` is the data's `scale.unitLabel`, a plural noun ("praksis", "practices").
 */
const task: PluralNoun = { one: 'opgave', other: 'opgaver' };

const da = {
  task: 'Opgave',
  index: 'Indeks',
  indexHint: 'Delegationsindeks fra 1 (kun læge) til 5 (kun personale)',
  'not-measured': 'ikke målt',
  'not-reported': 'ikke oplyst',
  fictional: 'fiktiv',
  reserved: 'Lægeforbeholdt opgave',
  note: 'note',
  notes: 'Noter',
  key: 'Signaturforklaring',
  units: 'enheder',
  fictionalRows: (k: number, n: number) => `${f('da', k)} af ${formatCount('da', n, task)} har fiktive tal, markeret «fiktiv».`,
  rows: (n: number) => `${formatCount('da', n, task)}.`,
  reservedCount: (n: number) =>
    pluralForm('da', n, { one: `${f('da', n)} opgave er lægeforbeholdt.`, other: `${f('da', n)} opgaver er lægeforbeholdte.` }),
  ends: (first: string, firstIndex: string, last: string, lastIndex: string) =>
    `Mest hos lægen: ${first} (indeks ${firstIndex}). Mest hos personalet: ${last} (indeks ${lastIndex}).`,
  byColumn: (column: string, level: string, count: number, total: number) => `${column}: ${level} ved ${f('da', count)} af ${formatCount('da', total, task)}.`,
  keyboard: 'Brug piletasterne til at gå mellem cellerne.',
  /** What the figures are, for captions and CSV columns. */
  shareUnit: (unit: string) => `andel af ${unit} i procent`,
  countUnit: (unit: string) => `antal ${unit}`,
  /** The legend's and the summary's sentence: what the figures are, what the colours are, and their base. */
  shares: (unit: string) => `Tal og farver: andel af ${unit} pr. opgave, i procent.`,
  counts: (unit: string) => `Tal: antal ${unit}. Farver: andel af opgavens ${unit}, i procent.`,
  total: (unit: string, n: string) => `Antal ${unit} i alt: ${n}`,
  // What screen readers are told before the matrix (core's chart outline).
  outlineType: 'Matrix over, hvem der udfører opgaverne.',
  outlineStructure: (rows: number, columns: string) => `Rækkerne er ${formatCount('da', rows, task)}, kolonnerne er ${columns}.`,
  outlineIndex: 'Den sidste kolonne er et delegationsindeks fra 1 (kun læge) til 5 (kun personale).',
  outlineShares: (low: string, high: string) => `Andelene går fra ${low} til ${high}.`,
  outlineCounts: (low: string, high: string) => `Tallene går fra ${low} til ${high}.`,
  outlineLevels: (levels: string) => `Niveauerne er, fra lavest til højest: ${levels}.`,
};

export type Messages = typeof da;

const en: Messages = {
  task: 'Task',
  index: 'Index',
  indexHint: 'Delegation index from 1 (doctor only) to 5 (staff only)',
  'not-measured': 'not measured',
  'not-reported': 'not reported',
  fictional: 'fictional',
  reserved: 'Task reserved for doctors',
  note: 'note',
  notes: 'Notes',
  key: 'Key',
  units: 'units',
  fictionalRows: (k: number, n: number) =>
    `${f('en', k)} of ${formatCount('en', n, { one: 'task', other: 'tasks' })} ${pluralForm('en', k, { one: 'has', other: 'have' })} fictional figures, marked “fictional”.`,
  rows: (n: number) => `${formatCount('en', n, { one: 'task', other: 'tasks' })}.`,
  reservedCount: (n: number) =>
    pluralForm('en', n, { one: `${f('en', n)} task is reserved for doctors.`, other: `${f('en', n)} tasks are reserved for doctors.` }),
  ends: (first: string, firstIndex: string, last: string, lastIndex: string) =>
    `Most with the doctor: ${first} (index ${firstIndex}). Most with staff: ${last} (index ${lastIndex}).`,
  byColumn: (column: string, level: string, count: number, total: number) =>
    `${column}: ${level} in ${f('en', count)} of ${formatCount('en', total, { one: 'task', other: 'tasks' })}.`,
  keyboard: 'Use the arrow keys to move between cells.',
  shareUnit: (unit: string) => `share of ${unit} in per cent`,
  countUnit: (unit: string) => `number of ${unit}`,
  shares: (unit: string) => `Figures and colours: share of ${unit} per task, in per cent.`,
  counts: (unit: string) => `Figures: number of ${unit}. Colours: share of the task's ${unit}, in per cent.`,
  total: (unit: string, n: string) => `Total number of ${unit}: ${n}`,
  outlineType: 'Matrix of who does the tasks.',
  outlineStructure: (rows: number, columns: string) => `The rows are ${formatCount('en', rows, { one: 'task', other: 'tasks' })}, the columns are ${columns}.`,
  outlineIndex: 'The last column is a delegation index from 1 (doctor only) to 5 (staff only).',
  outlineShares: (low: string, high: string) => `The shares go from ${low} to ${high}.`,
  outlineCounts: (low: string, high: string) => `The figures go from ${low} to ${high}.`,
  outlineLevels: (levels: string) => `The levels are, from lowest to highest: ${levels}.`,
};

export const matrixMessages: Record<Lang, Messages> = { da, en };
