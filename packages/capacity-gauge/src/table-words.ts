import type { Lang } from '@praksis/core/lang.js';

/**
 * The words of the table view and the CSV rows, in both languages: they come with those (the
 * `table` part, loaded when a reader opens the table or downloads the data), not with the gauge.
 */
const da = {
  listedPatients: 'Tilmeldte patienter',
  capacities: 'Lægekapaciteter',
  doctors: 'Læger (personer)',
  perCapacity: 'Patienter pr. kapacitet',
  perDoctor: 'Patienter pr. læge',
  differenceFromNorm: 'Forskel fra normtal',
  differenceShare: 'Forskel fra normtal i procent af normtallet',
  intake: 'Tilgang',
  intakeValue: { open: 'Åben', closed: 'Lukket' },
  date: 'Dato',
  figure: 'Tal',
  value: 'Værdi',
  tableCaption: (name: string, date: string) => `${name}, ${date}`,
  trendCaption: 'Udvikling',
};

export type TableWords = typeof da;

const en: TableWords = {
  listedPatients: 'Listed patients',
  capacities: 'Doctor capacities',
  doctors: 'Doctors (persons)',
  perCapacity: 'Patients per capacity',
  perDoctor: 'Patients per doctor',
  differenceFromNorm: 'Difference from norm',
  differenceShare: 'Difference from norm as a share of the norm',
  intake: 'New patients',
  intakeValue: { open: 'Open', closed: 'Closed' },
  date: 'Date',
  figure: 'Figure',
  value: 'Value',
  tableCaption: (name: string, date: string) => `${name}, ${date}`,
  trendCaption: 'Trend',
};

export const gaugeTableWords: Record<Lang, TableWords> = { da, en };
