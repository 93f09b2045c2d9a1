import type { Lang, PluralNoun } from '@praksis/core';

const da = {
  other: 'Øvrige',
  /** The default noun for what is counted; a document's own `unitLabel` has only a plural. */
  referral: { one: 'henvisning', other: 'henvisninger' } satisfies PluralNoun,
  /** After a rate: "38,4 henvisninger pr. 100 tilmeldte patienter". */
  perHundred: 'pr. 100 tilmeldte patienter',
  period: (from: string, to: string) => `${from}–${to}`,
  /** "I alt 5.420.564 henvisninger, 2022." — `amount` may read "mindst 740 henvisninger". */
  summary: (amount: string, period: string) => `I alt ${amount}, ${period}.`,
  summaryRate: (things: string, period: string) => `${capitalize(things)} pr. 100 tilmeldte patienter, ${period}.`,
  /** Why a rate document has no total and no shares: said in the summary and the table. */
  notAdditive:
    'Rater for forskellige afsendere kan ikke lægges sammen, så der vises ingen totaler, knudetal eller andele, kun hver strøms egen rate.',
  largest: { one: 'Største strøm:', other: 'De {n} største strømme:' },
  flow: (source: string, target: string) => `${source} → ${target}`,
  chartLabel: 'Diagram over strømmene. Piletasterne flytter mellem knuder og strømme.',
  /** The phone layout: the flows as a list (view/flow-list.ts). */
  flowListLabel: 'Strømmene, største først',
  /** Said instead of "program": the diagram is an application region, so screen readers leave the arrow keys to it. */
  roleDescription: 'sankeydiagram',
  // What screen readers are told before the diagram (core's chart outline).
  outlineType: (things: string) => `Sankeydiagram over ${things} fra afsendere til modtagere. En strøms bredde svarer til dens størrelse.`,
  outlineStages: (stages: string) => `Trinene er, fra venstre mod højre: ${stages}.`,
  outlineSize: (nodes: string, flows: string) => `Diagrammet har ${nodes} og ${flows}.`,
  node: { one: 'knude', other: 'knuder' } satisfies PluralNoun,
  outlineRange: (low: string, high: string) => `Strømmene går fra ${low} til ${high}.`,
  keyboardHint:
    'Tab til diagrammet; pil op og ned går gennem knuder og deres strømme, pil højre og venstre følger en strøm, Esc skjuler boksen.',
  /** A node's share; the base is always named. */
  shareOfAll: (share: string, things: string, knownOnly: boolean) => `${share} af alle ${knownOnly ? 'kendte ' : ''}${things}`,
  /** A flow's share of what its source sends; the base is always named. */
  shareOfSource: (share: string, things: string, source: string, knownOnly: boolean) =>
    `${share} af ${knownOnly ? 'de kendte ' : ''}${things} fra ${source}`,
  inOut: (valueIn: string, valueOut: string) => `Ind ${valueIn}, ud ${valueOut}`,
  members: (names: string) => `Omfatter ${names}`,
  rateNode: 'rater lægges ikke sammen',
  atLeast: (value: string) => `mindst ${value}`,
  /** A total whose every flow is suppressed: "færre end 10 henvisninger", never "mindst 0". */
  fewerThan: (value: string) => `færre end ${value}`,
  lessThan: (threshold: string) => `< ${threshold}`,
  suppressedValue: (threshold: string) => `under ${threshold}, vises ikke`,
  partialNote: 'uden undertrykte strømme',
  groupedNote: (names: string, share: string) => `Øvrige: ${names} (hver under ${share} af det, der når frem).`,
  receiverNoun: { one: 'modtager', other: 'modtagere' } satisfies PluralNoun,
  groupedKeptApart: (receivers: string, _one: boolean) =>
    `${capitalize(receivers)} under grænsen vises for sig, fordi de to største modtagere aldrig samles i Øvrige.`,
  flowNoun: { one: 'strøm', other: 'strømme' } satisfies PluralNoun,
  suppressedNote: (flows: string, fewer: string, threshold: string, _one: boolean) =>
    `${capitalize(flows)} med færre end ${fewer} vises som «< ${threshold}» og tælles ikke med i totaler og andele.`,
  smallNodeNoun: { one: 'lille knude', other: 'små knuder' } satisfies PluralNoun,
  hiddenLabelsNote: (nodes: string, one: boolean) =>
    `${one ? 'Navnet' : 'Navnene'} på ${nodes} er udeladt i diagrammet for at undgå overlap; de står i tabellen og i boksen ved fokus.`,
  shortenedNote:
    'Nogle navne og tal er forkortet i diagrammet for at få plads; de fulde står i tabellen og i boksen ved fokus.',
  tableCaption: (title: string, period: string) => `${title}, ${period}`,
  from: 'Fra',
  to: 'Til',
  value: { count: 'Antal', 'per-100-listed-patients': 'Pr. 100 tilmeldte patienter' },
  /** The share column's heading; with a suppressed flow, shares are of the known flows only. */
  shareColumn: (knownOnly: boolean): string => (knownOnly ? 'Andel af kendte strømme fra «Fra»' : 'Andel af «Fra»'),
  total: 'I alt',
  noShare: '–',
};

export type Messages = typeof da;

export function capitalize(text: string): string {
  return text ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}

/**
 * The words by language. Danish is always here; the English table is installed by english.ts, which
 * the element loads on demand when it speaks English (and Node tools through the descriptor's
 * `english`). Until then, and if it cannot be loaded, English reads the Danish table.
 */
export const sankeyMessages: Record<Lang, Messages> = { da, en: da };
