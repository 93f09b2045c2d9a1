import type { Lang } from '@praksis/core';
import { formatCount, formatNumber, pluralForm, type PluralNoun } from '@praksis/core/format.js';
import type { HourCategory, Overall, RuleStatus } from '@praksis/hours-rules';

/**
 * Interface text of the badge. The rule titles and explanations come from the rule set (in both
 * languages); only the badge's own words are here. Kept short: the CDN file carries all of it.
 */
const KRAV: PluralNoun = { one: 'krav', other: 'krav' };
const REQUIREMENTS: PluralNoun = { one: 'requirement', other: 'requirements' };

const da = {
  headline: {
    meets: (title: string) => `Opfylder ${title}`,
    'does-not-meet': (title: string, n: number, total: number) =>
      `Opfylder ikke ${title}: ${formatNumber('da', n)} af ${formatCount('da', total, KRAV)} er ikke opfyldt`,
    incomplete: (title: string, n: number) => `Kan ikke vurderes fuldt efter ${title}: ${formatCount('da', n, KRAV)} er ikke oplyst`,
    stale: (months: number) => `Oplysningerne er mere end ${formatCount('da', months, { one: 'måned', other: 'måneder' })} gamle`,
    'future-dated': (date: string) => `Oplysningerne er dateret efter ${date}, som vurderingen gælder`,
  } satisfies Record<Overall, unknown>,
  asOf: (date: string) => `ifølge praksisens oplysninger pr. ${date}`,
  staleAsOf: (date: string, title: string) => `senest bekræftet ${date}; ingen vurdering efter ${title}`,
  futureAsOf: (date: string, title: string) => `bekræftet ${date}; ingen vurdering efter ${title}`,
  staleRules: 'Vurderingen nedenfor bygger på de gamle oplysninger og er kun til orientering.',
  futureRules: 'Vurderingen nedenfor bygger på oplysninger, der er dateret senere, og er kun til orientering.',
  status: {
    met: 'opfyldt',
    'not-met': 'ikke opfyldt',
    'not-stated': 'ikke oplyst',
    'not-applicable': 'gælder ikke',
  } satisfies Record<RuleStatus, string>,
  informational: 'til orientering',
  show: 'Vis detaljer',
  hide: 'Skjul detaljer',
  today: 'I dag',
  rules: 'Kravene',
  hours: 'Faste ugentlige tider',
  day: 'Dag',
  closures: 'Kommende lukninger og ændrede tider',
  noRuleSet: (date: string) => `Der er ingen regler for tilgængelighed, der gælder ${date}.`,
  // What screen readers are told before the badge (core's chart outline).
  outlineType: 'Mærke for åbningstider og tilgængelighed.',
  outlineStructure: (rules: string) => `Det siger, om praksis opfylder ${rules}; detaljerne viser hvert krav med sin status og ugens tider.`,
  outlineRange: (count: number, date: string) => `${formatCount('da', count, KRAV)} er vurderet ud fra oplysninger fra ${date}.`,
  category: {
    consultation: 'Konsultation',
    walkIn: 'Åben konsultation',
    lateConsultation: 'Sen konsultation',
    phone: 'Telefon',
    doctorPhone: 'Lægens telefontid',
    acutePhone: 'Akuttelefon',
  } satisfies Record<HourCategory, string>,
  closed: 'Lukket',
  notStated: 'Ikke oplyst',
  openNow: 'Åben nu',
  closedNow: 'Lukket nu',
  todayNotStated: 'Dagens konsultationstid er ikke oplyst',
  opens: (when: string) => `åbner ${when}`,
  phoneUntil: (time: string) => `telefon til ${time}`,
  acuteUntil: (time: string) => `akuttelefon til ${time}`,
  phoneOpens: (when: string) => `telefon åbner ${when}`,
  at: (time: string) => `kl. ${time}`,
  tomorrow: (time: string) => `i morgen kl. ${time}`,
  onDay: (day: string, time: string) => `${day} kl. ${time}`,
  changed: 'ændrede tider',
  more: (n: number) => `og ${formatNumber('da', n)} ${pluralForm('da', n, { one: 'mere', other: 'flere' })}`,
  /** "onsdage" for a range that applies on Wednesdays only. */
  weekdaysPlural: (name: string) => `${name}e`,
  hverdage: 'hverdage',
  substitute: 'Stedfortræder',
  phone: 'tlf.',
  website: 'Praksisens hjemmeside',
  requirement: 'Krav',
  statusHead: 'Status',
  explanation: 'Forklaring',
  rulesCaption: (title: string) => `Vurdering efter ${title}`,
};

export type BadgeMessages = typeof da;

const en: BadgeMessages = {
  headline: {
    meets: (title) => `Meets ${title}`,
    'does-not-meet': (title, n, total) =>
      `Does not meet ${title}: ${formatNumber('en', n)} of ${formatCount('en', total, REQUIREMENTS)} not met`,
    incomplete: (title, n) => `Cannot be fully assessed against ${title}: ${formatCount('en', n, REQUIREMENTS)} not stated`,
    stale: (months) => `The information is more than ${formatCount('en', months, { one: 'month', other: 'months' })} old`,
    'future-dated': (date) => `The information is dated after ${date}, the date judged`,
  },
  asOf: (date) => `according to the practice's own information as of ${date}`,
  staleAsOf: (date, title) => `last confirmed ${date}; no assessment against ${title}`,
  futureAsOf: (date, title) => `confirmed ${date}; no assessment against ${title}`,
  staleRules: 'The assessment below is based on the old information and is for reference only.',
  futureRules: 'The assessment below is based on information dated later and is for reference only.',
  status: { met: 'met', 'not-met': 'not met', 'not-stated': 'not stated', 'not-applicable': 'not in force' },
  informational: 'for information',
  show: 'Show details',
  hide: 'Hide details',
  today: 'Today',
  rules: 'The requirements',
  hours: 'Regular weekly hours',
  day: 'Day',
  closures: 'Upcoming closures and changed hours',
  noRuleSet: (date) => `No accessibility rules apply on ${date}.`,
  outlineType: 'Opening hours and accessibility badge.',
  outlineStructure: (rules) => `It says whether the practice meets ${rules}; its details show each requirement with its status and the weekly hours.`,
  outlineRange: (count, date) => `${formatCount('en', count, REQUIREMENTS)} judged on information from ${date}.`,
  category: {
    consultation: 'Consultation',
    walkIn: 'Walk-in consultation',
    lateConsultation: 'Late consultation',
    phone: 'Telephone',
    doctorPhone: "Doctor's telephone hour",
    acutePhone: 'Acute telephone',
  },
  closed: 'Closed',
  notStated: 'Not stated',
  openNow: 'Open now',
  closedNow: 'Closed now',
  todayNotStated: "Today's consultation hours are not stated",
  opens: (when) => `opens ${when}`,
  phoneUntil: (time) => `telephone until ${time}`,
  acuteUntil: (time) => `acute telephone until ${time}`,
  phoneOpens: (when) => `telephone opens ${when}`,
  at: (time) => `at ${time}`,
  tomorrow: (time) => `tomorrow at ${time}`,
  onDay: (day, time) => `on ${day} at ${time}`,
  changed: 'changed hours',
  more: (n) => `and ${formatNumber('en', n)} more`,
  weekdaysPlural: (name) => `${name}s`,
  hverdage: 'weekdays',
  substitute: 'Substitute practice',
  phone: 'tel.',
  website: "The practice's website",
  requirement: 'Requirement',
  statusHead: 'Status',
  explanation: 'Explanation',
  rulesCaption: (title) => `Assessment against ${title}`,
};

export const badgeMessages: Record<Lang, BadgeMessages> = { da, en };
