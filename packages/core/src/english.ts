// Core's English words, loaded on demand with a widget's English (its english.ts): a Danish page
// never fetches them. Node tools and static pages install them through the widgets' registry.
import { formatCount } from './format.js';
import { coreMessages, type CoreMessages } from './messages.js';

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
