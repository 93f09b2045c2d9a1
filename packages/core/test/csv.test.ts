import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, csvNumber, toCsv, type DataTable } from '../src/csv.js';
import { fileName } from '../src/file-name.js';
import { parseCsv } from '../../../test/read-csv.js';

const BOM = '\uFEFF';

const figures: DataTable = {
  columns: ['Tal', 'Værdi'],
  rows: [
    ['Tilmeldte patienter', 5849229],
    ['Patienter pr. kapacitet', 1645.8],
    ['Andel 70+ (%)', 0.148 * 100],
    ['Forskel', -45.8],
  ],
};

test('Danish: semicolons, decimal comma, no thousands separators, BOM, CRLF', () => {
  assert.equal(
    toCsv([figures], 'da'),
    `${BOM}Tal;Værdi\r\nTilmeldte patienter;5849229\r\nPatienter pr. kapacitet;1645,8\r\nAndel 70+ (%);14,8\r\nForskel;-45,8\r\n`,
  );
});

test('English: commas and decimal point', () => {
  assert.equal(
    toCsv([figures], 'en'),
    `${BOM}Tal,Værdi\r\nTilmeldte patienter,5849229\r\nPatienter pr. kapacitet,1645.8\r\nAndel 70+ (%),14.8\r\nForskel,-45.8\r\n`,
  );
});

test('numbers: at most 12 significant digits, small ones written out, nothing for NaN', () => {
  assert.equal(csvNumber(0.1 + 0.2, 'da'), '0,3');
  assert.equal(csvNumber(1 / 3, 'en'), '0.333333333333');
  assert.equal(csvNumber(1e-7, 'da'), '0,0000001');
  assert.equal(csvNumber(-0.000000125, 'en'), '-0.000000125');
  assert.equal(csvNumber(1600, 'da'), '1600');
  assert.equal(csvNumber(Number.NaN, 'da'), '');
  assert.equal(csvNumber(Infinity, 'en'), '');
});

test('fields with the separator, quotes or line breaks are quoted (RFC 4180) and read back unchanged', () => {
  const tricky = ['Psykolog; privat', 'Læge, "egen"', 'to\r\nlinjer', 'en\nlinje', 'æøå ÆØÅ', ''];
  for (const lang of ['da', 'en'] as const) {
    const text = toCsv([{ columns: ['a', 'b', 'c', 'd', 'e', 'f'], rows: [tricky] }], lang);
    assert.ok(text.startsWith(BOM));
    const [head, row, ...rest] = parseCsv(text.slice(1), lang === 'da' ? ';' : ',');
    assert.deepEqual(head, ['a', 'b', 'c', 'd', 'e', 'f']);
    assert.deepEqual(row, tricky);
    assert.deepEqual(rest, []);
  }
  assert.equal(csvField('a;b', 'da'), '"a;b"');
  assert.equal(csvField('a;b', 'en'), 'a;b');
  assert.equal(csvField('a,b', 'da'), 'a,b');
  assert.equal(csvField('a,b', 'en'), '"a,b"');
  assert.equal(csvField('say "hi"', 'da'), '"say ""hi"""');
});

test('text a spreadsheet would run as a formula gets an apostrophe; numbers stay numbers', () => {
  assert.equal(csvField('=HYPERLINK("http://x")', 'da'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvField('+45 12 34', 'da'), "'+45 12 34");
  assert.equal(csvField('-5', 'da'), "'-5");
  assert.equal(csvField('@SUM(A1)', 'en'), "'@SUM(A1)");
  assert.equal(csvField('\tx', 'en'), "'\tx");
  assert.equal(csvField(-5, 'da'), '-5');
  assert.equal(csvField('< 5', 'da'), '< 5');
});

test('empty cells, and tables of different widths padded to one width with an empty record between', () => {
  const text = toCsv(
    [
      { columns: ['Tal', 'Værdi'], rows: [['a', null], ['b', undefined]] },
      { columns: ['Dato', 'Patienter', 'Kapaciteter'], rows: [['2022-01-01', 5849229, 3553.5]] },
    ],
    'da',
  );
  const records = parseCsv(text.slice(1), ';');
  assert.deepEqual(records, [
    ['Tal', 'Værdi', ''],
    ['a', '', ''],
    ['b', '', ''],
    ['', '', ''],
    ['Dato', 'Patienter', 'Kapaciteter'],
    ['2022-01-01', '5849229', '3553,5'],
  ]);
  assert.equal(text.indexOf(BOM), 0);
  assert.equal(text.lastIndexOf(BOM), 0);
});

test('file names from titles: Danish letters spelt out, everything else a hyphen', () => {
  assert.equal(fileName('Lægehuset Ærøskøbing · Åbningstider', 'x'), 'laegehuset-aeroeskoebing-aabningstider');
  assert.equal(fileName('Henvisninger fra almen praksis, 2023', 'x'), 'henvisninger-fra-almen-praksis-2023');
  assert.equal(fileName('Café Noël', 'x'), 'cafe-noel');
  assert.equal(fileName('«»', 'praksis-capacity-gauge'), 'praksis-capacity-gauge');
  assert.ok(fileName('a'.repeat(100), 'x').length <= 60);
});
