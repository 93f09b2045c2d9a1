/**
 * A table of listed patients and capacities → a capacity document. One row is one date; the latest
 * row is the figure the gauge shows, and with several rows every row becomes a point of the trend.
 * A column whose header says it counts thousands ("(tusinder)", "(thousands)") is multiplied by
 * 1,000, as the national register's table is printed.
 */
import type { LocalizedMessage } from '@praksis/schema';
import type { ColumnMapping } from './fields.js';
import type { TableReader } from './cells.js';
import { say } from './problems.js';

const WHAT = {
  date: { da: 'Datoen', en: 'The date' },
  listedPatients: { da: 'Antallet af tilmeldte patienter', en: 'The number of listed patients' },
  capacities: { da: 'Antallet af kapaciteter', en: 'The number of capacities' },
  doctors: { da: 'Antallet af læger', en: 'The number of doctors' },
  norm: { da: 'Normtallet', en: 'The norm' },
};

const THOUSANDS = /tusind|thousand|\b1[.,]?000\b/i;

export function inThousands(header: string | undefined): boolean {
  return header !== undefined && THOUSANDS.test(header);
}

interface Point {
  rowIndex: number;
  date: string;
  listedPatients: number;
  capacities: number;
  doctors?: number;
  norm?: number;
}

/** `value` × `factor` without the float's noise: 5.923,8 thousand is 5,923,800, not 5,923,799.999…. */
const scaled = (value: number, factor: number) => (factor === 1 ? value : Number((value * factor).toFixed(6)));

/**
 * The listed patients of a row, a whole number once scaled: a column in thousands may have
 * decimals (5.923,8), as tables in thousands print them.
 */
function wholeCount(reader: TableReader, rowIndex: number, column: number, factor: number): number | undefined {
  if (factor === 1) return reader.number(rowIndex, column, WHAT.listedPatients, { whole: true })?.value;
  const reading = reader.number(rowIndex, column, WHAT.listedPatients);
  if (reading === undefined) return undefined;
  const value = scaled(reading.value, factor);
  if (Number.isInteger(value)) return value;
  reader.problem(say.notWhole(reader.text(rowIndex, column)), rowIndex, column);
  return undefined;
}

export function buildCapacity(reader: TableReader, mapping: ColumnMapping, notes: LocalizedMessage[]): Record<string, unknown> {
  const { date, listedPatients, capacities, doctors, norm, unit } = mapping.columns;
  const missing = (
    [
      [date, { da: 'År eller dato', en: 'Year or date' }],
      [listedPatients, { da: 'Tilmeldte patienter', en: 'Listed patients' }],
      [capacities, { da: 'Kapaciteter', en: 'Capacities' }],
    ] as const
  ).filter(([column]) => column === undefined);
  for (const [, label] of missing) reader.problem(say.missingColumn(label));
  if (date === undefined || listedPatients === undefined || capacities === undefined) return {};

  const factor = (column: number) => (inThousands(reader.table.columns[column]) ? 1000 : 1);
  for (const column of [listedPatients, doctors].filter((c): c is number => c !== undefined)) {
    if (factor(column) === 1000) {
      const name = reader.table.columns[column] ?? '';
      notes.push({ da: `Kolonnen »${name}« er i tusinder; tallene er ganget med 1.000.`, en: `The column “${name}” is in thousands; the figures are multiplied by 1,000.` });
    }
  }

  const points: Point[] = [];
  const dateRow = new Map<string, number>();
  let unitName: { text: string; rowIndex: number } | undefined;
  reader.table.rows.forEach((_, rowIndex) => {
    if (unit !== undefined) {
      const text = reader.text(rowIndex, unit);
      if (text !== '' && unitName === undefined) unitName = { text, rowIndex };
      else if (text !== '' && unitName && text !== unitName.text) reader.problem(say.severalUnits(unitName.text, text), rowIndex, unit);
    }
    const when = reader.date(rowIndex, date, WHAT.date);
    const patients = wholeCount(reader, rowIndex, listedPatients, factor(listedPatients));
    const held = reader.number(rowIndex, capacities, WHAT.capacities);
    const persons = doctors === undefined ? undefined : reader.number(rowIndex, doctors, WHAT.doctors, { optional: true });
    const normValue = norm === undefined ? undefined : reader.number(rowIndex, norm, WHAT.norm, { optional: true });
    if (when === undefined || patients === undefined || held === undefined) return;
    // Two rows of one date: which is the figure? Said at the second, naming the first.
    const first = dateRow.get(when);
    if (first !== undefined) {
      reader.problem(say.duplicate(reader.text(rowIndex, date), first), rowIndex, date);
      return;
    }
    dateRow.set(when, reader.rowNumber(rowIndex));
    points.push({
      rowIndex,
      date: when,
      listedPatients: patients,
      capacities: held.value,
      ...(persons ? { doctors: scaled(persons.value, factor(doctors!)) } : {}),
      ...(normValue ? { norm: normValue.value } : {}),
    });
  });
  if (points.length === 0) return {};
  points.sort((a, b) => a.date.localeCompare(b.date));
  const latest = points[points.length - 1]!;

  const built: Record<string, unknown> = { asOf: latest.date, listedPatients: latest.listedPatients, capacities: latest.capacities };
  reader.from('/asOf', latest.rowIndex, date);
  reader.from('/listedPatients', latest.rowIndex, listedPatients);
  reader.from('/capacities', latest.rowIndex, capacities);
  if (latest.doctors !== undefined) {
    built['doctors'] = latest.doctors;
    reader.from('/doctors', latest.rowIndex, doctors);
  }
  if (latest.norm !== undefined) {
    built['norm'] = { value: latest.norm };
    reader.from('/norm/value', latest.rowIndex, norm);
  }
  if (unitName) {
    built['unit'] = { name: unitName.text };
    reader.from('/unit/name', unitName.rowIndex, unit);
  }
  if (points.length > 1) {
    built['trend'] = points.map((point, i) => {
      reader.from(`/trend/${i}`, point.rowIndex);
      reader.from(`/trend/${i}/date`, point.rowIndex, date);
      reader.from(`/trend/${i}/listedPatients`, point.rowIndex, listedPatients);
      reader.from(`/trend/${i}/capacities`, point.rowIndex, capacities);
      return { date: point.date, listedPatients: point.listedPatients, capacities: point.capacities };
    });
  }
  return built;
}
