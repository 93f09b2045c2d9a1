import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { run, type CliIo } from '../src/cli.js';
import { packageDir, repoDir } from './helpers.js';

const VALID = readFileSync(join(packageDir, 'examples/capacity/valid/practice-minimal.json'), 'utf8');
const MISSING_NORM = readFileSync(join(packageDir, 'examples/capacity/invalid/missing-norm.json'), 'utf8');
const TWO_PROBLEMS = JSON.stringify({ ...(JSON.parse(VALID) as object), listedPatients: -1, extra: true });

/** An in-memory file system and captured output. */
function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    stdout: (line) => void out.push(line),
    stderr: (line) => void err.push(line),
  };
  return { io, out, err };
}

describe('praksis-validate run()', () => {
  test('no arguments: usage on stderr, exit 2', () => {
    const { io, out, err } = fakeIo({});
    assert.equal(run([], io), 2);
    assert.deepEqual(out, []);
    assert.match(err[0] ?? '', /^Usage: praksis-validate \[--lang en\|da\] FILE\.\.\.$/);
  });

  test('--help: usage on stdout, exit 0', () => {
    const { io, out } = fakeIo({});
    assert.equal(run(['--help'], io), 0);
    assert.match(out[0] ?? '', /^Usage:/);
  });

  test('all valid: "file: ok", exit 0', () => {
    const { io, out, err } = fakeIo({ 'a.json': VALID, 'b.json': VALID });
    assert.equal(run(['a.json', 'b.json'], io), 0);
    assert.deepEqual(out, ['a.json: ok', 'b.json: ok']);
    assert.deepEqual(err, []);
  });

  test('invalid: one line per problem, English by default, exit 1', () => {
    const { io, out } = fakeIo({ 'a.json': VALID, 'bad.json': TWO_PROBLEMS });
    assert.equal(run(['a.json', 'bad.json'], io), 1);
    assert.deepEqual(out, ['a.json: ok', 'bad.json: /listedPatients must be at least 0', 'bad.json: /extra unknown field "extra"']);
  });

  test('--lang da (and --lang=da) gives Danish', () => {
    for (const args of [['--lang', 'da', 'n.json'], ['--lang=da', 'n.json'], ['n.json', '--lang', 'da']]) {
      const { io, out } = fakeIo({ 'n.json': MISSING_NORM });
      assert.equal(run(args, io), 1);
      assert.deepEqual(out, ['n.json: /norm mangler påkrævet felt «norm»']);
    }
  });

  test('bad options exit 2', () => {
    assert.equal(run(['--lang', 'fr', 'a.json'], fakeIo({ 'a.json': VALID }).io), 2);
    assert.equal(run(['--lang'], fakeIo({}).io), 2);
    const { io, err } = fakeIo({});
    assert.equal(run(['--verbose', 'a.json'], io), 2);
    assert.equal(err[0], 'praksis-validate: unknown option --verbose');
  });

  test('-- ends options', () => {
    const { io, out } = fakeIo({ '--lang': VALID });
    assert.equal(run(['--', '--lang'], io), 0);
    assert.deepEqual(out, ['--lang: ok']);
  });

  test('the whole document wrong: "(root)"', () => {
    const { io, out } = fakeIo({ 'list.json': '[]' });
    assert.equal(run(['list.json'], io), 1);
    assert.deepEqual(out, ['list.json: (root) must be a JSON object']);
  });

  test('unknown $schema', () => {
    const { io, out } = fakeIo({ 'x.json': '{"$schema": "https://example.org/x.json"}' });
    assert.equal(run(['x.json'], io), 1);
    assert.match(out[0] ?? '', /^x\.json: \/\$schema unknown \$schema; use one of: https:\/\/praksis-widgets\.dk\/schema\/v1\/capacity\.schema\.json/);
  });

  test('unparsable JSON: line:column and why, in our words, exit 2', () => {
    const { io, err } = fakeIo({ 'p.json': '{\n  "a": 1\n  "b": 2\n}', 't.json': '{\n  "a": tru\n}', 'e.json': '{\n  "a": ' });
    assert.equal(run(['p.json', 't.json', 'e.json'], io), 2);
    assert.deepEqual(err, [
      `p.json: invalid JSON at 3:3: expected "," or "}" but found '"'`,
      't.json: invalid JSON at 2:11: expected "true" but found the invisible character U+000A',
      'e.json: invalid JSON at 2:8: expected a JSON value but found the end of the text',
    ]);
    const da = fakeIo({ 'da.json': '{,}' });
    assert.equal(run(['--lang', 'da', 'da.json'], da.io), 2);
    assert.deepEqual(da.err, ['da.json: ugyldig JSON ved 1:2: forventede et feltnavn i dobbelte anførselstegn, men fandt «,»']);
  });

  test('an invisible character is named by its code point, never printed raw', () => {
    const { io, err } = fakeIo({ 'z.json': `${VALID.trimEnd()}\u200B\n`, 'b.json': `\uFEFF\uFEFF${VALID}` });
    assert.equal(run(['z.json', 'b.json'], io), 2);
    assert.match(err[0] ?? '', /found the invisible character U\+200B$/);
    assert.equal(err[1], 'b.json: invalid JSON at 1:1: expected a JSON value but found the invisible character U+FEFF');
    assert.ok(err.every((line) => !/[\u200B\uFEFF]/.test(line)));
  });

  test('a byte-order mark is fine', () => {
    const { io, out } = fakeIo({ 'bom.json': `\uFEFF${VALID}` });
    assert.equal(run(['bom.json'], io), 0);
    assert.deepEqual(out, ['bom.json: ok']);
  });

  test('a key given twice: a problem at its pointer with both places, exit 1', () => {
    const twice = VALID.replace('"listedPatients"', '"listedPatients": 1, "listedPatients"');
    const { io, out } = fakeIo({ 'd.json': twice });
    assert.equal(run(['d.json'], io), 1);
    assert.equal(out.length, 1);
    assert.match(out[0] ?? '', /^d\.json: \/listedPatients is given twice in the same object, at \d+:\d+ and at \d+:\d+; give each field once$/);
  });

  test('nesting 10,000 levels deep: one problem at its pointer, and the files after it are still checked', () => {
    const deep = VALID.replace('"fictional": true', `"fictional": ${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    assert.notEqual(deep, VALID);
    const { io, out } = fakeIo({ 'deep.json': deep, 'a.json': VALID });
    assert.equal(run(['deep.json', 'a.json'], io), 1);
    assert.match(out[0] ?? '', /^deep\.json: \/provenance\/fictional(\/0){30} is nested too deeply: more than 32 levels \(at \d+:\d+\)$/);
    assert.deepEqual(out.slice(1), ['a.json: ok']);
  });

  test('unreadable file: exit 2', () => {
    const { io, err } = fakeIo({});
    assert.equal(run(['missing.json'], io), 2);
    assert.deepEqual(err, ['missing.json: cannot be read: no such file']);
  });

  test('exit 2 wins over exit 1, and every file is still checked', () => {
    const { io, out, err } = fakeIo({ 'n.json': MISSING_NORM, 'p.json': '{' });
    assert.equal(run(['p.json', 'n.json', 'gone.json'], io), 2);
    assert.deepEqual(out, ['n.json: /norm missing required field "norm"']);
    assert.equal(err.length, 2);
  });
});

describe('bin/praksis-validate.js', () => {
  let dir = '';
  before(() => {
    // The shim runs the built dist/cli.js, so build first.
    execFileSync(process.execPath, [join(repoDir, 'node_modules/typescript/bin/tsc'), '-b', packageDir], { cwd: repoDir });
    dir = mkdtempSync(join(tmpdir(), 'praksis-cli-'));
    writeFileSync(join(dir, 'bad.json'), '{\n  "$schema": 1,\n}');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const bin = join(packageDir, 'bin/praksis-validate.js');
  const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: packageDir });

  test('exit 0 for valid files', () => {
    const result = cli('examples/capacity/valid/practice-minimal.json', 'examples/accessibility-declaration/valid/meets-all.json');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, 'examples/capacity/valid/practice-minimal.json: ok\nexamples/accessibility-declaration/valid/meets-all.json: ok\n');
  });

  test('exit 1 for an invalid file, Danish on request', () => {
    const result = cli('--lang', 'da', 'examples/capacity/invalid/zero-capacities.json');
    assert.equal(result.status, 1);
    assert.equal(result.stdout, 'examples/capacity/invalid/zero-capacities.json: /capacities skal være mindst 0,01\n');
  });

  test('exit 2 for unparsable JSON and for no arguments', () => {
    const result = cli(join(dir, 'bad.json'));
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `${join(dir, 'bad.json')}: invalid JSON at 2:15: a comma must not come right before "}"\n`);
    const usage = cli();
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /^Usage: praksis-validate/);
  });
});
