import { formatCount, formatNumber as f, pluralForm, type PluralNoun } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';

/**
 * Every count followed by a noun takes the noun's form from the language's plural rules, and a sentence whose
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

/**
 * The words by language. Danish is always here; the English table is installed by english.ts, which
 * the element loads on demand when it speaks English (and Node tools through the descriptor's
 * `english`). Until then, and if it cannot be loaded, English reads the Danish table.
 */
export const matrixMessages: Record<Lang, Messages> = { da, en: da };
