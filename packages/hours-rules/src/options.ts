/** Numeric options of the public API, bounded where they enter so no loop runs backwards or for ever. */

/** A whole number within [min, max], else a RangeError naming the option. */
export function boundedOption(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, not ${String(value)}`);
  }
  return value;
}

/** `maxAgeMonths`: 0 to 100 years. */
export const MAX_AGE_MONTHS_LIMIT = 1200;
/** `horizonDays` of `evaluate` and `nextOpening`: at most a year ahead. */
export const HORIZON_DAYS_LIMIT = 366;
