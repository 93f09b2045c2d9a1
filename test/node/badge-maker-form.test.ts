/** The badge maker's pure parts: reading typed times, the form as a declaration, an import into the form. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { validateDocument } from '@praksis/schema';
import { dkOk22, evaluate, fromJsonLd, fromOsm, jsonLdScript, openNow, outsideConsultation, toJsonLd, toOsm, withAdvice, type AccessibilityDeclaration } from '@praksis/hours-rules';
import { parseClock } from '../../scripts/docs/badge-maker/clock.js';
import { HVERDAGE, checkForm, copyMondayToWeekdays, emptyException, emptyForm, emptyRecurring, emptySubstitute, fieldForPointer, toDeclaration, type BadgeForm } from '../../scripts/docs/badge-maker/form.js';
import { applyDraft, formFromDeclaration, importPasted } from '../../scripts/docs/badge-maker/form-import.js';
import { readBadgeDraft, type BadgeDraft } from '../../scripts/docs/badge-maker/form-draft.js';

describe('parseClock', () => {
  test('8, 08, 8.00, 08:00, 0800 and kl. 8 are all 08:00', () => {
    for (const text of ['8', '08', '8.00', '08:00', '0800', ' kl. 8 ', '8:00']) assert.equal(parseClock(text), '08:00', text);
    assert.equal(parseClock('12.30'), '12:30');
    assert.equal(parseClock('16'), '16:00');
    assert.equal(parseClock('830'), '08:30');
    assert.equal(parseClock('8,30'), '08:30', 'a Danish decimal keypad types a comma');
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
    form.recurring.push({ kind: 'monthly', day: '', month: '12', nth: '1', weekday: 'thu', from: '12', reason: 'Personalemøde', substitute: emptySubstitute() });
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

  test("the validator's problem with an interval is at that interval's row, after an empty or unreadable row above it", () => {
    const form = emptyForm('2026-12-01');
    form.practice = { ...form.practice, name: 'Lægerne', ydernummer: '123456' };
    form.hours.consultation.days.mon = [{ from: '8', to: '12' }, { from: '', to: '' }, { from: '14', to: '13' }];
    form.hours.phone.days.tue = [{ from: '8', to: 'x' }, { from: '14', to: '13' }];
    form.hours.phone.days.wed = [{ from: '8', to: 'x' }];
    assert.deepEqual(
      checkForm(form).problems.map((p) => p.field),
      ['bm-phone-tue-0-to', 'bm-phone-wed-0-to', 'bm-consultation-mon-2-to', 'bm-phone-tue-1-to'],
    );
  });

  test('an empty date verified is one problem at its own field; a wait is read as digits only', () => {
    const form = named(emptyForm('2026-12-01'));
    for (const day of HVERDAGE) form.hours.consultation.days[day] = [{ from: '8', to: '16' }];
    form.lastVerified = '';
    form.usualWait = '0x10';
    const problems = checkForm(form).problems;
    assert.deepEqual(problems.map((p) => p.field), ['bm-lastVerified', 'bm-wait']);
    form.usualWait = '10';
    assert.equal(checkForm(form).declaration.usualWaitWeekdays, 10);
  });

  test("a substitute's own hours, where known, go into the declaration and count in the verdict", () => {
    const form = named(emptyForm('2027-07-01'));
    const summer = emptyException();
    Object.assign(summer, { date: '2027-07-05', to: '2027-07-23', reason: 'Sommerferie' });
    summer.substitute.name = 'Lægehuset Torvet';
    summer.substitute.phone = '+45 70 50 60 70';
    const sub = summer.substitute.hours;
    sub.consultation.stated = true;
    sub.consultation.days.mon = [{ from: '8', to: '14' }];
    sub.consultation.days = copyMondayToWeekdays(sub.consultation).days;
    sub.acutePhone.stated = true;
    sub.acutePhone.days.mon = [{ from: '8', to: '16' }];
    sub.acutePhone.days = copyMondayToWeekdays(sub.acutePhone).days;
    // A day of its own: the substitute's phones on Fridays only.
    sub.phone.stated = true;
    sub.phone.days.fri = [{ from: '08.00', to: '10' }, { from: '13', to: '14' }];
    form.exceptions.push(summer);
    const { declaration, problems } = toDeclaration(form);
    assert.deepEqual(problems, []);
    const hours = declaration.exceptions?.[0]?.substitute?.hours;
    assert.deepEqual(hours?.consultation?.fri, [{ from: '08:00', to: '14:00' }]);
    assert.deepEqual(hours?.acutePhone?.mon, [{ from: '08:00', to: '16:00' }]);
    assert.deepEqual(hours?.consultation?.sat, []);
    assert.deepEqual(hours?.phone?.mon, []);
    assert.deepEqual(hours?.phone?.fri, [{ from: '08:00', to: '10:00' }, { from: '13:00', to: '14:00' }]);
    assert.equal(hours?.walkIn, undefined, 'a kind left unticked is not given');
    assert.deepEqual(validateDocument(declaration).issues, []);
    // The substitute's consultation ends at 14:00, so the summer weeks do not cover 08–16.
    const daytime = evaluate(declaration, { ruleSet: dkOk22, at: '2027-07-05T09:00' }).rules.find((r) => r.id === 'daytime');
    assert.equal(daytime?.status, 'not-met');
    assert.match(daytime?.explanation.da ?? '', /medregnet stedfortræderen Lægehuset Torvets oplyste tider/);
    sub.consultation.days.wed = [{ from: '8', to: '' }];
    assert.deepEqual(toDeclaration(form).problems.map((p) => [p.path, p.field]), [['/exceptions/0/substitute/hours/consultation/wed/0', 'bm-exception-0-sub-consultation-wed-0-to']]);
  });

  test('a range of dates applies on the weekdays ticked; a single date ignores them', () => {
    const form = named(emptyForm('2027-02-01'));
    const course = emptyException();
    Object.assign(course, { date: '2027-03-01', to: '2027-03-31', reason: 'Kursus onsdage', kind: 'hours', weekdays: ['fri', 'wed'] });
    course.changed.consultation.rows = [{ from: '8', to: '12' }];
    form.exceptions.push(course);
    const { declaration, problems } = toDeclaration(form);
    assert.deepEqual(problems, []);
    assert.deepEqual(declaration.exceptions?.[0], {
      date: '2027-03-01',
      to: '2027-03-31',
      weekdays: ['wed', 'fri'],
      reason: 'Kursus onsdage',
      hours: { consultation: [{ from: '08:00', to: '12:00' }] },
    });
    assert.deepEqual(validateDocument(declaration).issues, []);
    course.to = '';
    assert.equal(toDeclaration(form).declaration.exceptions?.[0]?.weekdays, undefined);
  });

  test('changed hours for any kind of access, with several intervals; a ticked kind without hours is closed', () => {
    const form = named(emptyForm('2027-02-01'));
    const day = emptyException();
    Object.assign(day, { date: '2027-03-05', reason: 'Personaledag', kind: 'hours' });
    day.changed.consultation.rows = [{ from: '8', to: '11' }, { from: '13', to: '15.30' }];
    day.changed.phone = { changed: true, rows: [{ from: '8', to: '10' }] };
    day.changed.doctorPhone = { changed: true, rows: [{ from: '', to: '' }] };
    form.exceptions.push(day);
    const { declaration, problems } = toDeclaration(form);
    assert.deepEqual(problems, []);
    assert.deepEqual(declaration.exceptions?.[0]?.hours, {
      consultation: [{ from: '08:00', to: '11:00' }, { from: '13:00', to: '15:30' }],
      phone: [{ from: '08:00', to: '10:00' }],
      doctorPhone: [],
    });
    day.changed.phone.rows = [{ from: 'ti', to: '10' }];
    assert.deepEqual(toDeclaration(form).problems.map((p) => [p.path, p.field]), [['/exceptions/0/hours/phone/0/from', 'bm-exception-0-phone-0-from']]);
    // Nothing ticked: the schema asks for at least one kind, and the problem points at the first box.
    for (const c of Object.values(day.changed)) c.changed = false;
    const issue = validateDocument(toDeclaration(form).declaration).issues.find((i) => i.path.startsWith('/exceptions/0'));
    assert.equal(issue?.path, '/exceptions/0/hours');
    assert.equal(fieldForPointer(issue?.path ?? ''), 'bm-exception-0-consultation-changed');
  });

  test("the acute substitute: name, telephone and web site; its own hours are left out, as the engine reads the acute line's", () => {
    const form = named(emptyForm('2027-02-01'));
    form.acute.kind = 'substitute';
    form.acute.substitute.name = 'Lægehuset Torvet';
    form.acute.substitute.phone = '+45 70 50 60 70';
    form.acute.substitute.url = 'https://torvet.example.dk/';
    form.acute.substitute.hours.acutePhone.stated = true;
    form.acute.substitute.hours.acutePhone.days.mon = [{ from: '12.30', to: '16' }];
    const { declaration, problems } = toDeclaration(form);
    assert.deepEqual(problems, []);
    assert.deepEqual(declaration.acute, { handledBy: 'substitute', substitute: { name: 'Lægehuset Torvet', phone: '+45 70 50 60 70', url: 'https://torvet.example.dk/' } });
    const loaded = formFromDeclaration({ ...declaration, acute: { handledBy: 'substitute', substitute: { name: 'X', phone: '+45 70 50 60 70', hours: { acutePhone: { mon: [] } } } } });
    assert.equal(loaded.form.acute.substitute.hours.acutePhone.stated, false);
    assert.ok(loaded.notCarried.some((n) => n.text === '/acute/substitute/hours'));
    assert.equal(fieldForPointer('/acute/substitute/phone'), 'bm-acute-sub-phone');
    assert.equal(fieldForPointer('/recurringClosures/2/substitute/name'), 'bm-recurring-2-sub-name');
    assert.equal(fieldForPointer('/exceptions/1/weekdays'), 'bm-exception-1-weekday-mon');
    assert.equal(fieldForPointer('/exceptions/0/substitute/url'), 'bm-exception-0-sub-url');
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

const named = (form: BadgeForm): BadgeForm => {
  form.practice.name = 'Lægerne i Egebæk';
  form.practice.ydernummer = '123456';
  return form;
};

describe('a declaration back into the form', () => {
  const dir = 'packages/schema/examples/accessibility-declaration/valid';
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, doc: JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as AccessibilityDeclaration }));
  const moments = ['2026-03-02T10:00', '2026-06-05T09:00', '2026-07-08T10:00', '2026-12-21T09:00', '2027-03-03T15:00'];
  const statuses = (doc: AccessibilityDeclaration, at: string) => {
    const evaluation = evaluate(doc, { ruleSet: dkOk22, at });
    return [evaluation.overall, ...evaluation.rules.map((r) => `${r.id}:${r.status}`)];
  };

  test('every example: the form gives back a valid declaration the engine judges alike, and lists what it could not take', () => {
    let alike = 0;
    for (const { file, doc } of examples) {
      const { form, notCarried } = formFromDeclaration(doc);
      const { declaration, problems } = toDeclaration(form);
      assert.deepEqual(problems, [], file);
      assert.deepEqual(validateDocument(declaration).issues, [], file);
      // A day left out is "not stated", which the form's grid cannot show: it is listed, and only then may the verdict differ.
      const unstated = notCarried.filter((n) => /^\/hours\/\w+\/\w+$/.test(n.text));
      for (const { text } of unstated) assert.equal(text.split('/').reduce<unknown>((node, key) => (key ? (node as Record<string, unknown>)?.[key] : node), doc), undefined, `${file}: ${text}`);
      // Weekend days left out play no part in the OK22 rules; a hverdag left out may.
      if (unstated.some((n) => /\/(mon|tue|wed|thu|fri)$/.test(n.text))) continue;
      for (const at of moments) assert.deepEqual(statuses(declaration, at), statuses(doc, at), `${file} at ${at}`);
      assert.deepEqual(declaration.exceptions ?? [], (doc.exceptions ?? []).map(withoutNotes), `${file}: exceptions`);
      assert.deepEqual(declaration.recurringClosures ?? [], (doc.recurringClosures ?? []).map(withoutNotes), `${file}: recurring closures`);
      alike++;
    }
    assert.equal(alike, examples.length, 'every example is compared');
  });

  test('what the form has no field for is listed at its pointer', () => {
    const doc = JSON.parse(readFileSync(`${dir}/meets-all.json`, 'utf8')) as AccessibilityDeclaration;
    doc.practice.name = { da: 'Lægerne i Egebæk', en: 'The Egebæk doctors' };
    doc.hours.consultation = { ...doc.hours.consultation, mon: [{ from: '08:00', to: '16:00', note: 'kun blodprøver' }] };
    delete doc.hours.phone?.sat;
    const { form, notCarried } = formFromDeclaration(doc);
    const listed = notCarried.map((n) => n.text);
    for (const pointer of ['/practice/name', '/hours/consultation/mon/0/note', '/provenance']) assert.ok(listed.includes(pointer), `${pointer} in ${listed.join(', ')}`);
    assert.equal(form.practice.name, 'Lægerne i Egebæk');
    assert.equal(listed.includes('/hours/phone/sat'), doc.hours.phone !== undefined);
  });

  test('a JSON-LD range on Wednesdays only comes back into the form with its weekday', () => {
    const doc = declaration();
    const { declaration: back } = toDeclaration(applyDraft(named(emptyForm('2027-02-01')), fromJsonLd(JSON.stringify(toJsonLd(doc, { at: '2027-02-01' }))).draft));
    const course = back.exceptions?.find((e) => e.date === '2027-03-01');
    assert.deepEqual(course?.weekdays, ['wed']);
    assert.deepEqual(course?.hours, { consultation: [{ from: '08:00', to: '12:00' }] });
    for (const at of ['2027-03-03T13:00', '2027-03-04T13:00']) assert.equal(openNow(back, 'consultation', at).status, openNow(doc, 'consultation', at).status, at);
  });
});

describe('pasted text', () => {
  const hostile = [
    '',
    '   ',
    '{',
    '[]',
    '[1, "x", null]',
    'null',
    '{"@graph": 5}',
    '{"@graph": [null, 1, {"openingHoursSpecification": 7}]}',
    '{"openingHoursSpecification": {"dayOfWeek": {"@id": 5}, "opens": 8, "closes": []}}',
    '{"@type":"MedicalClinic","name":{"x":1},"telephone":5,"address":[1],"url":"javascript:alert(1)","identifier":{"propertyID":"ydernummer","value":{"a":1}}}',
    '{"specialOpeningHoursSpecification":[{"validFrom":"2027-02-30","opens":"00:00","closes":"00:00"},{"validFrom":"x","validThrough":"y","opens":"08:00","closes":"07:00"}]}',
    '{"contactPoint":[{"contactType":"akuttelefon","hoursAvailable":"Mo-Fr"}, 3]}',
    '<script type="application/ld+json">{"@type":"MedicalClinic","name":"<img src=x onerror=alert(1)>"}</script>',
    '<p>hello</p>',
    'Mo-Fr 25:00-26:00',
    'Mo-Fr 12:00-08:00; Xx 08:00-12:00; 2027 Feb 30 off; Dec 32 off; Th[5] off; Th[1],Fr 08:00-12:00',
    'sunrise-sunset; Mo-Fr 08:00-16:00 "by appointment"; ; ;',
    `{"$schema": "https://praksis-widgets.dk/schema/v1/accessibility-declaration.schema.json", "practice": 5}`,
    `{"$schema": "https://praksis-widgets.dk/schema/v1/accessibility-declaration.schema.json", "a": 1, "a": 2}`,
    `${'['.repeat(5000)}`,
    'Mo-Fr 08:00-16:00; '.repeat(2000),
  ];

  test('hostile pastes never throw; the form they give is read again with problems at pointers, never a crash', () => {
    for (const text of hostile) {
      const before = named(emptyForm('2026-12-01'));
      const result = importPasted(before, text);
      const { declaration, problems } = toDeclaration(result.form);
      const issues = validateDocument(declaration).issues;
      for (const p of [...problems, ...issues]) assert.match(p.path, /^(\/[^/]*)*$/, text.slice(0, 40));
      if (!result.loaded) assert.equal(result.form, before, 'an invalid document loads nothing');
      if (!result.loaded) assert.ok(result.notCarried.length > 0, 'and says why');
    }
  });

  test('an invalid declaration loads nothing and names each problem by pointer; a valid one loads whole', () => {
    const doc = JSON.parse(readFileSync('packages/schema/examples/accessibility-declaration/valid/recurring-closures.json', 'utf8')) as AccessibilityDeclaration;
    const form = emptyForm('2026-12-01');
    const bad = importPasted(form, JSON.stringify({ ...doc, lastVerified: '1. maj' }));
    assert.equal(bad.loaded, false);
    assert.equal(bad.form, form);
    assert.ok(bad.notCarried.some((n) => n.text === '/lastVerified'), JSON.stringify(bad.notCarried));
    const good = importPasted(form, JSON.stringify(doc));
    assert.equal(good.loaded, true);
    assert.deepEqual(toDeclaration(good.form).declaration.recurringClosures, withoutNotes(doc.recurringClosures));
  });

  test('an OSM range on Wednesdays keeps its weekday in the form', () => {
    const { form } = importPasted(named(emptyForm('2027-02-01')), 'Mo-Fr 08:00-16:00; 2027 Mar 01-2027 Mar 31 We 08:00-12:00');
    assert.deepEqual(toDeclaration(form).declaration.exceptions?.[0]?.weekdays, ['wed']);
  });
});

/** A declaration with a course on Wednesdays in March 2027. */
function declaration(): AccessibilityDeclaration {
  const doc = JSON.parse(readFileSync('packages/schema/examples/accessibility-declaration/valid/meets-all.json', 'utf8')) as AccessibilityDeclaration;
  doc.lastVerified = '2027-01-15';
  doc.exceptions = [{ date: '2027-03-01', to: '2027-03-31', weekdays: ['wed'], reason: 'Kursus onsdage', hours: { consultation: [{ from: '08:00', to: '12:00' }] } }];
  return doc;
}

/**
 * As the form keeps it: no notes, names and reasons in Danish (each listed
 * as not carried), and every day of a substitute's week written (a day it leaves out gives it no
 * hours, as an empty one does).
 */
function withoutNotes<T>(value: T): T {
  const localized = (v: unknown): v is { da: string } => typeof v === 'object' && v !== null && typeof (v as { da?: unknown }).da === 'string';
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  return JSON.parse(
    JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
      if (key === 'note') return undefined;
      if (['name', 'reason'].includes(key) && localized(v)) return v.da;
      if (key === 'hours' && 'phone' in this && typeof v === 'object' && v !== null) {
        return Object.fromEntries(Object.entries(v).map(([kind, week]) => [kind, Object.fromEntries(days.map((d) => [d, (week as Record<string, unknown>)[d] ?? []]))]));
      }
      return v;
    }),
  ) as T;
}

describe('whatever is typed', () => {
  // Mostly what a secretary types, now and then something that is no time or date at all.
  const some = <T>(usual: readonly T[], odd: readonly T[]) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: fc.constantFrom(...odd) });
  const from = some(['8', '08', '8.00', '08:00', '7.30'], ['', '25', '8.60', 'otte', '16']);
  const to = some(['12.30', '16', '18:00', '24', ' 14 '], ['', '0', '7.5', '23:60']);
  const date = some(['2027-03-01', '2027-07-05', '2026-12-24'], ['', '2027-02-29']);
  const last = some(['', '2027-03-31', '2027-07-23'], ['2026-01-01']);
  const rows = fc.array(fc.record({ from, to }), { minLength: 1, maxLength: 2 });
  const weekdays = fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const);
  const kinds = fc.subarray(['consultation', 'walkIn', 'lateConsultation', 'phone', 'doctorPhone', 'acutePhone'] as const, { maxLength: 2 });
  const exception = fc.record({
    date,
    to: last,
    weekdays,
    kind: fc.constantFrom('closed', 'hours'),
    changedKinds: kinds,
    rows,
    subKinds: kinds,
    subRows: rows,
    subName: some(['Lægehuset Torvet'], ['']),
    reason: some(['Ferie'], ['']),
  });
  const typed = fc.record({ mon: rows, tue: rows, exceptions: fc.array(exception, { maxLength: 2 }), wait: some(['', '3'], ['-1', '2.5', '400']), day: some(['24', '31'], ['', '0', '32']) });

  test('the form always gives a declaration and problems at pointers; when valid, every output is written without throwing', async () => {
    const { outputs } = await import('../../scripts/docs/badge-maker/outputs.js');
    const ruleSet = withAdvice(dkOk22);
    let valid = 0;
    fc.assert(
      fc.property(typed, (t) => {
        const form = named(emptyForm('2026-12-01'));
        form.hours.consultation.days.mon = t.mon;
        form.hours.phone.days.tue = t.tue;
        form.usualWait = t.wait;
        form.recurring.push({ ...emptyRecurring(), day: t.day, reason: 'Juleaften' });
        for (const e of t.exceptions) {
          const ex = emptyException();
          Object.assign(ex, { date: e.date, to: e.to, weekdays: e.weekdays, kind: e.kind, reason: e.reason });
          for (const k of e.changedKinds) ex.changed[k] = { changed: true, rows: e.rows };
          for (const k of e.subKinds) ex.substitute.hours[k] = { stated: true, days: { ...ex.substitute.hours[k].days, wed: e.subRows } };
          ex.substitute.name = e.subName;
          form.exceptions.push(ex);
        }
        const { declaration, problems } = toDeclaration(form);
        const issues = validateDocument(declaration).issues;
        for (const p of [...problems, ...issues]) assert.match(fieldForPointer(p.path), /^bm-[\w-]+$/);
        if (problems.length || issues.length) return;
        valid++;
        const out = outputs(declaration, { lang: 'da', ruleSet, at: Date.parse('2026-12-01T09:00:00Z'), detailsUrl: 'praksis-badge.html', scriptBase: '/praksis/', jsonUrl: '/praksis/hours.json' });
        assert.ok(out.svg.startsWith('<svg'));
        assert.ok(out.jsonLd.includes('MedicalClinic'));
      }),
      { seed: 3122026, numRuns: 150 },
    );
    assert.ok(valid > 10, `${valid} valid forms`);
  });
});

test('walk-in or late consultation outside the consultation hours is named as left out of JSON-LD and OSM', () => {
  const form = named(emptyForm('2026-12-01'));
  form.hours.consultation.days.mon = [{ from: '8', to: '16' }];
  form.hours.consultation.days = copyMondayToWeekdays(form.hours.consultation).days;
  form.hours.walkIn.stated = true;
  form.hours.walkIn.days.mon = [{ from: '8', to: '8.30' }];
  form.hours.lateConsultation.stated = true;
  form.hours.lateConsultation.days.tue = [{ from: '16', to: '18' }];
  assert.deepEqual(outsideConsultation(toDeclaration(form).declaration), ['lateConsultation']);
  form.hours.consultation.days.tue = [{ from: '8', to: '18' }];
  assert.deepEqual(outsideConsultation(toDeclaration(form).declaration), []);
});

describe('OSM and JSON-LD pasted into the form', () => {
  const dir = 'packages/schema/examples/accessibility-declaration/valid';
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, doc: JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as AccessibilityDeclaration }))
    .concat({ file: 'a course on Wednesdays', doc: declaration() });

  test('every example: out as OSM or JSON-LD, pasted back into the form, the consultation hours are open at the same moments', () => {
    for (const { file, doc } of examples) {
      const osm = toOsm(doc);
      const pastes = [...(osm ? [['OSM', osm]] : []), ['JSON-LD', jsonLdScript(toJsonLd(doc, { at: doc.lastVerified }))]];
      for (const [format, text] of pastes) {
        const { form } = importPasted(named(emptyForm(doc.lastVerified)), text ?? '');
        const { declaration: back, problems } = toDeclaration(form);
        assert.deepEqual(problems, [], `${file} via ${format}`);
        assert.deepEqual(validateDocument(back).issues, [], `${file} via ${format}`);
        // Every three hours for 200 days from the information's date.
        const start = Date.parse(`${doc.lastVerified}T00:00:00Z`);
        for (let i = 0; i < 200 * 8; i++) {
          const at = new Date(start + i * 3 * 3_600_000).toISOString().slice(0, 16);
          assert.equal(openNow(back, 'consultation', at).status === 'open', openNow(doc, 'consultation', at).status === 'open', `${file} via ${format} at ${at}`);
        }
      }
    }
  });
});

test("a details page address that cannot be a link is dropped from the badge and the image snippet alike, and said", async () => {
  const { outputs } = await import('../../scripts/docs/badge-maker/outputs.js');
  const { declaration } = toDeclaration(named(emptyForm('2026-12-01')));
  const write = (detailsUrl: string) =>
    outputs(declaration, { lang: 'da', ruleSet: dkOk22, at: Date.parse('2026-12-01T09:00:00Z'), detailsUrl, scriptBase: '/praksis/', jsonUrl: '/praksis/hours.json' });
  for (const bad of ['javascript:alert(1)', ` data:text/html,<script>alert(1)</script>`, `/${'a'.repeat(300)}`]) {
    const out = write(bad);
    assert.equal(out.linkDropped, true, bad.slice(0, 20));
    assert.doesNotMatch(out.imgSnippet, /<a |javascript|data:/);
    assert.doesNotMatch(out.svg, /<a |javascript|data:/);
  }
  const good = write('https://laegerne.example.dk/badge.html');
  assert.equal(good.linkDropped, false);
  assert.match(good.imgSnippet, /^<a href="https:\/\/laegerne\.example\.dk\/badge\.html"><img /);
  assert.match(good.svg, /<a href="https:\/\/laegerne\.example\.dk\/badge\.html">/);
});

test('a folder for the widget files with a query or fragment gets no snippet and no details page, whose file addresses would not work', async () => {
  const { outputs } = await import('../../scripts/docs/badge-maker/outputs.js');
  const { declaration } = toDeclaration(named(emptyForm('2026-12-01')));
  const write = (scriptBase: string) =>
    outputs(declaration, { lang: 'en', ruleSet: dkOk22, at: Date.parse('2026-12-01T09:00:00Z'), detailsUrl: 'badge.html', scriptBase, jsonUrl: 'https://laegerne.example.dk/hours.json' });
  for (const bad of ['https://cdn.example.dk/praksis/0.1.0/?v=1', 'https://cdn.example.dk/praksis/0.1.0/#x']) {
    const out = write(bad);
    assert.deepEqual([out.scriptSnippet, out.inlineSnippet, out.detailsPage], ['', '', ''], bad);
    assert.ok(out.svg.length > 0, 'the image does not depend on the folder');
  }
  const good = write('https://cdn.example.dk/praksis/0.1.0/');
  assert.match(good.scriptSnippet, /^<script type="module" src="https:\/\/cdn\.example\.dk\/praksis\/0\.1\.0\/praksis-autoloader\.js"/);
  assert.match(good.inlineSnippet, /<praksis-hours-badge lang="en">/);
  assert.match(good.detailsPage, /<script type="module" src="https:\/\/cdn\.example\.dk\/praksis\/0\.1\.0\/praksis-embed\.js"><\/script>/);
});

describe('the draft kept in the browser', () => {
  test('the form comes back as typed, unreadable times, closures and addresses included', () => {
    const form = named(emptyForm('2026-12-01'));
    form.hours.phone.days.wed = [{ from: '8', to: '25' }, { from: 'kl. 13', to: '' }];
    form.usualWait = 'tre';
    const closure = emptyException();
    Object.assign(closure, { date: '2027-03-03', to: '2027-03-31', weekdays: ['wed'], kind: 'hours', reason: 'Kursus «A» & "B" 😀' });
    closure.changed.phone = { changed: true, rows: [{ from: '9', to: '11' }] };
    closure.substitute.hours.consultation = { stated: true, days: { ...closure.substitute.hours.consultation.days, wed: [{ from: '8', to: '14' }] } };
    form.exceptions.push(closure);
    form.recurring.push({ ...emptyRecurring(), day: '24', reason: 'Juleaften' });
    const draft: BadgeDraft = { v: 1, lang: 'en', form, detailsUrl: 'badge.html', jsonUrl: '', scriptBase: 'https://cdn.example.dk/praksis' };
    assert.deepEqual(readBadgeDraft(JSON.stringify(draft), '2027-01-01'), draft);
  });

  test('anything else is no draft; odd fields take the empty form\'s, never break it', () => {
    for (const text of [null, '', 'x', '[]', '{"v":2,"form":{}}', '{"v":1,"form":[]}']) assert.equal(readBadgeDraft(text, '2027-01-01'), undefined, String(text));
    const odd = readBadgeDraft(
      '{"v":1,"lang":"fr","form":{"practice":{"name":5,"evil":"x"},"hours":{"phone":{"stated":"yes","days":{"mon":[{"from":8},{"to":"9"}],"xyz":[]}}},"exceptions":{"0":{}},"recurring":[{"weekday":7}],"__proto__":{"polluted":true}},"detailsUrl":3}',
      '2027-01-01',
    );
    const empty = emptyForm('2027-01-01');
    assert.deepEqual(odd, {
      v: 1,
      lang: 'da',
      form: { ...empty, hours: { ...empty.hours, phone: { ...empty.hours.phone, days: { ...empty.hours.phone.days, mon: [{ from: '', to: '' }, { from: '', to: '9' }] } } }, recurring: [emptyRecurring()] },
    });
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });
});
