// Core's English words, loaded on demand with a widget's English (its english.ts): a Danish page
// never fetches them. Node tools and static pages install them through the widgets' registry.
import { formatCount, formatNumber } from './format.js';
import type { JsonSyntaxError } from '@praksis/schema';
import { coreMessages, type CoreMessages, type FailureTexts } from './messages.js';

/** Seconds as an English reader writes them: "0.4", "10" without decimals. */
const seconds = (value: number) => formatNumber('en', value, Number.isInteger(value) ? 0 : 1);

const enFailures: FailureTexts = {
  http: ({ status }) => `the server answered with status ${status}`,
  timeout: (failure) => `no answer within ${seconds(failure.seconds)} s`,
  network: () => "the server could not be reached (network error, or the page's CSP forbids the address)",
  cors: () => 'the server does not allow other websites to load the data (CORS)',
  'too-large': ({ megabytes }) => `the document is larger than ${megabytes} MB`,
};

const en: CoreMessages = {
  empty: 'No data yet: set data, src or a <script type="application/json"> child.',
  errorPlain: {
    invalid: 'The chart cannot be shown because the data is incomplete.',
    unavailable: 'The chart cannot be shown because the data could not be loaded.',
    internal: 'The chart cannot be shown because of an error while drawing it.',
  },
  errorDetails: 'Technical details',
  moreProblems: (count: number) => `and ${formatCount('en', count, { one: 'more problem', other: 'more problems' })}`,
  internalError: 'an unexpected error occurred while drawing',
  unexplained: 'there is a problem here; its description could not be loaded',
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

/** Puts core's English words in place of the Danish ones the English table held until now. */
export function installCoreEnglish(): void {
  coreMessages.en = en;
}
