import { capacityChecks } from '../checks/capacity.js';
import capacitySchema, { SCHEMA_ID } from '../generated/capacity.schema.js';
import type { CapacityDocument } from '../generated/types.js';
import type { ValidationIssue } from '../issue.js';
import { schemaThenChecks, type DocumentKind, type KindRules } from '../kind.js';
import { schemaWords, capacityWords } from '../messages.js';
import type { SchemaWords, CapacityWords } from '../words.js';

export type { CapacityDocument };

export const CAPACITY_SCHEMA_ID = SCHEMA_ID;

/** Issues worded by `m`, a factory with the words this kind's validation can say (words.ts). */
const check = (data: unknown, m: SchemaWords & CapacityWords): ValidationIssue[] => schemaThenChecks(capacitySchema, data, capacityChecks(m).checkCapacity, m);

/** The kind as a widget checks it, its issues worded by the factory given. */
export const capacityRules: KindRules = { name: 'capacity', schemaId: CAPACITY_SCHEMA_ID, check };

/** Issues with a capacity document, in document order; empty when it is valid. */
export function validateCapacity(data: unknown): ValidationIssue[] {
  return check(data, { ...schemaWords, ...capacityWords });
}

export const capacityKind: DocumentKind = { ...capacityRules, validate: validateCapacity };
