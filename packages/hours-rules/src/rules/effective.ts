import { toDay, type DayNumber } from '../time/civil.js';

/** Whether a day falls within effective dates (both inclusive; a missing bound is open). */
export function inForce(from: string | undefined, to: string | undefined, day: DayNumber): boolean {
  return (from === undefined || toDay(from) <= day) && (to === undefined || day <= toDay(to));
}
