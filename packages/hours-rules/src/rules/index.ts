import { toCopenhagen, type InstantLike } from '../time/copenhagen.js';
import { dkOk22 } from './dk-ok22.js';
import { inForce } from './effective.js';
import type { RuleSet } from './types.js';

export { dkOk22, inForce };
export type * from './types.js';

/** Every rule set this package ships, oldest first. */
export const RULE_SETS: readonly RuleSet[] = [dkOk22];

/** The rule set in force on the Copenhagen date of `at`, if any. */
export function ruleSetFor(at: InstantLike, ruleSets: readonly RuleSet[] = RULE_SETS): RuleSet | undefined {
  const day = toCopenhagen(at).day;
  return ruleSets.find((set) => inForce(set.effectiveFrom, set.effectiveTo, day));
}
