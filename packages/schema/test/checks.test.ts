import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkBands, checkCapacity, checkDoctorNorm, checkTrend } from '../src/checks/capacity.js';
import { checkAccessibilityDeclaration, checkDay, checkException } from '../src/checks/accessibility-declaration.js';
import { isRealDate } from '../src/checks/dates.js';
import { checkProvenance } from '../src/checks/provenance.js';
import type { AccessibilityDeclaration, CapacityBand, CapacityDocument, HoursException, Provenance } from '../src/generated/types.js';
import { validateCapacity } from '../src/index.js';
import { exampleSets } from './helpers.js';

const paths = (issues: { path: string }[]) => issues.map((i) => i.path);
const examples = exampleSets();
function example<T>(kind: string, file: string): T {
  const found = examples.find((s) => s.kind === kind)?.valid.find((e) => e.file === file);
  assert.ok(found, `${kind}/${file}`);
  return structuredClone(found.data) as T;
}
const band = (from: number | undefined, to: number | undefined): CapacityBand => ({ from, to, label: 'x', tone: 'mid' });

describe('dates', () => {
  test('real calendar dates', () => {
    assert.equal(isRealDate('2024-02-29'), true);
    assert.equal(isRealDate('2026-02-29'), false);
    assert.equal(isRealDate('2026-04-31'), false);
    assert.equal(isRealDate('2026-12-31'), true);
    assert.equal(isRealDate('26-12-31'), false);
  });

  test('provenance: real dates and a period that runs forwards', () => {
    const base: Provenance = { source: 's', publisher: 'p', fictional: true, asOf: '2026-02-30' };
    assert.deepEqual(paths(checkProvenance(base, '/provenance')), ['/provenance/asOf']);
    const period: Provenance = { source: 's', publisher: 'p', fictional: true, period: { from: '2022-01-01', to: '2017-01-01' } };
    const issues = checkProvenance(period, '/provenance');
    assert.deepEqual(paths(issues), ['/provenance/period/to']);
    assert.equal(issues[0]?.message.en, 'must not be before "from" (2022-01-01)');
  });
});

describe('capacity checks', () => {
  const doc = () => example<CapacityDocument>('capacity', 'practice-closed-over-norm.json');

  test('a norm per doctor needs doctors', () => {
    const d = doc();
    d.norm.basis = 'doctor';
    assert.deepEqual(checkDoctorNorm(d), []);
    delete d.doctors;
    assert.deepEqual(paths(checkDoctorNorm(d)), ['/doctors']);
    d.norm.basis = 'capacity';
    assert.deepEqual(checkDoctorNorm(d), []);
  });

  test('trend dates strictly ascending, first offender only', () => {
    const point = (date: string) => ({ date, listedPatients: 1, capacities: 1 });
    assert.deepEqual(checkTrend([point('2020-01-01'), point('2021-01-01')], '2021-01-01'), []);
    assert.deepEqual(paths(checkTrend([point('2020-01-01'), point('2020-01-01')], '2021-01-01')), ['/trend/1/date']);
    const issues = checkTrend([point('2022-01-01'), point('2021-01-01'), point('2020-01-01')], '2023-01-01');
    assert.deepEqual(paths(issues), ['/trend/1/date']);
    assert.equal(issues[0]?.message.en, 'must be later than the date before it (2022-01-01); list the trend oldest first');
  });

  test('trend dates not after asOf', () => {
    const point = (date: string) => ({ date, listedPatients: 1, capacities: 1 });
    const issues = checkTrend([point('2020-01-01'), point('2021-06-01')], '2021-01-01');
    assert.deepEqual(paths(issues), ['/trend/1/date']);
    assert.equal(issues[0]?.message.da, 'må ikke ligge efter asOf (2021-01-01)');
  });

  test('bands ordered, without overlap; only the ends may be open', () => {
    assert.deepEqual(checkBands([band(undefined, 1000), band(1000, 1400), band(1400, undefined)]), []);
    assert.deepEqual(checkBands([band(0, 1000), band(1200, undefined)]), [], 'a gap is fine');
    assert.deepEqual(paths(checkBands([band(undefined, 1000), band(900, 1400)])), ['/bands/items/1/from']);
    assert.deepEqual(paths(checkBands([band(1000, 1400), band(0, 1000)])), ['/bands/items/1/from'], 'out of order');
    const open = checkBands([band(0, undefined), band(1000, undefined)]);
    assert.deepEqual(paths(open), ['/bands/items/1/from']);
    assert.match(open[0]?.message.en ?? '', /no upper bound/);
    assert.deepEqual(paths(checkBands([band(0, 1000), band(undefined, 2000)])), ['/bands/items/1/from']);
    assert.deepEqual(paths(checkBands([band(undefined, undefined)])), ['/bands/items/0']);
    assert.deepEqual(paths(checkBands([band(1000, 1000)])), ['/bands/items/0/to']);
  });

  test('checkCapacity runs every check; validateCapacity sorts them in document order', () => {
    const d = doc();
    d.asOf = '2023-02-29';
    d.norm.basis = 'doctor';
    delete d.doctors;
    // The earlier asOf also puts intake.since after it.
    assert.deepEqual(paths(checkCapacity(d)), ['/asOf', '/doctors', '/intake/since', '/trend/0/date']);
    // A missing field sorts right after its parent, here the document itself.
    assert.deepEqual(paths(validateCapacity(d)), ['/doctors', '/asOf', '/intake/since', '/trend/0/date']);
  });

  test('semantic checks only run on schema-valid documents', () => {
    const d = doc() as unknown as Record<string, unknown>;
    (d.norm as Record<string, unknown>).basis = 'doctor';
    delete d.doctors;
    d.listedPatients = -1;
    assert.deepEqual(paths(validateCapacity(d)), ['/listedPatients']);
  });
});

describe('accessibility declaration checks', () => {
  test('an interval must end after it starts; 24:00 ends the day', () => {
    assert.deepEqual(checkDay([{ from: '08:00', to: '24:00' }, { from: '23:59', to: '24:00' }], '/d'), []);
    const issues = checkDay([{ from: '08:00', to: '12:00' }, { from: '12:30', to: '12:30' }, { from: '13:00', to: '09:00' }], '/d');
    assert.deepEqual(paths(issues), ['/d/1/to', '/d/2/to']);
    assert.equal(issues[1]?.message.en, 'must be later than "from" (13:00)');
  });

  test('exceptions: real dates, ranges forwards, changed hours checked', () => {
    const ex: HoursException = { date: '2026-07-24', to: '2026-07-06', reason: 'x', closed: true };
    assert.deepEqual(paths(checkException(ex, '/exceptions/0')), ['/exceptions/0/to']);
    const hours: HoursException = { date: '2026-02-30', reason: 'x', hours: { phone: [{ from: '10:00', to: '09:00' }] } };
    assert.deepEqual(paths(checkException(hours, '/exceptions/1')), ['/exceptions/1/date', '/exceptions/1/hours/phone/0/to']);
  });

  test('a valid declaration has no issues; lastVerified must be a real date', () => {
    const doc = example<AccessibilityDeclaration>('accessibility-declaration', 'holidays-with-substitute.json');
    assert.deepEqual(checkAccessibilityDeclaration(doc), []);
    doc.lastVerified = '2026-02-31';
    assert.deepEqual(paths(checkAccessibilityDeclaration(doc)), ['/lastVerified']);
  });
});
