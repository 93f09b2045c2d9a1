#!/usr/bin/env node
// `npm run test:firefox` runs the browser tests in the machine's Firefox ESR and installs nothing:
// this stops it early, saying what to install, when there is no Firefox (FIREFOX_PATH, else
// /usr/bin/firefox-esr) or one too old for it.
//
// Firefox 153 ESR is what the run is made for. 140 ESR cannot run it: puppeteer-core sends a
// WebDriver BiDi command with every viewport that 140 does not know
// (emulation.setScreenOrientationOverride), and 140 opens no privileged scope to WebDriver BiDi,
// which web-test-runner.firefox.config.mjs needs for media emulation and the accessibility tree.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const MIN_MAJOR = 153;
const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const install =
  'Install Debian’s Firefox ESR (`sudo apt-get install firefox-esr`; 153 ESR comes from the security updates), ' +
  `or point FIREFOX_PATH at a Firefox ${MIN_MAJOR} or later.`;

if (!existsSync(path)) {
  console.error(`No Firefox at ${path}: the Firefox browser tests need one, and nothing here installs it.\n${install}`);
  process.exit(1);
}
let version = '';
try {
  version = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
} catch (error) {
  console.error(`${path} --version failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const major = Number(/(\d+)\.\d+/.exec(version)?.[1]);
if (!(major >= MIN_MAJOR)) {
  console.error(`${path} is ${version || 'of unknown version'}; the Firefox browser tests need Firefox ${MIN_MAJOR} or later.\n${install}`);
  process.exit(1);
}
console.log(`Browser for the Firefox tests: ${path} (${version})`);
