// Issues in document order, as every route reports them (pointer.ts re-exports this).
import type { ValidationIssue } from './issue.js';

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
 * missing required field, sorts right after its parent and before the parent's children; one whose
 * parent is not there either sorts first. Only the containers on the issues' paths are looked at,
 * so sorting a few issues in a large document costs nothing like a walk of it.
 */
export function sortByDocumentOrder<T extends ValidationIssue>(issues: readonly T[], data: unknown): T[] {
  // Nothing to order (most documents are valid).
  if (issues.length < 2) return [...issues];
  /** Each container's keys in the order Object.entries gives them, listed once per sort. */
  const positions = new Map<object, Map<string, number>>();
  /**
   * Where a pointer is, as numbers compared in turn: 0, then the position of each step among its
   * container's keys; a missing last step is -0.5 (after the parent, before its children); a
   * pointer whose parent is missing too is [-1].
   */
  const place = (pointer: string): number[] => {
    // Not a pointer at all: first, as a pointer whose parent is missing (and nothing thrown).
    if (pointer !== '' && pointer[0] !== '/') return [-1];
    const steps = [0];
    const tokens = parsePointer(pointer);
    let value = data;
    for (let i = 0; i < tokens.length; i++) {
      let keys: Map<string, number> | undefined;
      if (typeof value === 'object' && value !== null) {
        keys = positions.get(value);
        if (!keys) positions.set(value, (keys = new Map(Object.keys(value).map((key, position) => [key, position]))));
      }
      const position = keys?.get(tokens[i]!);
      if (position === undefined) return i === tokens.length - 1 ? [...steps, -0.5] : [-1];
      steps.push(position);
      value = (value as Record<string, unknown>)[tokens[i]!];
    }
    return steps;
  };
  const places = issues.map(({ path }) => place(path));
  const compare = (a: number[], b: number[]): number => {
    for (let d = 0; d < a.length && d < b.length; d++) if (a[d] !== b[d]) return a[d]! - b[d]!;
    return a.length - b.length;
  };
  return issues
    .map((_, i) => i)
    .sort((i, j) => compare(places[i]!, places[j]!) || i - j)
    .map((i) => issues[i]!);
}
