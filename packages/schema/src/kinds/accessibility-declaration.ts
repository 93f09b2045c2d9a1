import { checkAccessibilityDeclaration } from '../checks/accessibility-declaration.js';
import declarationSchema, { SCHEMA_ID } from '../generated/accessibility-declaration.schema.js';
import type { AccessibilityDeclaration } from '../generated/types.js';
import type { ValidationIssue } from '../issue.js';
import { schemaThenChecks, type DocumentKind } from '../kind.js';

export type { AccessibilityDeclaration };

export const ACCESSIBILITY_DECLARATION_SCHEMA_ID = SCHEMA_ID;

/** Issues with an accessibility declaration (opening hours etc.), in document order. */
export function validateAccessibilityDeclaration(data: unknown): ValidationIssue[] {
  return schemaThenChecks(declarationSchema, data, checkAccessibilityDeclaration);
}

export const accessibilityDeclarationKind: DocumentKind = {
  name: 'accessibility-declaration',
  schemaId: ACCESSIBILITY_DECLARATION_SCHEMA_ID,
  validate: validateAccessibilityDeclaration,
};
