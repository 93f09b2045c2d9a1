/**
 * Danish public holidays (helligdage). Constitution Day (5 June) and Christmas Eve are not public
 * holidays, although many practices close; a practice states such closures as exceptions.
 */
import { dayFromParts, formatDate, partsOf, toDay, weekdayIndex, type DayNumber } from './civil.js';

export type HolidayId =
  | 'nytaarsdag'
  | 'skaertorsdag'
  | 'langfredag'
  | 'paaskedag'
  | 'anden-paaskedag'
  | 'store-bededag'
  | 'kristi-himmelfartsdag'
  | 'pinsedag'
  | 'anden-pinsedag'
  | 'juledag'
  | 'anden-juledag';

export interface Holiday {
  id: HolidayId;
  /** YYYY-MM-DD */
  date: string;
  day: DayNumber;
  name: { da: string; en: string };
}

/** Store Bededag was abolished by law from 2024 on. */
const LAST_STORE_BEDEDAG_YEAR = 2023;

const NAMES: Record<HolidayId, { da: string; en: string }> = {
  nytaarsdag: { da: 'Nytårsdag', en: "New Year's Day" },
  skaertorsdag: { da: 'Skærtorsdag', en: 'Maundy Thursday' },
  langfredag: { da: 'Langfredag', en: 'Good Friday' },
  paaskedag: { da: 'Påskedag', en: 'Easter Sunday' },
  'anden-paaskedag': { da: '2. påskedag', en: 'Easter Monday' },
  'store-bededag': { da: 'Store bededag', en: 'General Prayer Day' },
  'kristi-himmelfartsdag': { da: 'Kristi himmelfartsdag', en: 'Ascension Day' },
  pinsedag: { da: 'Pinsedag', en: 'Whit Sunday' },
  'anden-pinsedag': { da: '2. pinsedag', en: 'Whit Monday' },
  juledag: { da: 'Juledag', en: 'Christmas Day' },
  'anden-juledag': { da: '2. juledag', en: 'Boxing Day' },
};

/** Days after Easter Sunday of the movable holidays. */
const EASTER_OFFSETS: ReadonlyArray<readonly [HolidayId, number]> = [
  ['skaertorsdag', -3],
  ['langfredag', -2],
  ['paaskedag', 0],
  ['anden-paaskedag', 1],
  ['store-bededag', 26], // the fourth Friday after Easter
  ['kristi-himmelfartsdag', 39],
  ['pinsedag', 49],
  ['anden-pinsedag', 50],
];

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterDay(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, day);
}

/** Easter Sunday of a year, YYYY-MM-DD. */
export function easterSunday(year: number): string {
  return formatDate(easterDay(year));
}

interface YearTable {
  list: readonly Holiday[];
  byDay: ReadonlyMap<DayNumber, Holiday>;
}

const years = new Map<number, YearTable>();

function holiday(id: HolidayId, day: DayNumber): Holiday {
  return { id, day, date: formatDate(day), name: NAMES[id] };
}

function yearTable(year: number): YearTable {
  let table = years.get(year);
  if (!table) {
    const easter = easterDay(year);
    const list = [
      holiday('nytaarsdag', dayFromParts(year, 1, 1)),
      ...EASTER_OFFSETS.filter(([id]) => id !== 'store-bededag' || year <= LAST_STORE_BEDEDAG_YEAR).map(
        ([id, offset]) => holiday(id, easter + offset),
      ),
      holiday('juledag', dayFromParts(year, 12, 25)),
      holiday('anden-juledag', dayFromParts(year, 12, 26)),
    ];
    table = { list, byDay: new Map(list.map((h) => [h.day, h])) };
    years.set(year, table);
  }
  return table;
}

/** The public holidays of a year, in date order. */
export function danishHolidays(year: number): readonly Holiday[] {
  return yearTable(year).list;
}

/** The public holiday on a date, if any. */
export function holidayOn(date: string | DayNumber): Holiday | undefined {
  const day = toDay(date);
  return yearTable(partsOf(day).year).byDay.get(day);
}

/** A hverdag: Monday to Friday and not a public holiday. */
export function isWeekday(date: string | DayNumber): boolean {
  const day = toDay(date);
  return weekdayIndex(day) < 5 && holidayOn(day) === undefined;
}
