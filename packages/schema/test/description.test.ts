// The optional `description` every widget document may carry: the editor's alt text, bounded as other texts are.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateDocument } from '../src/index.js';
import { exampleSets } from './helpers.js';

/** The first valid example of each kind, with `description` set to `value`; its issues as "pointer". */
function pointersWith(data: unknown, value: unknown): string[] {
  const doc = { ...(structuredClone(data) as Record<string, unknown>), description: value };
  return validateDocument(doc).issues.map((issue) => issue.path);
}

for (const set of exampleSets()) {
  const [first] = set.valid;
  assert.ok(first, set.kind);
  describe(`${set.kind}: description`, () => {
    test('is optional', () => {
      assert.equal((first.data as Record<string, unknown>).description, undefined);
      assert.deepEqual(pointersWith(first.data, undefined), []);
    });

    test('takes one string, or one per language, up to 2,000 characters', () => {
      assert.deepEqual(pointersWith(first.data, 'Søjlen viser tilmeldte patienter pr. kapacitet.'), []);
      assert.deepEqual(pointersWith(first.data, { da: 'Dansk tekst.', en: 'English text.' }), []);
      assert.deepEqual(pointersWith(first.data, { en: 'English only.' }), []);
      assert.deepEqual(pointersWith(first.data, 'æ'.repeat(2000)), []);
      // Markup is text like any other: it is never rendered as HTML.
      assert.deepEqual(pointersWith(first.data, '<b>fed</b>'), []);
    });

    test('rejects a text that is too long, blank, empty or of another type, at /description', () => {
      for (const value of ['a'.repeat(2001), '', '   ', '\u200b', {}, { de: 'Deutsch' }, 42, ['a'], null]) {
        const [pointer] = pointersWith(first.data, value);
        assert.ok(pointer === '/description' || pointer?.startsWith('/description/'), `${JSON.stringify(value).slice(0, 20)}: ${pointer}`);
      }
      assert.deepEqual(pointersWith(first.data, { da: 'ok', en: 'b'.repeat(2001) }).slice(0, 1), ['/description/en']);
    });
  });
}
