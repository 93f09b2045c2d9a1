import { formatCount, formatNumber, pluralForm } from './format.js';
import type { Lang } from './lang.js';
import type { JsonSyntaxError } from '@praksis/schema';
import type { LoadFailure } from './load.js';

/** Seconds as the reader writes them: "0,4" in Danish, "0.4" in English, "10" without decimals. */
const seconds = (lang: Lang, value: number) => formatNumber(lang, value, Number.isInteger(value) ? 0 : 1);

/** What went wrong loading a `src` document: one text per reason, so no two failures read alike. */
type FailureTexts = { [R in LoadFailure['reason']]: (failure: Extract<LoadFailure, { reason: R }>) => string };

const daFailures: FailureTexts = {
  http: ({ status }) => `serveren svarede med status ${status}`,
  timeout: (failure) => `intet svar inden for ${seconds('da', failure.seconds)} s`,
  network: () => 'serveren kunne ikke nås (netværksfejl, eller sidens CSP forbyder adressen)',
  cors: () => 'serveren tillader ikke andre websteder at hente dataene (CORS)',
  'too-large': ({ megabytes }) => `dokumentet er større end ${megabytes} MB`,
};

const enFailures: FailureTexts = {
  http: ({ status }) => `the server answered with status ${status}`,
  timeout: (failure) => `no answer within ${seconds('en', failure.seconds)} s`,
  network: () => "the server could not be reached (network error, or the page's CSP forbids the address)",
  cors: () => 'the server does not allow other websites to load the data (CORS)',
  'too-large': ({ megabytes }) => `the document is larger than ${megabytes} MB`,
};

/** Interface text shared by every widget. English must have every Danish key (checked by the type). */
const da = {
  loading: 'Henter data …',
  empty: 'Ingen data endnu: angiv data, src eller et <script type="application/json">.',
  /** What a reader is told first when the widget cannot be shown; the details are for the embedder. */
  errorPlain: {
    invalid: 'Grafikken kan ikke vises, fordi dataene er ufuldstændige.',
    unavailable: 'Grafikken kan ikke vises, fordi dataene ikke kunne hentes.',
    internal: 'Grafikken kan ikke vises på grund af en fejl i visningen.',
  },
  errorDetails: 'Tekniske detaljer',
  // The adjective agrees with the noun too (andet/andre), so each form is a whole phrase.
  moreProblems: (count: number) =>
    pluralForm('da', count, { one: `og ${formatNumber('da', count)} andet problem`, other: `og ${formatNumber('da', count)} andre problemer` }),
  internalError: 'der opstod en uventet fejl under visningen',
  failure: daFailures,
  // Where and why, as every route says it (parseJsonText in @praksis/schema).
  responseNotJson: ({ line, column, detail }: JsonSyntaxError) => `svaret er ikke gyldig JSON ved ${line}:${column}: ${detail.da}`,
  scriptNotJson: ({ line, column, detail }: JsonSyntaxError) =>
    `indholdet af <script type="application/json"> er ikke gyldig JSON ved ${line}:${column}: ${detail.da}`,
  couldNotLoad: (url: string) => `Data fra ${url} kunne ikke hentes`,
  source: 'Kilde',
  asOf: (date: string) => `Opgjort pr. ${date}`,
  period: (from: string, to: string) => `Periode ${from}–${to}`,
  fictional: 'Eksempel – fiktive data',
  caveats: 'Forbehold',
  definitions: 'Definitioner',
  licence: 'Licens',
  showTable: 'Vis som tabel',
  goToTable: 'Gå til tabellen med tallene',
  skipChart: 'Spring forbi grafikken',
  chartEnd: 'Slut på grafikken.',
  /** The polite announcement when the data changes after the first draw. */
  updated: (summary: string) => `Opdateret: ${summary}`,
  hideTable: 'Skjul tabel',
  download: 'Hent',
  credit: 'Grafik',
};

type Messages = typeof da;

const en: Messages = {
  loading: 'Loading data …',
  empty: 'No data yet: set data, src or a <script type="application/json"> child.',
  errorPlain: {
    invalid: 'The chart cannot be shown because the data is incomplete.',
    unavailable: 'The chart cannot be shown because the data could not be loaded.',
    internal: 'The chart cannot be shown because of an error while drawing it.',
  },
  errorDetails: 'Technical details',
  moreProblems: (count: number) => `and ${formatCount('en', count, { one: 'more problem', other: 'more problems' })}`,
  internalError: 'an unexpected error occurred while drawing',
  failure: enFailures,
  responseNotJson: ({ line, column, detail }: JsonSyntaxError) => `the response is not valid JSON at ${line}:${column}: ${detail.en}`,
  scriptNotJson: ({ line, column, detail }: JsonSyntaxError) =>
    `the content of <script type="application/json"> is not valid JSON at ${line}:${column}: ${detail.en}`,
  couldNotLoad: (url: string) => `Could not load data from ${url}`,
  source: 'Source',
  asOf: (date: string) => `As of ${date}`,
  period: (from: string, to: string) => `Period ${from}–${to}`,
  fictional: 'Example – fictional data',
  caveats: 'Caveats',
  definitions: 'Definitions',
  licence: 'Licence',
  showTable: 'Show as table',
  goToTable: 'Go to the table of figures',
  skipChart: 'Skip past the chart',
  chartEnd: 'End of the chart.',
  updated: (summary: string) => `Updated: ${summary}`,
  hideTable: 'Hide table',
  download: 'Download',
  credit: 'Graphic',
};

export const coreMessages: Record<Lang, Messages> = { da, en };
export type CoreMessages = Messages;
