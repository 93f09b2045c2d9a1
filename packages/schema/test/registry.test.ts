import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ACCESSIBILITY_DECLARATION_SCHEMA_ID,
  CAPACITY_SCHEMA_ID,
  DOCUMENT_KINDS,
  PROVENANCE_SCHEMA_ID,
  kindForSchemaId,
  validateDocument,
} from '../src/index.js';
import { rawSchemas } from './helpers.js';

describe('validateDocument', () => {
  const ids = DOCUMENT_KINDS.map((k) => k.schemaId).join(', ');

  test('every document schema is a registered kind, by its file name', () => {
    const documents = rawSchemas().filter((s) => s.schema.type === 'object');
    assert.deepEqual(
      DOCUMENT_KINDS.map((k) => [k.name, k.schemaId]).sort(),
      documents.map((s) => [s.kind, s.id]).sort(),
    );
    assert.equal(CAPACITY_SCHEMA_ID, 'https://praksis-widgets.dk/schema/v1/capacity.schema.json');
    assert.equal(ACCESSIBILITY_DECLARATION_SCHEMA_ID, 'https://praksis-widgets.dk/schema/v1/accessibility-declaration.schema.json');
    assert.equal(PROVENANCE_SCHEMA_ID, 'https://praksis-widgets.dk/schema/v1/provenance.schema.json');
    assert.equal(kindForSchemaId(CAPACITY_SCHEMA_ID)?.name, 'capacity');
    assert.equal(kindForSchemaId(PROVENANCE_SCHEMA_ID), undefined, 'provenance is shared, not a document');
  });

  test('picks the kind from $schema', () => {
    const result = validateDocument({ $schema: CAPACITY_SCHEMA_ID });
    assert.equal(result.kind, 'capacity');
    assert.ok(result.issues.some((i) => i.path === '/norm'));
  });

  test('missing $schema lists the known ids', () => {
    assert.deepEqual(validateDocument({ unit: {} }), {
      kind: undefined,
      issues: [{ path: '/$schema', message: { da: `mangler $schema; brug en af: ${ids}`, en: `missing $schema; use one of: ${ids}` } }],
    });
  });

  test('unknown $schema lists the known ids', () => {
    const result = validateDocument({ $schema: 'https://example.org/other.json' });
    assert.equal(result.kind, undefined);
    assert.equal(result.issues.length, 1);
    assert.equal(result.issues[0]?.path, '/$schema');
    assert.equal(result.issues[0]?.message.en, `unknown $schema; use one of: ${ids}`);
  });

  test('not an object', () => {
    for (const data of [null, [], 'x', 3]) {
      assert.deepEqual(validateDocument(data), { kind: undefined, issues: [{ path: '', message: { da: 'skal være et JSON-objekt', en: 'must be a JSON object' } }] });
    }
  });
});
