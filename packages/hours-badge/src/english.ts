// The English words of the hours badge: a part loaded on demand when the element speaks English
// (the descriptor's `english`), so a Danish page never fetches them.
import { formatCount, formatNumber, type PluralNoun } from '@praksis/core/format.js';
import { installCoreEnglish } from '@praksis/core/english.js';
import { badgeMessages, type BadgeMessages } from './messages.js';

const REQUIREMENTS: PluralNoun = { one: 'requirement', other: 'requirements' };

const en: BadgeMessages = {
  headline: {
    meets: (title) => `Meets ${title}`,
    'does-not-meet': (title, n, total, unstated) =>
      `Does not meet ${title}: ${formatNumber('en', n)} of ${formatCount('en', total, REQUIREMENTS)} not met` +
      (unstated ? `, ${formatNumber('en', unstated)} not stated` : ''),
    incomplete: (title, n) => `Cannot be fully assessed against ${title}: ${formatCount('en', n, REQUIREMENTS)} not stated`,
    stale: (months) => `The information is more than ${formatCount('en', months, { one: 'month', other: 'months' })} old`,
    'future-dated': (date) => `The information is dated after ${date}, the date judged`,
  },
  asOf: (date) => `according to the practice's own information as of ${date}`,
  staleAsOf: (date, title) => `last confirmed ${date}; no assessment against ${title}`,
  futureAsOf: (date, title) => `confirmed ${date}; no assessment against ${title}`,
  status: { met: 'met', 'not-met': 'not met', 'not-stated': 'not stated', 'not-applicable': 'not in force' },
  informational: 'for information',
  show: 'Show details',
  hide: 'Hide details',
  noRuleSet: (date) => `No accessibility rules apply on ${date}.`,
  outlineType: 'Opening hours and accessibility badge.',
  outlineStructure: (rules) => `It says whether the practice meets ${rules}; its details show each requirement with its status and the weekly hours.`,
  outlineRange: (count, date) => `${formatCount('en', count, REQUIREMENTS)} judged on information from ${date}.`,
};

/** Puts the English words, core's and the hours badge's, in place of the Danish ones the English tables held. */
export function installEnglish(): void {
  installCoreEnglish();
  badgeMessages.en = en;
}
