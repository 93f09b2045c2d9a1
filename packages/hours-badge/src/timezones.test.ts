/**
 * Runs the view-model tests again with other TZ values: every text the badge shows must be the
 * same for a reader in Los Angeles or on Kiritimati as in Copenhagen.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SUITE = fileURLToPath(new URL('model.test.ts', import.meta.url));
const ZONES = ['America/Los_Angeles', 'Pacific/Kiritimati'];

for (const tz of ZONES) {
  test(`badge texts are the same with TZ=${tz}`, async () => {
    // Without NODE_TEST_CONTEXT, which would make the inner runner report to the outer one and exit 0.
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=dot', SUITE],
        { env: { ...env, TZ: tz } },
        (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    assert.equal(code, 0, output);
  });
}
