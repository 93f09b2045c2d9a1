/**
 * The validators never throw and always answer with well-formed issues, whatever they are given:
 * arbitrary JSON values, valid examples with a value swapped for arbitrary JSON, deep nesting,
 * huge strings and lists, values JSON cannot hold. Seeded and bounded in `npm test`
 * (`npm run fuzz` runs 50 times as many, unseeded).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DOCUMENT_KINDS, validateDocument, type ValidationIssue } from '../src/index.js';
import { parsePointer } from '../src/pointer.js';
import { fcOptions } from './fuzz.js';
import { exampleSets } from './helpers.js';

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const valid = exampleSets().flatMap((set) => set.valid.map((e) => e.data as Record<string, unknown>));

/** Every container's pointer in `data` down to `depth` levels, the document first. */
function pointers(data: unknown, at = '', depth = 40): string[] {
  if (typeof data !== 'object' || data === null || depth === 0) return [];
  const child = (key: string, value: unknown) => pointers(value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth - 1);
  return [at, ...Object.entries(data).flatMap(([key, value]) => child(key, value))];
}

/** `doc` with the value at `pointer` (a container's child `key`) replaced by `value`. */
function replaced(doc: unknown, pointer: string, key: string, value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const parent = parsePointer(pointer).reduce<Record<string, unknown>>((node, token) => node[token] as Record<string, unknown>, copy);
  parent[Array.isArray(parent) ? Number(key) % (parent.length + 1) : key] = value;
  return copy;
}

/** Well-formed: at most 50, each a pointer and a message in both languages with nothing invisible. */
function assertWellFormed(issues: ValidationIssue[]): void {
  assert.ok(Array.isArray(issues) && issues.length <= 50);
  for (const { path, message } of issues) {
    assert.ok(path === '' || path.startsWith('/'), path);
    for (const text of [message.da, message.en]) {
      assert.ok(typeof text === 'string' && text.length > 0 && text.length < 1000, text);
      assert.doesNotMatch(text, INVISIBLE, text);
    }
  }
}

function validateAll(data: unknown): void {
  assertWellFormed(validateDocument(data).issues);
  for (const kind of DOCUMENT_KINDS) assertWellFormed(kind.validate(data));
}

/** Objects and arrays `levels` deep, built without recursion. */
const nested = (levels: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.integer({ min: 33, max: 12_000 }).map((levels) => nested(levels)),
  fc.integer({ min: 1, max: 1_100_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1, max: 120_000 }).map((n) => new Array<unknown>(n).fill('x')),
  fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -0, 5e-324, 2 ** 53 + 1, '\u200B', '\uFEFF', ' ', undefined),
);

test('any JSON value: no validator throws, every issue is well formed', () => {
  fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => validateAll(value)), fcOptions(400, 11));
});

test('a valid example with any value swapped for hostile input: never throws, invalid ones point into the document', () => {
  const places = valid.flatMap((doc) => pointers(doc).map((pointer) => ({ doc, pointer })));
  fc.assert(
    fc.property(fc.constantFrom(...places), fc.oneof(fc.string({ maxLength: 12 }), fc.nat().map(String)), hostile, ({ doc, pointer }, key, value) => {
      const data = replaced(doc, pointer, key, value);
      const { issues } = validateDocument(data);
      assertWellFormed(issues);
      // Each pointer names the document, a value in it, or a missing field of an object in it.
      const known = new Set(pointers(data));
      for (const { path } of issues) assert.ok(known.has(path) || known.has(path.slice(0, path.lastIndexOf('/'))) || !path, path);
    }),
    fcOptions(150, 23),
  );
});

test('deep, self-containing and shared values: one issue at the pointer where nesting gets too deep', () => {
  const doc = valid[0] as Record<string, unknown>;
  const deep = { ...doc, unit: nested(100_000) };
  const [issue, ...rest] = validateDocument(deep).issues;
  assert.deepEqual(rest, []);
  assert.match(issue?.path ?? '', /^\/unit(\/(a|0)){31}$/);
  assert.equal(issue?.message.en, 'is nested too deeply: more than 32 levels');
  const loop: Record<string, unknown> = { ...doc };
  loop.unit = { name: loop };
  assert.equal(validateDocument(loop).issues[0]?.message.en, 'is nested too deeply: more than 32 levels');
  const shared = { name: 'x' };
  assert.doesNotThrow(() => validateDocument({ ...doc, provenance: new Array(1_000_000).fill(shared) }));
});
