/**
 * What the engine reads from an accessibility declaration. The types are generated from
 * packages/schema/schemas/accessibility-declaration.schema.json by @praksis/schema.
 */
import type { DigitalServices, LocalizedMessage, RegularHours, Text } from '@praksis/schema';

export type {
  AccessibilityDeclaration,
  AcuteArrangement,
  HoursException,
  RecurringClosure,
  SubstituteHours,
  SubstitutePractice,
  Text,
} from '@praksis/schema';

/** Danish and English versions of one message. */
export type Localized = LocalizedMessage;
export type Lang = keyof Localized;

/** The kinds of access a declaration gives hours for. */
export const HOUR_CATEGORIES = [
  'consultation',
  'walkIn',
  'lateConsultation',
  'phone',
  'doctorPhone',
  'acutePhone',
] as const satisfies readonly (keyof RegularHours)[];
export type HourCategory = (typeof HOUR_CATEGORIES)[number];

/**
 * Kinds of access the agreement allows but does not require (walk-in) or that a practice may list
 * apart from its consultations (late consultation). In a stated week of these, a day left out
 * means none that day, so a practice can list just the evening it offers; for the other kinds a
 * day left out is not stated.
 */
export const OPTIONAL_CATEGORIES: readonly HourCategory[] = ['walkIn', 'lateConsultation'];

export const SERVICES = [
  'onlineBooking',
  'onlinePrescriptionRenewal',
  'eConsultation',
  'videoConsultation',
] as const satisfies readonly (keyof DigitalServices)[];
export type Service = (typeof SERVICES)[number];

/**
 * The text for a language, falling back to Danish, then English. (Same rule as core's
 * `localize`; not imported from there so the engine stays free of the widget layer.)
 */
export function textIn(text: Text, lang: Lang): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text.da ?? text.en ?? '';
}
