/**
 * The accessibility rules of the collective agreement on general practice, 2022 edition (OK22),
 * as summarised in BDO (2023) section 5.7.1 (seed 002, lines 3048–3160). The source gives no
 * paragraph numbers, so each citation names the agreement, the source's sub-heading and quotes
 * the source's wording.
 *
 * effectiveFrom: the agreement text is "senest ændret ved aftale af 19-06-2021, revideret pr.
 * 31. januar 2022" and its period ends before 1 January 2025; the set is applied from 1 January
 * 2022. Open-ended: a successor agreement is added as its own rule set, with this one's
 * effectiveTo set to the day before.
 */
import type { Citation, RuleSet } from './types.js';

const OK22 = { da: 'Overenskomst om almen praksis (OK22)', en: 'Collective agreement on general practice (OK22)' };
const BDO = {
  da: 'BDO for Sundhedsministeriet (2023): Analyse af udviklingen i opgaveløsningen i almen praksis, afsnit 5.7.1',
  en: 'BDO for the Ministry of Health (2023): Analyse af udviklingen i opgaveløsningen i almen praksis, section 5.7.1',
};

function cite(section: Citation['section'], label: Citation['label'], quote: string, agreement = OK22): Citation {
  return { agreement, section, quote, source: BDO, label };
}

const HVERDAGE = 'hverdage' as const;

const SERVICE_TEXTS = {
  met: { da: 'Tilbyder {offered}.', en: 'Offers {offered}.' },
  notMet: { da: 'Tilbyder ikke {missing}.', en: 'Does not offer {missing}.' },
  notStated: { da: 'Ikke oplyst: {unknown}.', en: 'Not stated: {unknown}.' },
};

export const dkOk22: RuleSet = {
  id: 'dk-ok22',
  version: '1.0.0',
  title: { da: 'OK22’s krav til tilgængelighed', en: 'the OK22 accessibility requirements' },
  issuer: { da: 'Overenskomst om almen praksis 2022', en: 'Collective agreement on general practice 2022' },
  effectiveFrom: '2022-01-01',
  rules: [
    {
      id: 'daytime',
      title: { da: 'Dagtid kl. 8–16 på hverdage', en: 'Daytime 08–16 on weekdays' },
      citation: cite(
        { da: 'Åbningstider', en: 'Opening hours' },
        { da: 'OK22, åbningstider', en: 'OK22, opening hours' },
        'Patienter kan ifølge overenskomst om almen praksis søge lægehjælp hos almen praksis i dagtiden, som er kl. 8-16 på hverdage, hvor der afholdes konsultationer med eller uden tidsbestilling.',
      ),
      check: {
        kind: 'coverage',
        categories: ['consultation'],
        optionalCategories: ['walkIn'],
        from: '08:00',
        to: '16:00',
        days: HVERDAGE,
      },
      text: {
        met: {
          da: 'Konsultation med eller uden tidsbestilling dækker kl. {window} alle hverdage{found}.',
          en: 'Consultations with or without appointment cover {window} every weekday{found}.',
        },
        notMet: {
          da: 'Konsultation med eller uden tidsbestilling dækker ikke kl. {window} alle hverdage: {found}.',
          en: 'Consultations with or without appointment do not cover {window} every weekday: {found}.',
        },
        notStated: {
          da: 'Konsultationstiderne er ikke oplyst {days}.',
          en: 'Consultation hours are not stated {days}.',
        },
      },
    },
    {
      id: 'late-consultation',
      title: { da: 'Sen konsultation efter kl. 16 mindst én gang om ugen', en: 'Late consultation after 16:00 at least once a week' },
      citation: cite(
        { da: 'Åbningstider', en: 'Opening hours' },
        { da: 'OK22, sen konsultation', en: 'OK22, late consultation' },
        'Mindst en gang om ugen skal den praktiserende læge tilbyde konsultation efter kl. 16 fortrinsvis for patienter, hvis arbejde forhindrer dem i at benytte konsultationen i dagtiden.',
      ),
      check: {
        kind: 'exists-interval-after',
        categories: ['consultation'],
        optionalCategories: ['walkIn', 'lateConsultation'],
        after: '16:00',
        minDays: 1,
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      },
      text: {
        met: { da: 'Konsultation efter kl. {after}: {found}.', en: 'Consultation after {after}: {found}.' },
        notMet: {
          da: 'Ingen konsultation efter kl. {after} i de oplyste tider (seneste sluttid {latest}); kravet er mindst én gang om ugen.',
          en: 'No consultation after {after} in the stated hours (latest end {latest}); at least once a week is required.',
        },
        notStated: {
          da: 'Konsultationstiderne er ikke oplyst {days}, så sen konsultation kan ikke vurderes.',
          en: 'Consultation hours are not stated {days}, so late consultation cannot be assessed.',
        },
      },
    },
    {
      id: 'phone-consultation',
      title: {
        da: 'Mindst én times telefonkonsultation hos lægen hver hverdag',
        en: 'At least one hour of telephone consultation with the doctor every weekday',
      },
      citation: cite(
        { da: 'Telefonisk tilgængelighed', en: 'Telephone access' },
        { da: 'OK22, telefonkonsultation', en: 'OK22, telephone consultation' },
        'I forhold til telefonisk tilgængelighed skal patienter have adgang til minimum én times daglig telefonkonsultation hos lægen på hverdage. Det kan enten sikres ved, at lægen selv besvarer telefonen, eller gennem aftalt telefonkonsultation, hvor praksispersonale tager imod besked, hvorefter lægen ringe tilbage.',
      ),
      check: { kind: 'min-duration-per-weekday', categories: ['doctorPhone'], minMinutes: 60, days: HVERDAGE },
      text: {
        met: {
          da: 'Telefonkonsultation hos lægen mindst {min} alle hverdage{found}.',
          en: 'Telephone consultation with the doctor at least {min} every weekday{found}.',
        },
        notMet: {
          da: 'Telefonkonsultation hos lægen {found}; kravet er mindst {min} hver hverdag.',
          en: 'Telephone consultation with the doctor {found}; at least {min} every weekday is required.',
        },
        notStated: {
          da: 'Lægens telefonkonsultation er ikke oplyst {days}.',
          en: "The doctor's telephone consultation is not stated {days}.",
        },
      },
    },
    {
      id: 'acute-help',
      title: { da: 'Akut hjælp inden kl. 16 samme dag', en: 'Acute help before 16:00 the same day' },
      citation: cite(
        { da: 'Telefonisk tilgængelighed', en: 'Telephone access' },
        { da: 'OK22, akut behov', en: 'OK22, acute need' },
        'Ved akut opstået behov for lægehjælp skal patienten have adgang til lægehjælp telefonisk eller på anden vis inden kl. 16 samme dag hos almen praksis eller via stedfortrædende praktiserende læge, som lægen har indgået aftale med.',
      ),
      // Phone or acute line (own or substitute's) across the day, so a patient who falls ill
      // at any time of the daytime can get through before 16.
      check: { kind: 'coverage', categories: ['phone', 'acutePhone'], from: '08:00', to: '16:00', days: HVERDAGE },
      text: {
        met: {
          da: 'Telefon eller akuttelefon dækker kl. {window} alle hverdage{found}.',
          en: 'Phone or acute phone covers {window} every weekday{found}.',
        },
        notMet: {
          da: 'Telefon og akuttelefon dækker ikke kl. {window} alle hverdage: {found}.',
          en: 'Phone and acute phone do not cover {window} every weekday: {found}.',
        },
        // Names the hours not stated: the phone alone may be stated and fall short of 16:00.
        notStated: {
          da: 'Ikke oplyst: {missing}; det oplyste alene dækker ikke kl. {window}.',
          en: 'Not stated: {missing}; what is stated does not by itself cover {window}.',
        },
      },
    },
    {
      id: 'digital',
      title: {
        da: 'Elektronisk tidsbestilling, receptfornyelse og e-konsultation',
        en: 'Online booking, prescription renewal and e-consultation',
      },
      citation: cite(
        { da: 'Digital tilgængelighed', en: 'Digital access' },
        { da: 'OK22, digital tilgængelighed', en: 'OK22, digital access' },
        'Almen praksis skal tilbyde elektronisk tidsbestilling, elektronisk receptfornyelse og e-konsultation.',
      ),
      check: { kind: 'boolean-service', services: ['onlineBooking', 'onlinePrescriptionRenewal', 'eConsultation'] },
      text: SERVICE_TEXTS,
    },
    {
      id: 'video',
      title: { da: 'Visiteret videokonsultation', en: 'Pre-arranged video consultation' },
      citation: cite(
        { da: 'Digital tilgængelighed', en: 'Digital access' },
        { da: 'OK22, videokonsultation', en: 'OK22, video consultation' },
        'Videokonsultation, som er visiteret og aftalt på forhånd, skal tilbydes senest ved udgangen af overenskomstperioden, dvs. inden 1. januar 2025.',
      ),
      effectiveFrom: '2025-01-01',
      check: { kind: 'boolean-service', services: ['videoConsultation'] },
      text: {
        ...SERVICE_TEXTS,
        notApplicable: {
          da: 'Videokonsultation kræves først fra {effectiveFrom}.',
          en: 'Video consultation is required from {effectiveFrom}.',
        },
      },
    },
    {
      id: 'waiting-time',
      title: { da: 'Bestilt konsultation inden for 5 hverdage', en: 'Booked consultation within 5 weekdays' },
      citation: cite(
        { da: 'Fysisk tilgængelighed og ventetider', en: 'Physical access and waiting times' },
        { da: 'OK22, ventetid', en: 'OK22, waiting time' },
        'Når konsultation sker efter tidsbestilling, skal patienter sædvanligvis kunne få konsultation senest 5 hverdage efter tidsbestillingen.',
      ),
      check: {
        kind: 'max-number',
        field: 'usualWaitWeekdays',
        max: 5,
        unit: { da: ['hverdag', 'hverdage'], en: ['weekday', 'weekdays'] },
      },
      text: {
        met: {
          da: 'Sædvanlig ventetid til en bestilt konsultation er {value}; højst {max}.',
          en: 'The usual wait for a booked consultation is {value}; at most {max}.',
        },
        notMet: {
          da: 'Sædvanlig ventetid til en bestilt konsultation er {value}; den skal normalt være højst {max}.',
          en: 'The usual wait for a booked consultation is {value}; it should normally be at most {max}.',
        },
        notStated: {
          da: 'Ventetiden til en bestilt konsultation er ikke oplyst.',
          en: 'The wait for a booked consultation is not stated.',
        },
      },
    },
    {
      id: 'bagom-number',
      title: { da: 'Bagom-nummer til kommunale samarbejdspartnere', en: 'Direct number (bagom-nummer) for municipal partners' },
      citation: cite(
        { da: 'Telefonisk tilgængelighed for kommunale samarbejdspartnere', en: 'Telephone access for municipal partners' },
        { da: 'Forhandlingsaftale 19. juni 2021, bagom-nummer', en: 'Agreement of 19 June 2021, direct number' },
        'I den seneste forhandlingsaftale af 19. juni 2021 har overenskomstparterne skrevet under på, at praktiserende læger forpligter sig til at stille bagom-numre til rådighed for kommunalt personale fra kommunernes hjemmepleje, som skal kunne få kontakt til klinikken i akutte tilfælde uden om telefonbetjeningen i dagstid.',
        { da: 'Forhandlingsaftale af 19. juni 2021 (overenskomst om almen praksis)', en: 'Negotiated agreement of 19 June 2021 (collective agreement on general practice)' },
      ),
      check: {
        kind: 'stated-value',
        field: 'bagomNumber',
        notMetValues: ['none'],
        valueTexts: {
          'not-public': { da: 'nummeret gives kun til samarbejdspartnere', en: 'the number is given to partners only' },
        },
      },
      text: {
        met: {
          da: 'Praksis har et bagom-nummer til kommunale samarbejdspartnere ({value}).',
          en: 'The practice has a direct number for municipal partners ({value}).',
        },
        notMet: {
          da: 'Praksis oplyser, at den ikke har et bagom-nummer til kommunale samarbejdspartnere.',
          en: 'The practice states that it has no direct number for municipal partners.',
        },
        notStated: {
          da: 'Det er ikke oplyst, om praksis har et bagom-nummer til kommunale samarbejdspartnere.',
          en: 'It is not stated whether the practice has a direct number for municipal partners.',
        },
      },
    },
    {
      id: 'walk-in',
      title: { da: 'Åben konsultation (tilladt, ikke et krav)', en: 'Walk-in consultation (allowed, not required)' },
      citation: cite(
        { da: 'Fysisk tilgængelighed og ventetider', en: 'Physical access and waiting times' },
        { da: 'OK22, åben konsultation', en: 'OK22, walk-in consultation' },
        'Lægen må gerne tilbyde ”åben konsultation” uden tidsbestilling.',
      ),
      informational: true,
      check: { kind: 'hours-summary', categories: ['walkIn'] },
      text: {
        notApplicable: {
          da: 'Åben konsultation uden tidsbestilling er tilladt, men ikke et krav. Oplyst: {found}.',
          en: 'Walk-in consultation without appointment is allowed, not required. Stated: {found}.',
        },
      },
    },
  ],
};
