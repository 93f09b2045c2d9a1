import type { Lang } from './lang.js';

/** Interface text shared by every widget. English must have every Danish key (checked by the type). */
const da = {
  loading: 'Henter data …',
  empty: 'Ingen data endnu: angiv data, src eller et <script type="application/json">.',
  errorTitle: 'Data kan ikke vises',
  moreProblems: (count: number) => `og ${count} ${count === 1 ? 'andet problem' : 'andre problemer'}`,
  internalError: 'der opstod en uventet fejl under visningen',
  httpError: (status: number) => `serveren svarede med status ${status}`,
  timeout: (seconds: number) => `intet svar inden for ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}`,
  networkError: 'netværksfejl, eller serveren tillader ikke at data hentes herfra (CORS)',
  notJson: (detail: string) => `svaret er ikke gyldig JSON (${detail})`,
  scriptNotJson: (detail: string) => `indholdet af <script type="application/json"> er ikke gyldig JSON (${detail})`,
  tooLarge: (megabytes: number) => `dokumentet er større end ${megabytes} MB`,
  couldNotLoad: (url: string) => `Data fra ${url} kunne ikke hentes`,
  source: 'Kilde',
  asOf: 'Opgjort pr.',
  period: 'Periode',
  fictional: 'Eksempel – fiktive data',
  caveats: 'Forbehold',
  definitions: 'Definitioner',
  licence: 'Licens',
  showTable: 'Vis som tabel',
  hideTable: 'Skjul tabel',
  download: 'Hent',
  credit: 'Grafik',
};

type Messages = typeof da;

const en: Messages = {
  loading: 'Loading data …',
  empty: 'No data yet: set data, src or a <script type="application/json"> child.',
  errorTitle: 'The data cannot be shown',
  moreProblems: (count: number) => `and ${count} more ${count === 1 ? 'problem' : 'problems'}`,
  internalError: 'an unexpected error occurred while drawing',
  httpError: (status: number) => `the server answered with status ${status}`,
  timeout: (seconds: number) => `no answer within ${seconds} ${seconds === 1 ? 'second' : 'seconds'}`,
  networkError: 'network error, or the server does not allow loading its data from here (CORS)',
  notJson: (detail: string) => `the response is not valid JSON (${detail})`,
  scriptNotJson: (detail: string) => `the content of <script type="application/json"> is not valid JSON (${detail})`,
  tooLarge: (megabytes: number) => `the document is larger than ${megabytes} MB`,
  couldNotLoad: (url: string) => `Could not load data from ${url}`,
  source: 'Source',
  asOf: 'As of',
  period: 'Period',
  fictional: 'Example – fictional data',
  caveats: 'Caveats',
  definitions: 'Definitions',
  licence: 'Licence',
  showTable: 'Show as table',
  hideTable: 'Hide table',
  download: 'Download',
  credit: 'Graphic',
};

export const coreMessages: Record<Lang, Messages> = { da, en };
export type CoreMessages = Messages;
