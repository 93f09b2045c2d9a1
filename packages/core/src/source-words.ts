// Why a document could not be used as it came: a `src` that could not be loaded, or text that is
// not JSON. In both languages, in the words part (words.ts): a page whose documents arrive as JSON
// never fetches them.
import type { JsonSyntaxError } from '@praksis/schema';
import { formatNumber } from './format.js';
import type { Lang } from './lang.js';
import type { LoadFailure } from './load.js';

/** What went wrong loading a `src` document: one text per reason, so no two failures read alike. */
type FailureTexts = { [R in LoadFailure['reason']]: (failure: Extract<LoadFailure, { reason: R }>) => string };

/** Seconds as a reader writes them: "0,4" / "0.4", "10" without decimals. */
const seconds = (lang: Lang, value: number) => formatNumber(lang, value, Number.isInteger(value) ? 0 : 1);

const da = {
  failure: {
    http: ({ status }) => `serveren svarede med status ${status}`,
    timeout: (failure) => `intet svar inden for ${seconds('da', failure.seconds)} s`,
    network: () => 'serveren kunne ikke nås (netværksfejl, eller sidens CSP forbyder adressen)',
    cors: () => 'serveren tillader ikke andre websteder at hente dataene (CORS)',
    'too-large': ({ megabytes }) => `dokumentet er større end ${megabytes} MB`,
  } satisfies FailureTexts as FailureTexts,
  // Where and why, as every route says it (readJsonText in @praksis/schema).
  responseNotJson: ({ line, column, detail }: JsonSyntaxError) => `svaret er ikke gyldig JSON ved ${line}:${column}: ${detail.da}`,
  scriptNotJson: ({ line, column, detail }: JsonSyntaxError) =>
    `indholdet af <script type="application/json"> er ikke gyldig JSON ved ${line}:${column}: ${detail.da}`,
  couldNotLoad: (url: string) => `Data fra ${url} kunne ikke hentes`,
};

export type SourceTexts = typeof da;

const en: SourceTexts = {
  failure: {
    http: ({ status }) => `the server answered with status ${status}`,
    timeout: (failure) => `no answer within ${seconds('en', failure.seconds)} s`,
    network: () => "the server could not be reached (network error, or the page's CSP forbids the address)",
    cors: () => 'the server does not allow other websites to load the data (CORS)',
    'too-large': ({ megabytes }) => `the document is larger than ${megabytes} MB`,
  },
  responseNotJson: ({ line, column, detail }: JsonSyntaxError) => `the response is not valid JSON at ${line}:${column}: ${detail.en}`,
  scriptNotJson: ({ line, column, detail }: JsonSyntaxError) =>
    `the content of <script type="application/json"> is not valid JSON at ${line}:${column}: ${detail.en}`,
  couldNotLoad: (url: string) => `Could not load data from ${url}`,
};

export const sourceWords: Record<Lang, SourceTexts> = { da, en };
