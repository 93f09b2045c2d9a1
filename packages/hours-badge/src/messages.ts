import type { Lang } from '@praksis/core';
import { formatCount, formatNumber, type PluralNoun } from '@praksis/core/format.js';
import type { Overall, RuleStatus } from '@praksis/hours-rules';

/**
 * Interface text of the badge's first view: the headline, the statuses and the button. The words of
 * the opened detail and the table view are in detail-messages.ts, loaded with them. The rule titles
 * and explanations come from the rule set (in both languages). Kept short: every page carries it.
 */
const KRAV: PluralNoun = { one: 'krav', other: 'krav' };
const REQUIREMENTS: PluralNoun = { one: 'requirement', other: 'requirements' };

const da = {
  headline: {
    meets: (title: string) => `Opfylder ${title}`,
    'does-not-meet': (title: string, n: number, total: number) =>
      `Opfylder ikke ${title}: ${formatNumber('da', n)} af ${formatCount('da', total, KRAV)} er ikke opfyldt`,
    incomplete: (title: string, n: number) => `Kan ikke vurderes fuldt efter ${title}: ${formatCount('da', n, KRAV)} er ikke oplyst`,
    stale: (months: number) => `Oplysningerne er mere end ${formatCount('da', months, { one: 'måned', other: 'måneder' })} gamle`,
    'future-dated': (date: string) => `Oplysningerne er dateret efter ${date}, som vurderingen gælder`,
  } satisfies Record<Overall, unknown>,
  asOf: (date: string) => `ifølge praksisens oplysninger pr. ${date}`,
  staleAsOf: (date: string, title: string) => `senest bekræftet ${date}; ingen vurdering efter ${title}`,
  futureAsOf: (date: string, title: string) => `bekræftet ${date}; ingen vurdering efter ${title}`,
  status: {
    met: 'opfyldt',
    'not-met': 'ikke opfyldt',
    'not-stated': 'ikke oplyst',
    'not-applicable': 'gælder ikke',
  } satisfies Record<RuleStatus, string>,
  informational: 'til orientering',
  show: 'Vis detaljer',
  hide: 'Skjul detaljer',
  noRuleSet: (date: string) => `Der er ingen regler for tilgængelighed, der gælder ${date}.`,
  // What screen readers are told before the badge (core's chart outline).
  outlineType: 'Mærke for åbningstider og tilgængelighed.',
  outlineStructure: (rules: string) => `Det siger, om praksis opfylder ${rules}; detaljerne viser hvert krav med sin status og ugens tider.`,
  outlineRange: (count: number, date: string) => `${formatCount('da', count, KRAV)} er vurderet ud fra oplysninger fra ${date}.`,
};

export type BadgeMessages = typeof da;

const en: BadgeMessages = {
  headline: {
    meets: (title) => `Meets ${title}`,
    'does-not-meet': (title, n, total) =>
      `Does not meet ${title}: ${formatNumber('en', n)} of ${formatCount('en', total, REQUIREMENTS)} not met`,
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

export const badgeMessages: Record<Lang, BadgeMessages> = { da, en };
