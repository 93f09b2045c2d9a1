// The generated files (schema modules, types, docs) must be what `npm run generate` writes now.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { packageDir, repoDir } from './helpers.js';

const script = join(packageDir, 'scripts', 'generate.mjs');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('generated files are up to date', () => {
  let out = '';
  let again = '';
  before(() => {
    out = mkdtempSync(join(tmpdir(), 'praksis-generate-'));
    again = mkdtempSync(join(tmpdir(), 'praksis-generate-'));
    // From another working directory, to show the script does not depend on it.
    execFileSync(process.execPath, [script, '--out', out], { cwd: tmpdir() });
    execFileSync(process.execPath, [script, '--out', again], { cwd: repoDir });
  });
  after(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(again, { recursive: true, force: true });
  });

  test('it writes the expected set of files', () => {
    const files = listFiles(out);
    for (const expected of [
      'packages/schema/src/generated/capacity.schema.ts',
      'packages/schema/src/generated/provenance.schema.ts',
      'packages/schema/src/generated/types.ts',
      'docs/schema/README.md',
      'docs/schema/capacity.md',
      'docs/schema/provenance.md',
    ]) {
      assert.ok(files.includes(expected), `${expected} missing from ${files.join(', ')}`);
    }
  });

  test('output is deterministic', () => {
    const files = listFiles(out);
    assert.deepEqual(listFiles(again), files);
    for (const file of files) assert.equal(readFileSync(join(again, file), 'utf8'), readFileSync(join(out, file), 'utf8'), file);
  });

  test('committed files match (run npm run generate)', () => {
    for (const file of listFiles(out)) {
      const committed = (() => {
        try {
          return readFileSync(join(repoDir, file), 'utf8');
        } catch {
          return undefined;
        }
      })();
      assert.ok(committed !== undefined, `${file} is missing: run npm run generate`);
      assert.ok(committed === readFileSync(join(out, file), 'utf8'), `${file} is out of date: run npm run generate`);
    }
  });

  test('no stale generated files (run npm run generate)', () => {
    for (const dir of ['packages/schema/src/generated', 'docs/schema']) {
      const expected = listFiles(join(out, dir));
      assert.deepEqual(listFiles(join(repoDir, dir)), expected, `${dir} has files the generator no longer writes`);
    }
  });

  test('generated schema modules are compact: no prose, no annotations, refs resolved', () => {
    const capacity = readFileSync(join(out, 'packages/schema/src/generated/capacity.schema.ts'), 'utf8');
    // An annotation's value is a string (or the examples' array); a property named "description" is data.
    assert.doesNotMatch(capacity, /"(title|description|\$comment)":"|"examples":\[/);
    assert.doesNotMatch(capacity, /"\$(id|defs)":|"\$ref":"/, 'no annotations, every $ref resolved');
    assert.match(capacity, /export const SCHEMA_ID = "https:\/\/praksis-widgets.dk\/schema\/v1\/capacity.schema.json";/);
  });
});

describe('the generator checks the schemas', () => {
  /** Runs the generator on one schema; returns its exit status and error output. */
  function generateFrom(schema: object): { status: number | null; stderr: string } {
    const dir = mkdtempSync(join(tmpdir(), 'praksis-schemas-'));
    try {
      writeFileSync(join(dir, 'bad.schema.json'), JSON.stringify({ $id: 'https://example.test/bad.schema.json', ...schema }));
      const result = spawnSync(process.execPath, [script, '--schemas', dir, '--out', join(dir, 'out')], { encoding: 'utf8' });
      return { status: result.status, stderr: result.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('an unsupported keyword stops it, naming the place', () => {
    const { status, stderr } = generateFrom({ properties: { email: { type: 'string', format: 'email' } } });
    assert.notEqual(status, 0);
    assert.match(stderr, /Schema https:\/\/example\.test\/bad\.schema\.json#\/properties\/email: unsupported keyword "format"/);
  });

  test('so does a $ref that does not resolve', () => {
    const { status, stderr } = generateFrom({ properties: { a: { $ref: '#/$defs/missing' } } });
    assert.notEqual(status, 0);
    assert.match(stderr, /does not point at a schema/);
  });

  test('a supported schema goes through', () => {
    assert.equal(generateFrom({ type: 'object', properties: { a: { type: 'string' } } }).status, 0);
  });
});
