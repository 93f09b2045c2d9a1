// praksis-convert: the same fixtures as the conversion's tests, through the command line's exit
// codes, stdout and stderr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateDocument } from '@praksis/schema';
import { run, type ConvertIo } from '../src/convert/cli.js';
import { xlsxBytes, xlsxWorkbook } from './xlsx-fixture.js';

const dir = fileURLToPath(new URL('fixtures/convert/', import.meta.url));
const NATIONAL = [1893921, 1528351, 863861, 835769, 176464, 74542, 47656];

async function convert(args: string[], files: Record<string, Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ConvertIo = {
    readFile: (path) => files[path] ?? readFileSync(path.startsWith('/') ? path : `${dir}${path}`),
    stdout: (text) => void out.push(text),
    stderr: (line) => void err.push(line),
  };
  const status = await run(args, io);
  return { status, stdout: out.join(''), stderr: err };
}

test('the national referral TSV with its meta: exit 0 and a valid document on stdout', async () => {
  const { status, stdout, stderr } = await convert(['referral-sankey', 'referrals-2022.tsv', '--meta', 'referrals-2022.meta.json']);
  assert.deepEqual(stderr, []);
  assert.equal(status, 0);
  const doc = JSON.parse(stdout) as { links: { value: number }[] };
  assert.deepEqual(validateDocument(doc).issues, []);
  assert.deepEqual(doc.links.map((link) => link.value), NATIONAL);
});

test('XLSX in, the same document out', async () => {
  const names = ['Speciallæge', 'Sygehus', 'Billeddiagnostisk', 'Fysioterapi', 'Psykolog', 'Fodterapi', 'Kommune'];
  const workbook = xlsxBytes([['Henvisningstype', 'Antal'], ...names.map((name, i) => [name, NATIONAL[i]!])]);
  const { status, stdout } = await convert(['referral-sankey', 'henvisninger.xlsx', '--meta', 'referrals-2022.meta.json'], { 'henvisninger.xlsx': workbook });
  assert.equal(status, 0);
  assert.deepEqual((JSON.parse(stdout) as { links: { value: number }[] }).links.map((link) => link.value), NATIONAL);
});

test('--sheet reads another sheet of a workbook, by name or number; a sheet that is not there is exit 2', async () => {
  const names = ['Speciallæge', 'Sygehus', 'Billeddiagnostisk', 'Fysioterapi', 'Psykolog', 'Fodterapi', 'Kommune'];
  const workbook = xlsxWorkbook([
    { name: 'Noter', rows: [['Kilde: BDO 2023, tabel 5.9a']] },
    { name: 'Henvisninger 2022', rows: [['Henvisningstype', 'Antal'], ...names.map((name, i) => [name, NATIONAL[i]!])] },
  ]);
  const files = { 'ark.xlsx': workbook };
  const meta = ['--meta', 'referrals-2022.meta.json'];
  // The first sheet holds no table: the document is invalid, with the problems named.
  assert.equal((await convert(['referral-sankey', 'ark.xlsx', ...meta], files)).status, 1);
  for (const sheet of ['Henvisninger 2022', '2']) {
    const { status, stdout } = await convert(['referral-sankey', 'ark.xlsx', '--sheet', sheet, ...meta], files);
    assert.equal(status, 0, sheet);
    assert.deepEqual((JSON.parse(stdout) as { links: { value: number }[] }).links.map((link) => link.value), NATIONAL);
  }
  const missing = await convert(['referral-sankey', 'ark.xlsx', '--sheet', 'Ark3', ...meta], files);
  assert.equal(missing.status, 2);
  assert.deepEqual(missing.stderr, ['ark.xlsx: no sheet “Ark3” (the sheets: "Noter", "Henvisninger 2022")']);
});

test('a map file names columns by header, letter or index, and the sender', async () => {
  const map = new TextEncoder().encode(JSON.stringify({ columns: { to: 'A', value: 'Antal' }, sender: 'Region Midtjylland' }));
  const { status, stdout } = await convert(['referral-sankey', 'referrals-2022.tsv', '--map', 'map.json', '--meta', 'referrals-2022.meta.json'], { 'map.json': map });
  assert.equal(status, 0);
  assert.equal((JSON.parse(stdout) as { nodes: { label: string }[] }).nodes[0]?.label, 'Region Midtjylland');
  const wrong = new TextEncoder().encode(JSON.stringify({ columns: { to: 'Modtager', value: 'B' } }));
  const bad = await convert(['referral-sankey', 'referrals-2022.tsv', '--map', 'map.json'], { 'map.json': wrong });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr[0]!, /no column "Modtager" for "to"/);
});

test('the capacity and delegation fixtures convert with their meta', async () => {
  for (const [widget, file, meta] of [
    ['capacity-gauge', 'capacity-2017-2022.csv', 'capacity-2017-2022.meta.json'],
    ['delegation-matrix', 'delegation-survey.tsv', 'delegation.meta.json'],
    ['delegation-matrix', 'delegation-staff.csv', 'delegation.meta.json'],
  ]) {
    const { status, stdout, stderr } = await convert([widget!, file!, '--meta', meta!]);
    assert.equal(status, 0, `${file}: ${stderr.join('\n')}`);
    assert.deepEqual(validateDocument(JSON.parse(stdout)).issues, [], file);
  }
});

test('without meta the document is invalid: exit 1, one line per problem, nothing on stdout', async () => {
  const { status, stdout, stderr } = await convert(['referral-sankey', 'referrals-2022.tsv']);
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.deepEqual(stderr, [
    'referrals-2022.tsv: missing required field "title" [/title]',
    'referrals-2022.tsv: missing required field "period" [/period]',
    'referrals-2022.tsv: missing required field "provenance" [/provenance]',
  ]);
});

test('every malformed fixture: exit 1 with the row and column of the input', async () => {
  const cases: [string, string, RegExp][] = [
    ['referral-sankey', 'malformed/ragged.csv', /^malformed\/ragged\.csv: Row 3, column C: the row has 3 cells but the table has 2 columns/],
    ['referral-sankey', 'malformed/text-in-number.csv', /^malformed\/text-in-number\.csv: Row 3, column B \(Antal\): “ca\. 1,5 mio\.” is not a number$/],
    ['referral-sankey', 'malformed/thousands-dot.csv', /^malformed\/thousands-dot\.csv: Row 2, column B \(Count\): “1\.893” was read as a decimal, but the point probably groups thousands/],
    ['referral-sankey', 'malformed/empty-column.csv', /^malformed\/empty-column\.csv: Column B \(Antal\): the column is empty$/],
    ['delegation-matrix', 'malformed/merged-header.csv', /^malformed\/merged-header\.csv: Column C: the column has no heading \(was the heading a merged cell\?\)/],
  ];
  for (const [widget, file, line] of cases) {
    const { status, stdout, stderr } = await convert([widget, file, '--meta', widget === 'delegation-matrix' ? 'delegation.meta.json' : 'referrals-2022.meta.json']);
    assert.equal(status, 1, file);
    assert.equal(stdout, '', file);
    assert.ok(stderr.some((text) => line.test(text)), `${file}:\n${stderr.join('\n')}`);
  }
});

test('Danish messages with --lang da', async () => {
  const { stderr } = await convert(['referral-sankey', 'malformed/text-in-number.csv', '--meta', 'referrals-2022.meta.json', '--lang', 'da']);
  assert.deepEqual(stderr, ['malformed/text-in-number.csv: Række 3, kolonne B (Antal): »ca. 1,5 mio.« er ikke et tal']);
});

test('input that cannot be read, and bad usage: exit 2', async () => {
  const pdf = await convert(['referral-sankey', 'malformed/not-a-spreadsheet.pdf']);
  assert.equal(pdf.status, 2);
  assert.deepEqual(pdf.stderr, ['malformed/not-a-spreadsheet.pdf: the file is not a spreadsheet (CSV, TSV or XLSX)']);
  assert.equal((await convert(['referral-sankey', 'no-such-file.csv'])).status, 2);
  assert.equal((await convert(['hours-badge', 'referrals-2022.tsv'])).status, 2);
  assert.equal((await convert(['referral-sankey'])).status, 2);
  assert.equal((await convert(['referral-sankey', 'referrals-2022.tsv', '--meta', 'referrals-2022.tsv'])).status, 2);
  const notObject = await convert(['referral-sankey', 'referrals-2022.tsv', '--meta', 'm.json'], { 'm.json': new TextEncoder().encode('[1]') });
  assert.equal(notObject.status, 2);
});
