/** The badge maker's pure parts: reading typed times, the form as a declaration, an import into the form. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDocument } from '@praksis/schema';
import { dkOk22, evaluate, fromOsm } from '@praksis/hours-rules';
import { parseClock } from '../../scripts/docs/badge-maker/clock.js';
import { applyDraft, copyMondayToWeekdays, emptyForm, fieldForPointer, toDeclaration } from '../../scripts/docs/badge-maker/form.js';

describe('parseClock', () => {
  test('8, 08, 8.00, 08:00, 0800 and kl. 8 are all 08:00', () => {
    for (const text of ['8', '08', '8.00', '08:00', '0800', ' kl. 8 ', '8:00']) assert.equal(parseClock(text), '08:00', text);
    assert.equal(parseClock('12.30'), '12:30');
    assert.equal(parseClock('16'), '16:00');
    assert.equal(parseClock('830'), '08:30');
  });

  test('24 only as an end; nonsense is not a time', () => {
    assert.equal(parseClock('24', true), '24:00');
    assert.equal(parseClock('24'), undefined);
    for (const text of ['25', '8.60', '8.5', 'otte', '', '8-9', '12345']) assert.equal(parseClock(text, true), undefined, text);
  });
});

describe('the form', () => {
  test('an empty form reports the practice fields by pointer', () => {
    const { declaration } = toDeclaration(emptyForm('2026-12-01'));
    const paths = validateDocument(declaration).issues.map((i) => i.path);
    assert.ok(paths.includes('/practice/name') || paths.includes('/practice/ydernummer'), paths.join());
    assert.equal(fieldForPointer('/practice/ydernummer'), 'bm-practice-ydernummer');
    assert.equal(fieldForPointer('/hours/phone/wed/0/to'), 'bm-phone-wed-0-to');
  });

  test('copy Monday fills Tuesday to Friday, not the weekend', () => {
    const form = emptyForm('2026-12-01');
    form.hours.phone.days.mon = [{ from: '8', to: '12.30' }];
    const copied = copyMondayToWeekdays(form.hours.phone);
    assert.deepEqual(copied.days.fri, [{ from: '8', to: '12.30' }]);
    assert.deepEqual(copied.days.sat, [{ from: '', to: '' }]);
    copied.days.tue[0]!.from = '9';
    assert.equal(copied.days.mon[0]!.from, '8', 'the copies are independent');
  });

  test('typed times become HH:MM, empty days are closed, unticked kinds are not stated', () => {
    const form = emptyForm('2026-12-01');
    form.practice.name = 'Lægerne i Egebæk';
    form.practice.ydernummer = '123456';
    form.hours.consultation.days.mon = [{ from: '8', to: '16' }];
    form.hours.acutePhone.stated = false;
    form.recurring.push({ kind: 'monthly', day: '', month: '12', nth: '1', weekday: 'thu', from: '12', reason: 'Personalemøde', substitute: { name: '', phone: '' } });
    const { declaration, problems } = toDeclaration(form);
    assert.deepEqual(problems, []);
    assert.deepEqual(declaration.hours.consultation?.mon, [{ from: '08:00', to: '16:00' }]);
    assert.deepEqual(declaration.hours.consultation?.tue, []);
    assert.equal(declaration.hours.acutePhone, undefined);
    assert.deepEqual(declaration.recurringClosures, [{ monthly: { nth: 1, weekday: 'thu' }, from: '12:00', reason: 'Personalemøde' }]);
    assert.deepEqual(validateDocument(declaration).issues, []);
  });

  test('an unreadable or half-given time is a problem at its pointer and field', () => {
    const form = emptyForm('2026-12-01');
    form.hours.phone.days.wed = [{ from: '8', to: '25' }];
    form.hours.phone.days.thu = [{ from: '8', to: '' }];
    const { problems } = toDeclaration(form);
    assert.deepEqual(
      problems.map((p) => [p.path, p.field]),
      [
        ['/hours/phone/wed/0/to', 'bm-phone-wed-0-to'],
        ['/hours/phone/thu/0', 'bm-phone-thu-0-to'],
      ],
    );
  });

  test("a substitute's own hours, where known, go into the declaration and count in the verdict", () => {
    const form = emptyForm('2027-07-01');
    form.practice.name = 'Lægerne i Egebæk';
    form.practice.ydernummer = '123456';
    form.exceptions.push({
      date: '2027-07-05',
      to: '2027-07-23',
      reason: 'Sommerferie',
      kind: 'closed',
      from: '',
      until: '',
      substitute: { name: 'Lægehuset Torvet', phone: '+45 70 50 60 70', consultationFrom: '8', consultationTo: '14', acuteFrom: '8', acuteTo: '16' },
    });
    const { declaration, problems } = toDeclaration(form);
    assert.deepEqual(problems, []);
    const hours = declaration.exceptions?.[0]?.substitute?.hours;
    assert.deepEqual(hours?.consultation?.fri, [{ from: '08:00', to: '14:00' }]);
    assert.deepEqual(hours?.acutePhone?.mon, [{ from: '08:00', to: '16:00' }]);
    assert.equal(hours?.consultation?.sat, undefined);
    assert.deepEqual(validateDocument(declaration).issues, []);
    // The substitute's consultation ends at 14:00, so the summer weeks do not cover 08–16.
    const daytime = evaluate(declaration, { ruleSet: dkOk22, at: '2027-07-05T09:00' }).rules.find((r) => r.id === 'daytime');
    assert.equal(daytime?.status, 'not-met');
    assert.match(daytime?.explanation.da ?? '', /medregnet stedfortræderen Lægehuset Torvets oplyste tider/);
    form.exceptions[0]!.substitute.consultationTo = '';
    assert.deepEqual(toDeclaration(form).problems.map((p) => [p.path, p.field]), [['/exceptions/0/substitute/hours/consultation/mon/0', 'bm-exception-0-sub-cons-to']]);
  });

  test('an OSM draft fills the form, and the form gives the same hours back', () => {
    const form = applyDraft(emptyForm('2026-12-01'), fromOsm('Mo-Fr 08:00-16:00; Tu 08:00-18:00; Dec 24 off').draft);
    form.practice.name = 'X';
    form.practice.ydernummer = '123456';
    const { declaration } = toDeclaration(form);
    assert.deepEqual(declaration.hours.consultation?.tue, [{ from: '08:00', to: '18:00' }]);
    assert.deepEqual(declaration.recurringClosures?.[0]?.yearly, '12-24');
  });
});
