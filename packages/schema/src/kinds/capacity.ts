import { checkCapacity } from '../checks/capacity.js';
import capacitySchema, { SCHEMA_ID } from '../generated/capacity.schema.js';
import provenanceSchema from '../generated/provenance.schema.js';
import type { CapacityDocument } from '../generated/types.js';
import type { ValidationIssue } from '../issue.js';
import { schemaThenChecks, type DocumentKind } from '../kind.js';
import { createValidator, type SchemaValidator } from '../validator.js';

export type { CapacityDocument };

export const CAPACITY_SCHEMA_ID = SCHEMA_ID;

// Built on first use, so importing this module costs nothing and can be tree-shaken.
let validator: SchemaValidator | undefined;

/** Issues with a capacity document, in document order; empty when it is valid. */
export function validateCapacity(data: unknown): ValidationIssue[] {
  validator ??= createValidator([capacitySchema, provenanceSchema], CAPACITY_SCHEMA_ID);
  return schemaThenChecks(validator, data, checkCapacity);
}

export const capacityKind: DocumentKind = { name: 'capacity', schemaId: CAPACITY_SCHEMA_ID, validate: validateCapacity };
