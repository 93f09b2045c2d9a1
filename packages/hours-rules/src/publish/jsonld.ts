/**
 * schema.org JSON-LD for a practice's hours, so search engines can show them: a `MedicalClinic`
 * with `openingHoursSpecification` (consultation hours), a `contactPoint` per telephone kind with
 * its `hoursAvailable`, and `specialOpeningHoursSpecification` for dated closures and changed
 * consultation hours, and for the public holidays and recurring closures' dates within a year.
 *
 * A range's weekday selector is written as the special hours' `dayOfWeek`. schema.org cannot say
 * everything a declaration says (digital services, waiting time, the bagom-nummer, a substitute
 * practice, and changed hours of the telephone kinds, since a contact point has no special hours);
 * those are left out.
 */
import { textIn, type AccessibilityDeclaration, type HourCategory, type Lang } from '../declaration.js';
import { formatDate, toDay, type DayNumber, type Weekday } from '../time/civil.js';
import { toCopenhagen, toInstant, type InstantLike } from '../time/copenhagen.js';
import { compile } from '../schedule/compile.js';
import { datedDay } from '../schedule/day.js';
import { formatTime } from '../time/clock.js';
import { groupWeek, plainIntervals } from './week-groups.js';
import type { OpeningInterval } from '@praksis/schema';

const DAY_IRI: Record<Weekday, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

/** The telephone kinds written as contact points, with their `contactType` (read back on import). */
export const CONTACT_TYPES: Partial<Record<HourCategory, string>> = {
  phone: 'telefontid',
  doctorPhone: 'lægens telefontid',
  acutePhone: 'akuttelefon',
};

/** schema.org's `closes` is a time of day; the end of the day is written 23:59:59 (and read back as 24:00). */
export const END_OF_DAY = '23:59:59';
const closes = (to: string): string => (to === '24:00' ? END_OF_DAY : to);

type Spec = Record<string, unknown>;

function weekSpecs(week: AccessibilityDeclaration['hours']['consultation']): Spec[] {
  return groupWeek(week).flatMap((group) =>
    group.intervals.map((i) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: group.days.map((d) => DAY_IRI[d]),
      opens: i.from,
      closes: closes(i.to),
    })),
  );
}

/** A closed day or range: schema.org's convention is opens = closes = 00:00. */
function closedSpec(from: string, through: string, weekdays?: readonly Weekday[]): Spec {
  return {
    '@type': 'OpeningHoursSpecification',
    validFrom: from,
    validThrough: through,
    ...(weekdays ? { dayOfWeek: weekdays.map((d) => DAY_IRI[d]) } : {}),
    opens: '00:00',
    closes: '00:00',
  };
}

const MONDAY_TO_FRIDAY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

function changedSpecs(from: string, through: string, day: readonly OpeningInterval[], weekdays?: readonly Weekday[]): Spec[] {
  if (day.length === 0) return [closedSpec(from, through, weekdays)];
  return plainIntervals(day).map((i) => ({
    '@type': 'OpeningHoursSpecification',
    validFrom: from,
    validThrough: through,
    ...(weekdays ? { dayOfWeek: weekdays.map((d) => DAY_IRI[d]) } : {}),
    opens: i.from,
    closes: closes(i.to),
  }));
}

export interface JsonLdOptions {
  lang?: Lang;
  /** Recurring closures are written for their dates from this instant's date for `recurringDays`. */
  at?: InstantLike;
  /** Default 366. */
  recurringDays?: number;
}

/**
 * The window's Danish public holidays (schema.org knows none) and the dates of recurring closures,
 * as special hours: each day as the engine reads it, where a holiday or a recurring closure decides
 * the consultation hours.
 */
function calendarSpecs(declaration: AccessibilityDeclaration, first: DayNumber, days: number): Spec[] {
  const compiled = compile(declaration);
  const specs: Spec[] = [];
  for (let day = first; day < first + days; day++) {
    const schedule = datedDay(compiled, day);
    const decided = schedule.decidedBy('consultation');
    if (decided ? !decided.recurring : !schedule.holiday) continue;
    const date = formatDate(day);
    const spans = schedule.spans('consultation') ?? [];
    specs.push(...changedSpecs(date, date, spans.map(([from, to]) => ({ from: formatTime(from), to: formatTime(to) }))));
  }
  return specs;
}

/** The JSON-LD object (serialize it with `jsonLdScript` for a page). */
export function toJsonLd(declaration: AccessibilityDeclaration, options: JsonLdOptions = {}): Spec {
  const lang = options.lang ?? 'da';
  const { practice, hours } = declaration;
  const contactPoint = (Object.entries(CONTACT_TYPES) as [HourCategory, string][])
    .filter(([category]) => hours[category])
    .map(([category, contactType]) => ({
      '@type': 'ContactPoint',
      contactType,
      ...(practice.phone ? { telephone: practice.phone } : {}),
      hoursAvailable: weekSpecs(hours[category]),
    }));
  const special: Spec[] = [];
  for (const exception of declaration.exceptions ?? []) {
    const through = exception.to ?? exception.date;
    const range = through !== exception.date;
    // As the engine reads a range: changed hours Monday–Friday, a closure every day, unless weekdays are named.
    if (exception.closed) special.push(closedSpec(exception.date, through, exception.weekdays));
    else if (exception.hours?.consultation) {
      const weekdays = exception.weekdays ?? (range ? MONDAY_TO_FRIDAY : undefined);
      special.push(...changedSpecs(exception.date, through, exception.hours.consultation, weekdays));
    }
  }
  const first = toCopenhagen(toInstant(options.at ?? declaration.lastVerified)).day;
  special.push(...calendarSpecs(declaration, Math.max(first, toDay(declaration.lastVerified)), options.recurringDays ?? 366));
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    name: textIn(practice.name, lang),
    identifier: { '@type': 'PropertyValue', propertyID: 'ydernummer', value: practice.ydernummer },
    ...(practice.address ? { address: textIn(practice.address, lang) } : {}),
    ...(practice.phone ? { telephone: practice.phone } : {}),
    ...(practice.website ? { url: practice.website } : {}),
    ...(hours.consultation ? { openingHoursSpecification: weekSpecs(hours.consultation) } : {}),
    ...(contactPoint.length ? { contactPoint } : {}),
    ...(special.length ? { specialOpeningHoursSpecification: special } : {}),
  };
}

/** A `<script type="application/ld+json">` block; `<` is escaped so data can never end the script. */
export function jsonLdScript(jsonLd: Spec): string {
  const json = JSON.stringify(jsonLd, null, 2).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">\n${json}\n</script>\n`;
}
