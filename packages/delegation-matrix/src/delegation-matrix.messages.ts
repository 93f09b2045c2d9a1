import type { Lang } from '@praksis/core';

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
  fictionalRows: (k: number, n: number) => `${k} af ${n} opgaver har fiktive tal, markeret «fiktiv».`,
  rows: (n: number) => `${n} opgaver.`,
  reservedCount: (n: number) => `${n} er lægeforbeholdte.`,
  ends: (first: string, firstIndex: string, last: string, lastIndex: string) =>
    `Mest hos lægen: ${first} (indeks ${firstIndex}). Mest hos personalet: ${last} (indeks ${lastIndex}).`,
  byColumn: (column: string, level: string, count: number, total: number) => `${column}: ${level} ved ${count} af ${total}.`,
  keyboard: 'Brug piletasterne til at gå mellem cellerne.',
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
  fictionalRows: (k: number, n: number) => `${k} of ${n} tasks have fictional figures, marked “fictional”.`,
  rows: (n: number) => `${n} tasks.`,
  reservedCount: (n: number) => `${n} reserved for doctors.`,
  ends: (first: string, firstIndex: string, last: string, lastIndex: string) =>
    `Most with the doctor: ${first} (index ${firstIndex}). Most with staff: ${last} (index ${lastIndex}).`,
  byColumn: (column: string, level: string, count: number, total: number) => `${column}: ${level} in ${count} of ${total}.`,
  keyboard: 'Use the arrow keys to move between cells.',
};

export const matrixMessages: Record<Lang, Messages> = { da, en };
