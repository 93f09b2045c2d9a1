import { accessibilityChecks } from '../checks/accessibility-declaration.js';
import declarationSchema, { SCHEMA_ID } from '../generated/accessibility-declaration.schema.js';
import type { AccessibilityDeclaration } from '../generated/types.js';
import type { ValidationIssue } from '../issue.js';
import { schemaThenChecks, type DocumentKind, type KindRules } from '../kind.js';
import { schemaWords, hoursWords } from '../messages.js';
import type { SchemaWords, HoursWords } from '../words.js';

export type { AccessibilityDeclaration };

export const ACCESSIBILITY_DECLARATION_SCHEMA_ID = SCHEMA_ID;

/** Issues worded by `m`, a factory with the words this kind's validation can say (words.ts). */
const check = (data: unknown, m: SchemaWords & HoursWords): ValidationIssue[] => schemaThenChecks(declarationSchema, data, accessibilityChecks(m).checkAccessibilityDeclaration, m);

/** The kind as a widget checks it, its issues worded by the factory given. */
export const accessibilityDeclarationRules: KindRules = { name: 'accessibility-declaration', schemaId: ACCESSIBILITY_DECLARATION_SCHEMA_ID, check };

/** Issues with an accessibility declaration (opening hours etc.), in document order. */
export function validateAccessibilityDeclaration(data: unknown): ValidationIssue[] {
  return check(data, { ...schemaWords, ...hoursWords });
}

export const accessibilityDeclarationKind: DocumentKind = { ...accessibilityDeclarationRules, validate: validateAccessibilityDeclaration };
