/** Escapes one reference token per RFC 6901 (`~` before `/`, so `~1` never turns into `/`). */
export const escapeToken = (token: string | number): string => `${token}`.replace(/~/g, '~0').replace(/\//g, '~1');

/** Appends one token to a pointer. */
export const childPointer = (parent: string, token: string | number): string => `${parent}/${escapeToken(token)}`;

// Ordering issues (and reading the pointers they hold) is for describing them, which only a
// document with problems needs: a module of its own, so that a bundle that validates without words
// leaves it out (words.ts).
export { parsePointer, sortByDocumentOrder } from './document-order.js';
