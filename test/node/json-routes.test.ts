// The command-line routes read JSON text alike (parseJsonText in @praksis/schema): praksis-validate,
// praksis-hours check and praksis-embed page give the same line:column and words for text that is
// not JSON, take a byte-order mark, and report a key given twice at its pointer.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { run as validate } from '@praksis/schema/cli.js';
import { run as hours } from '@praksis/hours-rules/cli.js';
import { run as embed } from '@praksis/widgets/embed/cli.js';

const root = new URL('../../', import.meta.url);
const declaration = readFileSync(new URL('packages/schema/examples/accessibility-declaration/valid/meets-all.json', root), 'utf8');

/** Every line each route writes for one file holding `text`. */
async function routes(text: string): Promise<Record<'validate' | 'hours' | 'embed', string[]>> {
  const lines = { validate: [] as string[], hours: [] as string[], embed: [] as string[] };
  const readFile = (path: string) => {
    if (path !== 'd.json') throw new Error(`no ${path}`);
    return text;
  };
  validate(['d.json'], { readFile, stdout: (l) => void lines.validate.push(l), stderr: (l) => void lines.validate.push(l) });
  let out = '';
  await hours(['check', '--lang', 'en', '--at', '2026-03-04T10:00:00+01:00', 'd.json'], {
    readFile: (path) => new Promise((resolve) => resolve(readFile(path))),
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    now: () => Date.parse('2026-03-04T09:00:00Z'),
  });
  lines.hours = out.split('\n').filter(Boolean);
  await embed(['page', 'd.json', '--lang', 'en'], {
    readFile,
    writeFile: () => undefined,
    stdout: () => undefined,
    stderr: (l) => void lines.embed.push(l),
  });
  return lines;
}

test('text that is not JSON: the same line:column and words on every route, invisible characters by code point', async () => {
  const broken = declaration.replace('"practice": {', '"practice": {\u200B');
  const said = 'invalid JSON at 3:16: expected a field name in double quotes but found the invisible character U+200B';
  const lines = await routes(broken);
  assert.deepEqual(lines.validate, [`d.json: ${said}`]);
  assert.ok(lines.hours.some((l) => l.endsWith(said)), lines.hours.join('\n'));
  assert.deepEqual(lines.embed, [`d.json: ${said}`]);
  for (const line of Object.values(lines).flat()) assert.doesNotMatch(line, /\u200B/);
});

test('a byte-order mark is fine on every route', async () => {
  const lines = await routes(`\uFEFF${declaration}`);
  assert.deepEqual(lines.validate, ['d.json: ok']);
  assert.ok(!lines.hours.some((l) => /invalid|ugyldig/i.test(l)), lines.hours.join('\n'));
  assert.deepEqual(lines.embed, []);
});

test('a key given twice: its pointer and both places on every route', async () => {
  const twice = declaration.replace('"lastVerified":', '"lastVerified": "2026-01-01",\n  "lastVerified":');
  const said = /\/lastVerified +is given twice in the same object, at \d+:3 and at \d+:3; give each field once$/;
  const lines = await routes(twice);
  for (const [route, written] of Object.entries(lines)) assert.ok(written.some((l) => said.test(l)), `${route}: ${written.join('\n')}`);
});
