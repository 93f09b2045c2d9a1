import type { ValidationIssue } from './issue.js';

/** Escapes one reference token per RFC 6901 (`~` before `/`, so `~1` never turns into `/`). */
export const escapeToken = (token: string | number): string => `${token}`.replace(/~/g, '~0').replace(/\//g, '~1');

/** Appends one token to a pointer. */
export const childPointer = (parent: string, token: string | number): string => `${parent}/${escapeToken(token)}`;

/** Splits a pointer into unescaped tokens ("" gives []). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Sorts issues in document order (stable). A pointer that is not in the document, such as a
 * missing required field, sorts right after its parent and before the parent's children.
 */
export function sortByDocumentOrder<T extends ValidationIssue>(issues: readonly T[], data: unknown): T[] {
  // Nothing to order: skip walking the document (most documents are valid).
  if (issues.length < 2) return [...issues];
  // Pre-order position of every value in the document, keyed by pointer (arrays too: their keys
  // are the indices).
  const order = new Map<string, number>();
  const visit = (value: unknown, pointer: string): void => {
    order.set(pointer, order.size);
    if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) visit(item, childPointer(pointer, key));
  };
  visit(data, '');
  // Twice the position for a value in the document; one more than its parent's for one that is not.
  const key = (pointer: string): number =>
    2 * (order.get(pointer) ?? (order.get(pointer.slice(0, pointer.lastIndexOf('/'))) ?? -1) + 0.5);
  return [...issues].sort((a, b) => key(a.path) - key(b.path));
}
