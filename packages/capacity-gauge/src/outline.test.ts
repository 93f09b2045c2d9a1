import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CapacityDocument } from '@praksis/schema';
import { capacityOutline } from './summary.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/examples/capacity/valid/${name}.json`, import.meta.url), 'utf8')) as CapacityDocument;

test('the outline read before the gauge: a bar, its norm, the range of its figures and of its trend', () => {
  assert.deepEqual(capacityOutline(example('national-2017-2022'), 'da'), {
    type: 'Måler med én vandret søjle.',
    structure: 'Søjlen viser tilmeldte patienter pr. kapacitet på en skala fra 0. Normtal er en lodret streg. Under måleren viser en kurve udviklingen over tid.',
    range: 'Tallene går fra 1.600 til 1.646 tilmeldte patienter pr. kapacitet. Udviklingen fra 1. jan. 2017 til 1. jan. 2022 går fra 1.649 til 1.646 pr. kapacitet.',
  });
  assert.deepEqual(capacityOutline(example('practice-minimal'), 'en'), {
    type: 'Gauge with one horizontal bar.',
    structure: 'The bar shows listed patients per capacity on a scale from 0. Norm is a vertical line.',
    range: 'The figures go from 1,480 to 1,600 listed patients per capacity.',
  });
});

test('a comparison is named in the outline and counts in its range', () => {
  const doc = { ...example('practice-minimal'), comparison: { label: 'Landstal', value: 1646 } };
  const outline = capacityOutline(doc, 'da');
  assert.match(outline.structure, /Landstal en markering under søjlen/);
  assert.equal(outline.range, 'Tallene går fra 1.480 til 1.646 tilmeldte patienter pr. kapacitet.');
});
