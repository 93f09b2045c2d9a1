#!/usr/bin/env node
// One package's tests alone: `npm run test:widget -- referral-sankey` runs the Node tests of
// packages/referral-sankey (src/**/*.test.ts and test/**/*.test.ts, not *.browser.test.ts) and then
// its browser tests (src/**/*.browser.test.ts) in Chromium. Quicker than `npm test` while working on
// one widget; it does not build the CDN files, which only the tests in test/ read. Exit code 1 when
// anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const name = process.argv[2];
const packages = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
if (!name || !packages.includes(name)) {
  console.error(`Usage: npm run test:widget -- <package>\nPackages: ${packages.join(', ')}`);
  process.exit(2);
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : entry.name.endsWith('.test.ts') ? [relative(root, full)] : [];
  });
}

const dir = join(root, 'packages', name);
const files = [...walk(join(dir, 'src')), ...walk(join(dir, 'test'))].sort();
const nodeFiles = files.filter((f) => !f.endsWith('.browser.test.ts'));
const browserFiles = files.filter((f) => f.endsWith('.browser.test.ts'));
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

let failed = 0;
if (nodeFiles.length) {
  console.log(`\n==> Node tests of ${name} (${nodeFiles.length} files)`);
  failed += run(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', ...nodeFiles]) === 0 ? 0 : 1;
}
if (browserFiles.length) {
  console.log(`\n==> Browser tests of ${name} (${browserFiles.length} files)`);
  failed += run(process.execPath, ['scripts/ensure-browser.mjs']) === 0 ? 0 : 1;
  failed += run('npx', ['web-test-runner', ...browserFiles.flatMap((f) => ['--files', f])]) === 0 ? 0 : 1;
}
process.exit(failed ? 1 : 0);
