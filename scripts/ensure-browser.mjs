#!/usr/bin/env node
// Browser tests run in the machine's own Chromium; nothing downloads a browser build.
// Finds one (CHROME_PATH, then the usual Debian/Ubuntu paths), after any install .ci/run has
// under way; on Debian as root installs Debian's `chromium` package when none is there; otherwise
// says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { waitForBrowserInstall } from './browser-install.mjs';

await waitForBrowserInstall();

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

const found = candidates.find((path) => existsSync(path));
if (found) {
  console.log(`Browser for tests: ${found}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian’s chromium package …');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'No Chromium found for the browser tests. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
    'or point CHROME_PATH at a Chrome or Chromium binary.',
);
process.exit(1);
