import type { Lang } from '@praksis/core';

type Unit = 'count' | 'per-100-listed-patients';

const da = {
  other: 'Øvrige',
  referrals: 'henvisninger',
  /** The unit after a number: "1.893.921 henvisninger", "38,4 henvisninger pr. 100 tilmeldte patienter". */
  unit: (things: string, unit: Unit) => (unit === 'count' ? things : `${things} pr. 100 tilmeldte patienter`),
  period: (from: string, to: string) => `${from}–${to}`,
  summary: (total: string, unit: string, period: string) => `I alt ${total} ${unit}, ${period}.`,
  summaryRate: (unit: string, period: string) => `${unit[0]!.toUpperCase()}${unit.slice(1)}, ${period}.`,
  largest: (count: number) => (count === 1 ? 'Største strøm:' : `De ${count} største strømme:`),
  flow: (source: string, target: string) => `${source} → ${target}`,
  chartLabel: 'Diagram over strømmene. Piletasterne flytter mellem knuder og strømme.',
  keyboardHint:
    'Tab til diagrammet; pil op og ned går gennem knuder og deres strømme, pil højre og venstre følger en strøm, Esc skjuler boksen.',
  shareOfAll: (share: string, things: string) => `${share} af alle ${things}`,
  shareOfSource: (share: string, things: string, source: string) => `${share} af ${things} fra ${source}`,
  inOut: (valueIn: string, valueOut: string) => `Ind ${valueIn}, ud ${valueOut}`,
  members: (names: string) => `Omfatter ${names}`,
  atLeast: (value: string) => `mindst ${value}`,
  lessThan: (threshold: string) => `< ${threshold}`,
  suppressedValue: (threshold: string) => `under ${threshold}, vises ikke`,
  partialNote: 'uden undertrykte strømme',
  groupedNote: (names: string, share: string) => `Øvrige: ${names} (hver under ${share} af det, der når frem).`,
  suppressedNote: (count: number, threshold: string, things: string) =>
    `${count === 1 ? 'Én strøm' : `${count} strømme`} med færre end ${threshold} ${things} vises som «< ${threshold}» og tælles ikke med i totaler og andele.`,
  hiddenLabelsNote: (count: number) =>
    `${count === 1 ? 'Navnet på én lille knude' : `Navnene på ${count} små knuder`} er udeladt i diagrammet for at undgå overlap; de står i tabellen og i boksen ved fokus.`,
  tableCaption: (title: string, period: string) => `${title}, ${period}`,
  from: 'Fra',
  to: 'Til',
  value: { count: 'Antal', 'per-100-listed-patients': 'Pr. 100 tilmeldte patienter' } satisfies Record<Unit, string>,
  shareColumn: 'Andel af «Fra»',
  total: 'I alt',
  noShare: '–',
};

type Messages = typeof da;

const en: Messages = {
  other: 'Other',
  referrals: 'referrals',
  unit: (things: string, unit: Unit) => (unit === 'count' ? things : `${things} per 100 listed patients`),
  period: (from: string, to: string) => `${from}–${to}`,
  summary: (total: string, unit: string, period: string) => `${total} ${unit} in all, ${period}.`,
  summaryRate: (unit: string, period: string) => `${unit[0]!.toUpperCase()}${unit.slice(1)}, ${period}.`,
  largest: (count: number) => (count === 1 ? 'Largest flow:' : `The ${count} largest flows:`),
  flow: (source: string, target: string) => `${source} → ${target}`,
  chartLabel: 'Diagram of the flows. Arrow keys move between nodes and flows.',
  keyboardHint:
    'Tab to the diagram; up and down arrows go through the nodes and their flows, right and left follow a flow, Esc hides the box.',
  shareOfAll: (share: string, things: string) => `${share} of all ${things}`,
  shareOfSource: (share: string, things: string, source: string) => `${share} of ${things} from ${source}`,
  inOut: (valueIn: string, valueOut: string) => `In ${valueIn}, out ${valueOut}`,
  members: (names: string) => `Includes ${names}`,
  atLeast: (value: string) => `at least ${value}`,
  lessThan: (threshold: string) => `< ${threshold}`,
  suppressedValue: (threshold: string) => `under ${threshold}, not shown`,
  partialNote: 'not counting suppressed flows',
  groupedNote: (names: string, share: string) => `Other: ${names} (each under ${share} of what arrives).`,
  suppressedNote: (count: number, threshold: string, things: string) =>
    `${count === 1 ? 'One flow' : `${count} flows`} of fewer than ${threshold} ${things} ${count === 1 ? 'is' : 'are'} shown as “< ${threshold}” and left out of totals and shares.`,
  hiddenLabelsNote: (count: number) =>
    `${count === 1 ? 'The name of one small node is' : `The names of ${count} small nodes are`} left out of the diagram to avoid overlap; they are in the table and in the box on focus.`,
  tableCaption: (title: string, period: string) => `${title}, ${period}`,
  from: 'From',
  to: 'To',
  value: { count: 'Number', 'per-100-listed-patients': 'Per 100 listed patients' },
  shareColumn: 'Share of “From”',
  total: 'Total',
  noShare: '–',
};

export const sankeyMessages: Record<Lang, Messages> = { da, en };
