/** Test declarations: a practice that meets every OK22 rule, and helpers to change one thing. */
import { readFileSync } from 'node:fs';
import type { AccessibilityDeclaration } from '../src/index.js';

type Day = { from: string; to: string }[];
type Week = Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Day>>;

export const iv = (from: string, to: string) => ({ from, to });

/** Monday–Friday the same day, weekend closed, with per-day overrides. */
export function week(day: Day, overrides: Week = {}): Week {
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [], ...overrides };
}

/** Meets every rule: consultations 08–16 (Tuesday to 18), phones 08–12:30, acute 12:30–16, doctor 08–09. */
export function base(): AccessibilityDeclaration {
  return {
    $schema: 'https://praksis-widgets.dk/schema/v1/accessibility-declaration.schema.json',
    practice: { name: 'Testpraksis (fiktiv)', ydernummer: '900999' },
    lastVerified: '2026-02-02',
    hours: {
      consultation: week([iv('08:00', '16:00')], { tue: [iv('08:00', '18:00')] }),
      phone: week([iv('08:00', '12:30')]),
      doctorPhone: week([iv('08:00', '09:00')]),
      acutePhone: week([iv('12:30', '16:00')]),
    },
    acute: { handledBy: 'practice' },
    services: { onlineBooking: true, onlinePrescriptionRenewal: true, eConsultation: true, videoConsultation: true },
    bagomNumber: '+45 70 00 09 99',
    usualWaitWeekdays: 3,
    provenance: { source: 'Test', publisher: 'Test', asOf: '2026-02-02', fictional: true },
  };
}

/** base() changed by a function (the function may mutate its argument). */
export function declaration(change: (d: AccessibilityDeclaration) => void = () => {}): AccessibilityDeclaration {
  const d = base();
  change(d);
  return d;
}

const examplesDir = new URL('../../schema/examples/accessibility-declaration/', import.meta.url);

export function examplePath(name: string): string {
  return new URL(name, examplesDir).pathname;
}

export function example(name: string): AccessibilityDeclaration {
  return JSON.parse(readFileSync(examplePath(`valid/${name}`), 'utf8')) as AccessibilityDeclaration;
}

/** Wednesday 4 March 2026, 10:00 in Copenhagen: no public holiday within a week. */
export const AT = '2026-03-04T10:00:00+01:00';
