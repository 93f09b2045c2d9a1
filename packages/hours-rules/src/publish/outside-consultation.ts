/**
 * JSON-LD's opening hours and OSM's `opening_hours` carry the consultation hours. Walk-in and late
 * consultation listed apart from them may lie outside those hours; this names the kinds that do, so
 * the badge maker and the CLI can say what the output leaves out.
 */
import type { AccessibilityDeclaration, HourCategory } from '../declaration.js';
import { WEEKDAYS } from '../time/civil.js';
import type { OpeningInterval } from '@praksis/schema';

const within = (interval: OpeningInterval, day: readonly OpeningInterval[]) => day.some((c) => c.from <= interval.from && interval.to <= c.to);

/** The kinds of access (walk-in, late consultation) with regular hours outside the consultation hours. */
export function outsideConsultation(declaration: AccessibilityDeclaration): HourCategory[] {
  const { hours } = declaration;
  return (['walkIn', 'lateConsultation'] as const).filter((kind) =>
    WEEKDAYS.some((d) => (hours[kind]?.[d] ?? []).some((i) => !within(i, hours.consultation?.[d] ?? []))),
  );
}
