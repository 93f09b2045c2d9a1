import { totalMinutes } from '../schedule/spans.js';
import { dayPhrase } from '../i18n/phrases.js';
import type { Check } from '../rules/types.js';
import { exceptionSuffix, hverdage, judgeDays, perDayOutcome } from './per-day.js';
import type { CheckContext, CheckOutcome } from './types.js';

type DurationCheck = Extract<Check, { kind: 'min-duration-per-weekday' }>;

/** Every hverdag, the categories add up to at least minMinutes. */
export function minDurationPerWeekday(check: DurationCheck, context: CheckContext): CheckOutcome {
  const findings = judgeDays<number>(hverdage(context), check.categories, [], (spans) => {
    const total = totalMinutes(spans);
    return total < check.minMinutes ? total : undefined;
  });
  return perDayOutcome(
    findings,
    ({ schedule, detail }, lang) => {
      const amount = detail === 0 ? (lang === 'da' ? 'ikke' : 'none') : `${lang === 'da' ? 'kun' : 'only'} ${detail} min`;
      return `${amount} ${dayPhrase(schedule, lang)}${exceptionSuffix(schedule, lang)}`;
    },
    { min: () => `${check.minMinutes} min` },
  );
}
