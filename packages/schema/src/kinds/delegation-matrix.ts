import { checkDelegationMatrix } from '../checks/delegation-matrix.js';
import delegationMatrixSchema, { SCHEMA_ID } from '../generated/delegation-matrix.schema.js';
import type { DelegationMatrixDocument } from '../generated/types.js';
import type { ValidationIssue } from '../issue.js';
import { schemaThenChecks, type DocumentKind } from '../kind.js';

export type { DelegationMatrixDocument };

export const DELEGATION_MATRIX_SCHEMA_ID = SCHEMA_ID;

/** Issues with a delegation-matrix document, in document order; empty when it is valid. */
export function validateDelegationMatrix(data: unknown): ValidationIssue[] {
  return schemaThenChecks(delegationMatrixSchema, data, checkDelegationMatrix);
}

export const delegationMatrixKind: DocumentKind = {
  name: 'delegation-matrix',
  schemaId: DELEGATION_MATRIX_SCHEMA_ID,
  validate: validateDelegationMatrix,
};
