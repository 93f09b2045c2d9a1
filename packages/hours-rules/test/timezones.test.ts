/**
 * Runs the time-dependent suites again in processes with other TZ values, so a stray use of the
 * process time zone (Date#getHours, new Date(y, m, d)) fails CI wherever CI runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const SUITES = ['copenhagen.test.ts', 'holidays.test.ts', 'now.test.ts', 'evaluate.test.ts'].map(here);
// West of UTC with its own DST dates, far east, UTC itself, and +14 (the date differs from Copenhagen's most of the day).
const ZONES = ['America/Los_Angeles', 'Asia/Tokyo', 'UTC', 'Pacific/Kiritimati'];

function runIn(tz: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    // Without NODE_TEST_CONTEXT: set by the outer runner, it would make the inner one report
    // to the outer stream and exit 0 whatever happened.
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    execFile(process.execPath, args, { env: { ...env, TZ: tz } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

for (const tz of ZONES) {
  test(`time suites pass with TZ=${tz}`, async () => {
    const probe = await runIn(tz, ['-p', 'Intl.DateTimeFormat().resolvedOptions().timeZone']);
    assert.equal(probe.output.trim(), tz === 'UTC' ? 'UTC' : tz, 'the child really runs in that zone');
    // The suites in one process (each file in its own, as --test runs them, would start tsx four times).
    const { code, output } = await runIn(tz, [
      '--conditions=source',
      '--import',
      'tsx',
      '--test-reporter=dot',
      '--input-type=module',
      '--eval',
      SUITES.map((file) => `import ${JSON.stringify(pathToFileURL(file).href)};`).join('\n'),
    ]);
    assert.equal(code, 0, output);
  });
}
