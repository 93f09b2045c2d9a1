/**
 * What a practice can change for each OK22 rule not met or not stated: templates with the same
 * placeholders as the rule's explanations. Kept apart from the rule set so the badge element,
 * which shows no advice, does not carry these words; `withAdvice` joins them to the rule set.
 */
import type { RuleAdvice } from './types.js';

export const DK_OK22_ADVICE: Record<string, RuleAdvice> = {
  daytime: {
    notMet: {
      da: 'Sørg for konsultation (med eller uden tidsbestilling) hele tiden kl. {window} hver hverdag, eller angiv en stedfortræder for de dage, I holder lukket.',
      en: 'Offer consultations (with or without appointment) throughout {window} every weekday, or name a substitute practice for the days you are closed.',
    },
    notStated: {
      da: 'Angiv konsultationstiderne {days}; en dag uden konsultation angives som lukket.',
      en: 'State the consultation hours {days}; a day without consultations is stated as closed.',
    },
  },
  'late-consultation': {
    notMet: {
      da: 'Tilføj mindst én konsultation efter kl. {after} på en hverdag.',
      en: 'Add at least one consultation after {after} on a weekday.',
    },
    notStated: {
      da: 'Angiv konsultationstiderne {days}, og tilføj mindst én konsultation efter kl. {after} på en hverdag.',
      en: 'State the consultation hours {days}, and add at least one consultation after {after} on a weekday.',
    },
  },
  'phone-consultation': {
    notMet: {
      da: 'Giv lægens telefontid mindst {min} hver hverdag.',
      en: "Give the doctor's telephone consultation at least {min} every weekday.",
    },
    notStated: {
      da: 'Angiv lægens telefontid {days}.',
      en: "State the doctor's telephone consultation {days}.",
    },
  },
  'acute-help': {
    notMet: {
      da: 'Lad telefontiden og akuttelefonen tilsammen dække kl. {window} hver hverdag, selv eller via en stedfortræder.',
      en: 'Let the general phone and the acute line together cover {window} every weekday, yourselves or through a substitute practice.',
    },
    notStated: {
      da: 'Angiv {missing}.',
      en: 'State {missing}.',
    },
  },
  'digital': {
    notMet: { da: 'Tilbyd {missing}.', en: 'Offer {missing}.' },
    notStated: { da: 'Angiv, om I tilbyder {unknown}.', en: 'State whether you offer {unknown}.' },
  },
  'video': {
    notMet: { da: 'Tilbyd visiteret og aftalt videokonsultation.', en: 'Offer pre-arranged video consultations.' },
    notStated: { da: 'Angiv, om I tilbyder videokonsultation.', en: 'State whether you offer video consultations.' },
  },
  'waiting-time': {
    notMet: {
      da: 'Giv en bestilt konsultation inden for {max} (oplyst nu: {value}).',
      en: 'Give a booked consultation within {max} (stated now: {value}).',
    },
    notStated: { da: 'Angiv den sædvanlige ventetid i hverdage.', en: 'State the usual waiting time in weekdays.' },
  },
  'bagom-number': {
    notMet: {
      da: 'Opret et bagom-nummer til kommunale samarbejdspartnere i dagtiden.',
      en: 'Set up a direct number (bagom-nummer) for municipal partners in the daytime.',
    },
    notStated: {
      da: 'Angiv bagom-nummeret, eller at det kun gives til samarbejdspartnere.',
      en: 'State the direct number, or that it is given to partners only.',
    },
  },
};
