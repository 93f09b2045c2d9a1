// The second font set: the layout tests again with "Liberation Sans" as the page font (the widgets
// inherit it), after the default pass in DejaVu Sans (web-test-runner.config.mjs). Text is measured
// in the font the reader has, so labels must fit in both; test/fonts.test.ts fails when the family
// is not installed (Debian: fonts-liberation2) or not the one drawing. Only the layout test files
// run, to keep CI short. Totals go to test-results/browser-fonts.json.
import { join } from 'node:path';
import { defaultReporter } from '@web/test-runner';

process.env.PRAKSIS_TEST_FONT ||= 'Liberation Sans';
const { default: base, countReporter, withoutExpected404s } = await import('./web-test-runner.config.mjs');

/** The browser tests of layout: each widget's layout.browser.test.ts, the text measure's and the font check. */
export const layoutFiles = ['packages/*/src/layout.browser.test.ts', 'test/text-measure.test.ts', 'test/fonts.test.ts'];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  files: layoutFiles,
  reporters: [withoutExpected404s(defaultReporter()), countReporter({ outputFile: join(base.rootDir, 'test-results', 'browser-fonts.json') })],
};
