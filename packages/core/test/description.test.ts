import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentDescription } from '../src/summary.js';

test("documentDescription reads any widget document's description in the reader's language", () => {
  assert.equal(documentDescription({ description: 'Én tekst.' }, 'en'), 'Én tekst.');
  assert.equal(documentDescription({ description: { da: 'Dansk.', en: 'English.' } }, 'da'), 'Dansk.');
  assert.equal(documentDescription({ description: { da: 'Dansk.', en: 'English.' } }, 'en'), 'English.');
  // Falls back as every data text does: Danish, then English.
  assert.equal(documentDescription({ description: { da: 'Kun dansk.' } }, 'en'), 'Kun dansk.');
  assert.equal(documentDescription({ description: { en: 'English only.' } }, 'da'), 'English only.');
  assert.equal(documentDescription({ description: '  Trimmed.\n' }, 'da'), 'Trimmed.');
});

test('documentDescription is empty without one, whatever it is given', () => {
  for (const doc of [{}, null, undefined, 42, 'text', []]) assert.equal(documentDescription(doc, 'da'), '');
});
