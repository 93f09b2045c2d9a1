import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { DelegationMatrixDocument } from '@praksis/schema';
import { matrixOutline } from './summary.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/examples/delegation-matrix/valid/${name}.json`, import.meta.url), 'utf8')) as DelegationMatrixDocument;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

test('the outline read before the matrix: its rows, columns, index and the range of its shares', () => {
  const outline = matrixOutline(example('national-survey-2022'), 'da');
  assert.equal(outline.type, 'Matrix over, hvem der udfører opgaverne.');
  assert.equal(
    outline.structure,
    'Rækkerne er 11 opgaver, kolonnerne er Udelukkende læge, Primært læge, Deles ligeligt, Primært personale og Udelukkende personale. Den sidste kolonne er et delegationsindeks fra 1 (kun læge) til 5 (kun personale).',
  );
  assert.equal(plain(outline.range), 'Andelene går fra 0 % til 90 %.');
  assert.equal(plain(matrixOutline(example('national-survey-2022'), 'en').range), 'The shares go from 0% to 90%.');
});

test('levels are listed lowest first; there is no index without the doctor-to-staff scale', () => {
  const outline = matrixOutline(example('practice-medium'), 'en');
  assert.equal(outline.range, 'The levels are, from lowest to highest: Not involved, Assists and Performs independently.');
  assert.doesNotMatch(outline.structure, /index/);
});
