/**
 * Dated exceptions: how several layer on one date, which days a range applies on, public holidays,
 * and that the order of the list never matters.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  HOUR_CATEGORIES,
  dkOk22,
  evaluate,
  nextOpening,
  openNow,
  type AccessibilityDeclaration,
  type HoursException,
} from '../src/index.js';
import { declaration as generated } from './generators.js';
import { declaration, iv } from './fixtures.js';

const substitute = { name: 'Lægerne i Nordby (fiktiv)', phone: '+45 70 00 03 01' };
const judge = (d: AccessibilityDeclaration, at: string) => evaluate(d, { ruleSet: dkOk22, at });
const withExceptions = (exceptions: HoursException[]) => declaration((d) => (d.exceptions = exceptions));

describe('two exceptions for one date: the same result in either order', () => {
  // Tuesday 7 April 2026, a hverdag, judged from Monday 6 April (Easter Monday).
  const withSubstitute: HoursException = { date: '2026-04-07', reason: 'Kursus', closed: true, substitute };
  const without: HoursException = { date: '2026-04-07', reason: 'Kursus', closed: true };

  test('closed with a substitute and closed without: the substitute is named whichever comes first', () => {
    const one = judge(withExceptions([withSubstitute, without]), '2026-04-06T10:00:00+02:00');
    const other = judge(withExceptions([without, withSubstitute]), '2026-04-06T10:00:00+02:00');
    assert.equal(one.overall, 'meets');
    assert.deepEqual(other, one);
    const state = openNow(withExceptions([without, withSubstitute]), 'consultation', '2026-04-07T10:00:00+02:00');
    assert.equal(state.substitute?.name, substitute.name);
  });

  test('changed hours and a closure on one date: the closure is on top, in either order', () => {
    const changed: HoursException = { date: '2026-04-07', reason: 'Personalemøde', hours: { consultation: [iv('08:00', '12:00')] } };
    for (const list of [[changed, without], [without, changed]]) {
      assert.equal(openNow(withExceptions(list), 'consultation', '2026-04-07T10:00:00+02:00').status, 'closed');
    }
  });
});

describe('layering: a more specific exception overrides only what it names', () => {
  // A week's closure with a substitute, and on its Wednesday only the doctor's phone hour 08:00–08:30.
  const week: HoursException = { date: '2026-07-06', to: '2026-07-12', reason: 'Sommerferie', closed: true, substitute };
  const wednesday: HoursException = { date: '2026-07-08', reason: 'Lægen ringer', hours: { doctorPhone: [iv('08:00', '08:30')] } };
  const d = withExceptions([week, wednesday]);
  const at = '2026-07-08T10:00:00+02:00';

  test('on the Wednesday consultation stays closed by the week, the doctor phones 08:00–08:30', () => {
    const consultation = openNow(d, 'consultation', at);
    assert.equal(consultation.status, 'closed');
    assert.equal(consultation.exception?.reason, 'Sommerferie');
    assert.equal(consultation.substitute?.name, substitute.name);
    assert.equal(openNow(d, 'doctorPhone', '2026-07-08T08:15:00+02:00').status, 'open');
    assert.equal(openNow(d, 'doctorPhone', '2026-07-08T08:15:00+02:00').exception?.reason, 'Lægen ringer');
    assert.equal(openNow(d, 'phone', at).status, 'closed');
    const next = nextOpening(d, 'consultation', '2026-07-07T10:00:00+02:00');
    assert.equal(next.status === 'found' && next.start.date, '2026-07-13');
  });

  test('the rules count the whole week as covered by the substitute', () => {
    const result = judge(d, '2026-07-06T09:00:00+02:00');
    assert.equal(result.overall, 'meets');
    assert.match(result.rules.find((r) => r.id === 'daytime')!.explanation.da, /den 8\. juli 2026 via stedfortræder/);
  });

  test('without a substitute the Wednesday is reported closed, with both reasons', () => {
    const bare = withExceptions([{ ...week, substitute: undefined } as HoursException, wednesday].map((e) => JSON.parse(JSON.stringify(e))));
    const daytime = judge(bare, '2026-07-06T09:00:00+02:00').rules.find((r) => r.id === 'daytime')!;
    assert.equal(daytime.status, 'not-met');
    assert.match(daytime.explanation.da, /den 8\. juli 2026 lukket \(Lægen ringer, Sommerferie\) uden oplyst stedfortræder/);
  });

  test('a shorter range beats a longer one; for equal ranges fewer weekdays beat more', () => {
    const summer: HoursException = { date: '2026-07-01', to: '2026-08-31', reason: 'Sommertider', hours: { consultation: [iv('08:00', '14:00')] } };
    const wednesdays: HoursException = { ...summer, reason: 'Onsdage', weekdays: ['wed'], hours: { consultation: [iv('08:00', '12:00')] } };
    const week2: HoursException = { date: '2026-07-13', to: '2026-07-17', reason: 'Kursusuge', hours: { consultation: [iv('10:00', '16:00')] } };
    const x = withExceptions([week2, wednesdays, summer]);
    const until = (at: string) => openNow(x, 'consultation', at).until?.time;
    assert.equal(until('2026-07-07T09:00:00+02:00'), '14:00'); // Tuesday: summer hours
    assert.equal(until('2026-07-08T09:00:00+02:00'), '12:00'); // Wednesday: fewer weekdays win
    assert.equal(until('2026-07-15T11:00:00+02:00'), '16:00'); // Wednesday in the shorter range
  });
});

describe('ranges apply on hverdage unless they name weekdays, and never open a public holiday', () => {
  const summer: HoursException = { date: '2026-07-01', to: '2026-08-31', reason: 'Sommertider', hours: { consultation: [iv('08:00', '14:00')] } };

  test('summer hours 1 July–31 August leave Saturday 4 July closed', () => {
    const d = withExceptions([summer]);
    assert.equal(openNow(d, 'consultation', '2026-07-04T10:00:00+02:00').status, 'closed');
    assert.equal(openNow(d, 'consultation', '2026-07-03T13:00:00+02:00').until?.time, '14:00');
  });

  test('with weekdays including Saturday, Saturdays open too', () => {
    const d = withExceptions([{ ...summer, weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }]);
    assert.equal(openNow(d, 'consultation', '2026-07-04T10:00:00+02:00').status, 'open');
    assert.equal(openNow(d, 'consultation', '2026-07-05T10:00:00+02:00').status, 'closed');
  });

  test('a range of changed hours over Easter leaves Easter Monday closed; a single date may open it', () => {
    const easter: HoursException = { date: '2026-03-30', to: '2026-04-10', reason: 'Påsketider', hours: { consultation: [iv('09:00', '15:00')] } };
    const d = withExceptions([easter]);
    const monday = openNow(d, 'consultation', '2026-04-06T10:00:00+02:00');
    assert.equal(monday.status, 'closed');
    assert.equal(monday.holiday?.id, 'anden-paaskedag');
    assert.equal(monday.exception, undefined);
    assert.equal(openNow(d, 'consultation', '2026-04-07T10:00:00+02:00').until?.time, '15:00');
    const opened = withExceptions([easter, { date: '2026-04-06', reason: 'Vaccination', hours: { consultation: [iv('10:00', '12:00')] } }]);
    assert.equal(openNow(opened, 'consultation', '2026-04-06T11:00:00+02:00').status, 'open');
  });

  test('a closed range closes every day, weekends included, unless it names weekdays', () => {
    const open6 = (x: AccessibilityDeclaration) => (x.hours.consultation!.sat = [iv('09:00', '12:00')]);
    const closed = declaration((x) => {
      open6(x);
      x.exceptions = [{ date: '2026-07-01', to: '2026-07-31', reason: 'Ferie', closed: true }];
    });
    assert.equal(openNow(closed, 'consultation', '2026-07-04T10:00:00+02:00').status, 'closed');
    const weekdaysOnly = declaration((x) => {
      open6(x);
      x.exceptions = [{ date: '2026-07-01', to: '2026-07-31', reason: 'Ferie', closed: true, weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] }];
    });
    assert.equal(openNow(weekdaysOnly, 'consultation', '2026-07-04T10:00:00+02:00').status, 'open');
  });
});

/** Everything the engine answers about a declaration around its exceptions. */
function answers(d: AccessibilityDeclaration, at: number) {
  const instants = [0, 1, 2, 3, 4, 5, 6].map((k) => at + k * 86_400_000 + k * 3_600_000 * 5);
  return {
    evaluation: evaluate(d, { ruleSet: dkOk22, at, horizonDays: 14 }),
    now: instants.flatMap((t) => HOUR_CATEGORIES.map((c) => [openNow(d, c, t), nextOpening(d, c, t, { horizonDays: 10 })])),
  };
}

test('any permutation of the exceptions gives the same evaluation, open-now and next opening', () => {
  const at = Date.parse('2026-04-01T07:00:00Z');
  fc.assert(
    fc.property(
      generated('2026-03-28', 12, 6).chain((d) =>
        fc.tuple(fc.constant(d), fc.shuffledSubarray(d.exceptions ?? [], { minLength: (d.exceptions ?? []).length })),
      ),
      ([d, shuffled]) => {
        const copy = (exceptions: HoursException[] | undefined) => ({ ...JSON.parse(JSON.stringify(d)), exceptions }) as AccessibilityDeclaration;
        assert.deepEqual(answers(copy(shuffled), at), answers(copy(d.exceptions), at));
      },
    ),
    { seed: 7042026, numRuns: 60 },
  );
});
