// Ajv (a full JSON Schema implementation) and our interpreter must agree on valid/invalid for
// every example and for thousands of mutations of the valid ones.
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

const STRINGS = ['', 'x', '😀'.repeat(40), '😀'.repeat(41), 'a'.repeat(2001), '2026-02-30', '2026-13-01', 'https://example.dk/a', 'javascript:alert(1)', '12:30', '24:00', '7:30', '+45 70 11 22 33', '900101', 'open', 'doctor', 'not-stated', 'none'];
const NUMBERS = [0, -1, 0.5, 1, 1.5, 2, 365, 366, 1e9];
const OTHERS = [null, true, false, [], {}, { da: 'x' }, { fr: 'x' }];

interface Mutation {
  name: string;
  data: unknown;
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
      const copy = clone();
      const parent = at(copy, path.slice(0, -1));
      const last = path[path.length - 1] as string | number;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, unknown>)[last];
      yield { name: `delete ${name}`, data: copy };
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      yield { name: `add unknown at ${name}`, data: replace(path, { ...value, zzUnknown: 1 }) };
    }
    if (Array.isArray(value) && value.length > 0) {
      const items = value as unknown[];
      yield { name: `repeat items of ${name}`, data: replace(path, [...items, ...items]) };
      yield { name: `reverse ${name}`, data: replace(path, [...items].reverse()) };
    }
    for (const other of [...STRINGS, ...NUMBERS, ...OTHERS]) {
      if (JSON.stringify(other) !== JSON.stringify(value)) yield { name: `${name} = ${JSON.stringify(other).slice(0, 20)}`, data: replace(path, other) };
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

    test('mutations of every valid example', () => {
      let valid = 0;
      let invalid = 0;
      for (const { file, data } of set.valid) {
        for (const mutation of mutations(data)) {
          if (compare(`${file}: ${mutation.name}`, mutation.data)) valid++;
          else invalid++;
        }
      }
      // Both outcomes must be well represented, or the comparison proves little.
      assert.ok(invalid > 1000, `only ${invalid} invalid mutations`);
      assert.ok(valid > 100, `only ${valid} valid mutations`);
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
