/**
 * "Open now" and "next opening" agree at every instant, also where the clocks change: checked at
 * every quarter hour of both 2026 DST weekends, for hand-picked hours in the changing hour and for
 * generated declarations.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HOUR_CATEGORIES, fromCopenhagen, nextOpening, openNow, type AccessibilityDeclaration, type HourCategory } from '../src/index.js';
import { declaration as generated } from './generators.js';
import { declaration, iv } from './fixtures.js';

const QUARTER = 15 * 60_000;
const MINUTE = 60_000;
const utc = (iso: string) => Date.parse(iso);

/** Saturday 00:00 to Monday 00:00, Copenhagen time, of each 2026 DST weekend. */
const WEEKENDS = [
  { name: 'spring (29 March)', from: utc('2026-03-27T23:00:00Z'), to: utc('2026-03-29T22:00:00Z'), near: '2026-03-24' },
  { name: 'autumn (25 October)', from: utc('2026-10-23T22:00:00Z'), to: utc('2026-10-25T23:00:00Z'), near: '2026-10-19' },
];

function grid(from: number, to: number): number[] {
  const out = [];
  for (let t = from; t < to; t += QUARTER) out.push(t);
  return out;
}

const at = (t: number) => new Date(t).toISOString();

/** Every way the two answers could disagree, for one kind of access over a grid of instants. */
function assertAgree(d: AccessibilityDeclaration, category: HourCategory, instants: readonly number[]): void {
  const states = instants.map((t) => openNow(d, category, t));
  instants.forEach((t, i) => {
    const now = states[i]!;
    const where = `${category} at ${at(t)}`;
    if (now.status === 'open') {
      const until = now.until!.instant;
      assert.ok(until > t, `${where}: until ${at(until)} is not after now`);
      assert.equal(openNow(d, category, until - MINUTE).status, 'open', `${where}: closed before until`);
      const after = openNow(d, category, until);
      // Open again at `until` only where one day's last interval ends at 24:00 and the next day's starts at 00:00.
      if (after.status === 'open') assert.equal(now.until!.time, '24:00', `${where}: still open at until ${at(until)}`);
    }
    const next = nextOpening(d, category, t, { horizonDays: 4 });
    let limit = Infinity;
    if (next.status === 'found') {
      const { start, end } = next;
      limit = start.instant;
      assert.ok(start.instant > t, `${where}: next opening ${at(start.instant)} is not after now`);
      assert.ok(end.instant > start.instant, `${where}: next opening ${at(start.instant)} has no length`);
      const then = openNow(d, category, start.instant);
      assert.equal(then.status, 'open', `${where}: not open at the next opening ${at(start.instant)}`);
      assert.equal(then.until?.instant, end.instant, `${where}: next opening ends at ${at(end.instant)}, open now until ${then.until && at(then.until.instant)}`);
      if (now.status === 'open') assert.ok(start.instant >= now.until!.instant, `${where}: next opening inside the current one`);
    } else if (next.status === 'not-stated') {
      limit = fromCopenhagen(next.date, 0); // nothing is known from that date on
      const that = openNow(d, category, fromCopenhagen(next.date, 12 * 60));
      assert.equal(that.status, 'not-stated', `${where}: next opening not stated on ${next.date}, yet openNow says ${that.status}`);
    }
    // Nothing opens between now and the next opening, other than the stretch already open.
    for (let j = i + 1; j < instants.length && instants[j]! < limit; j++) {
      const later = states[j]!;
      if (later.status !== 'open') continue;
      assert.ok(now.status === 'open' && instants[j]! < now.until!.instant, `${where}: open at ${at(instants[j]!)}, before the next opening`);
    }
  });
}

describe('hand-picked hours in the changing hour', () => {
  test('spring: an interval inside the missing hour never opens, and is never the next opening', () => {
    const d = declaration((x) => (x.hours.phone!.sun = [iv('02:00', '03:00'), iv('10:00', '11:00')]));
    for (const t of grid(utc('2026-03-29T00:00:00Z'), utc('2026-03-29T02:00:00Z'))) {
      assert.notEqual(openNow(d, 'phone', t).status, 'open', at(t));
    }
    const next = nextOpening(d, 'phone', '2026-03-29T00:30:00Z');
    assert.equal(next.status === 'found' && next.start.time, '10:00');
    assertAgree(d, 'phone', grid(WEEKENDS[0]!.from, WEEKENDS[0]!.to));
  });

  test('autumn: the second 02:00–02:30 is open until 02:30 winter time, never until an instant already past', () => {
    const d = declaration((x) => (x.hours.phone!.sun = [iv('00:00', '02:30')]));
    const second = openNow(d, 'phone', '2026-10-25T01:00:00Z'); // 02:00 winter time
    assert.equal(second.status, 'open');
    assert.deepEqual(second.until, { instant: utc('2026-10-25T01:30:00Z'), date: '2026-10-25', time: '02:30' });
    const first = openNow(d, 'phone', '2026-10-24T23:00:00Z'); // 01:00 summer time: open through the repeat
    assert.equal(first.until?.instant, utc('2026-10-25T00:30:00Z'));
    assertAgree(d, 'phone', grid(WEEKENDS[1]!.from, WEEKENDS[1]!.to));
  });

  test('autumn: at 01:30Z (02:30 winter time) an interval at 02:45 is still ahead', () => {
    const d = declaration((x) => (x.hours.acutePhone!.sun = [iv('02:45', '03:00')]));
    const next = nextOpening(d, 'acutePhone', '2026-10-25T01:30:00Z');
    assert.equal(next.status, 'found');
    if (next.status === 'found') {
      assert.deepEqual(next.start, { instant: utc('2026-10-25T01:45:00Z'), date: '2026-10-25', time: '02:45' });
      assert.deepEqual(next.end, { instant: utc('2026-10-25T02:00:00Z'), date: '2026-10-25', time: '03:00' });
    }
    assert.equal(openNow(d, 'acutePhone', '2026-10-25T01:50:00Z').status, 'open');
  });

  test('an interval across the change is one stretch: an hour shorter in spring, an hour longer in autumn', () => {
    const d = declaration((x) => (x.hours.acutePhone!.sun = [iv('01:00', '04:00')]));
    const spring = openNow(d, 'acutePhone', '2026-03-29T00:30:00Z');
    assert.equal(spring.until?.instant, utc('2026-03-29T02:00:00Z'));
    const autumn = openNow(d, 'acutePhone', '2026-10-24T23:30:00Z');
    assert.equal(autumn.until?.instant, utc('2026-10-25T03:00:00Z'));
  });
});

for (const weekend of WEEKENDS) {
  test(`generated declarations: openNow and nextOpening agree at every quarter hour of the ${weekend.name} DST weekend`, () => {
    const instants = grid(weekend.from, weekend.to);
    fc.assert(
      fc.property(generated(weekend.near, 8), fc.constantFrom(...HOUR_CATEGORIES), (d, category) => assertAgree(d, category, instants)),
      { seed: 20260329, numRuns: 40 },
    );
  });
}
