#!/usr/bin/env node
// Runs the Node-side tests with node:test, resolving workspace packages to
// their TypeScript sources (--conditions=source) through tsx.
//
// Files: packages/*/src/**/*.test.ts (beside their code), packages/*/test/**/*.test.ts and
// test/node/**/*.test.ts, except
// *.browser.test.ts (those run in Chromium via web-test-runner).
// Node 20 does not expand globs for --test itself, so the files are listed
// here. Extra arguments are passed on to node (e.g. --test-name-pattern=x).
//
// Totals are written to test-results/node.json for .ci/run.
//
// Files run in parallel on every core: Node 20's default is one core fewer, which on a 2-core
// machine means one file at a time, and most of a file's time is tsx starting up, not its tests.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdirSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForBrowserInstall } from './browser-install.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultFile = join(root, 'test-results', 'node.json');

function walk(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.name.endsWith('.test.ts') && !entry.name.endsWith('.browser.test.ts')) out.push(full);
  }
  return out;
}

const packagesDir = join(root, 'packages');
// test/node first: its files build, bundle and start browsers, and take longest; started last, one
// of them would leave a core idle at the end.
const files = [
  ...walk(join(root, 'test', 'node')).map((f) => relative(root, f)).sort(),
  ...readdirSync(packagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => [...walk(join(packagesDir, d.name, 'src')), ...walk(join(packagesDir, d.name, 'test'))])
    .map((f) => relative(root, f))
    .sort(),
];

mkdirSync(join(root, 'test-results'), { recursive: true });

if (files.length === 0) {
  console.log('No Node test files found.');
  writeFileSync(resultFile, `${JSON.stringify({ runner: 'node:test', passed: 0, failed: 0, skipped: 0, todo: 0, cancelled: 0, failures: [] }, null, 2)}\n`);
  process.exit(0);
}

// Some Node tests drive the machine's Chromium (the React example's run): wait for one being installed.
await waitForBrowserInstall();

const args = [
  '--conditions=source',
  '--import',
  'tsx',
  '--test',
  `--test-concurrency=${availableParallelism()}`,
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/node-count-reporter.mjs',
  `--test-reporter-destination=${relative(root, resultFile)}`,
  ...process.argv.slice(2),
  ...files,
];

const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
if (result.error) {
  console.error(result.error);
  process.exit(1);
}
process.exit(result.status ?? 1);
