/**
 * The badge's texts from the example declarations at fixed instants (given with their Copenhagen
 * offset, so the expectations hold whatever TZ the process runs in; timezones.test.ts re-runs this
 * file in other zones).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dkOk22, evaluate, type AccessibilityDeclaration } from '@praksis/hours-rules';
import { headline, ruleRows } from './model.js';
import { intervalsText, todayStatus, upcomingExceptions, weekTable, weekdayName, whenText } from './detail-model.js';
import { badgeDetailMessages } from './detail-messages.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../schema/examples/accessibility-declaration/valid/${name}.json`, import.meta.url), 'utf8'),
  ) as AccessibilityDeclaration;

/** Tuesday 3 March 2026, 10:00 in Copenhagen (winter time). */
const TUESDAY_10 = Date.parse('2026-03-03T10:00:00+01:00');
const at = (iso: string) => Date.parse(iso);
const judge = (name: string, when = TUESDAY_10, maxAgeMonths = 12) => evaluate(example(name), { ruleSet: dkOk22, at: when, maxAgeMonths });

describe('headline: one line per overall result, with whose information as of when', () => {
  test('meets, in Danish and English', () => {
    const e = judge('meets-all');
    assert.deepEqual(headline(e, 'da', 12), {
      overall: 'meets',
      symbol: '✓',
      text: 'Opfylder OK22’s krav til tilgængelighed · ifølge praksisens oplysninger pr. 2. feb. 2026',
    });
    assert.equal(
      headline(e, 'en', 12).text,
      "Meets the OK22 accessibility requirements · according to the practice's own information as of 2 Feb 2026",
    );
  });

  test('does not meet: how many of the required rules in force are not met', () => {
    const one = headline(judge('misses-late-consultation'), 'da', 12);
    assert.equal(one.symbol, '✕');
    assert.equal(
      one.text,
      'Opfylder ikke OK22’s krav til tilgængelighed: 1 af 8 krav er ikke opfyldt · ifølge praksisens oplysninger pr. 2. feb. 2026',
    );
    assert.equal(
      headline(judge('early-start-0730'), 'en', 12).text,
      "Does not meet the OK22 accessibility requirements: 3 of 8 requirements not met · according to the practice's own information as of 2 Feb 2026",
    );
  });

  test('does not meet, with requirements not stated too: both are said, so the rest do not read as met', () => {
    const d = example('misses-late-consultation');
    const e = evaluate({ ...d, services: { ...d.services, eConsultation: 'not-stated' } }, { ruleSet: dkOk22, at: TUESDAY_10 });
    assert.equal(e.overall, 'does-not-meet');
    assert.equal(headline(e, 'da', 12).text.split(' · ')[0], 'Opfylder ikke OK22’s krav til tilgængelighed: 1 af 8 krav er ikke opfyldt, 1 er ikke oplyst');
    assert.equal(headline(e, 'en', 12).text.split(' · ')[0], 'Does not meet the OK22 accessibility requirements: 1 of 8 requirements not met, 1 not stated');
  });

  test('video is not yet required in 2024, so one rule fewer counts', () => {
    const d = { ...example('early-start-0730'), lastVerified: '2024-06-03' };
    const e = evaluate(d, { ruleSet: dkOk22, at: at('2024-06-04T10:00:00+02:00') });
    assert.equal(headline(e, 'da', 12).text.split(' · ')[0], 'Opfylder ikke OK22’s krav til tilgængelighed: 2 af 7 krav er ikke opfyldt');
    assert.equal(ruleRows(e, 'da').find((r) => r.id === 'video')?.statusText, 'gælder ikke');
  });

  test('incomplete says how many requirements are not stated', () => {
    const e = judge('not-stated-fields');
    assert.deepEqual(headline(e, 'da', 12), {
      overall: 'incomplete',
      symbol: '?',
      text: 'Kan ikke vurderes fuldt efter OK22’s krav til tilgængelighed: 6 krav er ikke oplyst · ifølge praksisens oplysninger pr. 15. jan. 2026',
    });
    assert.match(headline(e, 'en', 12).text, /^Cannot be fully assessed against the OK22 accessibility requirements: 6 requirements not stated · /);
  });

  test('stale says the information is old, gives its date and no assessment', () => {
    const e = judge('stale-verification');
    assert.deepEqual(headline(e, 'da', 12), {
      overall: 'stale',
      symbol: '!',
      text: 'Oplysningerne er mere end 12 måneder gamle · senest bekræftet 1. sep. 2024; ingen vurdering efter OK22’s krav til tilgængelighed',
    });
    assert.equal(
      headline(e, 'en', 12).text,
      'The information is more than 12 months old · last confirmed 1 Sept 2024; no assessment against the OK22 accessibility requirements',
    );
  });

  test('the age limit is the reader’s: 24 months makes the same declaration fresh, 1 month makes a fresh one stale', () => {
    assert.equal(headline(judge('stale-verification', TUESDAY_10, 24), 'da', 24).overall, 'meets');
    const strict = headline(judge('meets-all', TUESDAY_10, 0), 'da', 0);
    assert.equal(strict.overall, 'stale');
    assert.match(strict.text, /^Oplysningerne er mere end 0 måneder gamle/);
  });

  test('never speaks of quality', () => {
    for (const name of ['meets-all', 'misses-late-consultation', 'not-stated-fields', 'stale-verification']) {
      for (const lang of ['da', 'en'] as const) assert.doesNotMatch(headline(judge(name), lang, 12).text, /kvalitet|quality/i);
    }
  });
});

describe('ruleRows: each rule with its status in words and the engine’s explanation', () => {
  test('met, not met, not stated and informational', () => {
    const rows = ruleRows(judge('not-stated-fields'), 'da');
    assert.equal(rows.length, 9);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    assert.deepEqual(
      [byId.daytime?.symbol, byId.daytime?.statusText, byId.daytime?.title],
      ['✓', 'opfyldt', 'Dagtid kl. 8–16 på hverdage'],
    );
    assert.deepEqual([byId['waiting-time']?.symbol, byId['waiting-time']?.statusText], ['?', 'ikke oplyst']);
    assert.equal(byId['waiting-time']?.explanation, 'Ventetiden til en bestilt konsultation er ikke oplyst. (OK22, ventetid)');
    assert.deepEqual([byId['walk-in']?.symbol, byId['walk-in']?.statusText], ['i', 'til orientering']);
    const late = ruleRows(judge('misses-late-consultation'), 'en').find((r) => r.id === 'late-consultation');
    assert.deepEqual([late?.symbol, late?.statusText], ['✕', 'not met']);
    assert.match(late?.explanation ?? '', /^No consultation after 16:00 in the stated hours/);
  });
});

describe('ruleRows: what needs attention first', () => {
  test('not met, then not stated, then met and not applicable, then informational; the rule set’s order within each', () => {
    const rank = { 'not-met': 0, 'not-stated': 1, met: 2, 'not-applicable': 3 } as const;
    for (const name of ['misses-late-consultation', 'not-stated-fields', 'meets-all']) {
      const evaluation = judge(name);
      const rows = ruleRows(evaluation, 'da');
      const ranks = rows.map((r) => (r.informational ? 4 : rank[r.status]));
      assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), name);
      assert.deepEqual(rows.map((r) => r.id).sort(), evaluation.rules.map((r) => r.id).sort(), `${name}: every rule once`);
      // Within a group, the rule set's order.
      const order = evaluation.rules.map((r) => r.id);
      for (let i = 1; i < rows.length; i++) {
        if (ranks[i] === ranks[i - 1]) assert.ok(order.indexOf(rows[i]!.id) > order.indexOf(rows[i - 1]!.id), `${name}: ${rows[i]!.id}`);
      }
    }
    // The single failed requirement of this example heads the list, though the rule set puts it later.
    const misses = judge('misses-late-consultation');
    assert.notEqual(misses.rules[0]?.id, 'late-consultation');
    assert.equal(ruleRows(misses, 'en')[0]?.id, 'late-consultation');
    // Every not-stated requirement comes before every met one.
    const stated = ruleRows(judge('not-stated-fields'), 'da').map((r) => r.status);
    assert.ok(stated.lastIndexOf('not-stated') < stated.indexOf('met'));
  });
});

describe('todayStatus: open now and next opening in Copenhagen time', () => {
  const meets = example('meets-all');
  const holidays = example('holidays-with-substitute');

  test('“Åben nu · telefon til 12:30” on a Tuesday morning', () => {
    assert.deepEqual(todayStatus(meets, TUESDAY_10, 'da'), { text: 'Åben nu · telefon til 12:30' });
    assert.equal(todayStatus(meets, TUESDAY_10, 'en').text, 'Open now · telephone until 12:30');
  });

  test('after 12:30 the acute line answers until 16:00', () => {
    assert.equal(todayStatus(meets, at('2026-03-03T13:00:00+01:00'), 'da').text, 'Åben nu · akuttelefon til 16:00');
  });

  test('12:30 exactly: the phone has closed', () => {
    assert.equal(todayStatus(meets, at('2026-03-03T12:29:00+01:00'), 'da').text, 'Åben nu · telefon til 12:30');
    assert.equal(todayStatus(meets, at('2026-03-03T12:30:00+01:00'), 'da').text, 'Åben nu · akuttelefon til 16:00');
  });

  test('a late consultation: open at 17:00, the phone opens tomorrow', () => {
    assert.equal(todayStatus(meets, at('2026-03-03T17:00:00+01:00'), 'da').text, 'Åben nu · telefon åbner i morgen kl. 08:00');
    assert.equal(todayStatus(meets, at('2026-03-03T17:00:00+01:00'), 'en').text, 'Open now · telephone opens tomorrow at 08:00');
  });

  test('Friday evening: closed, opens Monday; the phone opening at the same time is not repeated', () => {
    assert.equal(todayStatus(meets, at('2026-03-06T17:00:00+01:00'), 'da').text, 'Lukket nu · åbner mandag kl. 08:00');
    assert.equal(todayStatus(meets, at('2026-03-06T17:00:00+01:00'), 'en').text, 'Closed now · opens on Monday at 08:00');
  });

  test('before opening the same day: “kl. 08:00”', () => {
    assert.equal(todayStatus(meets, at('2026-03-03T07:00:00+01:00'), 'da').text, 'Lukket nu · åbner kl. 08:00');
  });

  test('Easter Monday names the holiday and skips the closed course day', () => {
    const easterMonday = at('2026-04-06T10:00:00+02:00');
    assert.deepEqual(todayStatus(holidays, easterMonday, 'da'), { text: 'Lukket nu (2. påskedag) · åbner onsdag kl. 08:00' });
    assert.equal(todayStatus(holidays, easterMonday, 'en').text, 'Closed now (Easter Monday) · opens on Wednesday at 08:00');
  });

  test('a closed exception day gives its reason and the substitute practice', () => {
    const status = todayStatus(holidays, at('2026-04-07T09:00:00+02:00'), 'da');
    assert.equal(status.text, 'Lukket nu (Kursus efter påske) · åbner i morgen kl. 08:00');
    assert.equal(status.substitute?.name, 'Lægerne i Nordby (fiktiv)');
    assert.equal(status.substitute?.phone, '+45 70 00 03 01');
  });

  test('during a three-week summer holiday the next opening is still found, as a date', () => {
    const status = todayStatus(holidays, at('2026-07-06T10:00:00+02:00'), 'da');
    assert.equal(status.text, 'Lukket nu (Sommerferie) · åbner 27. jul. 2026 kl. 08:00');
    assert.equal(todayStatus(holidays, at('2026-07-06T10:00:00+02:00'), 'en').text, 'Closed now (Summer holiday) · opens on 27 Jul 2026 at 08:00');
  });

  test('acute calls answered by a substitute name it while the acute line is open', () => {
    const early = example('early-start-0730');
    const status = todayStatus(early, at('2026-03-03T13:00:00+01:00'), 'da');
    assert.equal(status.text, 'Åben nu · akuttelefon til 16:00');
    assert.equal(status.substitute?.name, 'Lægevagten Østerby (fiktiv)');
    assert.equal(todayStatus(early, TUESDAY_10, 'da').substitute, undefined);
  });

  test('a day whose consultation hours are not stated says so', () => {
    const status = todayStatus(example('not-stated-fields'), at('2026-03-07T10:00:00+01:00'), 'da');
    assert.equal(status.text, 'Dagens konsultationstid er ikke oplyst · telefon åbner mandag kl. 08:00');
  });

  test('the spring-forward Monday: 07:30 local is still before opening', () => {
    // 30 March 2026 05:30 UTC is 07:30 summer time in Copenhagen.
    assert.equal(todayStatus(meets, at('2026-03-30T05:30:00Z'), 'da').text, 'Lukket nu · åbner kl. 08:00');
    assert.equal(todayStatus(meets, at('2026-03-30T06:30:00Z'), 'da').text, 'Åben nu · telefon til 12:30');
  });
});

describe('whenText and weekdayName', () => {
  test('today, tomorrow, this week and later', () => {
    const moment = (date: string) => ({ instant: 0, date, time: '08:00' });
    assert.equal(whenText('da', '2026-03-03', moment('2026-03-03')), 'kl. 08:00');
    assert.equal(whenText('da', '2026-03-03', moment('2026-03-04')), 'i morgen kl. 08:00');
    assert.equal(whenText('da', '2026-03-03', moment('2026-03-09')), 'mandag kl. 08:00');
    assert.equal(whenText('da', '2026-03-03', moment('2026-03-10')), '10. mar. 2026 kl. 08:00');
    assert.equal(whenText('en', '2026-03-03', moment('2026-03-09')), 'on Monday at 08:00');
  });

  test('weekday names from the date alone', () => {
    assert.equal(weekdayName('da', '2026-03-03'), 'tirsdag');
    assert.equal(weekdayName('en', '2024-01-07'), 'Sunday');
  });
});

describe('weekTable: the regular week, a column per stated kind of access', () => {
  test('meets-all: five kinds, Monday first, weekend closed', () => {
    const table = weekTable(example('meets-all'), 'da');
    assert.deepEqual(table.categories, ['consultation', 'walkIn', 'phone', 'doctorPhone', 'acutePhone']);
    assert.deepEqual(table.rows[0], { day: 'Mandag', cells: ['08:00–16:00', '08:00–08:30', '08:00–12:30', '08:00–09:00', '12:30–16:00'] });
    assert.deepEqual(table.rows[1]?.cells.slice(0, 2), ['08:00–18:00', 'Lukket']);
    assert.deepEqual(table.rows[6], { day: 'Søndag', cells: ['Lukket', 'Lukket', 'Lukket', 'Lukket', 'Lukket'] });
  });

  test('several intervals a day, in order, with their notes; English names', () => {
    const table = weekTable(example('early-start-0730'), 'en');
    assert.deepEqual(table.rows[0], {
      day: 'Monday',
      cells: ['07:30–08:00 (Blood samples only), 08:00–16:00', '08:00–12:30', '07:30–08:30', '12:30–16:00'],
    });
    assert.equal(
      intervalsText('da', [
        { from: '13:00', to: '16:00' },
        { from: '08:00', to: '12:00' },
      ]),
      '08:00–12:00, 13:00–16:00',
    );
  });

  test('a day left out is “Ikke oplyst”, an empty day “Lukket”', () => {
    const table = weekTable(example('not-stated-fields'), 'da');
    assert.deepEqual(table.categories, ['consultation', 'phone']);
    assert.deepEqual(table.rows[5], { day: 'Lørdag', cells: ['Ikke oplyst', 'Lukket'] });
  });
});

describe('upcomingExceptions: dated closures with their substitute', () => {
  const holidays = example('holidays-with-substitute');

  test('from March: all four, soonest first, ranges and changed hours in words', () => {
    const { rows, more } = upcomingExceptions(holidays, '2026-03-03', 'da');
    assert.equal(more, 0);
    assert.deepEqual(
      rows.map((r) => `${r.when}: ${r.reason} – ${r.what}`),
      [
        '7. apr. 2026: Kursus efter påske – lukket',
        '6. jul. 2026–24. jul. 2026: Sommerferie – lukket',
        '23. dec. 2026: Lukker tidligt før jul – ændrede tider: konsultation 08:00–12:00; telefon 08:00–10:00; akuttelefon 10:00–12:00',
        '24. dec. 2026: Juleaftensdag – lukket',
      ],
    );
    assert.equal(rows[0]?.substitute?.url, 'https://nordby-laegerne.example.dk/');
  });

  test('a range still under way counts; ended ones do not; the rest is counted', () => {
    const { rows, more } = upcomingExceptions(holidays, '2026-07-24', 'en', 1);
    assert.deepEqual(
      rows.map((r) => `${r.when}: ${r.reason} – ${r.what}`),
      ['6 Jul 2026–24 Jul 2026: Summer holiday – closed'],
    );
    assert.equal(more, 2);
    assert.deepEqual(upcomingExceptions(holidays, '2026-12-25', 'da'), { rows: [], more: 0 });
    assert.deepEqual(upcomingExceptions(example('meets-all'), '2026-03-03', 'da'), { rows: [], more: 0 });
  });
});

describe('counts, a confirmation after the moment judged, optional kinds and ranges', () => {
  const meets = example('meets-all');

  test('every count takes its noun’s form: 1 month, 1 of 1 requirement, and 1 more', () => {
    assert.match(headline(judge('meets-all', TUESDAY_10, 1), 'en', 1).text, /^The information is more than 1 month old · /);
    assert.match(headline(judge('meets-all', TUESDAY_10, 1), 'da', 1).text, /^Oplysningerne er mere end 1 måned gamle · /);
    const one = { ...judge('misses-late-consultation'), counts: { met: 0, 'not-met': 1, 'not-stated': 0, 'not-applicable': 7 } };
    assert.match(headline(one, 'en', 12).text, /: 1 of 1 requirement not met · /);
    const incomplete = { ...judge('not-stated-fields'), counts: { met: 7, 'not-met': 0, 'not-stated': 1, 'not-applicable': 0 } };
    assert.match(headline(incomplete, 'en', 12).text, /: 1 requirement not stated · /);
    const many = { ...meets, exceptions: Array.from({ length: 6 }, (_, i) => ({ date: `2026-05-1${i}`, reason: 'Kursus', closed: true as const })) };
    assert.equal(upcomingExceptions(many, '2026-03-03', 'da').more, 1);
    assert.equal(badgeDetailMessages.da.more(1), 'og 1 mere');
    assert.equal(badgeDetailMessages.da.more(2), 'og 2 flere');
    assert.equal(badgeDetailMessages.en.more(1), 'and 1 more');
  });

  test('information confirmed after the moment judged gets no verdict, and says so', () => {
    const e = evaluate({ ...meets, lastVerified: '2027-01-01' }, { ruleSet: dkOk22, at: TUESDAY_10 });
    assert.deepEqual(headline(e, 'da', 12), {
      overall: 'future-dated',
      symbol: '!',
      text: 'Oplysningerne er dateret efter 3. mar. 2026, som vurderingen gælder · bekræftet 1. jan. 2027; ingen vurdering efter OK22’s krav til tilgængelighed',
    });
    assert.equal(
      headline(e, 'en', 12).text,
      'The information is dated after 3 Mar 2026, the date judged · confirmed 1 Jan 2027; no assessment against the OK22 accessibility requirements',
    );
  });

  test('a late consultation listed for one evening: the other days read “Lukket”, not “Ikke oplyst”', () => {
    const d = { ...meets, hours: { ...meets.hours, lateConsultation: { tue: [{ from: '16:00', to: '19:00' }] } } };
    const table = weekTable(d, 'da');
    const column = table.categories.indexOf('lateConsultation');
    assert.deepEqual(table.rows.map((r) => r.cells[column]), ['Lukket', '16:00–19:00', 'Lukket', 'Lukket', 'Lukket', 'Lukket', 'Lukket']);
    assert.equal(weekTable(example('not-stated-fields'), 'da').rows[5]?.cells[0], 'Ikke oplyst');
  });

  test('a range of changed hours says which days it applies on', () => {
    const d = {
      ...meets,
      exceptions: [
        { date: '2026-07-01', to: '2026-08-31', reason: 'Sommertider', hours: { consultation: [{ from: '08:00', to: '14:00' }] } },
        { date: '2026-07-01', to: '2026-08-31', reason: 'Onsdage', weekdays: ['wed', 'fri'] as ('wed' | 'fri')[], hours: { consultation: [] } },
      ],
    };
    assert.deepEqual(
      upcomingExceptions(d, '2026-03-03', 'da').rows.map((r) => r.when),
      ['1. jul. 2026–31. aug. 2026 (hverdage)', '1. jul. 2026–31. aug. 2026 (onsdage og fredage)'],
    );
    assert.equal(upcomingExceptions(d, '2026-03-03', 'en').rows[1]?.when, '1 Jul 2026–31 Aug 2026 (Wednesdays and Fridays)');
    assert.equal(todayStatus(d, at('2026-07-04T10:00:00+02:00'), 'da').text, 'Lukket nu · åbner mandag kl. 08:00');
  });
});
