import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentDescription, documentDescriptionLang } from '../src/summary.js';
import { fallbackLang } from '../src/text.js';

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

test('a data text given only in the other language says which, so its element can be marked with lang', () => {
  assert.equal(fallbackLang({ en: 'English only.' }, 'da'), 'en');
  assert.equal(fallbackLang({ da: 'Kun dansk.' }, 'en'), 'da');
  for (const text of [{ da: 'Dansk.', en: 'English.' }, 'Én tekst.', undefined]) {
    assert.equal(fallbackLang(text, 'da'), undefined);
    assert.equal(fallbackLang(text, 'en'), undefined);
  }
  assert.equal(documentDescriptionLang({ description: { en: 'English only.' } }, 'da'), 'en');
  assert.equal(documentDescriptionLang({ description: { da: 'Dansk.', en: 'English.' } }, 'en'), undefined);
  for (const doc of [{}, null, 42, { description: 'Én tekst.' }]) assert.equal(documentDescriptionLang(doc, 'da'), undefined);
});
