// The @praksis/* packages are released together at one version (.changeset/config.json): every
// package.json says the same version, every dependency of one on another names exactly that
// version, the lockfile agrees, and VERSION in @praksis/core (which a widget names when two copies
// of the library meet on a page) is generated from it. Each release has its CHANGELOG sections.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../../packages/core/src/version.js';
// @ts-expect-error a plain .mjs script without types
import { generateVersion, VERSION_FILE } from '../../packages/core/scripts/generate-version.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface PackageJson {
  name: string;
  version: string;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const workspaces = readJson<PackageJson>('package.json').workspaces ?? [];
const packages = workspaces.map((dir) => ({ dir, json: readJson<PackageJson>(`${dir}/package.json`) }));
const core = packages.find((p) => p.json.name === '@praksis/core')!;

test('all eight packages have one version', () => {
  assert.equal(packages.length, 8);
  const versions = Object.fromEntries(packages.map((p) => [p.json.name, p.json.version]));
  assert.deepEqual(versions, Object.fromEntries(packages.map((p) => [p.json.name, core.json.version])));
});

test('VERSION is the packages’ version', () => {
  for (const { json } of packages) assert.equal(json.version, VERSION, `${json.name} ${json.version}, VERSION ${VERSION}`);
});

test('the generated version module is what package.json gives (run npm run generate)', () => {
  const out = mkdtempSync(join(tmpdir(), 'praksis-version-'));
  try {
    (generateVersion as (dir: string) => string)(out);
    assert.equal(readFileSync(join(out, VERSION_FILE as string), 'utf8'), readFileSync(join(root, VERSION_FILE as string), 'utf8'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('a package that depends on another names exactly its version', () => {
  const names = new Set(packages.map((p) => p.json.name));
  let checked = 0;
  for (const { json } of packages) {
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const) {
      for (const [name, range] of Object.entries(json[field] ?? {})) {
        if (!name.startsWith('@praksis/')) continue;
        assert.ok(names.has(name), `${json.name} ${field}: ${name} is not a package of this repository`);
        assert.equal(range, core.json.version, `${json.name} ${field}: "${name}": "${range}"`);
        checked += 1;
      }
    }
  }
  assert.ok(checked >= 15, `only ${checked} dependencies between packages found`);
});

test('the lockfile has each package at its version (npm install after a version change)', () => {
  const lock = readJson<{ packages: Record<string, { version?: string; dependencies?: Record<string, string> }> }>('package-lock.json');
  for (const { dir, json } of packages) {
    const entry = lock.packages[dir];
    assert.ok(entry, `package-lock.json has ${dir}`);
    assert.equal(entry.version, json.version, `package-lock.json: ${dir}`);
    assert.deepEqual(entry.dependencies ?? {}, json.dependencies ?? {}, `package-lock.json: ${dir} dependencies`);
  }
});

test('changesets releases all eight packages as one fixed group', () => {
  const config = readJson<{ fixed: string[][]; linked: string[][]; access: string; ignore: string[] }>('.changeset/config.json');
  assert.equal(config.fixed.length, 1, 'one fixed group');
  assert.deepEqual([...config.fixed[0]!].sort(), packages.map((p) => p.json.name).sort());
  assert.deepEqual(config.linked, []);
  assert.deepEqual(config.ignore, []);
  assert.equal(config.access, 'public', 'scoped packages are published publicly');
});

test('the root CHANGELOG.md and each package’s have a section for the current version', () => {
  const heading = new RegExp(`^## ${core.json.version.replace(/\./g, '\\.')}$`, 'm');
  assert.match(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), heading, 'CHANGELOG.md');
  for (const { dir, json } of packages) {
    const text = readFileSync(join(root, dir, 'CHANGELOG.md'), 'utf8');
    assert.ok(text.startsWith(`# ${json.name}\n`), `${dir}/CHANGELOG.md starts with the package name, as changesets writes it`);
    assert.match(text, heading, `${dir}/CHANGELOG.md`);
  }
});
