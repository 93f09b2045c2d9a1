// The compact form of a schema that scripts/lib/compile.mjs writes into src/generated and the
// validator reads (validator.ts): its types, and the keywords that bound a size. It holds no
// words: every page with valid data loads it, and the words (messages.ts) are made from it.

/** A schema in compact form (see scripts/lib/compile.mjs). */
export type SchemaNode = boolean | SchemaObject;

export interface SchemaObject {
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly properties?: { readonly [name: string]: SchemaNode };
  readonly required?: readonly string[];
  readonly additionalProperties?: SchemaNode;
  readonly minProperties?: number;
  readonly items?: SchemaNode;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  /** The schema a `$ref` beside other keywords points at (a `$ref` on its own is replaced by it). */
  readonly $ref?: SchemaNode;
  readonly allOf?: readonly SchemaNode[];
  readonly anyOf?: Alternatives;
  readonly oneOf?: Alternatives;
}

/** anyOf/oneOf: the branches, and how a failure is explained where the schema alone decides it. */
export interface Alternatives {
  readonly of: readonly SchemaNode[];
  /**
   * What to say when no branch matches, where that does not depend on the data: `fields` when
   * each branch only requires fields (the fields are named), `values` when each is a closed set of
   * values (const, enum or a bare boolean type: every value is listed).
   */
  readonly none?: 'fields' | 'values';
  /** Otherwise the JSON types each branch expects (none listed: any). */
  readonly types?: readonly (readonly string[])[];
  /** oneOf: true when more than one branch can match a value, which is then a problem. */
  readonly several?: true;
}

/** The keywords that bound a size, and the JSON type each applies to (their words: BOUND_WORDS in messages.ts). */
export const BOUND_KEYWORDS = [
  ['minimum', 'number'],
  ['maximum', 'number'],
  ['exclusiveMinimum', 'number'],
  ['exclusiveMaximum', 'number'],
  ['minLength', 'string'],
  ['maxLength', 'string'],
  ['minItems', 'array'],
  ['maxItems', 'array'],
  ['minProperties', 'object'],
] as const;

export type BoundKeyword = (typeof BOUND_KEYWORDS)[number][0];
