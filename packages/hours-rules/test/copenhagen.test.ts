import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fromCopenhagen, toCopenhagen } from '../src/index.js';

const utc = (iso: string) => Date.parse(iso);

describe('toCopenhagen', () => {
  test('winter and summer offsets', () => {
    assert.deepEqual(toCopenhagen('2026-01-15T07:00:00Z'), {
      date: '2026-01-15',
      day: 20468,
      weekday: 3,
      minutes: 8 * 60,
      offsetMinutes: 60,
    });
    const summer = toCopenhagen('2026-07-01T06:00:00Z');
    assert.equal(summer.minutes, 8 * 60);
    assert.equal(summer.offsetMinutes, 120);
    assert.equal(summer.weekday, 2); // Wednesday
  });

  test('spring forward, last Sunday of March 2026: 02:00 jumps to 03:00', () => {
    const before = toCopenhagen('2026-03-29T00:59:00Z');
    assert.equal(before.minutes, 1 * 60 + 59);
    assert.equal(before.offsetMinutes, 60);
    const after = toCopenhagen('2026-03-29T01:00:00Z');
    assert.equal(after.minutes, 3 * 60);
    assert.equal(after.offsetMinutes, 120);
    assert.equal(after.date, '2026-03-29');
    assert.equal(after.weekday, 6); // Sunday
  });

  test('fall back, last Sunday of October 2026: 02:30 happens twice', () => {
    const first = toCopenhagen('2026-10-25T00:30:00Z');
    const second = toCopenhagen('2026-10-25T01:30:00Z');
    assert.equal(first.minutes, 150);
    assert.equal(second.minutes, 150);
    assert.equal(first.offsetMinutes, 120);
    assert.equal(second.offsetMinutes, 60);
  });

  test('the local date can differ from the UTC date', () => {
    assert.equal(toCopenhagen('2026-12-31T23:30:00Z').date, '2027-01-01');
    assert.equal(toCopenhagen('2026-06-30T22:30:00Z').date, '2026-07-01');
    assert.equal(toCopenhagen(new Date('2026-06-30T21:59:00Z')).date, '2026-06-30');
  });

  test('years 0 to 100 keep their date and a local-mean-time offset of under an hour', () => {
    // A typo such as "0026-03-03" is still a date ISO 8601 can name; it must not become 1926 or 1875.
    for (const date of ['0000-01-01', '0001-06-15', '0026-03-03', '0099-12-31', '0100-01-01']) {
      const local = toCopenhagen(fromCopenhagen(date, 10 * 60));
      assert.equal(local.date, date);
      assert.equal(local.minutes, 10 * 60);
      assert.ok(Math.abs(local.offsetMinutes) < 60, `${date}: offset ${local.offsetMinutes} min`);
    }
  });

  test('rejects an invalid instant', () => {
    assert.throws(() => toCopenhagen('not a date'), RangeError);
  });
});

describe('fromCopenhagen', () => {
  test('ordinary winter and summer times', () => {
    assert.equal(fromCopenhagen('2026-01-15', 8 * 60), utc('2026-01-15T07:00:00Z'));
    assert.equal(fromCopenhagen('2026-07-01', 8 * 60), utc('2026-07-01T06:00:00Z'));
    assert.equal(fromCopenhagen('2026-07-01', 24 * 60), utc('2026-07-01T22:00:00Z'));
  });

  test('a time in the spring-forward gap moves forward by the gap', () => {
    const instant = fromCopenhagen('2026-03-29', 2 * 60 + 30);
    assert.equal(instant, utc('2026-03-29T01:30:00Z'));
    assert.equal(toCopenhagen(instant).minutes, 3 * 60 + 30);
    assert.equal(fromCopenhagen('2025-03-30', 2 * 60), utc('2025-03-30T01:00:00Z'));
  });

  test('the repeated autumn hour: earlier by default, later on request', () => {
    assert.equal(fromCopenhagen('2026-10-25', 150), utc('2026-10-25T00:30:00Z'));
    assert.equal(fromCopenhagen('2026-10-25', 150, 'later'), utc('2026-10-25T01:30:00Z'));
    assert.equal(fromCopenhagen('2025-10-26', 150, 'later'), utc('2025-10-26T01:30:00Z'));
    assert.equal(fromCopenhagen('2026-10-25', 3 * 60), utc('2026-10-25T02:00:00Z'));
  });

  test('round-trips every quarter hour over both DST weekends', () => {
    for (const [from, to] of [
      ['2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z'],
      ['2026-10-23T00:00:00Z', '2026-10-27T00:00:00Z'],
    ] as const) {
      for (let t = utc(from); t < utc(to); t += 15 * 60_000) {
        const local = toCopenhagen(t);
        const early = fromCopenhagen(local.date, local.minutes, 'earlier');
        const late = fromCopenhagen(local.date, local.minutes, 'later');
        assert.ok(early === t || late === t, `${new Date(t).toISOString()} ${local.date} ${local.minutes}`);
      }
    }
  });
});
