// The compiled validator answers exactly as the plain interpreter it replaced
// (test/reference-validator.ts): the same issues, pointers, messages and order, on every example,
// on mutations of the valid ones, on large documents and on hostile values. A seeded sample in
// `npm test`; `npm run fuzz` compares every mutation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asDocument, layeredGraph, SIZES } from '../../referral-sankey/bench/graphs.mjs';
import accessibilitySchema from '../src/generated/accessibility-declaration.schema.js';
import capacitySchema from '../src/generated/capacity.schema.js';
import delegationMatrixSchema from '../src/generated/delegation-matrix.schema.js';
import referralFlowsSchema from '../src/generated/referral-flows.schema.js';
import { MAX_DEPTH } from '../src/depth.js';
import { compileSchema } from '../scripts/lib/compile.mjs';
import { createValidator, type SchemaNode, type SchemaObject } from '../src/validator.js';
import { FULL } from './fuzz.js';
import { exampleSets, SEMANTIC_ONLY } from './helpers.js';
import { mutations, sample, SAMPLE } from './mutations.js';
import { checkReferralFlows } from '../src/checks/referral-flows.js';
import type { ReferralFlows } from '../src/generated/types.js';
import { referenceCheckReferralFlows } from './reference-referral-flows.js';
import { referenceSort, referenceValidate } from './reference-validator.js';
import { sortByDocumentOrder } from '../src/pointer.js';

const SCHEMAS: Record<string, SchemaObject> = {
  capacity: capacitySchema,
  'accessibility-declaration': accessibilitySchema,
  'delegation-matrix': delegationMatrixSchema,
  'referral-flows': referralFlowsSchema,
};

/** Every issue, not only the first 50: the whole answer before it is cut must agree. */
const ALL = 10_000;

function assertSame(schema: SchemaNode, data: unknown, label: string): void {
  const ours = createValidator(schema, { maxIssues: ALL }).validate(data);
  assert.deepEqual(ours, referenceValidate(schema, data, ALL), label);
}

/** `depth` arrays inside each other, the innermost holding `leaf`. */
const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

const sankey = (size: (typeof SIZES)[number]) => asDocument(layeredGraph(size), size.name) as Record<string, unknown> & { nodes: Record<string, unknown>[]; links: Record<string, unknown>[] };

for (const set of exampleSets()) {
  const schema = SCHEMAS[set.kind];
  if (!schema) continue;
  describe(`the compiled validator answers as the interpreter: ${set.kind}`, () => {
    test('every example', () => {
      for (const { file, data } of [...set.valid, ...set.invalid]) assertSame(schema, data, file);
    });

    test(FULL ? 'every mutation of every valid example' : `${SAMPLE / 4} mutations of the valid examples, a seeded sample`, () => {
      const all = set.valid.flatMap(({ file, data }) => [...mutations(data)].map((m) => ({ ...m, name: `${file}: ${m.name}` })));
      for (const mutation of FULL ? all : sample(all, SAMPLE / 4, set.kind.length * 104_729)) assertSame(schema, mutation.data(), mutation.name);
    });
  });
}

describe('the compiled validator answers as the interpreter: large and hostile referral flows', () => {
  const schema = referralFlowsSchema;

  test('the benchmark graphs, and mutations of a mid-sized one', () => {
    for (const size of SIZES.slice(0, 2)) assertSame(schema, sankey(size), size.name);
    const doc = sankey(SIZES[1]!);
    const all = [...mutations(doc)];
    for (const mutation of sample(all, FULL ? 2000 : 20, 7)) assertSame(schema, mutation.data(), mutation.name);
  });

  test('more issues than are kept, in and out of document order', () => {
    const doc = sankey(SIZES[2]!);
    doc.links.forEach((link, i) => {
      if (i % 2) link.value = -1;
      else link.zz = i;
    });
    doc.nodes.forEach((node, i) => Object.assign(node, i % 3 ? { stage: 12 } : { label: ' ' }));
    doc.zzTop = true;
    delete doc.title;
    assert.equal(referenceValidate(schema, doc, ALL).length, 1000, 'as many issues as are kept');
    assertSame(schema, doc, 'half the links and every node wrong');
    assertSame(schema, { ...doc, links: doc.links.slice(0, 2) }, 'fewer links');
  });

  test('too deep wherever it is: walked or not, past the issues kept, or inside itself', () => {
    const deep = nested(MAX_DEPTH);
    const cases: [string, (doc: ReturnType<typeof sankey>) => void][] = [
      ['in a label', (doc) => (doc.nodes[3]!.label = { da: deep })],
      ['in an unknown field', (doc) => (doc.links[5]!.extra = deep)],
      ['in an unknown field at the top', (doc) => (doc.zz = deep)],
      ['just deep enough', (doc) => (doc.zz = nested(MAX_DEPTH - 2))],
      ['in a value of the wrong type', (doc) => (doc.links[7]!.value = deep)],
      ['past the issues kept', (doc) => {
        doc.links.forEach((link) => (link.value = -1));
        doc.links[doc.links.length - 1]!.source = deep;
      }],
      ['in links over maxItems', (doc) => (doc.links = [...Array.from({ length: 50_001 }, () => 1), deep] as never)],
      ['twice: the first in document order counts', (doc) => {
        doc.zz = deep;
        doc.nodes[0]!.zz = deep;
      }],
      ['inside itself', (doc) => (doc.nodes[2]!.label = doc)],
      ['an object inside itself, not walked', (doc) => {
        const loop: Record<string, unknown> = {};
        loop.again = loop;
        doc.provenance = { ...(doc.provenance as object), zz: loop };
      }],
    ];
    for (const [label, change] of cases) {
      const doc = sankey(SIZES[0]!);
      change(doc);
      assertSame(schema, doc, label);
    }
  });

  test('values JSON cannot hold, and keys that need escaping or sort as numbers', () => {
    const changes: [string, (doc: ReturnType<typeof sankey>) => void][] = [
      ['NaN and Infinity', (doc) => Object.assign(doc.links[0]!, { value: NaN, source: Infinity })],
      ['undefined counts as absent', (doc) => Object.assign(doc.links[1]!, { target: undefined, zz: undefined })],
      ['a sparse array', (doc) => (doc.nodes = Object.assign([doc.nodes[0]], { 2: doc.nodes[1] }) as never)],
      ['keys with / and ~, and numeric keys', (doc) => Object.assign(doc.provenance as object, { 'a/b': 1, '~0': 2, 10: 3, 2: 4 })],
      ['an own __proto__ field', (doc) => Object.assign(doc.nodes[0]!, JSON.parse('{"__proto__": 1}') as object)],
      ['objects that are not plain', (doc) => Object.assign(doc, { period: new Date(0), provenance: new Map() })],
      ['a function and a symbol', (doc) => Object.assign(doc.nodes[1]!, { id: () => 1, label: Symbol('x') })],
      ['inherited fields do not count', (doc) => (doc.links[2] = Object.create(doc.links[2]!) as Record<string, unknown>)],
    ];
    for (const [label, change] of changes) {
      const doc = sankey(SIZES[0]!);
      change(doc);
      assertSame(schema, doc, label);
    }
    for (const data of [undefined, null, 0, 'x', [], {}, nested(MAX_DEPTH + 5), [[]]]) assertSame(schema, data, String(data));
  });
});

describe('the compiled validator answers as the interpreter: a schema that contains itself', () => {
  const ID = 'https://example.test/schema/v1/tree.schema.json';
  const tree = compileSchema([{ $id: ID, type: 'object', properties: { child: { $ref: '#' }, name: { type: 'string' } }, additionalProperties: false }], ID) as SchemaObject;
  const chain = (depth: number, leaf: Record<string, unknown> = {}): Record<string, unknown> => {
    let value = leaf;
    for (let i = 0; i < depth; i++) value = { name: `n${i}`, child: value };
    return value;
  };

  test('walked all the way down: deep enough, too deep, inside itself', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.child = loop;
    for (const [label, data] of Object.entries({
      fits: chain(MAX_DEPTH - 1),
      'fits, with issues': chain(MAX_DEPTH - 1, { name: 1, zz: 2 }),
      'too deep': chain(MAX_DEPTH),
      'too deep, with issues on the way': chain(MAX_DEPTH + 3, { zz: 1 }),
      'inside itself': loop,
    })) {
      assertSame(tree, data, label);
    }
  });
});

describe('the referral-flow checks answer as before they were made linear', () => {
  /** A seeded generator (mulberry32), so every run checks the same graphs. */
  const seeded = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  /** What can be wrong with the graph of a schema-valid document, each applied at random places. */
  const breaks: ((doc: ReferralFlows, pick: (n: number) => number) => void)[] = [
    (doc, pick) => (doc.links[pick(doc.links.length)]!.target = doc.nodes[pick(doc.nodes.length)]!.id),
    (doc, pick) => (doc.links[pick(doc.links.length)]!.source = doc.nodes[pick(doc.nodes.length)]!.id),
    (doc, pick) => doc.links.push({ ...doc.links[pick(doc.links.length)]! }),
    (doc, pick) => (doc.nodes[pick(doc.nodes.length)]!.id = doc.nodes[pick(doc.nodes.length)]!.id),
    (doc, pick) => (doc.links[pick(doc.links.length)]!.target = 'nowhere'),
    (doc, pick) => (doc.links[pick(doc.links.length)]!.value = 0.5),
    (doc, pick) => (doc.links[pick(doc.links.length)]!.value = NaN),
    (doc, pick) => (doc.links[pick(doc.links.length)]!.value = -2),
    (doc, pick) => doc.nodes.push({ id: `alone${pick(9)}`, label: 'Alone' }),
    (doc) => doc.links.forEach((link) => (link.value = 0)),
    (doc, pick) => {
      const link = doc.links[pick(doc.links.length)]!;
      doc.links.push({ source: link.target, target: link.source, value: 1 });
    },
    (doc, pick) => {
      // The graphs' columns are runs of node numbers, so most links go left to right.
      doc.stages = ['a', 'b', 'c', 'd', 'e'];
      doc.nodes.forEach((node, i) => (node.stage = Math.floor((i * 5) / doc.nodes.length)));
      if (pick(2)) delete doc.nodes[pick(doc.nodes.length)]!.stage;
    },
    (doc) => (doc.period = { from: '2024-02-30', to: '2023-01-01' }),
  ];

  test('graphs broken in one to three places, and the examples', () => {
    const random = seeded(2024);
    const pick = (n: number) => Math.floor(random() * n);
    const base = sankey(SIZES[1]!) as unknown as ReferralFlows;
    // The checks run on schema-valid documents only: the valid examples and those only they reject.
    const examples = exampleSets().find((set) => set.kind === 'referral-flows')!;
    const shapeValid = [...examples.valid, ...examples.invalid.filter((e) => SEMANTIC_ONLY['referral-flows']!.includes(e.file))];
    const docs = shapeValid.map((e) => e.data as ReferralFlows);
    for (let run = 0; run < (FULL ? 3000 : 80); run++) {
      const doc = structuredClone(base);
      for (let k = 0, n = 1 + pick(3); k < n; k++) breaks[pick(breaks.length)]!(doc, pick);
      docs.push(doc);
    }
    for (const doc of docs) assert.deepEqual(checkReferralFlows(doc), referenceCheckReferralFlows(doc));
  });
});

describe('sorting into document order answers as the map of every pointer did', () => {
  test('pointers in the document, missing from it, and without a parent, in every order', () => {
    const data = { b: Object.assign([{ x: 1 }], { 2: { 'a/b': { '~0': 2 } } }), a: { 10: 1, 2: { u: undefined }, z: 'z' }, '': 0 } as unknown;
    const pointers = ['', '/b', '/b/0', '/b/0/x', '/b/0/y', '/b/1', '/b/2/a~1b/~00', '/b/2/a~1b/zz', '/a', '/a/10', '/a/2', '/a/2/u', '/a/2/v/w', '/a/z', '/', '/c', '/c/d', '/b/9/q', '/a/z/0', 'not-a-pointer'];
    const random = (() => {
      let seed = 99;
      return () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    })();
    for (let run = 0; run < 200; run++) {
      const issues = pointers.filter(() => random() < 0.6).map((path, i) => ({ path, message: { da: `${i}`, en: `${i}` } }));
      issues.sort(() => random() - 0.5);
      assert.deepEqual(sortByDocumentOrder(issues, data), referenceSort(issues, data));
    }
  });
});
