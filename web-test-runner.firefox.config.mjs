// @web/test-runner: the same browser tests in Firefox ESR (`npm run test:firefox`).
//
// Files, server middleware, plugins and timeouts come from web-test-runner.config.mjs; only the
// browser differs. Firefox is Debian's `firefox-esr` (FIREFOX_PATH, else /usr/bin/firefox-esr),
// driven over WebDriver BiDi by the puppeteer-core that @web/test-runner-chrome brings, through
// that package's launcher, one Firefox process per test page (see firefoxLauncher). Nothing
// installs or downloads a browser: without Firefox this config stops with a message.
//
// Puppeteer implements some page features only over the DevTools protocol, which Firefox does not
// speak. Those the tests use are done here instead, in Firefox's own terms (see firefoxPage):
// - emulateMedia (colour scheme, reduced motion, print/screen) and `emulate-forced-colors`: the
//   per-tab overrides of Firefox's BrowsingContext (the ones its DevTools simulations use);
// - a11ySnapshot(): Firefox's accessibility tree, read in the parent process. Roles are Firefox's
//   names ("rowheader", "columnheader", "cell", "pushbutton", "text leaf", …) and the tree is not
//   pruned to "interesting" nodes as Chromium's snapshot is;
// - sendKeys({ press: 'Space' }): puppeteer's BiDi keyboard knows that key only as " ".
// The overrides and the accessibility tree are reached in Firefox's privileged (chrome) scope,
// which WebDriver BiDi opens only when Firefox starts with --remote-allow-system-access.
//
// Chromium only, skipped in Firefox with the reason in the test: the heap, DOM node and listener
// figures of test/hostile/many-widgets.test.ts (V8's heap and the DevTools protocol's counters;
// this config has no `hostile-metrics` command).
//
// Totals are written to test-results/browser-firefox.json (test-results/browser.json stays Chromium's).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import baseConfig, { countReporter, withoutExpected404s } from './web-test-runner.config.mjs';

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefoxPath)) {
  // `npm run test:firefox` says so before it builds (scripts/check-firefox.mjs); this is for a direct run.
  console.error(
    `No Firefox at ${firefoxPath}: install Debian's Firefox ESR (\`sudo apt-get install firefox-esr\`) ` +
      'or point FIREFOX_PATH at a Firefox 153 or later.',
  );
  process.exit(1);
}

/** Firefox's privileged scope: one top-level chrome window's context, found once per browser. */
const chromeContexts = new WeakMap();

/** The WebDriver BiDi session and browsing-context id behind a puppeteer page (puppeteer's BiDi classes). */
function bidiOf(page) {
  const context = page.mainFrame().browsingContext;
  const session = context?.userContext?.browser?.session;
  if (!context?.id || typeof session?.send !== 'function') {
    throw new Error('Cannot reach the WebDriver BiDi session of this page (has puppeteer-core changed its internals?).');
  }
  return { session, id: context.id };
}

/**
 * Runs `body` (a function body; `tab` is the page's BrowsingContext) in Firefox's privileged scope
 * and returns its result, which must be JSON.
 */
async function inChrome(page, body) {
  const { session, id } = bidiOf(page);
  let chromeContext = chromeContexts.get(session);
  if (!chromeContext) {
    const { result } = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    chromeContext = result.contexts[0]?.context;
    if (!chromeContext) throw new Error('Firefox shows no chrome window to work in.');
    chromeContexts.set(session, chromeContext);
  }
  const expression = `(async () => {
    const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
    const tab = NavigableManager.getBrowsingContextById(${JSON.stringify(id)})?.top;
    if (!tab) throw new Error('no browsing context ${id}');
    return JSON.stringify(await (async () => { ${body} })() ?? null);
  })()`;
  const { result } = await session.send('script.evaluate', {
    expression,
    target: { context: chromeContext },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type !== 'success') throw new Error(`Firefox (chrome scope): ${result.exceptionDetails?.text ?? 'failed'}`);
  return JSON.parse(result.result.value);
}

/** Sets BrowsingContext overrides on the page's tab: { prefersColorSchemeOverride: 'dark', … }. */
function override(page, values) {
  return inChrome(page, `Object.assign(tab, ${JSON.stringify(values)});`);
}

/**
 * Firefox's accessibility tree of the page as { role, name, children }. The parent process mirrors
 * each content document's tree once the accessibility service runs, and follows the page's changes
 * a little later: the first call starts the service, and every call waits until the document is no
 * longer busy and two readings 50 ms apart agree.
 */
function accessibilityTree(page) {
  return inChrome(
    page,
    `const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
    const walk = (acc) => {
      const node = { role: service.getStringRole(acc.role), name: acc.name ?? '' };
      const children = [];
      for (let child = acc.firstChild; child; child = child.nextSibling) children.push(walk(child));
      if (children.length > 0) node.children = children;
      return node;
    };
    const busy = (acc) => {
      const state = {};
      acc.getState(state, {});
      return (state.value & Ci.nsIAccessibleStates.STATE_BUSY) !== 0;
    };
    let previous;
    for (let i = 0; i < 100; i++) {
      const doc = service.getAccessibleFor(tab.embedderElement)?.firstChild;
      if (doc && !busy(doc)) {
        const tree = walk(doc);
        const text = JSON.stringify(tree);
        if (text === previous) return tree;
        previous = text;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the accessibility tree did not settle within 5 s');`,
  );
}

/**
 * Gives a puppeteer page the media emulation and accessibility snapshot that @web/test-runner's
 * emulateMedia and a11ySnapshot commands call, done in Firefox's terms instead of the DevTools
 * protocol, and the key name "Space" for sendKeys. Like Chromium's emulation, the overrides stay
 * with the page until changed.
 */
function firefoxPage(page) {
  // As puppeteer does over the DevTools protocol, each call replaces the whole set: a feature
  // left out is no longer emulated.
  page.emulateMediaFeatures = async (features) => {
    const values = { prefersColorSchemeOverride: 'none', prefersReducedMotionOverride: 'none' };
    for (const { name, value } of features ?? []) {
      if (name === 'prefers-color-scheme') values.prefersColorSchemeOverride = value === 'light' || value === 'dark' ? value : 'none';
      else if (name === 'prefers-reduced-motion') values.prefersReducedMotionOverride = value === 'reduce' || value === 'no-preference' ? value : 'none';
      else throw new Error(`Firefox tests cannot emulate the media feature ${name}.`);
    }
    await override(page, values);
  };
  page.emulateMediaType = (type) => override(page, { mediumOverride: type ?? '' });
  // Puppeteer's WebDriver BiDi keyboard does not know the key name "Space" (its DevTools keyboard
  // does); the key is " " there.
  for (const method of ['down', 'up', 'press']) {
    const original = page.keyboard[method].bind(page.keyboard);
    page.keyboard[method] = (key, options) => original(key === 'Space' ? ' ' : key, options);
  }
  Object.defineProperty(page, 'accessibility', {
    configurable: true,
    value: { snapshot: () => accessibilityTree(page) },
  });
  return page;
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })` in Firefox (the main config's plugin
 * does it over the DevTools protocol). Listed before the main config's plugins so it answers first.
 *
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function firefoxForcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors-firefox',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const active = Boolean(payload && typeof payload === 'object' && payload.active);
      await override(session.browser.getPage(session.id), { forcedColorsOverride: active ? 'active' : 'none' });
      return true;
    },
  };
}

const launchOptions = {
  browser: 'firefox',
  executablePath: firefoxPath,
  headless: true,
  args: ['--remote-allow-system-access'],
  extraPrefsFirefox: {
    // The parent process's accessibility tree holds every property at once (a11ySnapshot).
    'accessibility.enable_all_cache_domains': true,
  },
};

/**
 * The launcher of @web/test-runner-chrome with Firefox in it, one Firefox process per test page.
 * Firefox has one focused window per process and fires no focus events in the others, so two
 * pages side by side in one Firefox would break every keyboard and focus test in one of them. The
 * pages are kept and reused, so there are as many processes as the config's concurrency: the
 * others start with the first page, and no page opens before all are up (a starting Firefox takes
 * a core for seconds, and the first tests ran over their time limit meanwhile).
 * Each page gets a browser context and a window of its own, as in the main config.
 */
function firefoxLauncher() {
  const used = new WeakSet();
  const extra = new Set();
  const launch = async () => {
    const browser = await puppeteerCore.launch(launchOptions);
    extra.add(browser);
    return browser;
  };
  let others;
  const launcher = chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions,
    createPage: async ({ config, browser }) => {
      others ??= Promise.all(Array.from({ length: Math.max(0, (config.concurrency ?? 1) - 1) }, launch));
      const started = await others;
      const target = used.has(browser) ? (started.find((other) => !used.has(other)) ?? (await launch())) : browser;
      used.add(target);
      return firefoxPage(await (await target.createBrowserContext()).newPage({ type: 'window' }));
    },
  });
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    await Promise.all([stop(), ...[...extra].map((browser) => (browser.connected ? browser.close() : undefined))]);
    extra.clear();
  };
  return launcher;
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...baseConfig,
  plugins: [firefoxForcedColorsPlugin(), ...baseConfig.plugins],
  browsers: [firefoxLauncher()],
  reporters: [withoutExpected404s(defaultReporter()), countReporter({ outputFile: join(baseConfig.rootDir, 'test-results', 'browser-firefox.json') })],
};
