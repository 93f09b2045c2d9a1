import type { ValidationIssue } from './issue.js';
import { sortByDocumentOrder } from './pointer.js';
import { createValidator, type SchemaNode } from './validator.js';

/** A kind of document: its schema `$id` and how to validate it. */
export interface DocumentKind {
  /** Short name, the schema file's name without `.schema.json`, e.g. "capacity". */
  readonly name: string;
  readonly schemaId: string;
  validate(data: unknown): ValidationIssue[];
}

const MAX_ISSUES = 50;

/**
 * Schema first; the semantic checks only once the shape is right, since they rely on it.
 */
export function schemaThenChecks<T>(
  schema: SchemaNode,
  data: unknown,
  checks: (doc: T) => ValidationIssue[],
): ValidationIssue[] {
  const issues = createValidator(schema, { maxIssues: MAX_ISSUES }).validate(data);
  if (issues.length > 0) return issues;
  return sortByDocumentOrder(checks(data as T), data).slice(0, MAX_ISSUES);
}
