import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { DelegationMatrixDocument } from '@praksis/schema';
import { validateDelegationMatrix } from '@praksis/schema';
import { matrixMessages } from './messages.js';
import { buildModel } from './model.js';
import { figuresSentence, figuresUnit, matrixSummary, rowBase, summarySentences, totalText } from './summary.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/examples/delegation-matrix/valid/${name}.json`, import.meta.url), 'utf8')) as DelegationMatrixDocument;

/** The first `count` tasks of a practice, `reserved` of them reserved for doctors: a valid document of that size. */
function practice(count: number, reserved: number): DelegationMatrixDocument {
  const doc = example('practice-low');
  const rows = doc.rows.slice(0, count).map((row, i) => ({ ...row, reservedForDoctors: i < reserved }));
  const ids = new Set(rows.map((r) => r.id));
  const out = { ...doc, rows, cells: doc.cells.filter((c) => ids.has(c.row)) };
  assert.deepEqual(validateDelegationMatrix(out), []);
  return out;
}

test('counts of tasks agree with their nouns and verbs: 0, 1, 2 and 1.5 in both languages', () => {
  const { da, en } = matrixMessages;
  assert.deepEqual([0, 1, 2, 1.5].map(da.rows), ['0 opgaver.', '1 opgave.', '2 opgaver.', '2 opgaver.']);
  assert.deepEqual([0, 1, 2, 1.5].map(en.rows), ['0 tasks.', '1 task.', '2 tasks.', '2 tasks.']);
  assert.deepEqual([1, 2].map(da.reservedCount), ['1 opgave er lægeforbeholdt.', '2 opgaver er lægeforbeholdte.']);
  assert.deepEqual([1, 2].map(en.reservedCount), ['1 task is reserved for doctors.', '2 tasks are reserved for doctors.']);
  assert.equal(da.fictionalRows(1, 1), '1 af 1 opgave har fiktive tal, markeret «fiktiv».');
  assert.equal(da.fictionalRows(7, 11), '7 af 11 opgaver har fiktive tal, markeret «fiktiv».');
  assert.equal(en.fictionalRows(1, 11), '1 of 11 tasks has fictional figures, marked “fictional”.');
  assert.equal(en.fictionalRows(2, 11), '2 of 11 tasks have fictional figures, marked “fictional”.');
  assert.equal(en.fictionalRows(1, 1), '1 of 1 task has fictional figures, marked “fictional”.');
  assert.equal(da.byColumn('Læge', 'udfører selvstændigt', 1, 1), 'Læge: udfører selvstændigt ved 1 af 1 opgave.');
  assert.equal(en.byColumn('Doctor', 'performs independently', 0, 2), 'Doctor: performs independently in 0 of 2 tasks.');
});

test('the summary of a one-task practice says "1 opgave" and "1 opgave er lægeforbeholdt"', () => {
  const doc = practice(1, 1);
  const sentences = summarySentences({ doc, rows: buildModel(doc).rows, lang: 'da' });
  assert.equal(sentences[0], '1 opgave.');
  assert.equal(sentences[1], '1 opgave er lægeforbeholdt.');
  assert.ok(sentences.includes('Læge: udfører selvstændigt ved 0 af 1 opgave.'), sentences.join(' | '));
  const en = summarySentences({ doc: practice(2, 2), rows: buildModel(practice(2, 2)).rows, lang: 'en' });
  assert.deepEqual(en.slice(0, 2), ['2 tasks.', '2 tasks are reserved for doctors.']);
});

test('the unit the figures are in: shares of practices, numbers of practices, nothing for levels', () => {
  const survey = example('national-survey-2022');
  const counts = example('area-counts');
  assert.equal(figuresUnit(survey, 'da'), 'andel af praksis i procent');
  assert.equal(figuresUnit(counts, 'da'), 'antal praksis');
  assert.equal(figuresUnit(counts, 'en'), 'number of practices');
  assert.equal(figuresUnit(example('practice-low'), 'da'), '');
  assert.equal(figuresSentence(survey, 'da'), 'Tal og farver: andel af praksis pr. opgave, i procent.');
  assert.equal(figuresSentence(counts, 'da'), 'Tal: antal praksis. Farver: andel af opgavens praksis, i procent.');
  assert.equal(figuresSentence(counts, 'en'), "Figures: number of practices. Colours: share of the task's practices, in per cent.");
  // Without a unit label the words stay grammatical.
  const bare = { ...counts, scale: { ...counts.scale, unitLabel: undefined } };
  assert.equal(figuresUnit(bare, 'en'), 'number of units');
  assert.equal(totalText(bare, 'da'), 'n\u00a0=\u00a012');
});

test('the total and each task’s own base: "Antal praksis i alt: 567", "n = 10"', () => {
  assert.equal(totalText(example('national-survey-2022'), 'da'), 'Antal praksis i alt: 567');
  assert.equal(totalText(example('national-survey-2022'), 'en'), 'Total number of practices: 567');
  assert.equal(totalText(example('practice-low'), 'da'), '');
  const counts = example('area-counts');
  assert.deepEqual(counts.rows.map((r) => rowBase(counts, r, 'da')), ['', '', '', 'n\u00a0=\u00a010']);
  const summary = matrixSummary(counts, 'en');
  assert.deepEqual(summary.sentences.slice(0, 4), [
    'Total number of practices: 12.',
    '4 tasks.',
    '1 task is reserved for doctors.',
    "Figures: number of practices. Colours: share of the task's practices, in per cent.",
  ]);
});
