import { countText } from '../i18n/phrases.js';
import type { Check } from '../rules/types.js';
import type { CheckContext, CheckOutcome, Phrase } from './types.js';

type MaxNumberCheck = Extract<Check, { kind: 'max-number' }>;
type StatedValueCheck = Extract<Check, { kind: 'stated-value' }>;

/** A number the practice states, at most `max`. Left out = not stated. */
export function maxNumber(check: MaxNumberCheck, context: CheckContext): CheckOutcome {
  const value = context.compiled.declaration[check.field];
  const withUnit = (n: number): Phrase => (lang) => countText(n, check.unit[lang]);
  if (value === undefined) return { status: 'not-stated', vars: { max: withUnit(check.max) } };
  return { status: value <= check.max ? 'met' : 'not-met', vars: { value: withUnit(value), max: withUnit(check.max) } };
}

/** A value the practice states and that is not one of the values that mean "no". */
export function statedValue(check: StatedValueCheck, context: CheckContext): CheckOutcome {
  const value = context.compiled.declaration[check.field];
  if (value === undefined) return { status: 'not-stated', vars: {} };
  const special = check.valueTexts?.[value];
  const text: Phrase = (lang) => special?.[lang] ?? value;
  return { status: check.notMetValues.includes(value) ? 'not-met' : 'met', vars: { value: text } };
}
