// quickJson: the quick way a widget's page reads JSON text, which must never accept what the
// careful reader (parseJsonText) refuses, nor give another value.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { MAX_DEPTH } from '../src/depth.js';
import { quickJson } from '../src/json-quick.js';
import { parseJsonText } from '../src/json-text.js';
import { fcOptions } from './fuzz.js';

/** Both readers on one text: the quick one answers only where the careful one accepts, with its value. */
function agree(text: string, why = JSON.stringify(text).slice(0, 200)): void {
  const quick = quickJson(text);
  const careful = parseJsonText(text);
  assert.equal(quick !== undefined, careful.ok, why);
  if (quick && careful.ok) assert.deepEqual(quick.data, careful.data, why);
}

/** JSON text with characters inserted, deleted or replaced, and objects whose keys may repeat. */
const edited = fc
  .tuple(fc.json({ maxDepth: 4 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...'{}[]",:0\\ \n'.split(''), '\\"', '\\u003a', '😀')), { maxLength: 3 }))
  .map(([text, edits]) =>
    edits.reduce((t, [at, kind, char]) => {
      const i = t.length === 0 ? 0 : at % (t.length + 1);
      return kind === 'insert' ? t.slice(0, i) + char + t.slice(i) : t.slice(0, i) + (kind === 'replace' ? char : '') + t.slice(i + 1);
    }, text),
  );
const key = fc.constantFrom('a', 'b', ':', '"', 'a:b', '\\', '__proto__', '');
const withRepeats: fc.Arbitrary<string> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constantFrom('1', '"x:y"', 'null', '"\\":"'), tie('object'), tie('array')),
  object: fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((members) => `{${members.map(([k, v]) => `${JSON.stringify(k)}:${v as string}`).join(',')}}`),
  array: fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
})).value as fc.Arbitrary<string>;

describe('quickJson', () => {
  test('accepts only what parseJsonText accepts, with the same value, on JSON, almost-JSON and objects with repeated keys', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 5 }), fc.json({ stringUnit: 'binary' }), edited, withRepeats), fc.boolean(), (body, bom) => agree((bom ? '\uFEFF' : '') + body)),
      fcOptions(3000, 2412),
    );
  });

  test('every example document, valid or not, is read the same way by both', () => {
    const root = new URL('../examples/', import.meta.url);
    for (const kind of readdirSync(root)) {
      for (const group of ['valid', 'invalid']) {
        for (const file of readdirSync(new URL(`${kind}/${group}/`, root))) agree(readFileSync(new URL(`${kind}/${group}/${file}`, root), 'utf8'), `${kind}/${group}/${file}`);
      }
    }
  });

  test('a key given twice is left to the careful reader, wherever it is and whatever its strings hold', () => {
    for (const text of [
      '{"a":1,"a":2}',
      '{"x":[{"b":":","b":"\\":"}]}',
      '{"a:b":1,"a:b":2}',
      '[{"__proto__":1,"__proto__":2}]',
      '{"":1,"":1}',
    ]) {
      assert.equal(quickJson(text), undefined, text);
      agree(text);
    }
    // Colons and escaped quotes inside strings are no members; the same key in two objects is fine.
    assert.deepEqual(quickJson('\uFEFF{"a":"b:c","d\\":":{"e":"\\\\"},"f":[{"a":1},{"a":2}],"__proto__":{}}')?.data, JSON.parse('{"a":"b:c","d\\":":{"e":"\\\\"},"f":[{"a":1},{"a":2}],"__proto__":{}}'));
  });

  test(`nesting: ${MAX_DEPTH} levels are read, one more is left to the careful reader, 100,000 cost nothing`, () => {
    const nest = (levels: number) => `{"a": ${'['.repeat(levels - 1)}1${']'.repeat(levels - 1)}}`;
    assert.notEqual(quickJson(nest(MAX_DEPTH)), undefined);
    assert.equal(quickJson(nest(MAX_DEPTH + 1)), undefined);
    const started = performance.now();
    assert.equal(quickJson(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`), undefined);
    assert.equal(quickJson('['.repeat(1_000_000)), undefined);
    assert.ok(performance.now() - started < 1000, 'deep texts are refused at once');
  });
});
