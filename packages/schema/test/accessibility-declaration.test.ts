/** The hours declaration's exception checks: weekday selectors and conflicting exceptions, through the validator. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkException, checkExceptionConflicts } from '../src/checks/accessibility-declaration.js';
import type { AccessibilityDeclaration, HoursException } from '../src/generated/types.js';
import { validateAccessibilityDeclaration } from '../src/index.js';
import { exampleSets } from './helpers.js';

const paths = (issues: { path: string }[]) => issues.map((i) => i.path);
const substitute = { name: 'Lægerne i Nordby', phone: '+45 70 00 03 01' };

function declaration(exceptions: HoursException[]): AccessibilityDeclaration {
  const found = exampleSets()
    .find((s) => s.kind === 'accessibility-declaration')
    ?.valid.find((e) => e.file === 'meets-all.json');
  assert.ok(found);
  return { ...(structuredClone(found.data) as AccessibilityDeclaration), exceptions };
}

describe('conflicting exceptions', () => {
  test('two exceptions for one date, closed with and without a substitute: rejected, each pointing at the other', () => {
    const issues = validateAccessibilityDeclaration(
      declaration([
        { date: '2026-04-07', reason: 'Kursus', closed: true, substitute },
        { date: '2026-04-07', reason: 'Kursus', closed: true },
      ]),
    );
    assert.deepEqual(paths(issues), ['/exceptions/0', '/exceptions/1']);
    assert.equal(
      issues[0]?.message.en,
      'conflicts with /exceptions/1 on 2026-04-07: both apply that day and are equally specific, so neither takes precedence; combine them into one exception, or make one shorter or for fewer weekdays',
    );
    assert.match(issues[1]?.message.da ?? '', /^strider mod \/exceptions\/0 den 2026-04-07: /);
  });

  test('equal ranges that overlap conflict on their first common date; ranges on different weekdays do not', () => {
    const a: HoursException = { date: '2026-07-01', to: '2026-07-10', reason: 'a', hours: { phone: [] } };
    const b: HoursException = { date: '2026-07-06', to: '2026-07-15', reason: 'b', closed: true, weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] };
    assert.deepEqual(
      checkExceptionConflicts([a, b], '/exceptions').map((i) => [i.path, i.message.en.slice(0, 38)]),
      [
        ['/exceptions/0', 'conflicts with /exceptions/1 on 2026-0'],
        ['/exceptions/1', 'conflicts with /exceptions/0 on 2026-0'],
      ],
    );
    assert.match(checkExceptionConflicts([a, b], '/e')[0]?.message.en ?? '', / on 2026-07-06:/);
    const wed: HoursException = { ...a, weekdays: ['wed'] };
    const thu: HoursException = { ...a, weekdays: ['thu'] };
    assert.deepEqual(checkExceptionConflicts([wed, thu], '/e'), []);
  });

  test('layered exceptions of different specificity are fine: a week with a day inside it, a month with a week', () => {
    const valid = declaration([
      { date: '2026-07-06', to: '2026-07-12', reason: 'Sommerferie', closed: true, substitute },
      { date: '2026-07-08', reason: 'Lægen ringer', hours: { doctorPhone: [{ from: '08:00', to: '08:30' }] } },
      { date: '2026-07-01', to: '2026-08-31', reason: 'Sommertider', hours: { consultation: [{ from: '08:00', to: '14:00' }] } },
      { date: '2026-07-01', to: '2026-08-31', reason: 'Onsdage', weekdays: ['wed'], hours: { consultation: [{ from: '08:00', to: '12:00' }] } },
    ]);
    assert.deepEqual(validateAccessibilityDeclaration(valid), []);
  });
});

describe('weekday selectors', () => {
  test('only on a range, each weekday once, matching some date of the range', () => {
    const single: HoursException = { date: '2026-07-08', reason: 'x', closed: true, weekdays: ['wed'] };
    assert.deepEqual(paths(checkException(single, '/exceptions/0')), ['/exceptions/0/weekdays']);
    assert.equal(checkException(single, '/e')[0]?.message.en, 'applies to a range only; give "to" as well');
    const twice: HoursException = { date: '2026-07-01', to: '2026-07-31', reason: 'x', closed: true, weekdays: ['wed', 'fri', 'wed'] };
    assert.deepEqual(paths(checkException(twice, '/e')), ['/e/weekdays/2']);
    // 6 and 7 July 2026 are a Monday and a Tuesday.
    const none: HoursException = { date: '2026-07-06', to: '2026-07-07', reason: 'x', closed: true, weekdays: ['sat', 'sun'] };
    assert.deepEqual(paths(checkException(none, '/e')), ['/e/weekdays']);
    assert.equal(checkException(none, '/e')[0]?.message.da, 'rammer ingen dato mellem «date» og «to»');
  });

  test('the schema takes only weekday keys', () => {
    const bad = declaration([{ date: '2026-07-01', to: '2026-07-31', reason: 'x', closed: true, weekdays: ['onsdag' as 'wed'] }]);
    assert.deepEqual(paths(validateAccessibilityDeclaration(bad)), ['/exceptions/0/weekdays/0']);
  });
});
