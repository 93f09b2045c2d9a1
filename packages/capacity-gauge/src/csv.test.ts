import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CapacityDocument } from '@praksis/schema';
import { toCsv } from '@praksis/core/csv.js';
import { capacityFigures } from './model.js';
import { figureRows, gaugeTables } from './csv.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/examples/capacity/valid/${name}.json`, import.meta.url), 'utf8')) as CapacityDocument;

test('national 2022: the CSV has raw counts, derived figures to one decimal, shares in per cent', () => {
  const doc = example('national-2017-2022');
  const csv = toCsv(gaugeTables(doc, capacityFigures(doc), 'da'), 'da');
  const lines = csv.slice(1).split('\r\n');
  assert.deepEqual(lines.slice(0, 10), [
    'Tal;Værdi;;',
    'Tilmeldte patienter;5849229;;',
    'Lægekapaciteter;3554;;',
    'Patienter pr. kapacitet;1645,8;;',
    'Læger (personer);3753;;',
    'Patienter pr. læge;1558,5;;',
    'Normtal (pr. kapacitet);1600;;',
    'Forskel fra normtal;45,8;;',
    'Forskel fra normtal i procent af normtallet (%);2,9;;',
    'Andel af de tilmeldte patienter, der er 70 år eller derover (%);14,8;;',
  ]);
  assert.equal(lines[10], ';;;');
  assert.equal(lines[11], 'Dato;Tilmeldte patienter;Lægekapaciteter;Patienter pr. kapacitet');
  assert.equal(lines[12], '2017-01-01;5707000;3461;1648,9');
  assert.equal(lines[17], '2022-01-01;5849229;3554;1645,8');
  assert.equal(lines.length, 19);
  assert.equal(lines[18], '');
});

test('English CSV uses the English labels, commas and decimal points', () => {
  const doc = example('national-2017-2022');
  const csv = toCsv(gaugeTables(doc, capacityFigures(doc), 'en'), 'en');
  assert.ok(csv.includes('\r\nPatients per capacity,1645.8,,\r\n'));
  assert.ok(csv.includes('\r\nShare of listed patients aged 70 or over (%),14.8,,\r\n'));
  assert.ok(csv.includes('\r\n2017-01-01,5707000,3461,1648.9\r\n'));
});

test('the table view shows the same rows as text, and the per-cent row only in the CSV', () => {
  const doc = example('national-2017-2022');
  const rows = figureRows(doc, capacityFigures(doc), 'da');
  const shown = rows.filter((r) => r.text !== undefined).map((r) => `${r.label} | ${r.text}`.replace(/\u00a0/g, ' '));
  assert.ok(shown.includes('Forskel fra normtal | +46 (2,9 %)'));
  assert.ok(shown.includes('Tilmeldte patienter | 5.849.229'));
  assert.equal(rows.filter((r) => r.text === undefined).length, 1);
});

test('a practice without trend gives one table; intake and text cells come through as text', () => {
  const doc = example('practice-closed-over-norm');
  const tables = gaugeTables({ ...doc, trend: undefined }, capacityFigures({ ...doc, trend: undefined }), 'da');
  assert.equal(tables.length, 1);
  const intake = tables[0]!.rows.find((r) => r[0] === 'Tilgang');
  assert.deepEqual(intake, ['Tilgang', 'Lukket']);
});
