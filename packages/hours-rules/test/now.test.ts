import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { nextOpening, openNow, type NextOpening } from '../src/index.js';
import { declaration, example, iv } from './fixtures.js';

const utc = (iso: string) => Date.parse(iso);

function found(result: NextOpening) {
  assert.equal(result.status, 'found');
  if (result.status !== 'found') throw new Error('unreachable');
  return result;
}

describe('openNow and nextOpening over a weekend', () => {
  const d = declaration(); // consultations 08–16, Tuesday to 18; weekend closed

  test('open until 16:00 on a Friday afternoon; closed at 16:00 exactly', () => {
    const open = openNow(d, 'consultation', '2026-03-06T15:59:00+01:00');
    assert.equal(open.status, 'open');
    assert.deepEqual(open.until, { instant: utc('2026-03-06T15:00:00Z'), date: '2026-03-06', time: '16:00' });
    assert.equal(openNow(d, 'consultation', '2026-03-06T16:00:00+01:00').status, 'closed');
  });

  test('closed at 07:59, open at 08:00 exactly', () => {
    assert.equal(openNow(d, 'consultation', '2026-03-09T07:59:00+01:00').status, 'closed');
    assert.equal(openNow(d, 'consultation', '2026-03-09T08:00:00+01:00').status, 'open');
    const next = found(nextOpening(d, 'consultation', '2026-03-09T07:59:00+01:00'));
    assert.equal(next.start.instant, utc('2026-03-09T07:00:00Z'));
  });

  test('from Friday evening the next opening is Monday 08:00', () => {
    const next = found(nextOpening(d, 'consultation', '2026-03-06T16:00:00+01:00'));
    assert.deepEqual(next.start, { instant: utc('2026-03-09T07:00:00Z'), date: '2026-03-09', time: '08:00' });
    assert.equal(next.end.time, '16:00');
  });

  test('while open, the next opening is the next interval, not the current one', () => {
    const next = found(nextOpening(d, 'phone', '2026-03-04T09:00:00+01:00'));
    assert.equal(next.start.date, '2026-03-05');
    assert.equal(next.start.time, '08:00');
  });
});

describe('across the DST weekends', () => {
  const d = declaration();

  test('spring forward: Monday 30 March 2026 08:00 is 06:00 UTC', () => {
    const next = found(nextOpening(d, 'consultation', '2026-03-28T12:00:00+01:00'));
    assert.equal(next.start.instant, utc('2026-03-30T06:00:00Z'));
    assert.equal(openNow(d, 'consultation', '2026-03-30T06:30:00Z').status, 'open');
    assert.equal(openNow(d, 'consultation', '2026-03-30T05:30:00Z').status, 'closed');
  });

  test('fall back: Monday 26 October 2026 08:00 is 07:00 UTC', () => {
    const next = found(nextOpening(d, 'consultation', '2026-10-24T12:00:00+02:00'));
    assert.equal(next.start.instant, utc('2026-10-26T07:00:00Z'));
    assert.equal(next.end.instant, utc('2026-10-26T15:00:00Z'));
  });
});

describe('public holidays and dated exceptions', () => {
  const d = example('holidays-with-substitute.json');

  test('closed on Maundy Thursday, naming the holiday', () => {
    const state = openNow(d, 'consultation', '2026-04-02T10:00:00+02:00');
    assert.equal(state.status, 'closed');
    assert.equal(state.holiday?.id, 'skaertorsdag');
    assert.equal(state.holiday?.name.en, 'Maundy Thursday');
  });

  test('from Maundy Thursday the next opening skips Easter and the course day to Wednesday 8 April', () => {
    const next = found(nextOpening(d, 'consultation', '2026-04-02T10:00:00+02:00'));
    assert.deepEqual(next.start, { instant: utc('2026-04-08T06:00:00Z'), date: '2026-04-08', time: '08:00' });
    assert.equal(next.exception, undefined);
  });

  test('on a closed exception day the substitute is given', () => {
    const state = openNow(d, 'phone', '2026-04-07T09:00:00+02:00');
    assert.equal(state.status, 'closed');
    assert.equal(state.exception?.closed, true);
    assert.deepEqual(state.exception?.reason, { da: 'Kursus efter påske', en: 'Course after Easter' });
    assert.equal(state.substitute?.name, 'Lægerne i Nordby (fiktiv)');
    assert.equal(state.substitute?.phone, '+45 70 00 03 01');
  });

  test('changed hours on 23 December: open until 12:00, the acute line 10–12, closed after', () => {
    const morning = openNow(d, 'consultation', '2026-12-23T11:00:00+01:00');
    assert.equal(morning.status, 'open');
    assert.equal(morning.until?.time, '12:00');
    assert.equal(openNow(d, 'consultation', '2026-12-23T13:00:00+01:00').status, 'closed');
    assert.equal(openNow(d, 'acutePhone', '2026-12-23T10:30:00+01:00').status, 'open');
    assert.equal(openNow(d, 'acutePhone', '2026-12-23T13:00:00+01:00').status, 'closed');
  });

  test('Christmas Eve is a normal weekday unless the practice says otherwise', () => {
    assert.equal(openNow(declaration(), 'consultation', '2026-12-24T10:00:00+01:00').status, 'open');
    assert.equal(openNow(d, 'consultation', '2026-12-24T10:00:00+01:00').status, 'closed');
    const next = found(nextOpening(d, 'consultation', '2026-12-24T10:00:00+01:00'));
    assert.equal(next.start.date, '2026-12-28');
  });

  test('an exception can open a public holiday', () => {
    const open = declaration((x) => {
      x.exceptions = [{ date: '2026-05-14', reason: 'Vaccinationsdag', hours: { consultation: [iv('09:00', '12:00')] } }];
    });
    const state = openNow(open, 'consultation', '2026-05-14T10:00:00+02:00');
    assert.equal(state.status, 'open');
    assert.equal(state.holiday?.id, 'kristi-himmelfartsdag');
    assert.equal(openNow(open, 'phone', '2026-05-14T10:00:00+02:00').status, 'closed');
  });
});

describe('not stated, and acute calls answered by a substitute', () => {
  test('a day not stated gives not-stated, never closed', () => {
    const d = example('not-stated-fields.json'); // consultation has no Saturday entry
    assert.equal(openNow(d, 'consultation', '2026-03-07T10:00:00+01:00').status, 'not-stated');
    assert.equal(openNow(d, 'walkIn', '2026-03-04T10:00:00+01:00').status, 'not-stated');
    assert.deepEqual(nextOpening(d, 'consultation', '2026-03-06T17:00:00+01:00'), { status: 'not-stated', date: '2026-03-07' });
  });

  test('the acute line names the substitute that answers it', () => {
    const state = openNow(example('early-start-0730.json'), 'acutePhone', '2026-03-04T13:00:00+01:00');
    assert.equal(state.status, 'open');
    assert.equal(state.substitute?.name, 'Lægevagten Østerby (fiktiv)');
  });

  test('no opening within the horizon', () => {
    const closed = declaration((x) => {
      x.exceptions = [{ date: '2026-07-01', to: '2026-07-31', reason: 'Sommerferie', closed: true }];
    });
    assert.deepEqual(nextOpening(closed, 'consultation', '2026-07-01T10:00:00+02:00', { horizonDays: 14 }), { status: 'none', searchedDays: 14 });
  });
});
