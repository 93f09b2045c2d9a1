import type { Lang } from '@praksis/core';
import { formatCount, formatNumber, type PluralNoun } from '@praksis/core/format.js';
import type { Overall, RuleStatus } from '@praksis/hours-rules';

/**
 * Interface text of the badge's first view: the headline, the statuses and the button. The words of
 * the opened detail and the table view are in detail-messages.ts, loaded with them. The rule titles
 * and explanations come from the rule set (in both languages). Kept short: every page carries it.
 */
const KRAV: PluralNoun = { one: 'krav', other: 'krav' };

const da = {
  headline: {
    meets: (title: string) => `Opfylder ${title}`,
    // Requirements not stated are said too: "1 af 8 ikke opfyldt" alone would read as 7 met.
    'does-not-meet': (title: string, n: number, total: number, unstated: number) =>
      `Opfylder ikke ${title}: ${formatNumber('da', n)} af ${formatCount('da', total, KRAV)} er ikke opfyldt` +
      (unstated ? `, ${formatNumber('da', unstated)} er ikke oplyst` : ''),
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

/**
 * The words by language. Danish is always here; the English table is installed by english.ts, which
 * the element loads on demand when it speaks English (and Node tools through the descriptor's
 * `english`). Until then, and if it cannot be loaded, English reads the Danish table.
 */
export const badgeMessages: Record<Lang, BadgeMessages> = { da, en: da };
