import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CapacityDocument } from '@praksis/schema';
import { validateCapacity } from '@praksis/schema';
import { capacityFigures } from './model.js';
import { capacitySummary, doctorsSentence, figureUnit, intakeSentence, totalsSentence } from './summary.js';
import { figureRows } from './csv.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/examples/capacity/valid/${name}.json`, import.meta.url), 'utf8')) as CapacityDocument;

/** Intl puts no-break spaces in some numbers; the tests compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A valid practice document with the given counts (the schema is checked, so no case is impossible data). */
function practice(changes: Partial<CapacityDocument>): CapacityDocument {
  const doc = { ...example('practice-minimal'), ...changes } as CapacityDocument;
  assert.deepEqual(validateCapacity(doc), [], JSON.stringify(changes));
  return doc;
}

test('totals: each count takes its noun form by the plural rules, 0, 1, 2 and fractions in both languages', () => {
  const cases: [number, number, string, string][] = [
    [0, 2, '0 tilmeldte patienter på 2 lægekapaciteter.', '0 listed patients on 2 doctor capacities.'],
    [1, 1, '1 tilmeldt patient på 1 lægekapacitet.', '1 listed patient on 1 doctor capacity.'],
    [2, 1.5, '2 tilmeldte patienter på 1,5 lægekapacitet.', '2 listed patients on 1.5 doctor capacities.'],
    [2850, 2.5, '2.850 tilmeldte patienter på 2,5 lægekapaciteter.', '2,850 listed patients on 2.5 doctor capacities.'],
    // As many decimals as the data gives, up to two: the smallest capacity is not 0,0.
    [1, 0.01, '1 tilmeldt patient på 0,01 lægekapacitet.', '1 listed patient on 0.01 doctor capacities.'],
    [3600, 2.25, '3.600 tilmeldte patienter på 2,25 lægekapaciteter.', '3,600 listed patients on 2.25 doctor capacities.'],
    [1120, 0.7, '1.120 tilmeldte patienter på 0,7 lægekapacitet.', '1,120 listed patients on 0.7 doctor capacities.'],
  ];
  for (const [listedPatients, capacities, da, en] of cases) {
    const doc = practice({ listedPatients, capacities });
    assert.equal(plain(totalsSentence(doc, 'da')), da);
    assert.equal(plain(totalsSentence(doc, 'en')), en);
  }
});

test('doctors and patients per doctor agree with their counts', () => {
  const one = practice({ listedPatients: 1, capacities: 1, doctors: 1 });
  assert.equal(doctorsSentence(one, capacityFigures(one), 'da'), '1 læge, 1 patient pr. læge.');
  assert.equal(doctorsSentence(one, capacityFigures(one), 'en'), '1 doctor, 1 patient per doctor.');
  const two = practice({ listedPatients: 3, capacities: 1, doctors: 2 });
  // 1.5 patients per doctor is shown as 2, and takes the form of 2.
  assert.equal(doctorsSentence(two, capacityFigures(two), 'da'), '2 læger, 2 patienter pr. læge.');
  assert.equal(doctorsSentence(two, capacityFigures(two), 'en'), '2 doctors, 2 patients per doctor.');
  assert.equal(doctorsSentence(practice({ doctors: undefined }), capacityFigures(practice({ doctors: undefined })), 'da'), '');
});

test('the key figure’s unit takes the form of the figure as shown', () => {
  const unit = (listedPatients: number, capacities: number, lang: 'da' | 'en') => figureUnit(capacityFigures(practice({ listedPatients, capacities })), lang);
  assert.equal(unit(1, 1, 'da'), 'tilmeldt patient pr. kapacitet');
  assert.equal(unit(7, 5, 'da'), 'tilmeldt patient pr. kapacitet', '1,4 is shown as 1');
  assert.equal(unit(0, 1, 'da'), 'tilmeldte patienter pr. kapacitet');
  assert.equal(unit(3, 2, 'en'), 'listed patients per capacity', '1.5 is shown as 2');
  assert.equal(unit(1, 1, 'en'), 'listed patient per capacity');
  const summary = capacitySummary(practice({ listedPatients: 1, capacities: 1 }), 'en');
  assert.equal(summary.figure, '1 listed patient per capacity');
});

test('area intake: the noun agrees with the total and the English verb with the closed practices', () => {
  const area = (practicesClosed: number, practicesOpen: number, lang: 'da' | 'en') =>
    intakeSentence({ ...example('municipality-area-intake'), intake: { practicesClosed, practicesOpen } }, lang);
  assert.equal(area(9, 5, 'da'), '9 af 14 praksis er lukket for tilgang af nye patienter.');
  assert.equal(area(9, 5, 'en'), '9 of 14 practices are closed to new patients.');
  assert.equal(area(1, 13, 'en'), '1 of 14 practices is closed to new patients.');
  assert.equal(area(1, 0, 'en'), '1 of 1 practice is closed to new patients.');
  assert.equal(area(0, 2, 'en'), '0 of 2 practices are closed to new patients.');
  assert.equal(area(2, 0, 'da'), '2 af 2 praksis er lukket for tilgang af nye patienter.');
});

test('summary sentences are whole templates: kind and date, intake with and without a date', () => {
  const national = capacitySummary(example('national-2017-2022'), 'da');
  assert.deepEqual(national.sentences.map(plain), [
    'Landstal, pr. 1. jan. 2022.',
    '46 (2,9 %) over normtallet på 1.600 pr. kapacitet.',
    '5.849.229 tilmeldte patienter på 3.554 lægekapaciteter.',
    '3.753 læger, 1.559 patienter pr. læge.',
  ]);
  // A figure per doctor comes with the doctors it is out of, as on the element: 3.900 on 2 capacities alone would not give 1.300.
  const perDoctor = capacitySummary(example('practice-per-doctor-norm-with-bands'), 'da');
  assert.equal(perDoctor.figure, '1.300 tilmeldte patienter pr. læge');
  assert.ok(perDoctor.sentences.includes('3 læger, 1.300 patienter pr. læge.'), perDoctor.sentences.join(' '));
  const closed = example('practice-closed-over-norm');
  assert.equal(intakeSentence(closed, 'da'), 'Lukket for tilgang af nye patienter siden 1. sep. 2025.');
  assert.equal(intakeSentence({ ...closed, intake: { status: 'open' } }, 'en'), 'Open to new patients.');
});

test('every share in the table says its base', () => {
  const doc = example('national-2017-2022');
  const labels = figureRows(doc, capacityFigures(doc), 'da').filter((r) => r.percent).map((r) => r.label);
  assert.deepEqual(labels, ['Forskel fra normtal i procent af normtallet', 'Andel af de tilmeldte patienter, der er 70 år eller derover']);
  const en = figureRows(doc, capacityFigures(doc), 'en').filter((r) => r.percent).map((r) => r.label);
  assert.deepEqual(en, ['Difference from norm as a share of the norm', 'Share of listed patients aged 70 or over']);
});
