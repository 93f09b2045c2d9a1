/** Guidance: each rule not met or not stated says what to change, from the rule set's own data. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DK_OK22_ADVICE, dkOk22 as plain, evaluate, withAdvice, type AccessibilityDeclaration } from '../src/index.js';

const dkOk22 = withAdvice(plain);
import { declaration, iv, week } from './fixtures.js';

const at = '2026-03-02T10:00';
const judge = (d: AccessibilityDeclaration) => evaluate(d, { ruleSet: dkOk22, at });
const ruleOf = (d: AccessibilityDeclaration, id: string) => judge(d).rules.find((r) => r.id === id);

describe('advice', () => {
  test('a practice that meets every rule gets no advice', () => {
    for (const r of judge(declaration()).rules) assert.equal(r.advice, undefined, r.id);
  });

  test('no late consultation: "Tilføj mindst én konsultation efter kl. 16:00 på en hverdag"', () => {
    const d = declaration((x) => (x.hours.consultation = week([iv('08:00', '16:00')])));
    const r = ruleOf(d, 'late-consultation');
    assert.equal(r?.status, 'not-met');
    assert.equal(r?.advice?.da, 'Tilføj mindst én konsultation efter kl. 16:00 på en hverdag.');
    assert.equal(r?.advice?.en, 'Add at least one consultation after 16:00 on a weekday.');
  });

  test('every required rule not met or not stated has advice with every placeholder filled', () => {
    const nothing = declaration((x) => {
      x.hours = {};
      delete x.services;
      delete x.bagomNumber;
      delete x.usualWaitWeekdays;
    });
    const short = declaration((x) => {
      x.hours.consultation = week([iv('09:00', '15:00')]);
      x.hours.doctorPhone = week([iv('08:00', '08:30')]);
      x.hours.acutePhone = week([iv('13:00', '15:00')]);
      x.services = { onlineBooking: false, onlinePrescriptionRenewal: true, eConsultation: true, videoConsultation: false };
      x.bagomNumber = 'none';
      x.usualWaitWeekdays = 9;
    });
    for (const [d, status] of [[nothing, 'not-stated'], [short, 'not-met']] as const) {
      for (const r of judge(d).rules.filter((x) => !x.informational)) {
        assert.equal(r.status, status, `${r.id} ${r.status}`);
        for (const lang of ['da', 'en'] as const) {
          const text = r.advice?.[lang] ?? '';
          assert.ok(text.length > 10, `${r.id} has no ${lang} advice`);
          assert.doesNotMatch(text, /[{}]|undefined/, text);
        }
      }
    }
    assert.equal(ruleOf(short, 'waiting-time')?.advice?.da, 'Giv en bestilt konsultation inden for 5 hverdage (oplyst nu: 9 hverdage).');
    assert.match(ruleOf(short, 'digital')?.advice?.da ?? '', /^Tilbyd elektronisk tidsbestilling/i);
  });

  test('the rule set alone carries no advice (the badge element does not ship it)', () => {
    const d = declaration((x) => (x.hours.consultation = week([iv('08:00', '16:00')])));
    assert.equal(evaluate(d, { ruleSet: plain, at }).rules.find((r) => r.id === 'late-consultation')?.advice, undefined);
    assert.ok(plain.rules.every((r) => r.advice === undefined));
  });

  test('advice exists only for rules of the rule set (no advice about a rule that is not there)', () => {
    const ids = new Set(plain.rules.map((r) => r.id));
    for (const id of Object.keys(DK_OK22_ADVICE)) assert.ok(ids.has(id), `advice for "${id}", which dk-ok22 does not have`);
  });

  test('the advice is read from the rule set: a rule without advice gives none', () => {
    const ruleSet = { ...dkOk22, rules: dkOk22.rules.map((r) => ({ ...r, advice: undefined })) };
    const d = declaration((x) => (x.hours.consultation = week([iv('08:00', '16:00')])));
    assert.equal(evaluate(d, { ruleSet, at }).rules.find((r) => r.id === 'late-consultation')?.advice, undefined);
  });
});
