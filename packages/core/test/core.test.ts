import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCount, formatDate, formatList, formatNumber, formatShare, formatSigned } from '../src/format.js';
import { toLang } from '../src/lang.js';
import { estimateTextWidth } from '../src/text-width.js';

const nbsp = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

test('Danish numbers group with dots, shares use a decimal comma', () => {
  assert.equal(formatNumber('da', 1893921), '1.893.921');
  assert.equal(formatNumber('da', 1645.81), '1.646');
  assert.equal(formatNumber('da', 2.5, 1), '2,5');
  assert.equal(nbsp(formatShare('da', 0.148)), '14,8 %');
  assert.equal(nbsp(formatShare('da', 0.035)), '3,5 %');
});

test('English numbers group with commas', () => {
  assert.equal(formatNumber('en', 5849229), '5,849,229');
  assert.equal(formatShare('en', 0.148), '14.8%');
  assert.equal(formatSigned('en', 46), '+46');
  assert.equal(formatSigned('en', 0), '0');
});

test('a count takes the noun form that the plural rules of its language give it', () => {
  const capacity = { da: { one: 'lægekapacitet', other: 'lægekapaciteter' }, en: { one: 'capacity', other: 'capacities' } };
  assert.equal(formatCount('da', 1, capacity.da), '1 lægekapacitet');
  assert.equal(formatCount('da', 2, capacity.da), '2 lægekapaciteter');
  assert.equal(formatCount('da', 0, capacity.da), '0 lægekapaciteter');
  assert.equal(formatCount('en', 1, capacity.en), '1 capacity');
  assert.equal(formatCount('en', 1, capacity.en, 1), '1.0 capacities');
  assert.equal(formatCount('en', 1.5, capacity.en, 1), '1.5 capacities');
  assert.equal(formatCount('en', 1000, capacity.en), '1,000 capacities');
});

test('dates are formatted without any time-zone shift', () => {
  assert.equal(formatDate('da', '2022-01-01'), '1. jan. 2022');
  assert.equal(formatDate('en', '2026-03-03'), '3 Mar 2026');
  assert.equal(formatDate('da', '2017-01-01', 'year'), '2017');
  assert.equal(formatDate('en', '2021-12-31'), '31 Dec 2021');
});

test('language tags map to Danish unless English', () => {
  assert.equal(toLang('en'), 'en');
  assert.equal(toLang('en-GB'), 'en');
  assert.equal(toLang('EN-us'), 'en');
  assert.equal(toLang('da'), 'da');
  assert.equal(toLang('da-DK'), 'da');
  assert.equal(toLang('de'), 'da');
  assert.equal(toLang(''), 'da');
  assert.equal(toLang(null), 'da');
});

test('text width estimate grows with length and font size', () => {
  assert.ok(estimateTextWidth('1.600', 12) > estimateTextWidth('0', 12));
  assert.equal(estimateTextWidth('abcd', 10), 24);
  assert.ok(estimateTextWidth('abcd', 20) > estimateTextWidth('abcd', 10));
});

test('lists join with the language’s own conjunction', () => {
  assert.equal(formatList('da', ['Psykolog', 'Fodterapi', 'Kommune']), 'Psykolog, Fodterapi og Kommune');
  assert.equal(formatList('en', ['Psychologist', 'Podiatry', 'Municipality']), 'Psychologist, Podiatry and Municipality');
  assert.equal(formatList('da', ['Psykolog']), 'Psykolog');
});
