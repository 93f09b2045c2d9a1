import { checkCapacity } from '../checks/capacity.js';
import capacitySchema, { SCHEMA_ID } from '../generated/capacity.schema.js';
import type { CapacityDocument } from '../generated/types.js';
import type { ValidationIssue } from '../issue.js';
import { schemaThenChecks, type DocumentKind } from '../kind.js';

export type { CapacityDocument };

export const CAPACITY_SCHEMA_ID = SCHEMA_ID;

/** Issues with a capacity document, in document order; empty when it is valid. */
export function validateCapacity(data: unknown): ValidationIssue[] {
  return schemaThenChecks(capacitySchema, data, checkCapacity);
}

export const capacityKind: DocumentKind = { name: 'capacity', schemaId: CAPACITY_SCHEMA_ID, validate: validateCapacity };
