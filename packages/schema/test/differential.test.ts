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
import { mutations, sample, SAMPLE } from './mutations.js';

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
