import type { ValidationIssue } from './issue.js';
import { wordedValidator, type SchemaNode } from './validator.js';
import type { SchemaWords, Words } from './words.js';

/**
 * A kind of document as a widget checks it: its schema `$id` and its rules, the issues worded by
 * the factory given (words.ts). A widget's descriptor holds this, so a page with a valid document
 * carries no words.
 */
export interface KindRules {
  /** Short name, the schema file's name without `.schema.json`, e.g. "capacity". */
  readonly name: string;
  readonly schemaId: string;
  check(data: unknown, words: Words): ValidationIssue[];
}

/** A kind of document: its schema `$id` and how to validate it, in words. */
export interface DocumentKind extends KindRules {
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
  words: SchemaWords,
): ValidationIssue[] {
  const issues = wordedValidator(schema, { maxIssues: MAX_ISSUES, words }).validate(data);
  if (issues.length > 0) return issues;
  return words.order(checks(data as T), data).slice(0, MAX_ISSUES);
}
