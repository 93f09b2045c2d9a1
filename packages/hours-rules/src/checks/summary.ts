import { combined } from '../schedule/day.js';
import { listText, spansText, weekdayName } from '../i18n/phrases.js';
import type { Check } from '../rules/types.js';
import type { CheckContext, CheckOutcome, Phrase } from './types.js';

type SummaryCheck = Extract<Check, { kind: 'hours-summary' }>;

/** Informational: what the practice states for these categories; always not-applicable. */
export function hoursSummary(check: SummaryCheck, context: CheckContext): CheckOutcome {
  const stated = check.categories.some((c) => context.compiled.weeks[c] !== undefined);
  const days = context.regular
    .map((schedule) => ({ schedule, spans: combined(schedule, [], check.categories).spans }))
    .filter(({ spans }) => spans.length > 0);
  const found: Phrase = (lang) => {
    if (!stated) return lang === 'da' ? 'ikke oplyst' : 'not stated';
    if (days.length === 0) return lang === 'da' ? 'ingen' : 'none';
    return listText(
      days.map(({ schedule, spans }) => `${weekdayName(schedule.weekday, lang)} ${spansText(spans, lang)}`),
      lang,
    );
  };
  return { status: 'not-applicable', vars: { found } };
}
