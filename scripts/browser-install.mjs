// A Chromium install still under way in the background: `.ci/run` starts Debian's package install
// before `npm ci` so the two overlap, and names in PRAKSIS_BROWSER_INSTALL the file it writes the
// install's exit code to when it ends. The first step that needs the browser waits for that file.
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const LIMIT_MS = 15 * 60 * 1000;

/** Resolves once no background install is pending (at once when none was started). */
export async function waitForBrowserInstall() {
  const statusFile = process.env.PRAKSIS_BROWSER_INSTALL;
  if (!statusFile || existsSync(statusFile)) return;
  console.log('Waiting for the Chromium install that .ci/run started …');
  const end = Date.now() + LIMIT_MS;
  while (!existsSync(statusFile)) {
    if (Date.now() > end) throw new Error(`The Chromium install did not end within ${LIMIT_MS / 60_000} minutes.`);
    await sleep(500);
  }
  const code = readFileSync(statusFile, 'utf8').trim();
  console.log(code === '0' ? 'Chromium installed.' : `The Chromium install failed (exit ${code}).`);
}
