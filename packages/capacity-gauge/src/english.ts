// The English words of the capacity gauge: a part loaded on demand when the element speaks English
// (the descriptor's `english`), so a Danish page never fetches them.
import { pluralForm } from '@praksis/core/format.js';
import { installCoreEnglish } from '@praksis/core/english.js';
import { gaugeMessages, type Messages, type TrendDates } from './messages.js';

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
  intakeSentence: (status: 'open' | 'closed', since?: string) =>
    `${status === 'open' ? 'Open' : 'Closed'} to new patients${since ? ` since ${since}` : ''}.`,
  /** The verb agrees with the closed practices: "1 of 14 practices is closed", "2 of 14 … are closed". */
  areaIntake: (closed: string, practices: string, closedCount: number) =>
    `${closed} of ${practices} ${pluralForm('en', closedCount, { one: 'is', other: 'are' })} closed to new patients.`,
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
  totals: (patients: string, capacities: string) => `${patients} on ${capacities}.`,
  doctorsLine: (doctors: string, perDoctor: string) => `${doctors}, ${perDoctor} per doctor.`,
  outlineType: 'Gauge with one horizontal bar.',
  outlineStructure: (per: string, norm: string, comparison: string, trend: boolean) =>
    `The bar shows ${per} on a scale from 0. ${norm} is a vertical line${comparison ? `, ${comparison} a marker below the bar` : ''}.${trend ? ' Below the gauge, a line shows the trend over time.' : ''}`,
  outlineRange: (low: string, high: string, per: string) => `The figures go from ${low} to ${high} ${per}.`,
  outlineTrend: (from: string, to: string, first: string, last: string) => `The trend from ${from} to ${to} goes from ${first} to ${last} per capacity.`,
  trend: {
    caption: (from: string, to: string) => `Trend ${from}–${to}, patients per capacity`,
    summary: (from: string, fromValue: string, to: string, toValue: string, when: TrendDates) =>
      when === 'year'
        ? `Patients per capacity: ${fromValue} in ${from} and ${toValue} in ${to}.`
        : `Patients per capacity: ${fromValue} on ${from} and ${toValue} on ${to}.`,
    scale: (top: string) => `The scale runs from 0 to ${top}.`,
    reference: (label: string, value: string) => `Dashed line: ${label}, ${value} per capacity.`,
  },
};

/** Puts the English words, core's and the capacity gauge's, in place of the Danish ones the English tables held. */
export function installEnglish(): void {
  installCoreEnglish();
  gaugeMessages.en = en;
}
