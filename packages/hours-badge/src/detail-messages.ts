import type { Lang } from '@praksis/core';
import { formatNumber, pluralForm } from '@praksis/core/format.js';
import type { HourCategory } from '@praksis/hours-rules';

/**
 * Words of the badge's detail (today, the weekly hours, closures, the substitute) and of its table
 * view: loaded with them, when a reader opens the compact badge or the table. The first view's
 * words are in messages.ts.
 */
const da = {
  staleRules: 'Vurderingen nedenfor bygger på de gamle oplysninger og er kun til orientering.',
  futureRules: 'Vurderingen nedenfor bygger på oplysninger, der er dateret senere, og er kun til orientering.',
  today: 'I dag',
  rules: 'Kravene',
  hours: 'Faste ugentlige tider',
  day: 'Dag',
  closures: 'Kommende lukninger og ændrede tider',
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

export type BadgeDetailMessages = typeof da;

const en: BadgeDetailMessages = {
  staleRules: 'The assessment below is based on the old information and is for reference only.',
  futureRules: 'The assessment below is based on information dated later and is for reference only.',
  today: 'Today',
  rules: 'The requirements',
  hours: 'Regular weekly hours',
  day: 'Day',
  closures: 'Upcoming closures and changed hours',
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

export const badgeDetailMessages: Record<Lang, BadgeDetailMessages> = { da, en };
