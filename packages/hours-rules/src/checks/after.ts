import { WEEKDAYS } from '../time/civil.js';
import { formatTime, toMinutes } from '../time/clock.js';
import { combined, type DaySchedule } from '../schedule/day.js';
import { dayPhrase, listText, weekdayName } from '../i18n/phrases.js';
import type { Check } from '../rules/types.js';
import type { CheckContext, CheckOutcome, Phrase } from './types.js';

type AfterCheck = Extract<Check, { kind: 'exists-interval-after' }>;

/**
 * "At least once a week": judged on the regular week only, so a holiday or an exception in one
 * week does not decide whether the practice offers the late consultation at all.
 */
export function existsIntervalAfter(check: AfterCheck, context: CheckContext): CheckOutcome {
  const after = toMinutes(check.after);
  const found: { schedule: DaySchedule; end: number }[] = [];
  const missing: DaySchedule[] = [];
  let latest = -1;
  for (const key of check.weekdays) {
    const schedule = context.regular[WEEKDAYS.indexOf(key)];
    if (!schedule) continue;
    const day = combined(schedule, check.categories, check.optionalCategories ?? []);
    const end = day.spans[day.spans.length - 1]?.[1] ?? -1; // spans are sorted
    latest = Math.max(latest, end);
    if (end > after) found.push({ schedule, end });
    else if (day.missing.length > 0) missing.push(schedule);
  }
  const afterText: Phrase = () => formatTime(after);
  if (found.length >= check.minDays) {
    return {
      status: 'met',
      vars: {
        after: afterText,
        found: (lang) =>
          listText(
            found.map(({ schedule, end }) => `${weekdayName(schedule.weekday, lang)} ${lang === 'da' ? 'til' : 'until'} ${formatTime(end)}`),
            lang,
          ),
      },
    };
  }
  if (missing.length > 0) {
    return {
      status: 'not-stated',
      vars: { after: afterText, days: (lang) => listText(missing.map((d) => dayPhrase(d, lang)), lang) },
    };
  }
  return {
    status: 'not-met',
    vars: {
      after: afterText,
      latest: (lang) => (latest < 0 ? (lang === 'da' ? 'ingen' : 'none') : formatTime(latest)),
    },
  };
}
