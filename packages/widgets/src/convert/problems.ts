/**
 * What the conversion says to an editor: a problem names the spreadsheet row and column it comes
 * from when it comes from a cell, and the JSON pointer of the document it concerns when there is
 * one. Every message is in Danish and English.
 */
import type { LocalizedMessage } from '@praksis/schema';
import { columnLetter, type Table } from './table.js';

export type Lang = 'da' | 'en';

export interface ConversionProblem {
  message: LocalizedMessage;
  /** Spreadsheet row number (1 = first line of the input). */
  row?: number;
  /** Column index, 0-based (shown as a letter and the column's name). */
  column?: number;
  /** The column's name from the header row, when it has one. */
  columnName?: string;
  /** JSON pointer into the document, when the problem is about a value in it. */
  path?: string;
}

/** The column as an editor finds it: "C (Antal)" or "C". */
export function columnLabel(table: Pick<Table, 'columns'>, index: number): string {
  const name = table.columns[index];
  return name ? `${columnLetter(index)} (${name})` : columnLetter(index);
}

/** "Række 7, kolonne C (Antal): …" / "Row 7, column C (Antal): …"; the pointer is left to a detail. */
export function describeProblem(problem: ConversionProblem, lang: Lang): string {
  const where: string[] = [];
  if (problem.row !== undefined) where.push(`${lang === 'da' ? 'Række' : 'Row'} ${problem.row}`);
  if (problem.column !== undefined) {
    const label = `${columnLetter(problem.column)}${problem.columnName ? ` (${problem.columnName})` : ''}`;
    where.push(`${where.length === 0 ? (lang === 'da' ? 'Kolonne' : 'Column') : lang === 'da' ? 'kolonne' : 'column'} ${label}`);
  }
  const text = problem.message[lang];
  return where.length > 0 ? `${where.join(', ')}: ${text}` : text;
}

/** Message builders, so the same problem reads the same wherever it is found. */
export const say = {
  empty: (what: LocalizedMessage): LocalizedMessage => ({ da: `${what.da} mangler`, en: `${what.en} is missing` }),
  notANumber: (text: string): LocalizedMessage => ({ da: `»${text}« er ikke et tal`, en: `“${text}” is not a number` }),
  otherDecimalMark: (text: string, mark: ',' | '.'): LocalizedMessage =>
    mark === ','
      ? { da: `»${text}« er skrevet på engelsk, med punktum som decimaltegn; vælg decimaltegnet punktum`, en: `“${text}” is written in English, with a decimal point; choose the decimal mark “point”` }
      : { da: `»${text}« er skrevet på dansk, med punktum mellem tusinder; vælg decimaltegnet komma`, en: `“${text}” is written in Danish, with points between thousands; choose the decimal mark “comma”` },
  notWhole: (text: string): LocalizedMessage => ({ da: `antallet skal være et helt tal, ikke »${text}«`, en: `the count must be a whole number, not “${text}”` }),
  thousandsDot: (text: string): LocalizedMessage => ({
    da: `»${text}« blev læst som et decimaltal, men punktummet er nok et tusindtalsskilletegn; vælg decimaltegnet komma`,
    en: `“${text}” was read as a decimal, but the point probably groups thousands; choose the decimal mark “comma”`,
  }),
  negative: (text: string): LocalizedMessage => ({ da: `»${text}« er negativt; tallet skal være 0 eller mere`, en: `“${text}” is negative; the number must be 0 or more` }),
  notADate: (text: string): LocalizedMessage => ({ da: `»${text}« er ikke en dato (fx 2022-01-01, 1.1.2022 eller 2022)`, en: `“${text}” is not a date (e.g. 2022-01-01, 1.1.2022 or 2022)` }),
  extraCells: (count: number, width: number): LocalizedMessage => ({
    da: `rækken har ${count} celler, men tabellen har ${width} kolonner; flyt eller slet de overskydende celler`,
    en: `the row has ${count} cells but the table has ${width} columns; move or delete the extra cells`,
  }),
  noHeader: (): LocalizedMessage => ({
    da: 'kolonnen har ingen overskrift (var overskriften en sammenflettet celle?); giv den en overskrift eller vælg den ikke',
    en: 'the column has no heading (was the heading a merged cell?); give it one or leave it unmapped',
  }),
  emptyColumn: (): LocalizedMessage => ({ da: 'kolonnen er tom', en: 'the column is empty' }),
  missingColumn: (field: LocalizedMessage): LocalizedMessage => ({ da: `vælg kolonnen for »${field.da}«`, en: `choose the column for “${field.en}”` }),
  noRows: (): LocalizedMessage => ({ da: 'tabellen har ingen rækker med data', en: 'the table has no rows of data' }),
  tooManyRows: (max: number): LocalizedMessage => ({ da: `tabellen har mere end ${max} rækker`, en: `the table has more than ${max} rows` }),
  totalRow: (text: string): LocalizedMessage => ({
    da: `»${text}« ligner en sumrække; slet rækken, så dens tal ikke tegnes som en strøm for sig`,
    en: `“${text}” looks like a total row; delete the row, so its figure is not drawn as a flow of its own`,
  }),
  duplicate: (text: string, first: number): LocalizedMessage => ({ da: `»${text}« står også i række ${first}`, en: `“${text}” is also in row ${first}` }),
  unknownLevel: (text: string, known: string): LocalizedMessage => ({ da: `»${text}« er ikke et af niveauerne ${known}`, en: `“${text}” is not one of the levels ${known}` }),
  severalUnits: (first: string, other: string): LocalizedMessage => ({
    da: `tabellen har flere enheder (»${first}« og »${other}«); en grafik viser én`,
    en: `the table has several units (“${first}” and “${other}”); a chart shows one`,
  }),
  notASpreadsheet: (): LocalizedMessage => ({ da: 'filen er ikke et regneark (CSV, TSV eller XLSX)', en: 'the file is not a spreadsheet (CSV, TSV or XLSX)' }),
};
