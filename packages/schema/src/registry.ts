/** Picks a document's kind from its `$schema`. Add a kind here, in one line, to make it known. */
import type { ValidationIssue } from './issue.js';
import type { DocumentKind } from './kind.js';
import { accessibilityDeclarationKind } from './kinds/accessibility-declaration.js';
import { capacityKind } from './kinds/capacity.js';
import { delegationMatrixKind } from './kinds/delegation-matrix.js';
import { referralFlowsKind } from './kinds/referral-flows.js';
import * as m from './messages.js';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  capacityKind,
  accessibilityDeclarationKind,
  referralFlowsKind,
  delegationMatrixKind,
];

export interface DocumentValidation {
  /** The kind's name, e.g. "capacity"; undefined when `$schema` names no known kind. */
  kind: string | undefined;
  issues: ValidationIssue[];
}

export function kindForSchemaId(id: unknown): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((kind) => kind.schemaId === id);
}

/** Validates any known document, choosing the schema from its top-level `$schema`. */
export function validateDocument(data: unknown): DocumentValidation {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { kind: undefined, issues: [{ path: '', message: m.notAnObject() }] };
  }
  const id = (data as Record<string, unknown>).$schema;
  const kind = kindForSchemaId(id);
  if (kind === undefined) {
    const known = DOCUMENT_KINDS.map((k) => k.schemaId);
    return { kind: undefined, issues: [{ path: '/$schema', message: m.unknownSchema(known, id === undefined) }] };
  }
  return { kind: kind.name, issues: kind.validate(data) };
}
