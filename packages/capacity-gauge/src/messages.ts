import { pluralForm } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import type { PluralNoun } from '@praksis/core/format.js';

type Basis = 'capacity' | 'doctor';
type Kind = 'practice' | 'municipality' | 'region' | 'country';
type MunicipalityType = 'hovedstad' | 'storby' | 'provinsby' | 'opland' | 'land';

/**
 * Every count followed by a noun takes the noun's form from Intl.PluralRules (core's formatCount),
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
  listedPatients: 'Tilmeldte patienter',
  capacities: 'Lægekapaciteter',
  doctors: 'Læger (personer)',
  perCapacity: 'Patienter pr. kapacitet',
  perDoctor: 'Patienter pr. læge',
  differenceFromNorm: 'Forskel fra normtal',
  differenceShare: 'Forskel fra normtal i procent af normtallet',
  intakeSentence: (status: 'open' | 'closed', since?: string) =>
    `${status === 'open' ? 'Åben' : 'Lukket'} for tilgang af nye patienter${since ? ` siden ${since}` : ''}.`,
  /** `practices`: "14 praksis"; Danish verbs do not agree with the count. */
  areaIntake: (closed: string, practices: string, _closedCount: number) => `${closed} af ${practices} er lukket for tilgang af nye patienter.`,
  intake: 'Tilgang',
  intakeValue: { open: 'Åben', closed: 'Lukket' },
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
  date: 'Dato',
  figure: 'Tal',
  value: 'Værdi',
  tableCaption: (name: string, date: string) => `${name}, ${date}`,
  trendCaption: 'Udvikling',
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

type Messages = typeof da;

const en: Messages = {
  unitKind: { practice: 'Practice', municipality: 'Municipality', region: 'Region', country: 'National figure' },
  perBasis: {
    capacity: { one: 'listed patient per capacity', other: 'listed patients per capacity' },
    doctor: { one: 'listed patient per doctor', other: 'listed patients per doctor' },
  },
  listedPatient: { one: 'listed patient', other: 'listed patients' },
  capacity: { one: 'doctor capacity', other: 'doctor capacities' },
  doctor: { one: 'doctor', other: 'doctors' },
  patient: { one: 'patient', other: 'patients' },
  practice: { one: 'practice', other: 'practices' },
  perBasisShort: { capacity: 'per capacity', doctor: 'per doctor' },
  providerNumber: 'provider no.',
  asOf: (date: string) => `as of ${date}`,
  unitAsOf: (kind: string, date: string) => `${kind}, as of ${date}.`,
  norm: 'Norm',
  normSentence: (diff: string, share: string, direction: 'over' | 'under' | 'at', norm: string, per: string) =>
    direction === 'at' ? `Equal to the norm of ${norm} ${per}.` : `${diff} (${share}) ${direction === 'over' ? 'above' : 'below'} the norm of ${norm} ${per}.`,
  listedPatients: 'Listed patients',
  capacities: 'Doctor capacities',
  doctors: 'Doctors (persons)',
  perCapacity: 'Patients per capacity',
  perDoctor: 'Patients per doctor',
  differenceFromNorm: 'Difference from norm',
  differenceShare: 'Difference from norm as a share of the norm',
  intakeSentence: (status: 'open' | 'closed', since?: string) =>
    `${status === 'open' ? 'Open' : 'Closed'} to new patients${since ? ` since ${since}` : ''}.`,
  /** The verb agrees with the closed practices: "1 of 14 practices is closed", "2 of 14 … are closed". */
  areaIntake: (closed: string, practices: string, closedCount: number) =>
    `${closed} of ${practices} ${pluralForm('en', closedCount, { one: 'is', other: 'are' })} closed to new patients.`,
  intake: 'New patients',
  intakeValue: { open: 'Open', closed: 'Closed' },
  patients70Plus: 'Share of listed patients aged 70 or over',
  shortageArea: 'Area at risk of GP shortage',
  yes: 'Yes',
  no: 'No',
  municipalityType: 'Municipality type',
  municipalityTypes: {
    hovedstad: 'Capital-area municipality',
    storby: 'City municipality',
    provinsby: 'Provincial town municipality',
    opland: 'Commuter-belt municipality',
    land: 'Rural municipality',
  },
  context: 'Context',
  sourced: (what: string, source: string) => `${what} (source: ${source})`,
  bands: 'Bands',
  inBand: (label: string) => `In the band “${label}”.`,
  date: 'Date',
  figure: 'Figure',
  value: 'Value',
  tableCaption: (name: string, date: string) => `${name}, ${date}`,
  trendCaption: 'Trend',
  totals: (patients: string, capacities: string) => `${patients} on ${capacities}.`,
  doctorsLine: (doctors: string, perDoctor: string) => `${doctors}, ${perDoctor} per doctor.`,
  outlineType: 'Gauge with one horizontal bar.',
  outlineStructure: (per: string, norm: string, comparison: string, trend: boolean) =>
    `The bar shows ${per} on a scale from 0. ${norm} is a vertical line${comparison ? `, ${comparison} a marker below the bar` : ''}.${trend ? ' Below the gauge, a line shows the trend over time.' : ''}`,
  outlineRange: (low: string, high: string, per: string) => `The figures go from ${low} to ${high} ${per}.`,
  outlineTrend: (from: string, to: string, first: string, last: string) => `The trend from ${from} to ${to} goes from ${first} to ${last} per capacity.`,
};

export const gaugeMessages: Record<Lang, Messages> = { da, en };
