/**
 * JSON-LD and OSM out and back in: a declaration exported and imported again gives the same
 * answers from the engine for what the format can say (consultation hours in OSM; consultation and
 * the telephone kinds' regular hours in JSON-LD), and what it cannot carry is listed.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { validateDocument } from '@praksis/schema';
import { dkOk22, evaluate, openNow, type AccessibilityDeclaration, type HourCategory, type HoursException } from '../src/index.js';
import { fromJsonLd } from '../src/publish/jsonld-import.js';
import { jsonLdScript, toJsonLd } from '../src/publish/jsonld.js';
import { fromOsm } from '../src/publish/osm-import.js';
import { toOsm } from '../src/publish/osm.js';
import type { DraftDeclaration } from '../src/publish/draft.js';
import { declaration, examplePath, iv } from './fixtures.js';

const dir = examplePath('valid');
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, doc: JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as AccessibilityDeclaration }));

/** A real practice's week: phones 08–12:30, acute line to 16, doctor 08–09, Tuesday to 18, summer closure, 24 December. */
const realWeek = declaration((d) => {
  d.lastVerified = '2026-11-02';
  d.exceptions = [
    { date: '2027-07-05', to: '2027-07-23', reason: 'Sommerferie', closed: true, substitute: { name: 'Lægehuset Torvet', phone: '+45 70 50 60 70' } },
    { date: '2027-03-01', to: '2027-03-31', weekdays: ['wed'], reason: 'Kursus onsdage', hours: { consultation: [iv('08:00', '12:00')] } },
    { date: '2026-12-27', reason: 'Åbent en søndag', hours: { consultation: [iv('10:00', '12:00')] } },
  ];
  d.recurringClosures = [
    { yearly: '12-24', reason: 'Juleaften' },
    { monthly: { nth: 1, weekday: 'thu' }, from: '12:00', reason: 'Personalemøde' },
    { yearly: '12-31', from: '12:00', reason: 'Nytårsaften' },
  ];
});

/** The original with the draft's hours, closures and exceptions in place of its own. */
function merged(original: AccessibilityDeclaration, draft: DraftDeclaration, carried: readonly HourCategory[]): AccessibilityDeclaration {
  const hours = { ...original.hours };
  for (const category of carried) {
    const week = draft.hours[category];
    if (week) hours[category] = week;
    else delete hours[category];
  }
  const out: AccessibilityDeclaration = { ...original, hours };
  delete out.exceptions;
  delete out.recurringClosures;
  if (draft.exceptions?.length) out.exceptions = draft.exceptions;
  if (draft.recurringClosures?.length) out.recurringClosures = draft.recurringClosures;
  return out;
}

/** Every half hour of `days` days from `from`, as Copenhagen wall-clock ISO texts. */
function* moments(from: string, days: number): Generator<string> {
  const start = Date.parse(`${from}T00:00:00Z`);
  for (let i = 0; i < days * 48; i++) yield new Date(start + i * 1_800_000).toISOString().slice(0, 16);
}

/** Open at the same moments. Neither format can say "not stated": a day left out comes back closed. */
function assertSameOpen(a: AccessibilityDeclaration, b: AccessibilityDeclaration, category: HourCategory, from: string, days: number): void {
  for (const at of moments(from, days)) {
    assert.equal(openNow(b, category, at).status === 'open', openNow(a, category, at).status === 'open', `${category} at ${at}`);
  }
}

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
/** Every hverdag stated for the kinds carried, so "not stated" plays no part in the verdict. */
const fullyStated = (doc: AccessibilityDeclaration, carried: readonly HourCategory[]) =>
  carried.every((c) => doc.hours[c] && WEEKDAY_KEYS.every((d) => doc.hours[c]?.[d]));

describe('OSM opening_hours', () => {
  test('the real week as OSM', () => {
    assert.equal(
      toOsm(realWeek),
      'Mo,We-Fr 08:00-16:00; Tu 08:00-18:00; Dec 24 off; Th[1] 08:00-12:00; ' +
        // 31 December from 12:00, year by year (a Sunday in 2028: closed all day anyway).
        '2026 Dec 31 08:00-12:00; 2027 Dec 31 08:00-12:00; 2028 Dec 31 off; 2029 Dec 31 08:00-12:00; 2030 Dec 31 08:00-12:00; ' +
        '2027 Mar 01-2027 Mar 31 We 08:00-12:00; 2027 Jul 05-2027 Jul 23 off; PH off; 2026 Dec 27 10:00-12:00',
    );
  });

  const cases = [...examples, { file: 'real week', doc: realWeek }].filter(({ doc }) => doc.hours.consultation);
  for (const { file, doc } of cases) {
    test(`${file}: out and back in, the same consultation hours for a year`, () => {
      const osm = toOsm(doc) ?? '';
      const { draft } = fromOsm(osm);
      const back = merged(doc, draft, ['consultation']);
      assert.deepEqual(validateDocument(back).issues, []);
      assertSameOpen(doc, back, 'consultation', doc.lastVerified, 400);
      // Once imported, writing and reading again changes nothing.
      const again = toOsm(back) ?? '';
      assert.equal(toOsm(merged(back, fromOsm(again).draft, ['consultation'])), again);
    });
  }

  test('what OSM text it cannot read is listed, the rest is read', () => {
    const { draft, notCarried } = fromOsm('Mo-Fr 08:00-16:00; Sa 10:00-12:00 "efter aftale"; sunrise-sunset; week 1-53/2 Fr off; PH 10:00-12:00');
    assert.deepEqual(draft.hours.consultation?.mon, [iv('08:00', '16:00')]);
    assert.deepEqual(draft.hours.consultation?.sat, []);
    assert.deepEqual(
      notCarried.map((n) => n.text),
      ['Sa 10:00-12:00 "efter aftale"', 'sunrise-sunset', 'week 1-53/2 Fr off', 'PH 10:00-12:00'],
    );
    for (const n of notCarried) assert.ok(n.why.da.length > 10 && n.why.en.length > 10);
  });

  test('24/7, day lists and split days', () => {
    assert.deepEqual(fromOsm('24/7').draft.hours.consultation?.sun, [iv('00:00', '24:00')]);
    const { draft } = fromOsm('Mo,We 08:00-12:00,13:00-16:00; Fr-Su 09:00-11:00');
    assert.deepEqual(draft.hours.consultation?.wed, [iv('08:00', '12:00'), iv('13:00', '16:00')]);
    assert.deepEqual(draft.hours.consultation?.sun, [iv('09:00', '11:00')]);
    assert.deepEqual(draft.hours.consultation?.tue, []);
  });

  test('no consultation hours: nothing to write', () => {
    assert.equal(toOsm(declaration((d) => delete d.hours.consultation)), undefined);
  });
});

describe('schema.org JSON-LD', () => {
  const at = '2026-11-02T10:00';

  test('a MedicalClinic with opening hours, telephone contact points and special hours', () => {
    const ld = toJsonLd(realWeek, { at });
    assert.equal(ld['@type'], 'MedicalClinic');
    assert.equal(ld['@context'], 'https://schema.org');
    const special = ld.specialOpeningHoursSpecification as Record<string, unknown>[];
    assert.ok(special.some((s) => s.validFrom === '2027-07-05' && s.validThrough === '2027-07-23' && s.opens === '00:00' && s.closes === '00:00'));
    assert.ok(special.some((s) => s.validFrom === '2026-12-24' && s.opens === '00:00' && s.closes === '00:00'), '24 December');
    assert.ok(special.some((s) => s.validFrom === '2026-12-25' && s.closes === '00:00'), 'Christmas Day, a public holiday');
    assert.ok(special.some((s) => s.validFrom === '2026-12-03' && s.opens === '08:00' && s.closes === '12:00'), 'first Thursday from 12:00');
    assert.deepEqual(
      (ld.contactPoint as Record<string, unknown>[]).map((c) => c.contactType),
      ['telefontid', 'lægens telefontid', 'akuttelefon'],
    );
  });

  test('the script block cannot be ended by data', () => {
    const doc = declaration((d) => (d.practice.name = '</script><script>alert(1)</script>'));
    const block = jsonLdScript(toJsonLd(doc, { at }));
    assert.equal(block.match(/<\/script>/g)?.length, 1);
    assert.equal(fromJsonLd(block).draft.practice?.name, '</script><script>alert(1)</script>');
  });

  const realWeekWithoutSubstitute: AccessibilityDeclaration = {
    ...realWeek,
    exceptions: realWeek.exceptions?.map((e) => ({ ...e, substitute: undefined })).map((e) => JSON.parse(JSON.stringify(e)) as HoursException),
  };
  const cases = [...examples, { file: 'real week', doc: realWeek }, { file: 'real week, no substitute', doc: realWeekWithoutSubstitute }];
  let verdictsCompared = 0;
  const carried: HourCategory[] = ['consultation', 'phone', 'doctorPhone', 'acutePhone'];
  for (const { file, doc } of cases) {
    test(`${file}: out and back in, the same hours and the same verdict on what it can say`, () => {
      const from = doc.lastVerified;
      const { draft, notCarried } = fromJsonLd(jsonLdScript(toJsonLd(doc, { at: from })));
      assert.ok(notCarried.some((n) => /services/.test(n.text)), 'services are listed as not carried over');
      assert.equal(draft.practice?.ydernummer, doc.practice.ydernummer);
      const back = merged(doc, draft, carried.filter((c) => doc.hours[c]));
      assert.deepEqual(validateDocument(back).issues, []);
      // Consultation over the year the special hours are written for; telephone kinds on the regular week.
      assertSameOpen(doc, back, 'consultation', from, 360);
      for (const c of carried.slice(1)) for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const) {
        assert.deepEqual(back.hours[c]?.[day] ?? [], (doc.hours[c]?.[day] ?? []).map(({ from: f, to }) => ({ from: f, to })), `${c} ${day}`);
      }
      // Without substitutes and phone-only exceptions (which schema.org cannot say) the verdict is the same.
      const sayable = fullyStated(doc, carried) && !(doc.exceptions ?? []).some((e) => e.substitute || (e.hours && !e.hours.consultation)) && !doc.recurringClosures?.some((r) => r.substitute);
      if (sayable) {
        const judge = (d: AccessibilityDeclaration) => evaluate(d, { ruleSet: dkOk22, at: from, horizonDays: 60 }).rules.map((r) => [r.id, r.status]);
        assert.deepEqual(judge(back), judge(doc));
        verdictsCompared++;
      }
    });
  }

  test('the verdicts were compared for several declarations', () => assert.ok(verdictsCompared >= 3, String(verdictsCompared)));

  test('hours written by others: plain day names, seconds, openingHours text', () => {
    const text = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'x' },
        {
          '@type': 'Physician',
          name: 'Lægen i Byen',
          address: { '@type': 'PostalAddress', streetAddress: 'Torvet 1', postalCode: '9999', addressLocality: 'Eksempelby' },
          openingHoursSpecification: [
            { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'http://schema.org/Tuesday'], opens: '08:00:00', closes: '15:30:00' },
            { '@type': 'OpeningHoursSpecification', dayOfWeek: 'Funday', opens: '08:00', closes: '15:30' },
          ],
        },
      ],
    });
    const { draft, notCarried } = fromJsonLd(text);
    assert.equal(draft.practice?.name, 'Lægen i Byen');
    assert.equal(draft.practice?.address, 'Torvet 1, 9999 Eksempelby');
    assert.deepEqual(draft.hours.consultation?.mon, [iv('08:00', '15:30')]);
    assert.deepEqual(draft.hours.consultation?.tue, [iv('08:00', '15:30')]);
    assert.ok(notCarried.some((n) => n.text.includes('Funday')));
    const osmText = fromJsonLd(JSON.stringify({ '@type': 'MedicalClinic', openingHours: ['Mo-Fr 08:00-16:00', 'Sa 09:00-12:00'] }));
    assert.deepEqual(osmText.draft.hours.consultation?.sat, [iv('09:00', '12:00')]);
  });

  test("a contact point's dated hours are listed, not read as its regular week", () => {
    const { draft, notCarried } = fromJsonLd(
      JSON.stringify({
        '@type': 'MedicalClinic',
        contactPoint: {
          '@type': 'ContactPoint',
          contactType: 'telefontid',
          hoursAvailable: [
            { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '08:00', closes: '12:30' },
            { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '13:00', closes: '15:00', validFrom: '2027-03-01', validThrough: '2027-03-31' },
          ],
        },
      }),
    );
    assert.deepEqual(draft.hours.phone?.mon, [iv('08:00', '12:30')]);
    assert.ok(notCarried.some((n) => n.text.includes('2027-03-01')), JSON.stringify(notCarried));
  });

  test('special hours on dates not in the calendar, or ending before they start, are listed, not thrown', () => {
    const { draft, notCarried } = fromJsonLd(
      JSON.stringify({
        '@type': 'MedicalClinic',
        specialOpeningHoursSpecification: [
          { validFrom: '2027-02-30', opens: '00:00', closes: '00:00' },
          { validFrom: '2027-03-10', validThrough: '2027-03-01', opens: '08:00', closes: '12:00' },
          { validFrom: '2027-03-02', opens: '00:00', closes: '00:00' },
        ],
      }),
    );
    assert.deepEqual(draft.exceptions?.map((e) => e.date), ['2027-03-02']);
    assert.ok(notCarried.some((n) => n.text.includes('2027-02-30')));
    assert.ok(notCarried.some((n) => n.text.includes('2027-03-10')));
  });

  test('text that is not JSON is reported, not thrown', () => {
    const { notCarried } = fromJsonLd('{ "@type": "MedicalClinic", ');
    assert.equal(notCarried.length, 1);
  });
});

