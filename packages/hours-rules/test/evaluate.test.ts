import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dkOk22, evaluate, type AccessibilityDeclaration, type Evaluation, type InstantLike } from '../src/index.js';
import { AT, declaration, example, iv, week } from './fixtures.js';

function judge(d: AccessibilityDeclaration, at: InstantLike = AT, maxAgeMonths?: number): Evaluation {
  return evaluate(d, { ruleSet: dkOk22, at, ...(maxAgeMonths === undefined ? {} : { maxAgeMonths }) });
}

function rule(result: Evaluation, id: string) {
  const found = result.rules.find((r) => r.id === id);
  assert.ok(found, `rule ${id}`);
  return found;
}

describe('a declaration meeting every rule', () => {
  const result = judge(declaration());

  test('meets overall, with a dated summary', () => {
    assert.equal(result.overall, 'meets');
    assert.equal(result.summary.da, 'Opfylder OK22’s krav til tilgængelighed ifølge praksisens egne oplysninger pr. 2. februar 2026.');
    assert.equal(result.summary.en, "Meets the OK22 accessibility requirements according to the practice's own information as of 2 February 2026.");
    assert.equal(result.date, '2026-03-04');
    assert.equal(result.at, '2026-03-04T09:00:00.000Z');
    assert.deepEqual(result.counts, { met: 8, 'not-met': 0, 'not-stated': 0, 'not-applicable': 0 });
  });

  test('every rule carries its citation', () => {
    assert.deepEqual(
      result.rules.map((r) => r.id),
      ['daytime', 'late-consultation', 'phone-consultation', 'acute-help', 'digital', 'video', 'waiting-time', 'bagom-number', 'walk-in'],
    );
    const phone = rule(result, 'phone-consultation');
    assert.match(phone.citation.quote, /minimum én times daglig telefonkonsultation hos lægen på hverdage/);
    assert.equal(phone.citation.agreement.da, 'Overenskomst om almen praksis (OK22)');
    assert.match(phone.explanation.da, /\(OK22, telefonkonsultation\)$/);
  });
});

describe('daytime 08–16 on hverdage', () => {
  test('not met: closes 15:30 on Fridays', () => {
    const r = rule(judge(declaration((d) => (d.hours.consultation!.fri = [iv('08:00', '15:30')]))), 'daytime');
    assert.equal(r.status, 'not-met');
    assert.equal(
      r.explanation.da,
      'Konsultation med eller uden tidsbestilling dækker ikke kl. 08:00–16:00 alle hverdage: om fredagen kun 08:00–15:30. (OK22, åbningstider)',
    );
    assert.match(r.explanation.en, /: only 08:00–15:30 on Fridays\./);
  });

  test('boundaries: 08:00–16:00 exactly is enough, 08:01 or 15:59 is not', () => {
    assert.equal(rule(judge(declaration((d) => (d.hours.consultation = week([iv('08:00', '16:00')], { tue: [iv('08:00', '18:00')] })))), 'daytime').status, 'met');
    assert.equal(rule(judge(declaration((d) => (d.hours.consultation!.mon = [iv('08:01', '16:00')]))), 'daytime').status, 'not-met');
    assert.equal(rule(judge(declaration((d) => (d.hours.consultation!.mon = [iv('08:00', '15:59')]))), 'daytime').status, 'not-met');
  });

  test('walk-in hours count, and intervals are merged', () => {
    const d = declaration((d) => {
      d.hours.consultation!.mon = [iv('12:00', '16:00'), iv('08:30', '12:00')];
      d.hours.walkIn = { mon: [iv('08:00', '08:30')] };
    });
    assert.equal(rule(judge(d), 'daytime').status, 'met');
  });

  test('a closed weekday is reported as closed', () => {
    const r = rule(judge(declaration((d) => (d.hours.consultation!.wed = []))), 'daytime');
    assert.match(r.explanation.da, /: om onsdagen lukket\./);
    assert.match(r.explanation.en, /: closed on Wednesdays\./);
  });

  test('not stated: a weekday left out, or no consultation hours at all', () => {
    const r = rule(judge(declaration((d) => delete d.hours.consultation!.wed)), 'daytime');
    assert.equal(r.status, 'not-stated');
    assert.equal(r.explanation.da, 'Konsultationstiderne er ikke oplyst om onsdagen. (OK22, åbningstider)');
    const none = rule(judge(declaration((d) => delete d.hours.consultation)), 'daytime');
    assert.equal(none.status, 'not-stated');
    assert.match(none.explanation.en, /not stated for weekdays\./);
  });

  test('a stated shortfall wins over a day not stated', () => {
    const d = declaration((d) => {
      delete d.hours.consultation!.wed;
      d.hours.consultation!.thu = [iv('09:00', '16:00')];
    });
    assert.equal(rule(judge(d), 'daytime').status, 'not-met');
  });

  test('weekends are not judged', () => {
    assert.equal(rule(judge(declaration((d) => delete d.hours.consultation!.sat)), 'daytime').status, 'met');
  });
});

describe('late consultation after 16:00 once a week', () => {
  test('met, naming the day', () => {
    assert.equal(rule(judge(declaration()), 'late-consultation').explanation.da, 'Konsultation efter kl. 16:00: tirsdag til 18:00. (OK22, sen konsultation)');
  });

  test('not met when every day ends at 16:00 exactly', () => {
    const r = rule(judge(declaration((d) => (d.hours.consultation = week([iv('08:00', '16:00')])))), 'late-consultation');
    assert.equal(r.status, 'not-met');
    assert.match(r.explanation.da, /^Ingen konsultation efter kl\. 16:00 i de oplyste tider \(seneste sluttid 16:00\)/);
  });

  test('met by one minute past 16:00, by walk-in, or by separately listed late hours', () => {
    const plain = () => week([iv('08:00', '16:00')]);
    const oneMinute = declaration((d) => (d.hours.consultation = week([iv('08:00', '16:00')], { thu: [iv('08:00', '16:01')] })));
    assert.equal(rule(judge(oneMinute), 'late-consultation').status, 'met');
    assert.equal(rule(judge(declaration((d) => { d.hours.consultation = plain(); d.hours.walkIn = { mon: [iv('16:00', '17:00')] }; })), 'late-consultation').status, 'met');
    const listed = rule(judge(declaration((d) => { d.hours.consultation = plain(); d.hours.lateConsultation = { thu: [iv('16:00', '19:00')] }; })), 'late-consultation');
    assert.equal(listed.status, 'met');
    assert.match(listed.explanation.en, /Thursday until 19:00/);
  });

  test('a Saturday evening does not count (the rule names weekdays)', () => {
    const d = declaration((d) => (d.hours.consultation = week([iv('08:00', '16:00')], { sat: [iv('16:00', '18:00')] })));
    assert.equal(rule(judge(d), 'late-consultation').status, 'not-met');
  });

  test('not stated without consultation hours', () => {
    assert.equal(rule(judge(declaration((d) => delete d.hours.consultation)), 'late-consultation').status, 'not-stated');
  });
});

describe("an hour of the doctor's telephone consultation every hverdag", () => {
  test('not met: only 30 minutes on Fridays', () => {
    const r = rule(judge(declaration((d) => (d.hours.doctorPhone!.fri = [iv('08:00', '08:30')]))), 'phone-consultation');
    assert.equal(r.status, 'not-met');
    assert.equal(
      r.explanation.da,
      'Telefonkonsultation hos lægen kun 30 min om fredagen; kravet er mindst 60 min hver hverdag. (OK22, telefonkonsultation)',
    );
    assert.equal(
      r.explanation.en,
      'Telephone consultation with the doctor only 30 min on Fridays; at least 60 min every weekday is required. (OK22, telephone consultation)',
    );
  });

  test('two half hours make an hour; none on a day is named', () => {
    assert.equal(rule(judge(declaration((d) => (d.hours.doctorPhone!.mon = [iv('08:00', '08:30'), iv('13:00', '13:30')]))), 'phone-consultation').status, 'met');
    const r = rule(judge(declaration((d) => (d.hours.doctorPhone!.wed = []))), 'phone-consultation');
    assert.match(r.explanation.da, /hos lægen ikke om onsdagen;/);
  });

  test('not stated', () => {
    assert.equal(rule(judge(declaration((d) => delete d.hours.doctorPhone)), 'phone-consultation').status, 'not-stated');
  });
});

describe('acute help before 16:00', () => {
  test('phone until 12:30 plus acute line until 16:00 is met', () => {
    assert.equal(rule(judge(declaration()), 'acute-help').status, 'met');
  });

  test('acute line closing 15:30 on Thursdays is not met', () => {
    const r = rule(judge(declaration((d) => (d.hours.acutePhone!.thu = [iv('12:30', '15:30')]))), 'acute-help');
    assert.equal(r.status, 'not-met');
    assert.match(r.explanation.da, /om torsdagen kun 08:00–15:30/);
  });

  test('phones open 08–16 need no separate acute line; without it and with short phones it is not stated', () => {
    assert.equal(rule(judge(declaration((d) => { delete d.hours.acutePhone; d.hours.phone = week([iv('08:00', '16:00')]); })), 'acute-help').status, 'met');
    assert.equal(rule(judge(declaration((d) => delete d.hours.acutePhone)), 'acute-help').status, 'not-stated');
  });
});

describe('digital services', () => {
  test('one stated as not offered is not met', () => {
    const r = rule(judge(declaration((d) => (d.services!.eConsultation = false))), 'digital');
    assert.equal(r.status, 'not-met');
    assert.equal(r.explanation.da, 'Tilbyder ikke e-konsultation. (OK22, digital tilgængelighed)');
  });

  test('"not-stated" or left out is not stated, never no', () => {
    const r = rule(judge(declaration((d) => (d.services = { onlineBooking: true, onlinePrescriptionRenewal: 'not-stated' }))), 'digital');
    assert.equal(r.status, 'not-stated');
    assert.equal(r.explanation.en, 'Not stated: online prescription renewal and e-consultation. (OK22, digital access)');
    assert.equal(rule(judge(declaration((d) => delete d.services)), 'digital').status, 'not-stated');
  });
});

describe('video consultation, required from 1 January 2025', () => {
  const noVideo = declaration((d) => (d.services!.videoConsultation = false));

  test('not applicable on 31 December 2024 (Copenhagen date)', () => {
    const r = rule(judge({ ...noVideo, lastVerified: '2024-12-01' }, '2024-12-31T22:59:00Z'), 'video');
    assert.equal(r.status, 'not-applicable');
    assert.equal(r.explanation.da, 'Videokonsultation kræves først fra 1. januar 2025. (OK22, videokonsultation)');
  });

  test('applies from 00:00 on 1 January 2025 in Copenhagen (23:00 UTC the day before)', () => {
    const result = judge({ ...noVideo, lastVerified: '2024-12-01' }, '2024-12-31T23:00:00Z');
    assert.equal(rule(result, 'video').status, 'not-met');
    assert.equal(result.overall, 'does-not-meet');
  });

  test('before 2025 a practice without video can still meet the rules', () => {
    const result = judge({ ...noVideo, lastVerified: '2024-06-01' }, '2024-06-12T10:00:00+02:00');
    assert.equal(result.overall, 'meets');
    assert.equal(result.counts['not-applicable'], 1);
  });
});

describe('waiting time and bagom-nummer', () => {
  test('5 weekdays meets, 6 does not, left out is not stated', () => {
    assert.equal(rule(judge(declaration((d) => (d.usualWaitWeekdays = 5))), 'waiting-time').status, 'met');
    const r = rule(judge(declaration((d) => (d.usualWaitWeekdays = 6))), 'waiting-time');
    assert.equal(r.status, 'not-met');
    assert.equal(r.explanation.en, 'The usual wait for a booked consultation is 6 weekdays; it should normally be at most 5 weekdays. (OK22, waiting time)');
    assert.match(rule(judge(declaration((d) => (d.usualWaitWeekdays = 1))), 'waiting-time').explanation.da, /er 1 hverdag;/);
    assert.equal(rule(judge(declaration((d) => delete d.usualWaitWeekdays)), 'waiting-time').status, 'not-stated');
  });

  test('a number or "not-public" meets; "none" does not; left out is not stated', () => {
    assert.match(rule(judge(declaration()), 'bagom-number').explanation.da, /\(\+45 70 00 09 99\)/);
    assert.equal(rule(judge(declaration((d) => (d.bagomNumber = 'not-public'))), 'bagom-number').status, 'met');
    assert.equal(rule(judge(declaration((d) => (d.bagomNumber = 'none'))), 'bagom-number').status, 'not-met');
    assert.equal(rule(judge(declaration((d) => delete d.bagomNumber)), 'bagom-number').status, 'not-stated');
  });
});

describe('walk-in consultation is informational', () => {
  test('reported, never counted, whatever is stated', () => {
    const none = judge(declaration());
    const walkIn = rule(none, 'walk-in');
    assert.equal(walkIn.status, 'not-applicable');
    assert.equal(walkIn.informational, true);
    assert.match(walkIn.explanation.da, /Oplyst: ikke oplyst\./);
    assert.equal(none.overall, 'meets');
    const some = rule(judge(declaration((d) => (d.hours.walkIn = week([], { mon: [iv('08:00', '08:30')] })))), 'walk-in');
    assert.match(some.explanation.en, /Stated: Monday 08:00–08:30\./);
  });
});

describe('dated exceptions in the coming week, around Easter 2026', () => {
  // Monday 30 March 2026; Maundy Thursday 2 April and Good Friday 3 April are holidays.
  const monday = '2026-03-30T09:00:00+02:00';
  const closed = (substitute: boolean) =>
    declaration((d) => {
      d.exceptions = [
        {
          date: '2026-03-30',
          to: '2026-04-07',
          reason: { da: 'Påskeferie', en: 'Easter holiday' },
          closed: true,
          ...(substitute ? { substitute: { name: 'Lægerne i Nordby (fiktiv)', phone: '+45 70 00 03 01' } } : {}),
        },
      ];
    });

  test('closed hverdage without a substitute are not met; the holidays are not judged', () => {
    const r = rule(judge(closed(false), monday), 'daytime');
    assert.equal(r.status, 'not-met');
    assert.equal(
      r.explanation.da,
      'Konsultation med eller uden tidsbestilling dækker ikke kl. 08:00–16:00 alle hverdage: ' +
        'den 30. marts 2026 lukket (Påskeferie) uden oplyst stedfortræder; ' +
        'den 31. marts 2026 lukket (Påskeferie) uden oplyst stedfortræder; ' +
        'den 1. april 2026 lukket (Påskeferie) uden oplyst stedfortræder. (OK22, åbningstider)',
    );
    assert.equal(rule(judge(closed(false), monday), 'phone-consultation').status, 'not-met');
    assert.equal(rule(judge(closed(false), monday), 'acute-help').status, 'not-met');
  });

  test('with a substitute the same closure is met, and the substitute is named', () => {
    const result = judge(closed(true), monday);
    assert.equal(result.overall, 'meets');
    assert.match(rule(result, 'acute-help').explanation.en, /\(on 30 March 2026 via substitute Lægerne i Nordby \(fiktiv\), on 31 March 2026 via substitute/);
  });

  test('exceptions outside the horizon or on holidays are not judged', () => {
    assert.equal(judge(closed(false), '2026-03-20T10:00:00+01:00').overall, 'meets');
    // From Maundy Thursday the coming week's hverdage under the closure are only 7 April.
    const r = rule(judge(closed(false), '2026-04-02T10:00:00+02:00'), 'daytime');
    assert.match(r.explanation.da, /: den 7\. april 2026 lukket \(Påskeferie\) uden oplyst stedfortræder\. /);
    assert.equal(evaluate(closed(false), { ruleSet: dkOk22, at: '2026-04-02T10:00:00+02:00', horizonDays: 4 }).overall, 'meets');
  });

  test('changed hours without a substitute are judged like regular hours', () => {
    const d = declaration((d) => {
      d.exceptions = [{ date: '2026-03-05', reason: 'Personalemøde', hours: { consultation: [iv('08:00', '12:00')] } }];
    });
    assert.match(rule(judge(d), 'daytime').explanation.da, /den 5\. marts 2026 kun 08:00–12:00 \(Personalemøde\) uden oplyst stedfortræder/);
    assert.equal(rule(judge(d), 'phone-consultation').status, 'met');
  });
});

describe('staleness and the overall result', () => {
  test('exactly 12 months after lastVerified is still fresh; the next day is stale', () => {
    const d = declaration((d) => (d.lastVerified = '2025-03-04'));
    const fresh = judge(d, '2026-03-04T23:59:00+01:00');
    assert.equal(fresh.stale, false);
    assert.equal(fresh.overall, 'meets');
    assert.equal(fresh.staleFrom, '2026-03-05');
    const stale = judge(d, '2026-03-05T00:00:00+01:00');
    assert.equal(stale.stale, true);
    assert.equal(stale.overall, 'stale');
    assert.equal(
      stale.summary.da,
      'Oplysningerne er senest bekræftet 4. marts 2025, mere end 12 måneder siden; der gives ingen vurdering efter OK22’s krav til tilgængelighed.',
    );
    assert.equal(judge(d, '2026-03-05T00:00:00+01:00', 24).overall, 'meets');
  });

  test('stale wins over not met; the rule results are still given', () => {
    const result = judge(declaration((d) => { d.lastVerified = '2024-01-10'; d.bagomNumber = 'none'; }));
    assert.equal(result.overall, 'stale');
    assert.equal(rule(result, 'bagom-number').status, 'not-met');
  });

  test('not met wins over not stated, which wins over met', () => {
    assert.equal(judge(declaration((d) => { d.bagomNumber = 'none'; delete d.usualWaitWeekdays; })).overall, 'does-not-meet');
    const incomplete = judge(declaration((d) => delete d.usualWaitWeekdays));
    assert.equal(incomplete.overall, 'incomplete');
    assert.equal(incomplete.summary.en, "Cannot be fully assessed against the OK22 accessibility requirements: 1 requirement not stated (the practice's information as of 2 February 2026).");
  });

  test('a rule set not in force at the instant is refused', () => {
    assert.throws(() => judge(declaration(), '2021-06-01T10:00:00+02:00'), RangeError);
  });
});

describe('the published examples', () => {
  const at = '2026-04-06T10:00:00+02:00'; // Easter Monday 2026; the week ahead holds 7 April
  const overall = (name: string) => judge(example(name), at);

  test('each example has the result it was written for', () => {
    assert.equal(overall('meets-all.json').overall, 'meets');
    assert.equal(overall('holidays-with-substitute.json').overall, 'meets');
    assert.equal(overall('not-stated-fields.json').overall, 'incomplete');
    assert.equal(overall('stale-verification.json').overall, 'stale');
    const late = overall('misses-late-consultation.json');
    assert.equal(late.overall, 'does-not-meet');
    assert.deepEqual(late.rules.filter((r) => r.status === 'not-met').map((r) => r.id), ['late-consultation']);
    const early = overall('early-start-0730.json');
    assert.deepEqual(early.rules.filter((r) => r.status === 'not-met').map((r) => r.id), ['phone-consultation', 'video', 'waiting-time']);
    assert.equal(rule(early, 'daytime').status, 'met'); // 07:30 starts are fine
  });
});
