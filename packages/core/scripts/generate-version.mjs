#!/usr/bin/env node
// Writes src/generated/version.ts from this package's package.json, so VERSION (which the widgets
// name when two copies of the library meet on one page) is the version that was published.
// A module rather than a bundler replacement: the same file serves the tsc-built npm dist, the
// CDN bundles and every test that runs from source (tsx, web-test-runner, Storybook).
// Run by `npm run generate` and before every `npm run build:types`; `--out DIR` writes into DIR
// instead. test/node/versions.test.ts fails when the file is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const VERSION_FILE = 'packages/core/src/generated/version.ts';

export function versionModule(version) {
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`not a release version: ${version}`);
  return (
    '// Generated from packages/core/package.json by `npm run generate`. Do not edit.\n\n' +
    `/** The library version, as in every @praksis/* package.json. */\nexport const VERSION = ${JSON.stringify(version)};\n`
  );
}

export function generateVersion(outDir = null) {
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const target = outDir ? join(outDir, VERSION_FILE) : join(packageDir, 'src/generated/version.ts');
  const text = versionModule(version);
  let current = null;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // not written yet
  }
  // Unchanged files are left alone, so tsc -b sees nothing new.
  if (current !== text) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return version;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const version = generateVersion(at > 0 ? resolve(process.argv[at + 1]) : null);
  console.log(`version: ${VERSION_FILE} says ${version}`);
}
