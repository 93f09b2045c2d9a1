import type { Lang } from '@praksis/core/lang.js';
import type { PluralNoun } from '@praksis/core/format.js';

type Basis = 'capacity' | 'doctor';
type Kind = 'practice' | 'municipality' | 'region' | 'country';
type MunicipalityType = 'hovedstad' | 'storby' | 'provinsby' | 'opland' | 'land';

/**
 * Every count followed by a noun takes the noun's form from the language's plural rules (core's formatCount),
 * so each noun comes in both numbers; every sentence is one template, so no sentence is put
 * together from pieces.
 */

const da = {
  unitKind: { practice: 'Praksis', municipality: 'Kommune', region: 'Region', country: 'Landstal' } satisfies Record<Kind, string>,
  perBasis: {
    capacity: { one: 'tilmeldt patient pr. kapacitet', other: 'tilmeldte patienter pr. kapacitet' },
    doctor: { one: 'tilmeldt patient pr. læge', other: 'tilmeldte patienter pr. læge' },
  } satisfies Record<Basis, PluralNoun>,
  listedPatient: { one: 'tilmeldt patient', other: 'tilmeldte patienter' } satisfies PluralNoun,
  capacity: { one: 'lægekapacitet', other: 'lægekapaciteter' } satisfies PluralNoun,
  doctor: { one: 'læge', other: 'læger' } satisfies PluralNoun,
  patient: { one: 'patient', other: 'patienter' } satisfies PluralNoun,
  practice: { one: 'praksis', other: 'praksis' } satisfies PluralNoun,
  perBasisShort: { capacity: 'pr. kapacitet', doctor: 'pr. læge' } satisfies Record<Basis, string>,
  providerNumber: 'ydernr.',
  asOf: (date: string) => `pr. ${date}`,
  unitAsOf: (kind: string, date: string) => `${kind}, pr. ${date}.`,
  norm: 'Normtal',
  normSentence: (diff: string, share: string, direction: 'over' | 'under' | 'at', norm: string, per: string) =>
    direction === 'at' ? `Svarer til normtallet på ${norm} ${per}.` : `${diff} (${share}) ${direction === 'over' ? 'over' : 'under'} normtallet på ${norm} ${per}.`,
  intakeSentence: (status: 'open' | 'closed', since?: string) =>
    `${status === 'open' ? 'Åben' : 'Lukket'} for tilgang af nye patienter${since ? ` siden ${since}` : ''}.`,
  /** `practices`: "14 praksis"; Danish verbs do not agree with the count. */
  areaIntake: (closed: string, practices: string, _closedCount: number) => `${closed} af ${practices} er lukket for tilgang af nye patienter.`,
  patients70Plus: 'Andel af de tilmeldte patienter, der er 70 år eller derover',
  shortageArea: 'Lægedækningstruet område',
  yes: 'Ja',
  no: 'Nej',
  municipalityType: 'Kommunetype',
  municipalityTypes: {
    hovedstad: 'Hovedstadskommune',
    storby: 'Storbykommune',
    provinsby: 'Provinsbykommune',
    opland: 'Oplandskommune',
    land: 'Landkommune',
  } satisfies Record<MunicipalityType, string>,
  context: 'Sammenhæng',
  /** A legend entry and its source, whatever words the source has: "Normtal (kilde: Overenskomst om almen praksis)". */
  sourced: (what: string, source: string) => `${what} (kilde: ${source})`,
  bands: 'Intervaller',
  inBand: (label: string) => `Ligger i intervallet «${label}».`,
  /** "5.849.229 tilmeldte patienter" on "3.554 lægekapaciteter": counts with their nouns. */
  totals: (patients: string, capacities: string) => `${patients} på ${capacities}.`,
  // What screen readers are told before the gauge (core's chart outline).
  outlineType: 'Måler med én vandret søjle.',
  outlineStructure: (per: string, norm: string, comparison: string, trend: boolean) =>
    `Søjlen viser ${per} på en skala fra 0. ${norm} er en lodret streg${comparison ? `, ${comparison} en markering under søjlen` : ''}.${trend ? ' Under måleren viser en kurve udviklingen over tid.' : ''}`,
  outlineRange: (low: string, high: string, per: string) => `Tallene går fra ${low} til ${high} ${per}.`,
  outlineTrend: (from: string, to: string, first: string, last: string) => `Udviklingen fra ${from} til ${to} går fra ${first} til ${last} pr. kapacitet.`,
  doctorsLine: (doctors: string, perDoctor: string) => `${doctors}, ${perDoctor} pr. læge.`,
};

/** How the trend's dates are written: as years, or as whole dates (view/trend.ts, trendDates). */
export type TrendDates = 'year' | 'medium';

/** The trend's words: each a whole sentence or caption. */
export interface TrendWords {
  caption(from: string, to: string): string;
  /** `when`: years ("i 2017") or dates ("pr. 1. jan. 2022"). */
  summary(from: string, fromValue: string, to: string, toValue: string, when: TrendDates): string;
  scale(top: string): string;
  reference(label: string, value: string): string;
}

export type Messages = typeof da & {
  /** The trend's words: the Danish come with the trend part (view/trend.ts), the English here with the others. */
  trend?: TrendWords;
};

/**
 * The words by language. Danish is always here; the English table is installed by english.ts, which
 * the element loads on demand when it speaks English (and Node tools through the descriptor's
 * `english`). Until then, and if it cannot be loaded, English reads the Danish table.
 */
export const gaugeMessages: Record<Lang, Messages> = { da, en: da };
