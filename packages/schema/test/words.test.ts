// Validation without words (src/words.ts) gives the verdict validation in words gives, and says
// where: a widget decides from it whether a document can be drawn, and loads the words only when
// it cannot (and shows these pointers if they cannot be loaded).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DOCUMENT_KINDS } from '../src/index.js';
import { readJsonText, parseJsonText } from '../src/json-text.js';
import * as messages from '../src/messages.js';
import { words } from '../src/messages.js';
import { BOUND_KEYWORDS } from '../src/schema-node.js';
import { wordedValidator, type SchemaNode } from '../src/validator.js';
import { UNWORDED, unworded } from '../src/words.js';
import { exampleSets } from './helpers.js';
import { mutations, sample } from './mutations.js';

const pointers = (issues: readonly { path: string }[]): string[] => issues.map((issue) => issue.path);

/** Whether `pointer` is `within` or inside it. */
const inside = (pointer: string, within: string): boolean => pointer === within || pointer.startsWith(`${within}/`);

describe('validation without words', () => {
  for (const set of exampleSets()) {
    const kind = DOCUMENT_KINDS.find((k) => k.name === set.kind);
    if (!kind) continue;
    test(`${set.kind}: the same verdict as in words, each problem in words inside one found without them`, () => {
      const mutated = sample(
        set.valid.flatMap(({ data }) => [...mutations(data)]),
        200,
        set.kind.length * 7_919,
      ).map((mutation) => mutation.data());
      for (const data of [...set.valid.map((e) => e.data), ...set.invalid.map((e) => e.data), ...mutated]) {
        const worded = kind.validate(data);
        const bare = kind.check(data, unworded);
        assert.equal(bare.length > 0, worded.length > 0);
        // Unordered, and a value that matches no branch of an anyOf/oneOf at its own pointer.
        for (const path of pointers(worded)) assert.ok(bare.some((issue) => inside(path, issue.path)), path);
        for (const issue of bare) assert.ok(worded.some(({ path }) => inside(path, issue.path)), issue.path);
        assert.deepEqual(kind.check(data, words), worded, 'the full factory is what validate uses');
      }
    });
  }

  test('JSON text: the same verdict and pointers, and the words only with the words', () => {
    const texts = ['{"a": 1}', '{"a": 1,}', '{"a" 1}', '[1, 2', 'tru', '{"a": 1, "a": 2}', `${'['.repeat(40)}${']'.repeat(40)}`, '"\u0001"', '\uFEFF{}'];
    for (const text of texts) {
      const worded = parseJsonText(text);
      const bare = readJsonText(text, unworded);
      assert.equal(bare.ok, worded.ok, text);
      if (bare.ok || worded.ok) continue;
      assert.deepEqual(pointers(bare.issues), pointers(worded.issues), text); // JSON text reports in text order either way
      assert.deepEqual(bare.syntax && { line: bare.syntax.line, column: bare.syntax.column }, worded.syntax && { line: worded.syntax.line, column: worded.syntax.column });
      assert.ok(worded.issues.every((issue) => issue.message.da && issue.message.en), text);
      assert.deepEqual(readJsonText(text, words), worded);
    }
  });

  test('a message found without words says nothing', () => {
    assert.equal(unworded.missingField('x'), UNWORDED);
    assert.deepEqual(UNWORDED, { da: '', en: '' });
  });

  test('what the schema alone decides is said only with the words: a pattern, no branch and several branches matching', () => {
    const phone = { type: 'string', pattern: '^[0-9]{6}$' } as const;
    const either = { type: 'object', oneOf: { of: [{ required: ['a'] }, { required: ['b'] }], none: 'fields', several: true } } as const;
    const cases: [SchemaNode, unknown, string][] = [
      [phone, '12345', 'must be six digits'],
      [either, {}, 'needs a or b'],
      [either, { a: 1, b: 2 }, 'give only one of "a" and "b"'],
      [{ anyOf: { of: [{ type: 'boolean' }, { enum: ['x', 1] }], none: 'values' } }, 'y', 'must be one of: true, false, x, 1'],
    ];
    for (const [schema, data, said] of cases) {
      assert.deepEqual(wordedValidator(schema, { words: unworded }).validate(data), [{ path: '', message: UNWORDED }]);
      assert.deepEqual(wordedValidator(schema, { words }).validate(data).map((issue) => issue.message.en), [said]);
    }
  });

  test('every bound keyword has its words, and every message is made by a function', () => {
    for (const [keyword] of BOUND_KEYWORDS) assert.ok(words.outOfBounds(keyword, 2).en.includes('2'), keyword);
    for (const [name, make] of Object.entries(words)) assert.equal(typeof make, 'function', name);
  });

  test('the factories agree: a name means one message in every one of them and in the whole', () => {
    const parts = [messages.schemaWords, messages.jsonWords, messages.provenanceWords, messages.capacityWords, messages.referralFlowWords, messages.hoursWords, messages.matrixWords];
    for (const part of parts) for (const [name, make] of Object.entries(part)) assert.equal(words[name as keyof typeof words], make, name);
  });
});
