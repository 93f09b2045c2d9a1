// Public API. Each kind lives in its own module (kinds/*), so a widget that imports only
// validateCapacity does not bundle the other schemas.
export type { LocalizedMessage, ValidationIssue } from './issue.js';
export type * from './generated/types.js';
export { CAPACITY_SCHEMA_ID, capacityKind, validateCapacity } from './kinds/capacity.js';
export {
  ACCESSIBILITY_DECLARATION_SCHEMA_ID,
  accessibilityDeclarationKind,
  validateAccessibilityDeclaration,
} from './kinds/accessibility-declaration.js';
export { REFERRAL_FLOWS_SCHEMA_ID, referralFlowsKind, validateReferralFlows } from './kinds/referral-flows.js';
export { DELEGATION_MATRIX_SCHEMA_ID, delegationMatrixKind, validateDelegationMatrix } from './kinds/delegation-matrix.js';
export { SCHEMA_ID as PROVENANCE_SCHEMA_ID } from './generated/provenance.schema.js';
export { DOCUMENT_KINDS, kindForSchemaId, validateDocument, type DocumentValidation } from './registry.js';
export type { DocumentKind } from './kind.js';
export { createValidator, type SchemaNode, type SchemaObject, type SchemaValidator, type ValidatorOptions } from './validator.js';
export { parseJsonText, lineColumn, type JsonSyntaxError, type ParsedJson, type TextPosition } from './json-text.js';
export { MAX_DEPTH } from './depth.js';
