import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { danishHolidays, easterSunday, holidayOn, isWeekday } from '../src/index.js';
import { addMonths, formatDate, parseDate, weekdayIndex } from '../src/time/civil.js';

const dates = (year: number) => danishHolidays(year).map((h) => `${h.date} ${h.id}`);

describe('danishHolidays', () => {
  test('2023, the last year with Store Bededag (5 May)', () => {
    assert.deepEqual(dates(2023), [
      '2023-01-01 nytaarsdag',
      '2023-04-06 skaertorsdag',
      '2023-04-07 langfredag',
      '2023-04-09 paaskedag',
      '2023-04-10 anden-paaskedag',
      '2023-05-05 store-bededag',
      '2023-05-18 kristi-himmelfartsdag',
      '2023-05-28 pinsedag',
      '2023-05-29 anden-pinsedag',
      '2023-12-25 juledag',
      '2023-12-26 anden-juledag',
    ]);
  });

  test('2024 has no Store Bededag', () => {
    assert.deepEqual(dates(2024), [
      '2024-01-01 nytaarsdag',
      '2024-03-28 skaertorsdag',
      '2024-03-29 langfredag',
      '2024-03-31 paaskedag',
      '2024-04-01 anden-paaskedag',
      '2024-05-09 kristi-himmelfartsdag',
      '2024-05-19 pinsedag',
      '2024-05-20 anden-pinsedag',
      '2024-12-25 juledag',
      '2024-12-26 anden-juledag',
    ]);
  });

  test('2025 and 2026', () => {
    assert.deepEqual(
      danishHolidays(2025).map((h) => h.date),
      ['2025-01-01', '2025-04-17', '2025-04-18', '2025-04-20', '2025-04-21', '2025-05-29', '2025-06-08', '2025-06-09', '2025-12-25', '2025-12-26'],
    );
    assert.deepEqual(
      danishHolidays(2026).map((h) => h.date),
      ['2026-01-01', '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26'],
    );
  });

  test('Store Bededag in earlier years is the fourth Friday after Easter', () => {
    assert.equal(holidayOn('2019-05-17')?.id, 'store-bededag');
    assert.equal(holidayOn('2022-05-13')?.id, 'store-bededag');
    assert.equal(holidayOn('2024-04-26'), undefined);
  });

  test('names in Danish and English', () => {
    assert.deepEqual(holidayOn('2023-05-05')?.name, { da: 'Store bededag', en: 'General Prayer Day' });
    assert.deepEqual(holidayOn('2026-12-26')?.name, { da: '2. juledag', en: 'Boxing Day' });
  });
});

test('easterSunday (anonymous Gregorian algorithm) for known years, incl. earliest and latest', () => {
  const known: Record<number, string> = {
    1818: '1818-03-22',
    1943: '1943-04-25',
    2000: '2000-04-23',
    2008: '2008-03-23',
    2011: '2011-04-24',
    2019: '2019-04-21',
    2038: '2038-04-25',
    2285: '2285-03-22',
  };
  for (const [year, date] of Object.entries(known)) assert.equal(easterSunday(Number(year)), date, year);
});

describe('isWeekday (hverdag)', () => {
  test('Monday to Friday except public holidays', () => {
    assert.equal(isWeekday('2026-03-04'), true);
    assert.equal(isWeekday('2026-03-07'), false); // Saturday
    assert.equal(isWeekday('2026-03-08'), false); // Sunday
    assert.equal(isWeekday('2026-04-02'), false); // Maundy Thursday
    assert.equal(isWeekday('2026-05-14'), false); // Ascension Day
    assert.equal(isWeekday('2023-05-05'), false); // Store Bededag 2023
    assert.equal(isWeekday('2024-04-26'), true); // would have been Store Bededag
  });

  test('Constitution Day and Christmas Eve are hverdage', () => {
    assert.equal(holidayOn('2026-06-05'), undefined);
    assert.equal(isWeekday('2026-06-05'), true);
    assert.equal(isWeekday('2026-12-24'), true);
  });

  test('rejects a date that does not exist', () => {
    assert.throws(() => isWeekday('2026-02-30'), RangeError);
  });
});

describe('calendar arithmetic', () => {
  test('day numbers agree with Date.UTC for every day 1890–2110', () => {
    for (let ms = Date.UTC(1890, 0, 1); ms < Date.UTC(2111, 0, 1); ms += 86_400_000) {
      const date = new Date(ms);
      const iso = date.toISOString().slice(0, 10);
      const day = ms / 86_400_000;
      assert.equal(parseDate(iso), day, iso);
      assert.equal(formatDate(day), iso);
      assert.equal(weekdayIndex(day), (date.getUTCDay() + 6) % 7, iso);
    }
  });

  test('parseDate rejects dates that do not exist; addMonths clamps to the month end', () => {
    assert.equal(parseDate('2026-02-29'), undefined);
    assert.equal(parseDate('2024-02-29'), Date.UTC(2024, 1, 29) / 86_400_000);
    assert.equal(parseDate('1900-02-29'), undefined);
    assert.equal(parseDate('2026-13-01'), undefined);
    assert.equal(formatDate(addMonths(parseDate('2026-01-31') ?? 0, 1)), '2026-02-28');
    assert.equal(formatDate(addMonths(parseDate('2023-02-28') ?? 0, 12)), '2024-02-28');
    assert.equal(formatDate(addMonths(parseDate('2025-11-30') ?? 0, 3)), '2026-02-28');
  });
});
