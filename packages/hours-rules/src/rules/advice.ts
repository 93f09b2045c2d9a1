/**
 * Joins a rule set with its advice (what a practice can change), for tools that guide a practice
 * such as the badge maker. The advice is data beside the rule set, keyed by rule-set and rule id.
 */
import { DK_OK22_ADVICE } from './dk-ok22-advice.js';
import type { RuleAdvice, RuleSet } from './types.js';

const ADVICE: Record<string, Record<string, RuleAdvice>> = { 'dk-ok22': DK_OK22_ADVICE };

/** The rule set with each rule's advice, where there is some; the same rules and checks otherwise. */
export function withAdvice(ruleSet: RuleSet, advice: Record<string, RuleAdvice> | undefined = ADVICE[ruleSet.id]): RuleSet {
  if (!advice) return ruleSet;
  return { ...ruleSet, rules: ruleSet.rules.map((rule) => (advice[rule.id] ? { ...rule, advice: advice[rule.id] } : rule)) };
}
