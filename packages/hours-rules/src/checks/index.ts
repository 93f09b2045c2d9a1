/** Dispatches a rule's check to the interpreter of its kind. */
import type { Check } from '../rules/types.js';
import { existsIntervalAfter } from './after.js';
import { coverage } from './coverage.js';
import { minDurationPerWeekday } from './duration.js';
import { booleanService } from './services.js';
import { hoursSummary } from './summary.js';
import type { CheckContext, CheckOutcome } from './types.js';
import { maxNumber, statedValue } from './values.js';

export type { CheckContext, CheckOutcome, RuleStatus } from './types.js';

export function runCheck(check: Check, context: CheckContext): CheckOutcome {
  switch (check.kind) {
    case 'coverage':
      return coverage(check, context);
    case 'exists-interval-after':
      return existsIntervalAfter(check, context);
    case 'min-duration-per-weekday':
      return minDurationPerWeekday(check, context);
    case 'boolean-service':
      return booleanService(check, context);
    case 'max-number':
      return maxNumber(check, context);
    case 'stated-value':
      return statedValue(check, context);
    case 'hours-summary':
      return hoursSummary(check, context);
  }
}
