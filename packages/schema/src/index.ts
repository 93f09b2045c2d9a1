// Public API. Each kind lives in its own module (kinds/*), so a widget that imports only
// validateCapacity does not bundle the other schemas.
export type { LocalizedMessage, ValidationIssue } from './issue.js';
export type * from './generated/types.js';
export { CAPACITY_SCHEMA_ID, capacityKind, capacityRules, validateCapacity } from './kinds/capacity.js';
export {
  ACCESSIBILITY_DECLARATION_SCHEMA_ID,
  accessibilityDeclarationKind,
  accessibilityDeclarationRules,
  validateAccessibilityDeclaration,
} from './kinds/accessibility-declaration.js';
export { REFERRAL_FLOWS_SCHEMA_ID, referralFlowsKind, referralFlowsRules, validateReferralFlows } from './kinds/referral-flows.js';
export { DELEGATION_MATRIX_SCHEMA_ID, delegationMatrixKind, delegationMatrixRules, validateDelegationMatrix } from './kinds/delegation-matrix.js';
export { SCHEMA_ID as PROVENANCE_SCHEMA_ID } from './generated/provenance.schema.js';
export { DOCUMENT_KINDS, kindForSchemaId, validateDocument, type DocumentValidation } from './registry.js';
export type { DocumentKind, KindRules } from './kind.js';
// The full message factory is `words` in @praksis/schema/messages.js, imported from there only, so
// that a bundle of this entry keeps it a part of its own (words.ts).
export { UNWORDED, unworded, type Words } from './words.js';
export { createValidator, wordedValidator, type SchemaNode, type SchemaObject, type SchemaValidator, type ValidatorOptions, type WordingOptions } from './validator.js';
export { parseJsonText, readJsonText, lineColumn, type JsonSyntaxError, type ParsedJson, type TextPosition } from './json-text.js';
export { quickJson } from './json-quick.js';
export { MAX_DEPTH } from './depth.js';
