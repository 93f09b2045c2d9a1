import { delegationMatrixChecks } from '../checks/delegation-matrix.js';
import delegationMatrixSchema, { SCHEMA_ID } from '../generated/delegation-matrix.schema.js';
import type { DelegationMatrixDocument } from '../generated/types.js';
import type { ValidationIssue } from '../issue.js';
import { schemaThenChecks, type DocumentKind, type KindRules } from '../kind.js';
import { schemaWords, matrixWords } from '../messages.js';
import type { SchemaWords, MatrixWords } from '../words.js';

export type { DelegationMatrixDocument };

export const DELEGATION_MATRIX_SCHEMA_ID = SCHEMA_ID;

/** Issues worded by `m`, a factory with the words this kind's validation can say (words.ts). */
const check = (data: unknown, m: SchemaWords & MatrixWords): ValidationIssue[] => schemaThenChecks(delegationMatrixSchema, data, delegationMatrixChecks(m).checkDelegationMatrix, m);

/** The kind as a widget checks it, its issues worded by the factory given. */
export const delegationMatrixRules: KindRules = { name: 'delegation-matrix', schemaId: DELEGATION_MATRIX_SCHEMA_ID, check };

/** Issues with a delegation-matrix document, in document order; empty when it is valid. */
export function validateDelegationMatrix(data: unknown): ValidationIssue[] {
  return check(data, { ...schemaWords, ...matrixWords });
}

export const delegationMatrixKind: DocumentKind = { ...delegationMatrixRules, validate: validateDelegationMatrix };
