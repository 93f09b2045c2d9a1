import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ReferralFlows } from '@praksis/schema';
import { toCsv } from '@praksis/core/csv.js';
import { buildFlows } from './model.js';
import { flowTables } from './csv.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/examples/referral-flows/valid/${name}.json`, import.meta.url), 'utf8')) as ReferralFlows;

const tables = (name: string, lang: 'da' | 'en') => {
  const doc = example(name);
  const model = buildFlows(doc, (node) => (typeof node.label === 'string' ? node.label : node.label[lang] ?? ''), 'Øvrige', {});
  return flowTables(doc, model, lang);
};

test('national 2022: every flow with its count and share of the sender, and the total', () => {
  const csv = toCsv(tables('national-2022', 'da'), 'da');
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines[0], 'Fra;Til;Antal;Andel af «Fra» (%)');
  assert.equal(lines[1], 'Almen praksis;Speciallæge;1893921;34,94');
  assert.equal(lines[7], 'Almen praksis;Kommune;47656;0,88');
  assert.equal(lines[8], 'I alt;;5420564;');
});

test('suppressed counts are written as “< 5”, never as their value, and shares leave them out', () => {
  const [table] = tables('practice-small-counts-fictional', 'en');
  const psychiatry = table!.rows.find((r) => r[1] === 'Psychiatry')!;
  assert.deepEqual(psychiatry, ['Practising specialist', 'Psychiatry', '< 5', undefined]);
  const ent = table!.rows.find((r) => r[1] === 'Ear, nose and throat')!;
  // 262 of the 904 known referrals from the specialist.
  assert.deepEqual(ent, ['Practising specialist', 'Ear, nose and throat', 262, 28.98]);
  assert.ok(!toCsv([table!], 'en').includes(',4,'));
  // The shares are of the known flows, and the heading says so.
  assert.deepEqual(table!.columns, ['From', 'To', 'Number', 'Share of known flows from “From” (%)']);
});
