// The English words of the delegation matrix: a part loaded on demand when the element speaks English
// (the descriptor's `english`), so a Danish page never fetches them.
import { formatCount, formatNumber as f, pluralForm } from '@praksis/core/format.js';
import { installCoreEnglish } from '@praksis/core/english.js';
import { matrixMessages, type Messages } from './messages.js';

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

/** Puts the English words, core's and the delegation matrix's, in place of the Danish ones the English tables held. */
export function installEnglish(): void {
  installCoreEnglish();
  matrixMessages.en = en;
}
