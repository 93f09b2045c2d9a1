import type { Lang } from '@praksis/core';

type Basis = 'capacity' | 'doctor';
type Kind = 'practice' | 'municipality' | 'region' | 'country';
type MunicipalityType = 'hovedstad' | 'storby' | 'provinsby' | 'opland' | 'land';

const da = {
  unitKind: { practice: 'Praksis', municipality: 'Kommune', region: 'Region', country: 'Landstal' } satisfies Record<Kind, string>,
  perBasis: { capacity: 'tilmeldte patienter pr. kapacitet', doctor: 'tilmeldte patienter pr. læge' } satisfies Record<Basis, string>,
  perBasisShort: { capacity: 'pr. kapacitet', doctor: 'pr. læge' } satisfies Record<Basis, string>,
  providerNumber: 'ydernr.',
  asOf: (date: string) => `pr. ${date}`,
  norm: 'Normtal',
  normSentence: (diff: string, share: string, direction: 'over' | 'under' | 'at', norm: string, per: string) =>
    direction === 'at' ? `Svarer til normtallet på ${norm} ${per}.` : `${diff} (${share}) ${direction === 'over' ? 'over' : 'under'} normtallet på ${norm} ${per}.`,
  listedPatients: 'Tilmeldte patienter',
  capacities: 'Lægekapaciteter',
  doctors: 'Læger (personer)',
  perCapacity: 'Patienter pr. kapacitet',
  perDoctor: 'Patienter pr. læge',
  differenceFromNorm: 'Forskel fra normtal',
  open: 'Åben for tilgang af nye patienter',
  closed: 'Lukket for tilgang af nye patienter',
  since: (date: string) => `siden ${date}`,
  areaIntake: (closed: string, total: string) => `${closed} af ${total} praksis er lukket for tilgang`,
  intake: 'Tilgang',
  intakeValue: { open: 'Åben', closed: 'Lukket' },
  patients70Plus: 'Patienter på 70 år og derover',
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
  bandsSource: (source: string) => `Inddeling efter ${source}`,
  inBand: (label: string) => `Ligger i intervallet «${label}».`,
  trend: (from: string, to: string) => `Udvikling ${from}–${to}, patienter pr. kapacitet`,
  trendSummary: (from: string, fromValue: string, to: string, toValue: string) =>
    `Patienter pr. kapacitet: ${fromValue} i ${from} og ${toValue} i ${to}.`,
  date: 'Dato',
  figure: 'Tal',
  value: 'Værdi',
  tableCaption: (name: string, date: string) => `${name}, ${date}`,
  trendCaption: 'Udvikling',
  totals: (patients: string, capacities: string) => `${patients} tilmeldte patienter på ${capacities} lægekapaciteter.`,
  doctorsLine: (doctors: string, perDoctor: string) => `${doctors} læger, ${perDoctor} patienter pr. læge.`,
};

type Messages = typeof da;

const en: Messages = {
  unitKind: { practice: 'Practice', municipality: 'Municipality', region: 'Region', country: 'National figure' },
  perBasis: { capacity: 'listed patients per capacity', doctor: 'listed patients per doctor' },
  perBasisShort: { capacity: 'per capacity', doctor: 'per doctor' },
  providerNumber: 'provider no.',
  asOf: (date: string) => `as of ${date}`,
  norm: 'Norm',
  normSentence: (diff: string, share: string, direction: 'over' | 'under' | 'at', norm: string, per: string) =>
    direction === 'at' ? `Equal to the norm of ${norm} ${per}.` : `${diff} (${share}) ${direction === 'over' ? 'above' : 'below'} the norm of ${norm} ${per}.`,
  listedPatients: 'Listed patients',
  capacities: 'Doctor capacities',
  doctors: 'Doctors (persons)',
  perCapacity: 'Patients per capacity',
  perDoctor: 'Patients per doctor',
  differenceFromNorm: 'Difference from norm',
  open: 'Open to new patients',
  closed: 'Closed to new patients',
  since: (date: string) => `since ${date}`,
  areaIntake: (closed: string, total: string) => `${closed} of ${total} practices are closed to new patients`,
  intake: 'New patients',
  intakeValue: { open: 'Open', closed: 'Closed' },
  patients70Plus: 'Patients aged 70 or over',
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
  bandsSource: (source: string) => `Bands according to ${source}`,
  inBand: (label: string) => `In the band “${label}”.`,
  trend: (from: string, to: string) => `Trend ${from}–${to}, patients per capacity`,
  trendSummary: (from: string, fromValue: string, to: string, toValue: string) =>
    `Patients per capacity: ${fromValue} in ${from} and ${toValue} in ${to}.`,
  date: 'Date',
  figure: 'Figure',
  value: 'Value',
  tableCaption: (name: string, date: string) => `${name}, ${date}`,
  trendCaption: 'Trend',
  totals: (patients: string, capacities: string) => `${patients} listed patients on ${capacities} doctor capacities.`,
  doctorsLine: (doctors: string, perDoctor: string) => `${doctors} doctors, ${perDoctor} patients per doctor.`,
};

export const gaugeMessages: Record<Lang, Messages> = { da, en };
