// @web/test-runner: browser tests in headless Chromium (no browser download;
// uses CHROME_PATH, else Debian's /usr/bin/chromium or another system copy).
//
// Test files: packages/*/src/**/*.browser.test.ts, beside the code they test, and
// test/**/*.test.ts (except Node-only tests in test/node) for what spans widgets.
// Workspace packages resolve to their TypeScript sources ("source" export
// condition); esbuild compiles them with the repo's tsconfig.base.json so Lit's
// legacy decorators (experimentalDecorators, useDefineForClassFields: false)
// behave like the real build.
//
// Totals are written to test-results/browser.json (see countReporter below).
// web-test-runner.firefox.config.mjs runs the same tests in Firefox ESR with this config.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { hostileCommands, hostileMiddleware } from './test/hostile/server.mjs';
import { cdnMiddleware, routesCommands } from './test/routes-server.mjs';

const rootDir = dirname(fileURLToPath(import.meta.url));
const resultFile = join(rootDir, 'test-results', 'browser.json');
const isCI = Boolean(process.env.CI);

// The machine's own Chromium; nothing downloads a browser.
const chromePath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'].find((p) =>
    existsSync(p),
  ) ??
  '/usr/bin/chromium';

/**
 * Counts leaf tests across all sessions (one session = one file in one
 * browser) and writes them as JSON. A file that fails to load or errors
 * outside a test (no results, or session errors) counts as one failed test.
 *
 * @returns {import('@web/test-runner').Reporter}
 */
export function countReporter({ outputFile }) {
  /** @param {import('@web/test-runner').TestSession[]} sessions */
  function write(sessions) {
    const counts = { runner: 'web-test-runner', passed: 0, failed: 0, skipped: 0, failures: [] };
    const walk = (suite, file, prefix) => {
      for (const test of suite.tests) {
        const name = [...prefix, test.name].join(' > ');
        if (test.skipped) counts.skipped += 1;
        else if (test.passed) counts.passed += 1;
        else {
          counts.failed += 1;
          counts.failures.push(`${file}: ${name}`);
        }
      }
      for (const child of suite.suites) walk(child, file, [...prefix, child.name]);
    };
    for (const session of sessions) {
      const file = relative(rootDir, session.testFile);
      if (session.testResults) walk(session.testResults, file, []);
      const hasTests = session.testResults && (session.testResults.tests.length > 0 || session.testResults.suites.length > 0);
      if (session.errors.length > 0 || (!hasTests && session.passed === false)) {
        counts.failed += 1;
        counts.failures.push(`${file}: ${session.errors[0]?.message ?? 'file failed to run'}`);
      }
    }
    mkdirSync(dirname(outputFile), { recursive: true });
    writeFileSync(outputFile, `${JSON.stringify(counts, null, 2)}\n`);
  }
  return {
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
    stop({ sessions }) {
      write(sessions);
    },
  };
}

/**
 * `executeServerCommand('list-examples', { kind })`: the names of a kind's valid example documents
 * (packages/schema/examples/<kind>/valid), for tests that draw every one of them.
 *
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function listExamplesPlugin() {
  return {
    name: 'list-examples',
    executeCommand({ command, payload }) {
      if (command !== 'list-examples') return undefined;
      const kind = payload && typeof payload === 'object' ? String(payload.kind) : '';
      if (!/^[a-z][a-z-]*$/.test(kind)) throw new Error(`list-examples: no kind ${kind}`);
      return readdirSync(join(rootDir, 'packages/schema/examples', kind, 'valid'))
        .filter((file) => file.endsWith('.json'))
        .map((file) => file.slice(0, -'.json'.length))
        .sort();
    },
  };
}

/**
 * Requests that tests make to missing files on purpose, to see a widget report the 404 or do
 * without what the file holds: the reporter leaves them out of its "404 network requests" list, which is for 404s nobody expected.
 */
const EXPECTED_404S = [/^hostile\/src\/(missing|no-answer|dropped)\.json(\?|$)/, /(^|\/)no-such-file\.json(\?|$)/, /^cdn-no-english\/english-/, /^cdn-no-words\/words-/, /^cdn-no-interaction\/interaction-/];

/**
 * A reporter that sees every session without the expected 404s.
 *
 * @param {import('@web/test-runner').Reporter} reporter
 * @returns {import('@web/test-runner').Reporter}
 */
export function withoutExpected404s(reporter) {
  const clean = (session) => ({ ...session, request404s: session.request404s.filter((url) => !EXPECTED_404S.some((re) => re.test(url))) });
  const isSessions = (value) => Array.isArray(value) && value.length > 0 && Array.isArray(value[0]?.request404s);
  const cleanArgs = (args) =>
    args && typeof args === 'object'
      ? Object.fromEntries(Object.entries(args).map(([key, value]) => [key, isSessions(value) ? value.map(clean) : value]))
      : args;
  return Object.fromEntries(
    Object.entries(reporter).map(([name, method]) => [name, typeof method === 'function' ? (args) => method.call(reporter, cleanArgs(args)) : method]),
  );
}

/**
 * The page font every test page sets, so the layout tests measure a known family whatever else the
 * machine has: Chromium's default font is "Times New Roman", which fontconfig maps to DejaVu Serif on
 * a fresh Debian machine but to Liberation Serif once fonts-liberation2 is installed. By default
 * DejaVu Sans, the sans-serif a fresh Debian machine has; PRAKSIS_TEST_FONT names another
 * (web-test-runner.fonts.config.mjs runs the layout tests again in "Liberation Sans").
 */
export const testFont = process.env.PRAKSIS_TEST_FONT || 'DejaVu Sans';
if (!/^[\w -]+$/.test(testFont)) throw new Error(`PRAKSIS_TEST_FONT must be a plain family name, not ${JSON.stringify(testFont)}`);

// Every test page names its font (testFont above).
const testRunnerHtml = (testFramework) => `<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8" />
    <meta name="praksis-test-font" content="${testFont}" />
    <style>html { font-family: "${testFont}", sans-serif; }</style>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

/**
 * `executeServerCommand('emulate-forced-colors', { active: true })`: forced-colours mode (Windows
 * high contrast) through the DevTools protocol, which puppeteer's emulateMedia does not offer.
 * One protocol session per test page, kept so the emulation lasts until it is switched off.
 *
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('emulate-forced-colors needs Chromium (puppeteer).');
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      const value = payload && typeof payload === 'object' && payload.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}

/**
 * `executeServerCommand('emulate-offline', { offline: true })`: every request the test page makes
 * from then on fails as it does without a connection (`net::ERR_INTERNET_DISCONNECTED`), and
 * `{ offline: false }` lets them through again. For what must keep working once a page has
 * loaded. The runner's own WebSocket is left alone (the DevTools protocol's offline mode would cut
 * it too). Chromium only (puppeteer).
 *
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function offlinePlugin() {
  const cutOff = new Map();
  return {
    name: 'emulate-offline',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-offline') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('emulate-offline needs Chromium (puppeteer).');
      const page = session.browser.getPage(session.id);
      const offline = Boolean(payload && typeof payload === 'object' && payload.offline);
      if (offline && !cutOff.has(session.id)) {
        const refuse = (request) => void request.abort('internetdisconnected').catch(() => {});
        cutOff.set(session.id, refuse);
        await page.setRequestInterception(true);
        page.on('request', refuse);
      } else if (!offline && cutOff.has(session.id)) {
        page.off('request', cutOff.get(session.id));
        cutOff.delete(session.id);
        await page.setRequestInterception(false);
      }
      return true;
    },
  };
}

/**
 * `executeServerCommand('press-keys', { key: 'Tab', times: 12, shift: true })`: holds one key down
 * for that many repeats and lets it go, as real key events (the browser's keyboard input, like
 * sendKeys), so a keyboard walk across a long form costs one command instead of two per key.
 *
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function pressKeysPlugin() {
  return {
    name: 'press-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-keys') return undefined;
      const { key, times, shift } = payload ?? {};
      if (typeof key !== 'string' || !Number.isInteger(times) || times < 0 || times > 1000) throw new Error('press-keys: { key, times (0–1000), shift? }');
      const { keyboard } = session.browser.getPage(session.id);
      if (shift) await keyboard.down('Shift');
      // Held down: the key repeats (keydown with autoRepeat) and is let go once, as a reader holding Tab.
      for (let i = 0; i < times; i++) await keyboard.down(key);
      if (times > 0) await keyboard.up(key);
      if (shift) await keyboard.up('Shift');
      return true;
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  files: ['test/**/*.test.ts', 'packages/*/src/**/*.browser.test.ts', '!test/node/**', '!**/node_modules/**'],
  nodeResolve: { exportConditions: ['source', 'browser', 'import'] },
  // Pages with a strict CSP, failing data URLs and second-copy bundles for test/hostile; the CDN
  // build as a CDN serves it, with and without CORS, for the route tests.
  middleware: [hostileMiddleware, cdnMiddleware],
  plugins: [
    forcedColorsPlugin(),
    offlinePlugin(),
    pressKeysPlugin(),
    listExamplesPlugin(),
    // a11ySnapshot(): the browser's accessibility tree, for tests of what a screen reader is given.
    a11ySnapshotPlugin(),
    hostileCommands(),
    routesCommands(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: join(rootDir, 'tsconfig.base.json'),
    }),
  ],
  browsers: [
    chromeLauncher({
      // One browser context (its own window) per test page: with several pages
      // in one window only the front one gets animation frames, so tests
      // awaiting requestAnimationFrame or ResizeObserver would stall.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: chromePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-dev-shm-usage',
          // Test pages run side by side; background pages must still get frames and timers.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  testRunnerHtml,
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: isCI ? 180_000 : 120_000,
  testFramework: {
    config: { timeout: 5000 },
  },
  reporters: [withoutExpected404s(defaultReporter()), countReporter({ outputFile: resultFile })],
};
