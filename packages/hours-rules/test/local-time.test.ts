/**
 * A time without an offset is Copenhagen time, and no answer depends on the process time zone:
 * the property at the end switches process.env.TZ between four zones (and checks that the switch
 * takes effect) for generated declarations and generated offset-less times.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dkOk22, evaluate, nextOpening, openNow, parseInstant, ruleSetFor, toCopenhagen, type AccessibilityDeclaration } from '../src/index.js';
import { run, type CliIo } from '../src/cli.js';
import { declaration as generated } from './generators.js';
import { declaration, examplePath } from './fixtures.js';

const utc = (iso: string) => Date.parse(iso);

describe('reading ISO 8601 times', () => {
  test('with Z or an offset: that instant', () => {
    assert.equal(parseInstant('2026-03-03T10:00:00+01:00'), utc('2026-03-03T09:00:00Z'));
    assert.equal(parseInstant('2026-03-03T09:00Z'), utc('2026-03-03T09:00:00Z'));
    assert.equal(parseInstant('2026-03-03T10:00:00.250+0100'), utc('2026-03-03T09:00:00.250Z'));
    assert.equal(parseInstant('2026-03-03T05:00-04'), utc('2026-03-03T09:00:00Z'));
  });

  test('without an offset: Copenhagen wall-clock time, winter and summer; a bare date is 00:00 there', () => {
    assert.equal(parseInstant('2026-03-03T10:00'), utc('2026-03-03T09:00:00Z'));
    assert.equal(parseInstant('2026-07-01T10:00:00'), utc('2026-07-01T08:00:00Z'));
    assert.equal(parseInstant('2026-03-29T10:00'), utc('2026-03-29T08:00:00Z'));
    assert.equal(parseInstant('2026-07-01'), utc('2026-06-30T22:00:00Z'));
    assert.deepEqual(toCopenhagen('2026-03-29T10:00').minutes, 600);
  });

  test('a wall time in the spring gap moves forward by the gap; the repeated autumn hour is read the first time', () => {
    assert.equal(parseInstant('2026-03-29T02:30'), utc('2026-03-29T01:30:00Z'));
    assert.equal(toCopenhagen('2026-03-29T02:30').minutes, 3 * 60 + 30);
    assert.equal(parseInstant('2026-10-25T02:30'), utc('2026-10-25T00:30:00Z'));
    assert.equal(toCopenhagen('2026-10-25T02:30').offsetMinutes, 120);
  });

  test('anything else is not an instant', () => {
    for (const text of ['tomorrow', '', '2026-02-30T10:00', '2026-03-03T24:00', '2026-03-03T10:60', 'March 3, 2026 10:00', '2026-03-03T10', '2026-03-03T10:00+25:00', '1772528400000']) {
      assert.equal(parseInstant(text), undefined, text);
    }
    assert.throws(() => toCopenhagen('2026-02-30'), RangeError);
  });

  test('praksis-hours check --at 2026-03-29T02:30 judges 03:30 summer time', async () => {
    let stdout = '';
    const io: CliIo = { stdout: (t) => void (stdout += t), stderr: () => {}, readFile: () => Promise.resolve(JSON.stringify(declaration())), now: () => 0 };
    await run(['check', '--json', '--at', '2026-03-29T02:30', examplePath('valid/meets-all.json')], io);
    assert.equal(JSON.parse(stdout).at, '2026-03-29T01:30:00.000Z');
  });
});

const ZONES = ['UTC', 'Europe/Copenhagen', 'America/Los_Angeles', 'Pacific/Kiritimati'];

/** Everything a reader could be told, at a time written without an offset. */
function answers(d: AccessibilityDeclaration, local: string) {
  const ruleSet = ruleSetFor(local) ?? dkOk22;
  return JSON.stringify({
    instant: parseInstant(local),
    evaluation: evaluate(d, { ruleSet, at: local }),
    now: (['consultation', 'phone', 'acutePhone'] as const).map((c) => [openNow(d, c, local), nextOpening(d, c, local, { horizonDays: 5 })]),
  });
}

test('the same answers under four process time zones, for times without an offset', () => {
  const saved = process.env.TZ;
  const localTime = fc
    .tuple(fc.constantFrom('2026-03-28', '2026-03-29', '2026-03-30', '2026-07-04', '2026-10-25', '2026-12-31'), fc.integer({ min: 0, max: 24 * 60 - 1 }))
    .map(([date, m]) => `${date}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  try {
    // The switch takes effect: the same local reading by Date names different instants per zone.
    const byDate = ZONES.map((tz) => {
      process.env.TZ = tz;
      return new Date(2026, 2, 29, 10).getTime();
    });
    assert.equal(new Set(byDate).size, ZONES.length);
    fc.assert(
      fc.property(generated('2026-03-26', 10, 3), localTime, (d, local) => {
        const results = ZONES.map((tz) => {
          process.env.TZ = tz;
          return answers(JSON.parse(JSON.stringify(d)) as AccessibilityDeclaration, local);
        });
        for (const result of results) assert.equal(result, results[0]);
      }),
      { seed: 2903, numRuns: 60 },
    );
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});
