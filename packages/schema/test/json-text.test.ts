// parseJsonText: the one reader of JSON text for every route.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { MAX_DEPTH } from '../src/depth.js';
import { lineColumn, parseJsonText, type ParsedJson } from '../src/json-text.js';
import { fcOptions } from './fuzz.js';

/** What JSON.parse makes of the text, BOM skipped: the value, or that it throws. */
function native(text: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false };
  }
}

const messages = (parsed: ParsedJson): string[] => (parsed.ok ? [] : parsed.issues.flatMap((i) => [i.message.da, i.message.en]));

/** Characters that would not show in a message: controls, format characters, separators other than the plain space. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;

/** JSON text with a few characters inserted, deleted or replaced: mostly almost-JSON. */
const nearJson = fc
  .tuple(
    fc.json({ maxDepth: 4 }),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom('delete', 'insert', 'replace'),
        fc.constantFrom(...'{}[]",:0123456789-+.eE tfnrulase\\/\n\t\u00A0\u200B\uFEFF\'x'.split(''), '\\u', '😀'),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([text, edits]) =>
    edits.reduce((t, [at, kind, char]) => {
      const i = t.length === 0 ? 0 : at % (t.length + 1);
      return kind === 'insert' ? t.slice(0, i) + char + t.slice(i) : t.slice(0, i) + (kind === 'replace' ? char : '') + t.slice(i + 1);
    }, text),
  );

describe('parseJsonText', () => {
  test('accepts exactly what JSON.parse accepts, with the same value, and never throws', () => {
    const texts = fc.oneof(fc.json({ maxDepth: 5 }), fc.json({ stringUnit: 'binary' }), nearJson, fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(texts, fc.boolean(), (body, bom) => {
        const text = (bom ? '\uFEFF' : '') + body;
        const parsed = parseJsonText(text);
        const expected = native(text);
        // Keys given twice are JSON to JSON.parse; we read them and refuse the document.
        const isJson = parsed.ok || parsed.syntax === undefined;
        assert.equal(isJson, expected.ok, JSON.stringify(text));
        if (parsed.ok && expected.ok) assert.deepEqual(parsed.data, expected.data);
        for (const message of messages(parsed)) assert.doesNotMatch(message, INVISIBLE, JSON.stringify(message));
      }),
      fcOptions(3000, 1859),
    );
  });

  test('says where and why in our own words, in Danish and English', () => {
    const cases: [string, string, string][] = [
      ['{\n  "a": 1\n  "b": 2\n}', '3:3', `expected "," or "}" but found '"'`],
      ['{"a":1,}', '1:7', 'a comma must not come right before "}"'],
      ['[1,2,]', '1:5', 'a comma must not come right before "]"'],
      ["{'a':1}", '1:2', `expected a field name in double quotes but found "'"`],
      ['{"a" 1}', '1:6', 'expected ":" but found "1"'],
      ['{"a":"x\ny"}', '1:8', 'the invisible character U+000A must be escaped (e.g. \\n) inside a string'],
      ['{"a":"\\x"}', '1:8', 'expected an escape sequence such as \\n, \\" or \\u00e6 but found "x"'],
      ['[01]', '1:3', 'expected "," or "]" but found "1"'],
      ['[-]', '1:3', 'expected a digit but found "]"'],
      ['[1.5e+]', '1:7', 'expected a digit but found "]"'],
      ['"abc', '1:5', `expected '"' but found the end of the text`],
      ['{"a": nul}', '1:10', 'expected "null" but found "}"'],
      ['True', '1:1', 'expected a JSON value but found "T"'],
      ['  ', '1:3', 'expected a JSON value but found the end of the text'],
      ['{}\u200B', '1:3', 'expected the end of the text but found the invisible character U+200B'],
      ['"😀😀" x', '1:6', 'expected the end of the text but found "x"'],
      ['<!doctype html>', '1:1', 'expected a JSON value but found "<"'],
    ];
    for (const [text, at, why] of cases) {
      const parsed = parseJsonText(text);
      assert.equal(parsed.ok, false, text);
      assert.ok(!parsed.ok && parsed.syntax, text);
      assert.equal(`${parsed.syntax.line}:${parsed.syntax.column}`, at, text);
      assert.deepEqual(parsed.issues, [{ path: '', message: { da: `ugyldig JSON ved ${at}: ${parsed.syntax.detail.da}`, en: `invalid JSON at ${at}: ${why}` } }], text);
    }
    const da = parseJsonText('{"a" 1}');
    assert.equal(da.ok ? '' : da.issues[0]?.message.da, 'ugyldig JSON ved 1:6: forventede «:», men fandt «1»');
  });

  test('skips one byte-order mark; a second is named, not printed', () => {
    assert.deepEqual(parseJsonText('\uFEFF{"a": 1}'), { ok: true, data: { a: 1 } });
    const twice = parseJsonText('\uFEFF\uFEFF{}');
    assert.equal(twice.ok ? '' : twice.issues[0]?.message.en, 'invalid JSON at 1:1: expected a JSON value but found the invisible character U+FEFF');
  });

  test('a key given twice is reported at its pointer with both places, also when written differently', () => {
    const parsed = parseJsonText('{\n  "unit": { "name": "A",\n    "name": "B" },\n  "x": [{ "a": 1, "\\u0061": 2 }]\n}');
    assert.equal(parsed.ok, false);
    assert.deepEqual(!parsed.ok && parsed.issues, [
      { path: '/unit/name', message: { da: 'står to gange i samme objekt, ved 2:13 og ved 3:5; angiv hvert felt én gang', en: 'is given twice in the same object, at 2:13 and at 3:5; give each field once' } },
      { path: '/x/0/a', message: { da: 'står to gange i samme objekt, ved 4:11 og ved 4:19; angiv hvert felt én gang', en: 'is given twice in the same object, at 4:11 and at 4:19; give each field once' } },
    ]);
    // The same key in different objects is fine, and so is "__proto__".
    assert.deepEqual(parseJsonText('[{"a":1},{"a":2},{"__proto__":3}]'), { ok: true, data: JSON.parse('[{"a":1},{"a":2},{"__proto__":3}]') as unknown });
  });

  test('a key given twice anywhere is found at its pointer', () => {
    const key = fc.string({ maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.oneof(key, fc.nat(3)), { maxLength: 6 }), key, (path, name) => {
        // Wrap {"name": 1, "name": 2} in objects and arrays along `path`.
        let text = `{${JSON.stringify(name)}: 1, ${JSON.stringify(name)}: 2}`;
        for (const step of [...path].reverse()) text = typeof step === 'number' ? `[${'0,'.repeat(step)}${text}]` : `{${JSON.stringify(step)}: ${text}}`;
        const parsed = parseJsonText(text);
        const pointer = [...path, name].map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
        assert.deepEqual(parsed.ok ? [] : parsed.issues.map((i) => i.path), [pointer]);
      }),
      fcOptions(300, 7),
    );
  });

  test(`nesting: ${MAX_DEPTH} levels are fine, one more is reported at its pointer, 100,000 cost nothing`, () => {
    const nest = (levels: number) => `{"a": ${'['.repeat(levels - 1)}1${']'.repeat(levels - 1)}}`;
    assert.equal(parseJsonText(nest(MAX_DEPTH)).ok, true);
    const deeper = parseJsonText(nest(MAX_DEPTH + 1));
    assert.deepEqual(!deeper.ok && deeper.issues, [
      {
        path: `/a${'/0'.repeat(MAX_DEPTH - 1)}`,
        message: { da: `er indlejret for dybt: mere end ${MAX_DEPTH} niveauer (ved 1:${6 + MAX_DEPTH})`, en: `is nested too deeply: more than ${MAX_DEPTH} levels (at 1:${6 + MAX_DEPTH})` },
      },
    ]);
    const started = performance.now();
    const deepest = parseJsonText(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
    assert.equal(!deepest.ok && deepest.issues[0]?.path, '/a'.repeat(MAX_DEPTH));
    const unclosed = parseJsonText('['.repeat(1_000_000));
    assert.equal(!unclosed.ok && unclosed.issues[0]?.path, '/0'.repeat(MAX_DEPTH));
    assert.ok(performance.now() - started < 1000, 'deep texts are refused at once');
  });

  test('lineColumn counts lines and characters', () => {
    assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
    assert.deepEqual(lineColumn('a\r\nb', 3), { line: 2, column: 1 });
    assert.deepEqual(lineColumn('"😀", x', 5), { line: 1, column: 5 }, 'an emoji is one column');
    assert.deepEqual(lineColumn('', 0), { line: 1, column: 1 });
  });

  test('a 5 MB document is read in well under a second', () => {
    const links = Array.from({ length: 60_000 }, (_, i) => ({ source: `node-${i}`, target: `node-${i + 1}`, value: i * 1.5 }));
    const text = JSON.stringify({ links }, null, 2);
    assert.ok(text.length > 5_000_000);
    const started = performance.now();
    const parsed = parseJsonText(text);
    const took = performance.now() - started;
    assert.equal(parsed.ok, true);
    assert.ok(took < 1000, `${Math.round(took)} ms`);
  });
});
