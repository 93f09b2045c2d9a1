import type { ValidationIssue } from './issue.js';

/** Escapes one reference token per RFC 6901 (`~` before `/`, so `~1` never turns into `/`). */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Appends one token to a pointer. */
export function childPointer(parent: string, token: string | number): string {
  return `${parent}/${escapeToken(token)}`;
}

/** Splits a pointer into unescaped tokens ("" gives []). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Pre-order position of every value in the document, keyed by pointer. */
function positions(data: unknown): Map<string, number> {
  const order = new Map<string, number>();
  const visit = (value: unknown, pointer: string): void => {
    order.set(pointer, order.size);
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, childPointer(pointer, i)));
    else if (isRecord(value)) for (const key of Object.keys(value)) visit(value[key], childPointer(pointer, key));
  };
  visit(data, '');
  return order;
}

/**
 * Sorts issues in document order (stable). A pointer that is not in the document, such as a
 * missing required field, sorts right after its parent and before the parent's children.
 */
export function sortByDocumentOrder<T extends ValidationIssue>(issues: readonly T[], data: unknown): T[] {
  if (issues.length < 2) return [...issues];
  const order = positions(data);
  const key = (pointer: string): [number, number] => {
    const own = order.get(pointer);
    if (own !== undefined) return [own, 0];
    const parent = pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
    return [order.get(parent) ?? -1, 1];
  };
  return issues
    .map((issue, index) => ({ issue, index, key: key(issue.path) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.index - b.index)
    .map(({ issue }) => issue);
}
