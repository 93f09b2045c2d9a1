// Types for compile.mjs, for the tests that compile schemas of their own.
import type { SchemaNode, SchemaObject } from '../../src/validator.js';

/** A JSON Schema as written (with $id, $ref, annotations). */
export interface JsonSchema {
  readonly [keyword: string]: unknown;
}

/** Where a compact schema is written: the $id of its file and a JSON pointer inside it. */
export interface SchemaLocation {
  readonly id: string;
  readonly pointer: string;
}

export interface CompiledSchemas {
  /** $id -> the compact form of that schema. */
  readonly roots: ReadonlyMap<string, SchemaNode>;
  /** Every compact object a $ref points at, and every root, with where it is written. */
  readonly targets: ReadonlyMap<SchemaObject, SchemaLocation>;
}

export function compileSchemas(schemas: readonly JsonSchema[]): CompiledSchemas;
export function compileSchema(schemas: readonly JsonSchema[], rootId: string): SchemaNode;
