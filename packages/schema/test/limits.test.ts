// Limits that keep every valid document small enough to draw and its numbers plausible and finite.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { JsonSchema } from '../scripts/lib/compile.mjs';
import { validateDocument } from '../src/index.js';
import { exampleSets, rawSchemas } from './helpers.js';

/** Every schema node in the files, with where it is. */
function* nodes(node: unknown, at: string): Generator<[JsonSchema, string]> {
  if (typeof node !== 'object' || node === null) return;
  yield [node as JsonSchema, at];
  for (const [key, value] of Object.entries(node)) {
    if (['properties', '$defs'].includes(key)) for (const [name, sub] of Object.entries(value as object)) yield* nodes(sub, `${at}/${key}/${name}`);
    else if (['items', 'additionalProperties'].includes(key)) yield* nodes(value, `${at}/${key}`);
    else if (['anyOf', 'oneOf', 'allOf'].includes(key)) for (const [i, sub] of (value as unknown[]).entries()) yield* nodes(sub, `${at}/${key}/${i}`);
  }
}

const example = (kind: string, file: string): Record<string, unknown> => {
  const found = exampleSets().find((s) => s.kind === kind)?.valid.find((e) => e.file === file);
  assert.ok(found, `${kind}/${file}`);
  return structuredClone(found.data) as Record<string, unknown>;
};

/** The issues of `doc` changed by `change`, as "pointer message" in English (and the Danish ones). */
// `any`: the changes reach into nested fields of example documents of every kind.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function issuesAfter(doc: Record<string, unknown>, change: (doc: Record<string, any>) => void): { en: string[]; da: string[] } {
  change(doc);
  const { issues } = validateDocument(doc);
  return { en: issues.map((i) => `${i.path} ${i.message.en}`), da: issues.map((i) => `${i.path} ${i.message.da}`) };
}

describe('every schema bounds every string, list and number', () => {
  for (const { kind, schema } of rawSchemas()) {
    test(kind, () => {
      const unbounded: string[] = [];
      for (const [node, at] of nodes(schema, '#')) {
        const types = ([] as string[]).concat((node.type as string | string[] | undefined) ?? []);
        if (types.includes('string') && node.maxLength === undefined) unbounded.push(`${at}: string without maxLength`);
        if (types.includes('array') && node.maxItems === undefined) unbounded.push(`${at}: array without maxItems`);
        if (types.some((t) => t === 'number' || t === 'integer') && node.maximum === undefined && node.exclusiveMaximum === undefined) {
          unbounded.push(`${at}: number without maximum`);
        }
      }
      assert.deepEqual(unbounded, []);
    });
  }
});

describe('implausible documents are invalid, each at its pointer', () => {
  const capacity = () => example('capacity', 'practice-minimal.json');
  const flows = () => example('referral-flows', 'national-2022.json');
  const hours = () => example('accessibility-declaration', 'meets-all.json');

  test('years outside 1900–2100, and so no 10,000-year period', () => {
    assert.deepEqual(issuesAfter(capacity(), (d) => (d.asOf = '0000-01-01')).en, ['/asOf must be a date written YYYY-MM-DD, in the years 1900 to 2100']);
    assert.deepEqual(issuesAfter(capacity(), (d) => (d.asOf = '9999-12-31')).da, ['/asOf skal være en dato på formen ÅÅÅÅ-MM-DD fra år 1900 til 2100']);
    assert.deepEqual(issuesAfter(flows(), (d) => (d.period = { from: '1000-01-01', to: '9999-12-31' })).en.map((i) => i.split(' ')[0]), ['/period/from', '/period/to']);
    assert.deepEqual(issuesAfter(capacity(), (d) => (d.asOf = '2100-12-31')).en, []);
  });

  test('counts are whole and at most what Denmark holds; capacities a hundredth at least', () => {
    assert.deepEqual(issuesAfter(capacity(), (d) => (d.listedPatients = 10_000_000_000)).en, ['/listedPatients must be at most 10000000']);
    assert.deepEqual(issuesAfter(capacity(), (d) => (d.listedPatients = 1e308)).en, ['/listedPatients must be at most 10000000']);
    assert.deepEqual(issuesAfter(capacity(), (d) => (d.capacities = 5e-324)).en, ['/capacities must be at least 0.01']);
    assert.deepEqual(issuesAfter(capacity(), (d) => (d.capacities = 5e-324)).da, ['/capacities skal være mindst 0,01']);
    assert.deepEqual(issuesAfter(capacity(), (d) => (d.norm.value = Number.MIN_VALUE)).en, ['/norm/value must be at least 1']);
  });

  test('a rate may have decimals, a count of referrals not', () => {
    const whole = issuesAfter(flows(), (d) => (d.links[0].value = 3.7));
    assert.deepEqual(whole.en, ['/links/0/value must be a whole number of referrals when "unit" is "count"']);
    assert.deepEqual(whole.da, ['/links/0/value skal være et helt antal henvisninger, når «unit» er «count»']);
    assert.deepEqual(issuesAfter(example('referral-flows', 'per-100-patients-fictional.json'), (d) => (d.links[0].value = 3.7)).en, []);
    assert.deepEqual(issuesAfter(flows(), (d) => (d.links[0].value = 1e308)).en, ['/links/0/value must be at most 1000000000']);
  });

  test('names and sources contain a visible character', () => {
    const blank = 'must contain at least one visible character, not only spaces or invisible characters';
    for (const text of [' ', '\u200B', '\u00A0 \u2003', '\uFEFF', '\u200D\u200C', '\u3164', '\u2800']) {
      assert.deepEqual(issuesAfter(capacity(), (d) => (d.unit.name = text)).en, [`/unit/name ${blank}`], JSON.stringify(text));
      assert.deepEqual(issuesAfter(capacity(), (d) => (d.provenance.source = { da: 'Kilde', en: text })).en, [`/provenance/source/en ${blank}`]);
    }
    assert.deepEqual(issuesAfter(hours(), (d) => (d.practice.name = '\u200B')).en, [`/practice/name ${blank}`]);
  });

  test('intake.since is not after asOf', () => {
    const late = issuesAfter(capacity(), (d) => (d.intake = { status: 'closed', since: '2026-03-02' }));
    assert.deepEqual(late.en, ['/intake/since must not be after asOf (2026-03-01)']);
    assert.deepEqual(late.da, ['/intake/since må ikke ligge efter asOf (2026-03-01)']);
    assert.deepEqual(issuesAfter(capacity(), (d) => (d.intake = { status: 'closed', since: '2026-03-01' })).en, []);
  });

  test('a 1 MB label, 100,000 caveats or 10 million items cost little and are one issue each', () => {
    const started = performance.now();
    assert.deepEqual(issuesAfter(capacity(), (d) => (d.unit.name = 'x'.repeat(1_000_000))).en, ['/unit/name must be at most 200 characters']);
    assert.deepEqual(issuesAfter(capacity(), (d) => (d.provenance.caveats = Array.from({ length: 100_000 }, () => 'x'))).en, [
      '/provenance/caveats must have at most 20 items',
    ]);
    const long = new Array<unknown>(10_000_000).fill({ nonsense: true });
    assert.deepEqual(issuesAfter(capacity(), (d) => (d.provenance.definitions = long)).en, ['/provenance/definitions must have at most 50 items']);
    const took = performance.now() - started;
    assert.ok(took < 2000, `${Math.round(took)} ms`);
  });

  test('lists at their maximum with every item failing a check: no throw, at most 50 issues, in document order', () => {
    // 50,000 self-links to an unknown id give 150,000 issues from the checks; 400 exceptions on one
    // date conflict pairwise. Neither may overflow a call's arguments or the stack.
    const selfLinks = issuesAfter(flows(), (d) => (d.links = Array.from({ length: 50_000 }, () => ({ source: 'zz', target: 'zz', value: 1 }))));
    assert.equal(selfLinks.en.length, 50);
    assert.deepEqual(selfLinks.en.slice(0, 3), ['/links/0/source no node has the id "zz"', '/links/0/target no node has the id "zz"', '/links/0/target goes from "zz" to itself (a cycle)']);
    const oneDate = issuesAfter(hours(), (d) => (d.exceptions = Array.from({ length: 400 }, (_, i) => ({ date: '2026-04-07', reason: `r${i}`, closed: true }))));
    assert.equal(oneDate.en.length, 50);
    assert.match(oneDate.en[0] ?? '', /^\/exceptions\/0 conflicts with \/exceptions\/1 on 2026-04-07: /);
    assert.match(oneDate.en[2] ?? '', /^\/exceptions\/2 conflicts with \/exceptions\/0 on 2026-04-07: /);
  });

  test('every valid example stays valid', () => {
    for (const set of exampleSets()) for (const { file, data } of set.valid) assert.deepEqual(validateDocument(data).issues, [], `${set.kind}/${file}`);
  });
});
