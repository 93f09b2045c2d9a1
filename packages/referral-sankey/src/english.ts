// The English words of the referral sankey: a part loaded on demand when the element speaks English
// (the descriptor's `english`), so a Danish page never fetches them.
import { installCoreEnglish } from '@praksis/core/english.js';
import { sankeyMessages, type Messages, capitalize } from './messages.js';

const en: Messages = {
  other: 'Other',
  referral: { one: 'referral', other: 'referrals' },
  perHundred: 'per 100 listed patients',
  period: (from: string, to: string) => `${from}–${to}`,
  summary: (amount: string, period: string) => `${capitalize(amount)} in all, ${period}.`,
  summaryRate: (things: string, period: string) => `${capitalize(things)} per 100 listed patients, ${period}.`,
  notAdditive:
    'Rates of different senders do not add up, so there are no totals, node values or shares, only each flow’s own rate.',
  largest: { one: 'Largest flow:', other: 'The {n} largest flows:' },
  flow: (source: string, target: string) => `${source} → ${target}`,
  chartLabel: 'Diagram of the flows. Arrow keys move between nodes and flows.',
  flowListLabel: 'The flows, largest first',
  roleDescription: 'sankey diagram',
  outlineType: (things: string) => `Sankey diagram of ${things} from senders to receivers. The width of a flow is its size.`,
  outlineStages: (stages: string) => `The stages are, from left to right: ${stages}.`,
  outlineSize: (nodes: string, flows: string) => `The diagram has ${nodes} and ${flows}.`,
  node: { one: 'node', other: 'nodes' },
  outlineRange: (low: string, high: string) => `The flows go from ${low} to ${high}.`,
  keyboardHint:
    'Tab to the diagram; up and down arrows go through the nodes and their flows, right and left follow a flow, Esc hides the box.',
  shareOfAll: (share: string, things: string, knownOnly: boolean) => `${share} of all ${knownOnly ? 'known ' : ''}${things}`,
  shareOfSource: (share: string, things: string, source: string, knownOnly: boolean) =>
    `${share} of ${knownOnly ? 'the known ' : ''}${things} from ${source}`,
  inOut: (valueIn: string, valueOut: string) => `In ${valueIn}, out ${valueOut}`,
  members: (names: string) => `Includes ${names}`,
  rateNode: 'rates are not added up',
  atLeast: (value: string) => `at least ${value}`,
  fewerThan: (value: string) => `fewer than ${value}`,
  lessThan: (threshold: string) => `< ${threshold}`,
  suppressedValue: (threshold: string) => `under ${threshold}, not shown`,
  partialNote: 'not counting suppressed flows',
  groupedNote: (names: string, share: string) => `Other: ${names} (each under ${share} of what arrives).`,
  receiverNoun: { one: 'receiver', other: 'receivers' },
  groupedKeptApart: (receivers: string, one: boolean) =>
    `${capitalize(receivers)} under the limit ${one ? 'is' : 'are'} shown apart, because the two largest receivers are never grouped into Other.`,
  flowNoun: { one: 'flow', other: 'flows' },
  suppressedNote: (flows: string, fewer: string, threshold: string, one: boolean) =>
    `${capitalize(flows)} of fewer than ${fewer} ${one ? 'is' : 'are'} shown as “< ${threshold}” and left out of totals and shares.`,
  smallNodeNoun: { one: 'small node', other: 'small nodes' },
  hiddenLabelsNote: (nodes: string, one: boolean) =>
    `The ${one ? 'name' : 'names'} of ${nodes} ${one ? 'is' : 'are'} left out of the diagram to avoid overlap; they are in the table and in the box on focus.`,
  shortenedNote: 'Some names and numbers are shortened in the diagram to fit; the full ones are in the table and in the box on focus.',
  tableCaption: (title: string, period: string) => `${title}, ${period}`,
  from: 'From',
  to: 'To',
  value: { count: 'Number', 'per-100-listed-patients': 'Per 100 listed patients' },
  shareColumn: (knownOnly: boolean) => (knownOnly ? 'Share of known flows from “From”' : 'Share of “From”'),
  total: 'Total',
  noShare: '–',
};

/** Puts the English words, core's and the referral sankey's, in place of the Danish ones the English tables held. */
export function installEnglish(): void {
  installCoreEnglish();
  sankeyMessages.en = en;
}
