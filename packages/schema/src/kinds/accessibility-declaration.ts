import { checkAccessibilityDeclaration } from '../checks/accessibility-declaration.js';
import declarationSchema, { SCHEMA_ID } from '../generated/accessibility-declaration.schema.js';
import provenanceSchema from '../generated/provenance.schema.js';
import type { AccessibilityDeclaration } from '../generated/types.js';
import type { ValidationIssue } from '../issue.js';
import { schemaThenChecks, type DocumentKind } from '../kind.js';
import { createValidator, type SchemaValidator } from '../validator.js';

export type { AccessibilityDeclaration };

export const ACCESSIBILITY_DECLARATION_SCHEMA_ID = SCHEMA_ID;

// Built on first use, so importing this module costs nothing and can be tree-shaken.
let validator: SchemaValidator | undefined;

/** Issues with an accessibility declaration (opening hours etc.), in document order. */
export function validateAccessibilityDeclaration(data: unknown): ValidationIssue[] {
  validator ??= createValidator([declarationSchema, provenanceSchema], ACCESSIBILITY_DECLARATION_SCHEMA_ID);
  return schemaThenChecks(validator, data, checkAccessibilityDeclaration);
}

export const accessibilityDeclarationKind: DocumentKind = {
  name: 'accessibility-declaration',
  schemaId: ACCESSIBILITY_DECLARATION_SCHEMA_ID,
  validate: validateAccessibilityDeclaration,
};
