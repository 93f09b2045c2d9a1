import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { DelegationMatrixDocument } from '@praksis/schema';
import { toCsv } from '@praksis/core/csv.js';
import { matrixTables } from './csv.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/examples/delegation-matrix/valid/${name}.json`, import.meta.url), 'utf8')) as DelegationMatrixDocument;

test('counts on the delegation scale: raw counts named as counts, each task’s n, the index, and the reserved column', () => {
  const [table] = matrixTables(example('area-counts'), 'data', 'da');
  assert.deepEqual(table!.columns, [
    'Opgave',
    'Udelukkende læge (antal praksis)',
    'Primært læge (antal praksis)',
    'Deles ligeligt (antal praksis)',
    'Primært personale (antal praksis)',
    'Udelukkende personale (antal praksis)',
    'n',
    'Indeks (laveste)',
    'Indeks (højeste)',
    'Lægeforbeholdt',
  ]);
  // 1, 3, 6, 2 and 0 practices at positions 1–5: (1 + 6 + 18 + 8) / 12 = 2.75.
  assert.deepEqual(table!.rows[0], ['Kronikerkontrol', 1, 3, 6, 2, 0, 12, 2.75, 2.75, '']);
  const homeVisits = table!.rows.find((r) => r.includes('ikke målt'));
  assert.ok(homeVisits, 'a missing figure says why');
  // Home visits: 10 of the 12 practices answered.
  assert.equal(homeVisits[6], 10);
  const [en] = matrixTables(example('area-counts'), 'data', 'en');
  assert.equal(en!.columns[1], 'Doctor only (number of practices)');
});

test('shares in per cent, a figure for several columns in the first of them, missing figures by reason', () => {
  const [table] = matrixTables(example('national-survey-2022'), 'data', 'da');
  assert.equal(table!.columns[1], 'Udelukkende læge (andel af praksis i procent)');
  const row = table!.rows[0]!;
  assert.deepEqual(row.slice(0, 6), ['Kronikerkontrol', 30, 'indgår i Udelukkende læge', 56, 13, 'ikke oplyst']);
  const [low, high] = row.slice(6, 8) as [number, number];
  assert.ok(low >= 1 && low <= high && high <= 5, `${low}–${high}`);
  assert.equal(table!.rows.length, 11);
  assert.equal(table!.rows.filter((r) => String(r[0]).endsWith(' (fiktiv)')).length, 7);
  const csv = toCsv(matrixTables(example('national-survey-2022'), 'data', 'da'), 'da');
  assert.ok(csv.includes('\r\nKronikerkontrol;30;indgår i Udelukkende læge;56;13;ikke oplyst;'));
});

test('levels by name; no index for staff columns; English words in English', () => {
  const [table] = matrixTables(example('practice-low'), 'data', 'en');
  assert.deepEqual(table!.columns, ['Task', 'Doctor', 'Nurse', 'Medical secretary', 'Lab technician', 'Reserved for doctors']);
  assert.deepEqual(table!.rows[0], ['Reception and phones', 'Not involved', 'Not involved', 'Performs independently', 'Assists', '']);
  assert.ok(table!.rows.some((r) => r[5] === 'yes'));
});

test('sorted by index, the CSV rows follow the order shown', () => {
  const [table] = matrixTables(example('area-counts'), 'index', 'en');
  const lows = table!.rows.map((r) => r[7]).filter((v): v is number => typeof v === 'number');
  assert.deepEqual(lows, [...lows].sort((a, b) => a - b));
});
