/**
 * Recurring closures (a yearly date, the nth weekday of the month, all day or from a time) and a
 * substitute's own hours: when they occur, how they layer under dated exceptions, and how the
 * per-day rules judge a day a substitute with stated hours covers.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dkOk22, evaluate, nextOpening, openNow, type AccessibilityDeclaration, type RecurringClosure } from '../src/index.js';
import { occursOn } from '../src/schedule/recurrence.js';
import { toDay } from '../src/time/civil.js';
import { declaration, iv, week } from './fixtures.js';

const torvet = { name: 'Lægehuset Torvet (fiktiv)', phone: '+45 70 50 60 70' };
const judge = (d: AccessibilityDeclaration, at: string, horizonDays = 7) => evaluate(d, { ruleSet: dkOk22, at, horizonDays });
const withClosures = (closures: RecurringClosure[]) => declaration((d) => (d.recurringClosures = closures));
const rule = (d: AccessibilityDeclaration, at: string, id: string) => judge(d, at).rules.find((r) => r.id === id);

describe('when a recurring closure occurs', () => {
  const on = (closure: RecurringClosure, date: string) => occursOn(closure, toDay(date));

  test('a yearly date, every year, whatever the weekday', () => {
    const eve: RecurringClosure = { yearly: '12-24', reason: 'Juleaften' };
    for (const date of ['2026-12-24', '2027-12-24', '2031-12-24']) assert.ok(on(eve, date), date);
    for (const date of ['2026-12-23', '2026-12-25', '2026-11-24']) assert.ok(!on(eve, date), date);
  });

  test('29 February only in leap years', () => {
    const leap: RecurringClosure = { yearly: '02-29', reason: 'Skuddag' };
    assert.ok(on(leap, '2028-02-29'));
    assert.ok(!on(leap, '2027-03-01') && !on(leap, '2027-02-28'));
  });

  test('the first Thursday of each month', () => {
    const first: RecurringClosure = { monthly: { nth: 1, weekday: 'thu' }, reason: 'Personalemøde' };
    for (const date of ['2026-12-03', '2027-01-07', '2027-04-01']) assert.ok(on(first, date), date);
    for (const date of ['2026-12-10', '2026-11-26', '2027-01-06']) assert.ok(!on(first, date), date);
  });

  test('the third Wednesday and the last Friday', () => {
    const third: RecurringClosure = { monthly: { nth: 3, weekday: 'wed' }, reason: 'Kursus' };
    assert.ok(on(third, '2026-12-16') && !on(third, '2026-12-09') && !on(third, '2026-12-23'));
    const last: RecurringClosure = { monthly: { nth: -1, weekday: 'fri' }, reason: 'Kursus' };
    assert.ok(on(last, '2026-12-25') && on(last, '2027-02-26'));
    assert.ok(!on(last, '2026-12-18') && !on(last, '2027-02-19'));
  });
});

describe('open now and next opening with recurring closures', () => {
  test('closed all day on 24 December every year, and the next opening is the next hverdag', () => {
    const d = withClosures([{ yearly: '12-24', reason: 'Juleaften' }]);
    const state = openNow(d, 'consultation', '2026-12-24T10:00');
    assert.equal(state.status, 'closed');
    assert.equal(state.exception?.reason, 'Juleaften');
    assert.equal(openNow(d, 'consultation', '2027-12-24T10:00').status, 'closed');
    assert.equal(openNow(d, 'consultation', '2026-12-23T10:00').status, 'open');
    const next = nextOpening(d, 'consultation', '2026-12-24T10:00');
    assert.equal(next.status, 'found');
    if (next.status === 'found') assert.equal(next.start.date, '2026-12-28'); // 25 and 26 are holidays, 27 a Sunday
  });

  test('"first Thursday from 12:00": open in the morning until 12:00, closed after, with the substitute named', () => {
    const d = withClosures([{ monthly: { nth: 1, weekday: 'thu' }, from: '12:00', reason: 'Personalemøde', substitute: torvet }]);
    const morning = openNow(d, 'consultation', '2026-12-03T10:00');
    assert.equal(morning.status, 'open');
    assert.equal(morning.until?.time, '12:00');
    const afternoon = openNow(d, 'consultation', '2026-12-03T13:00');
    assert.equal(afternoon.status, 'closed');
    assert.equal(afternoon.exception?.reason, 'Personalemøde');
    assert.equal(afternoon.substitute?.name, torvet.name);
    // The doctor's phone hour 08–09 ends before 12:00, so the meeting changes nothing for it.
    assert.equal(openNow(d, 'doctorPhone', '2026-12-03T08:30').exception, undefined);
    // The second Thursday is a normal day.
    assert.equal(openNow(d, 'consultation', '2026-12-10T13:00').status, 'open');
  });

  test('a dated exception for the same date overrides the yearly closure', () => {
    const d = declaration((x) => {
      x.recurringClosures = [{ yearly: '12-24', reason: 'Juleaften' }];
      x.exceptions = [{ date: '2026-12-24', reason: 'Åbent om formiddagen', hours: { consultation: [iv('08:00', '12:00')] } }];
    });
    assert.equal(openNow(d, 'consultation', '2026-12-24T10:00').status, 'open');
    assert.equal(openNow(d, 'consultation', '2026-12-24T13:00').status, 'closed');
    // Only consultation was named: the yearly closure still closes the phones.
    assert.equal(openNow(d, 'phone', '2026-12-24T10:00').status, 'closed');
    assert.equal(openNow(d, 'consultation', '2027-12-24T10:00').status, 'closed');
  });

  test('the order of the list never matters', () => {
    const a: RecurringClosure = { monthly: { nth: 1, weekday: 'thu' }, from: '12:00', reason: 'Personalemøde', substitute: torvet };
    const b: RecurringClosure = { yearly: '12-03', reason: 'Lukket' };
    const one = withClosures([a, b]);
    const other = withClosures([b, a]);
    for (const at of ['2026-12-03T10:00', '2026-12-03T13:00', '2026-12-01T10:00']) {
      assert.deepEqual(openNow(one, 'consultation', at), openNow(other, 'consultation', at));
      assert.deepEqual(judge(one, at), judge(other, at));
    }
  });
});

describe('evaluation with recurring closures and a substitute\'s hours', () => {
  test('24 December without a substitute is a hverdag closed without one, within the horizon', () => {
    const d = withClosures([{ yearly: '12-24', reason: 'Juleaften' }]);
    const result = rule(d, '2026-12-21T09:00', 'daytime');
    assert.equal(result?.status, 'not-met');
    assert.match(result?.explanation.da ?? '', /24\. december 2026 lukket \(Juleaften\) uden oplyst stedfortræder/);
    // Outside the horizon it is not judged.
    assert.equal(rule(d, '2026-12-01T09:00', 'daytime')?.status, 'met');
  });

  test('a substitute without stated hours covers the whole day (as before)', () => {
    const d = withClosures([{ monthly: { nth: 1, weekday: 'thu' }, from: '12:00', reason: 'Personalemøde', substitute: torvet }]);
    assert.equal(judge(d, '2026-12-01T09:00').overall, 'meets');
    assert.match(rule(d, '2026-12-01T09:00', 'daytime')?.explanation.da ?? '', /via stedfortræder Lægehuset Torvet/);
  });

  test('a substitute whose stated hours fill the afternoon: met', () => {
    const d = withClosures([
      {
        monthly: { nth: 1, weekday: 'thu' },
        from: '12:00',
        reason: 'Personalemøde',
        substitute: { ...torvet, hours: { consultation: week([iv('08:00', '16:00')]), acutePhone: week([iv('08:00', '16:00')]) } },
      },
    ]);
    assert.equal(judge(d, '2026-12-01T09:00').overall, 'meets');
  });

  test('a substitute whose stated hours leave a gap: not met, and the explanation says the substitute was counted', () => {
    const d = withClosures([
      {
        monthly: { nth: 1, weekday: 'thu' },
        from: '12:00',
        reason: 'Personalemøde',
        substitute: { ...torvet, hours: { consultation: week([iv('08:00', '14:00')]), acutePhone: week([iv('08:00', '16:00')]) } },
      },
    ]);
    const result = judge(d, '2026-12-01T09:00');
    assert.equal(result.overall, 'does-not-meet');
    const daytime = result.rules.find((r) => r.id === 'daytime');
    assert.equal(daytime?.status, 'not-met');
    assert.match(daytime?.explanation.da ?? '', /3\. december 2026 kun 08:00–14:00 \(Personalemøde; medregnet stedfortræderen Lægehuset Torvet \(fiktiv\)s oplyste tider\)/);
    assert.equal(result.rules.find((r) => r.id === 'acute-help')?.status, 'met');
  });

  test('a substitute\'s hours on a dated closure are judged too', () => {
    const d = declaration((x) => {
      x.exceptions = [{ date: '2026-07-06', to: '2026-07-24', reason: 'Sommerferie', closed: true, substitute: { ...torvet, hours: { consultation: week([iv('09:00', '16:00')]), acutePhone: week([iv('08:00', '16:00')]) } } }];
    });
    const daytime = rule(d, '2026-07-06T09:00', 'daytime');
    assert.equal(daytime?.status, 'not-met');
    assert.match(daytime?.explanation.en ?? '', /only 09:00–16:00/);
  });
});
