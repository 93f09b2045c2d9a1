import { toMinutes } from '../time/clock.js';
import { gaps, type Spans } from '../schedule/spans.js';
import { dayPhrase, spansText, spanText } from '../i18n/phrases.js';
import type { Check } from '../rules/types.js';
import { exceptionSuffix, hverdage, judgeDays, perDayOutcome } from './per-day.js';
import type { CheckContext, CheckOutcome } from './types.js';

type CoverageCheck = Extract<Check, { kind: 'coverage' }>;

/** Every hverdag, the categories together cover the window. */
export function coverage(check: CoverageCheck, context: CheckContext): CheckOutcome {
  const from = toMinutes(check.from);
  const to = toMinutes(check.to);
  const findings = judgeDays<Spans>(hverdage(context), check.categories, check.optionalCategories ?? [], (spans) =>
    gaps(spans, from, to).length > 0 ? spans : undefined,
  );
  return perDayOutcome(
    findings,
    ({ schedule, detail }, lang) => {
      const found =
        detail.length === 0
          ? lang === 'da'
            ? 'lukket'
            : 'closed'
          : `${lang === 'da' ? 'kun' : 'only'} ${spansText(detail, lang)}`;
      const when = dayPhrase(schedule, lang);
      return `${lang === 'da' ? `${when} ${found}` : `${found} ${when}`}${exceptionSuffix(schedule, lang)}`;
    },
    { window: () => spanText(from, to) },
    (items) => items.join('; '), // items hold span lists with "og" already
  );
}
