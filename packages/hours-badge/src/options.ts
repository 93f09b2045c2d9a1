import { numberOption, textOption } from '@praksis/core/options.js';

/** The attributes that change what the badge says: read one way by the element and by static pages. */
export const badgeOptions = {
  /** The moment to judge, ISO 8601; without an offset, Copenhagen time. */
  at: textOption('at'),
  /** How old `lastVerified` may be, in months. */
  maxAgeMonths: numberOption('max-age-months'),
};
