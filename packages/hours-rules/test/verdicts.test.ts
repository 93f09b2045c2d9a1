/**
 * Verdicts and explanations that must say what is true: a confirmation dated after the moment
 * judged, counts with the right noun form, the hours actually not stated, bounded options, and
 * optional kinds of access stated for one day only.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dkOk22, evaluate, nextOpening, openNow, type AccessibilityDeclaration, type EvaluateOptions } from '../src/index.js';
import { AT, declaration, iv, week } from './fixtures.js';

const judge = (d: AccessibilityDeclaration, options: Partial<EvaluateOptions> = {}) => evaluate(d, { ruleSet: dkOk22, at: AT, ...options });
const rule = (d: AccessibilityDeclaration, id: string) => judge(d).rules.find((r) => r.id === id)!;

describe('lastVerified after the moment judged', () => {
  test('no verdict: the information cannot speak for an earlier moment', () => {
    const result = judge(declaration((d) => (d.lastVerified = '2027-01-01')));
    assert.equal(result.overall, 'future-dated');
    assert.equal(result.futureDated, true);
    assert.equal(
      result.summary.en,
      'The information was confirmed on 1 January 2027, after 4 March 2026, the date judged; no assessment against the OK22 accessibility requirements is given.',
    );
    assert.match(result.summary.da, /^Oplysningerne er bekræftet 1\. januar 2027, efter den 4\. marts 2026, som vurderingen gælder; /);
    assert.doesNotMatch(result.summary.en, /^Meets/);
  });

  test('confirmed on the Copenhagen date judged is fine; the next day is not', () => {
    assert.equal(judge(declaration((d) => (d.lastVerified = '2026-03-04'))).overall, 'meets');
    assert.equal(judge(declaration((d) => (d.lastVerified = '2026-03-05'))).overall, 'future-dated');
    // 23:30 UTC on 4 March is already 5 March in Copenhagen.
    assert.equal(judge(declaration((d) => (d.lastVerified = '2026-03-05')), { at: '2026-03-04T23:30:00Z' }).overall, 'meets');
  });
});

describe('counts with the right form of their noun', () => {
  test('one month, one requirement; several months, several requirements', () => {
    const stale = judge(declaration((d) => (d.lastVerified = '2026-01-01')), { maxAgeMonths: 1 });
    assert.match(stale.summary.da, /mere end 1 måned siden/);
    assert.match(stale.summary.en, /more than 1 month ago/);
    assert.match(judge(declaration((d) => (d.lastVerified = '2024-01-01'))).summary.en, /more than 12 months ago/);
    const one = judge(declaration((d) => (d.bagomNumber = 'none')));
    assert.match(one.summary.en, /: 1 requirement not met /);
    const two = judge(declaration((d) => { d.bagomNumber = 'none'; d.usualWaitWeekdays = 9; }));
    assert.match(two.summary.en, /: 2 requirements not met /);
    assert.match(two.summary.da, /: 2 krav er ikke opfyldt /);
  });
});

describe('explanations name what is actually not stated', () => {
  test('phone 08:00–15:59 and no acute line: the acute line is what is missing, not the phone', () => {
    const r = rule(declaration((d) => { delete d.hours.acutePhone; d.hours.phone = week([iv('08:00', '15:59')]); }), 'acute-help');
    assert.equal(r.status, 'not-stated');
    assert.equal(r.explanation.da, 'Ikke oplyst: akuttelefonens tider for hverdagene; det oplyste alene dækker ikke kl. 08:00–16:00. (OK22, akut behov)');
    assert.equal(r.explanation.en, 'Not stated: acute phone hours for weekdays; what is stated does not by itself cover 08:00–16:00. (OK22, acute need)');
  });

  test('both missing on some days, one on others: each named with its days', () => {
    const d = declaration((x) => {
      delete x.hours.phone!.wed;
      x.hours.acutePhone = { mon: [iv('12:30', '16:00')], tue: [iv('12:30', '16:00')], wed: [iv('12:30', '16:00')] };
    });
    const r = rule(d, 'acute-help');
    assert.equal(r.status, 'not-stated');
    assert.match(r.explanation.da, /^Ikke oplyst: telefontider om onsdagen og akuttelefonens tider om torsdagen og om fredagen;/);
  });

  test('a single required kind keeps its own sentence', () => {
    assert.equal(rule(declaration((d) => delete d.hours.doctorPhone), 'phone-consultation').explanation.en, "The doctor's telephone consultation is not stated for weekdays. (OK22, telephone consultation)");
  });
});

describe('options are bounded where they enter', () => {
  test('horizonDays and maxAgeMonths: whole numbers in range, else a RangeError', () => {
    for (const horizonDays of [-1, 1.5, 367, Number.NaN, Infinity]) {
      assert.throws(() => judge(declaration(), { horizonDays }), RangeError, String(horizonDays));
    }
    for (const maxAgeMonths of [-1, 0.5, 1201]) assert.throws(() => judge(declaration(), { maxAgeMonths }), RangeError);
    assert.equal(judge(declaration(), { horizonDays: 0 }).overall, 'meets');
    assert.equal(judge(declaration(), { horizonDays: 366, maxAgeMonths: 0 }).overall, 'stale');
    assert.throws(() => nextOpening(declaration(), 'phone', AT, { horizonDays: -1 }), RangeError);
    assert.throws(() => nextOpening(declaration(), 'phone', AT, { horizonDays: 0 }), RangeError);
    assert.throws(() => nextOpening(declaration(), 'phone', AT, { horizonDays: 1e9 }), RangeError);
  });
});

describe('optional kinds of access stated for one day', () => {
  const d = declaration((x) => (x.hours.lateConsultation = { tue: [iv('16:00', '19:00')] }));

  test('late consultation only on Tuesday: from Wednesday the next one is next Tuesday, other days are none', () => {
    const next = nextOpening(d, 'lateConsultation', '2026-03-04T10:00:00+01:00');
    assert.equal(next.status, 'found');
    assert.equal(next.status === 'found' && `${next.start.date} ${next.start.time}`, '2026-03-10 16:00');
    assert.equal(openNow(d, 'lateConsultation', '2026-03-05T17:00:00+01:00').status, 'closed');
    assert.equal(openNow(d, 'lateConsultation', '2026-03-10T17:00:00+01:00').status, 'open');
  });

  test('walk-in stated only on Monday likewise; a kind not stated at all stays not stated', () => {
    const walkIn = declaration((x) => (x.hours.walkIn = { mon: [iv('08:00', '08:30')] }));
    assert.equal(openNow(walkIn, 'walkIn', '2026-03-04T08:15:00+01:00').status, 'closed');
    assert.equal(openNow(declaration(), 'walkIn', AT).status, 'not-stated');
    // A required kind with a day left out is still not stated that day.
    const noWed = declaration((x) => delete x.hours.phone!.wed);
    assert.equal(openNow(noWed, 'phone', AT).status, 'not-stated');
  });
});
