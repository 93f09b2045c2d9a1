// Ajv (a full JSON Schema implementation) and our interpreter must agree on valid/invalid for
// every example and for mutations of the valid ones: a seeded sample of them in `npm test`, all of
// them (about 130,000) in `npm run fuzz`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { compileSchema } from '../scripts/lib/compile.mjs';
import { createValidator, type SchemaObject } from '../src/validator.js';
import { childPointer } from '../src/pointer.js';
import accessibilitySchema from '../src/generated/accessibility-declaration.schema.js';
import capacitySchema from '../src/generated/capacity.schema.js';
import delegationMatrixSchema from '../src/generated/delegation-matrix.schema.js';
import provenanceSchema from '../src/generated/provenance.schema.js';
import referralFlowsSchema from '../src/generated/referral-flows.schema.js';
import { FULL } from './fuzz.js';
import { exampleSets, rawSchemas, SEMANTIC_ONLY } from './helpers.js';

const raw = rawSchemas();
const ajv = new Ajv2020({ strict: false, allErrors: true });
for (const { schema } of raw) ajv.addSchema(schema);

const generated: Record<string, SchemaObject> = {
  capacity: capacitySchema,
  'accessibility-declaration': accessibilitySchema,
  provenance: provenanceSchema,
  'delegation-matrix': delegationMatrixSchema,
  'referral-flows': referralFlowsSchema,
};

function idOf(kind: string): string {
  const found = raw.find((s) => s.kind === kind);
  assert.ok(found, `no schema for ${kind}`);
  return found.id;
}

/** Where Ajv sees problems: the value's pointer, plus the missing or extra property's. */
function ajvLocations(errors: readonly ErrorObject[]): Set<string> {
  const locations = new Set<string>();
  for (const e of errors) {
    locations.add(e.instancePath);
    const params = e.params as { missingProperty?: string; additionalProperty?: string };
    const name = params.missingProperty ?? params.additionalProperty;
    if (name !== undefined) locations.add(childPointer(e.instancePath, name));
  }
  return locations;
}

const STRINGS = ['', 'x', ' ', '\u200B', '😀'.repeat(40), '😀'.repeat(41), 'a'.repeat(201), 'a'.repeat(2001), '2026-02-30', '2026-13-01', '1899-12-31', '2100-12-31', '2101-01-01', 'https://example.dk/a', 'javascript:alert(1)', '12:30', '24:00', '7:30', '+45 70 11 22 33', '900101', 'open', 'doctor', 'not-stated', 'none'];
const NUMBERS = [0, -1, 5e-324, 0.009, 0.01, 0.5, 1, 1.5, 2, 3.7, 365, 366, 1e5, 1e5 + 1, 1e7, 1e7 + 1, 1e9, 1e9 + 1, 1e308];
const OTHERS = [null, true, false, [], {}, { da: 'x' }, { fr: 'x' }];

interface Mutation {
  name: string;
  /** Builds the mutated document, so a sample costs only what it uses. */
  data: () => unknown;
}

/** Mutations compared per kind in `npm test`; `npm run fuzz` compares them all. */
const SAMPLE = 600;

/** A seeded choice of `size` items, in their order (mulberry32: small, and the same everywhere). */
function sample<T>(items: readonly T[], size: number, seed: number): T[] {
  if (items.length <= size) return [...items];
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const picked = new Set<number>();
  while (picked.size < size) picked.add(Math.floor(random() * items.length));
  return [...picked].sort((a, b) => a - b).map((i) => items[i] as T);
}

/** Deletes each property, adds an unknown one, and swaps each value for other types and edge values. */
function* mutations(doc: unknown): Generator<Mutation> {
  const clone = () => structuredClone(doc) as Record<string, unknown>;
  const paths: (string | number)[][] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(doc, []);
  const at = (root: unknown, path: (string | number)[]) => path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], root);
  const replace = (path: (string | number)[], value: unknown): unknown => {
    if (path.length === 0) return value;
    const copy = clone();
    const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
    parent[path[path.length - 1] as string | number] = structuredClone(value);
    return copy;
  };
  for (const path of paths) {
    const name = `/${path.join('/')}`;
    const value = at(doc, path);
    if (path.length > 0) {
      const remove = () => {
        const copy = clone();
        const parent = at(copy, path.slice(0, -1));
        const last = path[path.length - 1] as string | number;
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete (parent as Record<string, unknown>)[last];
        return copy;
      };
      yield { name: `delete ${name}`, data: remove };
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      yield { name: `add unknown at ${name}`, data: () => replace(path, { ...value, zzUnknown: 1 }) };
    }
    if (Array.isArray(value) && value.length > 0) {
      const items = value as unknown[];
      yield { name: `repeat items of ${name}`, data: () => replace(path, [...items, ...items]) };
      yield { name: `reverse ${name}`, data: () => replace(path, [...items].reverse()) };
    }
    for (const other of [...STRINGS, ...NUMBERS, ...OTHERS]) {
      if (JSON.stringify(other) !== JSON.stringify(value)) yield { name: `${name} = ${JSON.stringify(other).slice(0, 20)}`, data: () => replace(path, other) };
    }
  }
}

for (const set of exampleSets()) {
  describe(`Ajv and the interpreter agree: ${set.kind}`, () => {
    const id = idOf(set.kind);
    const ajvValidate = ajv.getSchema(id);
    const generatedSchema = generated[set.kind];
    assert.ok(generatedSchema, `no generated schema for ${set.kind}`);
    const ours = {
      raw: createValidator(compileSchema(raw.map((s) => s.schema), id)),
      generated: createValidator(generatedSchema),
    };
    const semanticOnly = SEMANTIC_ONLY[set.kind] ?? [];

    const compare = (label: string, data: unknown) => {
      assert.ok(ajvValidate);
      const ajvValid = ajvValidate(data) as boolean;
      for (const [which, validator] of Object.entries(ours)) {
        const issues = validator.validate(data);
        assert.equal(issues.length === 0, ajvValid, `${label} (${which} schema): Ajv says ${ajvValid ? 'valid' : 'invalid'}, we found ${JSON.stringify(issues.slice(0, 3))}`);
        if (!ajvValid) {
          const locations = ajvLocations(ajvValidate.errors ?? []);
          for (const issue of issues) assert.ok(locations.has(issue.path), `${label}: we report ${issue.path}, Ajv only ${[...locations].join(', ')}`);
        }
      }
      return ajvValid;
    };

    test('every example', () => {
      for (const { file, data } of set.valid) assert.equal(compare(`valid/${file}`, data), true);
      for (const { file, data } of set.invalid) {
        assert.equal(compare(`invalid/${file}`, data), semanticOnly.includes(file), `invalid/${file}`);
      }
    });

    test(FULL ? 'every mutation of every valid example' : `${SAMPLE} mutations of the valid examples, a seeded sample`, () => {
      const all = set.valid.flatMap(({ file, data }) => [...mutations(data)].map((m) => ({ ...m, name: `${file}: ${m.name}` })));
      const chosen = FULL ? all : sample(all, SAMPLE, set.kind.length * 7919);
      let valid = 0;
      for (const mutation of chosen) if (compare(mutation.name, mutation.data())) valid++;
      // Both outcomes must be well represented, or the comparison proves little.
      const invalid = chosen.length - valid;
      assert.ok(invalid > chosen.length / 2, `only ${invalid} of ${chosen.length} mutations invalid`);
      assert.ok(valid > chosen.length / 50, `only ${valid} of ${chosen.length} mutations valid`);
    });
  });
}

describe('the schemas are valid JSON Schema 2020-12', () => {
  for (const { kind, schema } of raw) {
    test(kind, () => {
      assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
      // Strict mode catches unknown or misspelled keywords. strictRequired is off: anyOf
      // [{required:[a]},{required:[b]}] ("give a or b") is intended.
      const strict = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
      for (const s of raw) strict.addSchema(s.schema);
      assert.doesNotThrow(() => strict.getSchema(schema.$id as string));
    });
  }
});
