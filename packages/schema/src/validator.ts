/**
 * A small JSON Schema (2020-12) validator. It turns each schema object into a closure once, at
 * its first use – no generated code, no eval – so it runs under a strict Content Security Policy
 * and, on a large document, does not read every keyword again for every value.
 *
 * It reads the compact form that `scripts/lib/compile.mjs` writes into src/generated: schemas
 * already checked against the supported subset, every `$ref` resolved to the object it points
 * at, and what the schema alone decides about explaining a failure worked out (no words: the
 * message factory makes them from the node). It trusts that form and does
 * not check the schemas again: whatever can be wrong with a schema fails when it is generated.
 * Schemas are taken as immutable: a schema object is compiled once, however often it is used.
 */
import { MAX_DEPTH, tooDeepAt } from './depth.js';
import type { LocalizedMessage, ValidationIssue } from './issue.js';
import { schemaWords } from './messages.js';
import { equal, hasOwn, jsonType } from './json-values.js';
import { childPointer } from './pointer.js';
import { BOUND_KEYWORDS, type Alternatives, type SchemaNode, type SchemaObject } from './schema-node.js';
import type { SchemaWords } from './words.js';


export type { Alternatives, SchemaNode, SchemaObject } from './schema-node.js';

export interface ValidatorOptions {
  /** Stop after this many issues (default 50). */
  maxIssues?: number;
}

/** The options of a validator whose messages come from the factory given (words.ts). */
export interface WordingOptions extends ValidatorOptions {
  words: SchemaWords;
}

export interface SchemaValidator {
  validate(data: unknown): ValidationIssue[];
}

type Issues = ValidationIssue[];
type Data = Record<string, unknown>;

/**
 * One validation's walk: the reference tokens from the document down to the value being checked
 * (pushed and popped on the way, joined into a pointer only for an issue), and the objects whose
 * depth was measured outside the walk.
 */
interface Walk {
  path: (string | number)[];
  fits?: WeakMap<object, number>;
  /** How issues are worded: carried by the walk, so a schema is compiled once whatever the words. */
  m: SchemaWords;
}

/** A compiled schema node: the issues of `data` where the walk is, or undefined when there are none. */
type Check = (data: unknown, walk: Walk) => Issues | undefined;

/** Issues kept per schema, in the order found: enough to sort the first 50 into document order. */
const LIMIT = 1000;

/** Thrown from anywhere in the walk when a value is nested too deep; the answer is then that alone. */
class TooDeep extends Error {}


/** Length in code points, as JSON Schema counts it (an emoji is one). */
const codePoints = (text: string): number => text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

const pointerOf = ({ path }: Walk): string => path.reduce<string>((pointer, token) => childPointer(pointer, token), '');


/** `out` with an issue where the walk is, or at its field `name`. */
const add = (out: Issues | undefined, walk: Walk, message: LocalizedMessage, name?: string): Issues => {
  const pointer = pointerOf(walk);
  (out ??= []).push({ path: name === undefined ? pointer : childPointer(pointer, name), message });
  return out;
};

/** `out` with `more` after it (`more` is always a fresh array, so it may become `out`). */
const append = (out: Issues | undefined, more: Issues | undefined): Issues | undefined =>
  !more?.length ? out : out ? (out.push(...more), out) : more;

/**
 * A value the walk does not go into (an unknown field, items over maxItems, anything a schema
 * does not describe) still counts for depth: `above` objects and arrays hold it.
 */
function measureDepth(value: unknown, above: number, walk: Walk): void {
  if (typeof value === 'object' && value !== null && (above >= MAX_DEPTH || tooDeepAt(value, MAX_DEPTH, above, (walk.fits ??= new WeakMap())) !== undefined)) {
    throw new TooDeep();
  }
}

/** Each schema object compiled once. */
const compiled = new WeakMap<object, Check>();

function compile(schema: SchemaNode): Check {
  if (typeof schema === 'boolean') return (data, walk) => (measureDepth(data, walk.path.length, walk), schema ? undefined : add(undefined, walk, walk.m.notAllowed()));
  let check = compiled.get(schema);
  if (!check) {
    // A schema may contain itself (a tree of nodes): while it is compiled, it stands for itself.
    compiled.set(schema, (data, walk) => check!(data, walk));
    compiled.set(schema, (check = compileObject(schema)));
  }
  return check;
}

function compileObject(schema: SchemaObject): Check {
  const { $ref, type, required, pattern, items, maxItems = Infinity, properties = {}, additionalProperties, allOf = [] } = schema;
  const ref = $ref === undefined ? undefined : compile($ref);
  const types = type === undefined ? undefined : ([] as string[]).concat(type);
  // Each bound keyword that is present: its entry, its bound, and whether it is a lower one
  // (min…/exclusiveMin…; the exclusive ones fail on the bound itself too).
  const bounds = BOUND_KEYWORDS.filter(([keyword]) => schema[keyword] !== undefined).map((entry) => [entry, schema[entry[0]]!, /min/i.test(entry[0])] as const);
  const regex = pattern === undefined ? undefined : new RegExp(pattern, 'u');
  const itemCheck = items === undefined ? undefined : compile(items);
  const propertyChecks = new Map(Object.keys(properties).map((name) => [name, compile(properties[name]!)]));
  const extra = additionalProperties === undefined || additionalProperties === false ? additionalProperties : compile(additionalProperties);
  const allChecks = allOf.map(compile);
  const alternatives = [schema.anyOf, schema.oneOf].flatMap((a) => (a ? [{ ...a, checks: a.of.map(compile) }] : []));

  const hasConst = 'const' in schema;
  const typeFits = (data: unknown, kind: string): boolean => {
    if (!types) return true;
    for (let i = 0; i < types.length; i++) {
      const t = types[i];
      if (t === 'integer' ? Number.isInteger(data) : t === 'number' ? Number.isFinite(data) : t === kind) return true;
    }
    return false;
  };

  // This runs for every value of a large document, and the first time before it is optimised: no
  // function, iterator or array is made for a value that has nothing wrong with it.
  return (data, walk) => {
    const path = walk.path;
    const m = walk.m;
    let out = ref?.(data, walk);
    const kind = jsonType(data);
    const object = data as Data;
    if ((kind === 'object' || kind === 'array') && path.length >= MAX_DEPTH) throw new TooDeep();
    if (!typeFits(data, kind)) out = add(out, walk, m.wrongType(types!));
    if (hasConst && !equal(schema.const, data)) out = add(out, walk, m.notConst(schema.const));
    if (schema.enum && !schema.enum.some((value) => equal(value, data))) out = add(out, walk, m.notInEnum(schema.enum));
    let fields = 0;
    if (kind === 'object') {
      for (let i = 0; required && i < required.length; i++) {
        const name = required[i]!;
        if (!Object.prototype.propertyIsEnumerable.call(object, name) || object[name] === undefined) out = add(out, walk, m.missingField(name), name);
      }
      if (schema.minProperties !== undefined) for (const key in object) if (hasOwn(object, key) && object[key] !== undefined) fields++;
    }
    // Bound keywords compare a size with their bound. A number's size is itself; a string's is its
    // length in code points, counted only when its UTF-16 length (at most twice as many) does not
    // settle it; an object's the fields that hold a value.
    for (let i = 0; i < bounds.length; i++) {
      // Not destructured: before it is optimised, that would make an iterator per value.
      const entry = bounds[i]![0];
      const bound = bounds[i]![1];
      const lower = bounds[i]![2];
      if (kind !== entry[1]) continue;
      let x = kind === 'array' ? (data as unknown[]).length : kind === 'object' ? fields : (data as number);
      if (kind === 'string') {
        x = (data as string).length;
        if (lower ? x >= bound * 2 : x <= bound) continue;
        x = codePoints(data as string);
      }
      if ((lower ? x < bound : x > bound) || (entry[0][0] === 'e' && x === bound)) out = add(out, walk, m.outOfBounds(entry[0], bound));
    }
    if (regex && kind === 'string' && !regex.test(data as string)) out = add(out, walk, m.patternMismatch(pattern!));
    // Items of an array over its maxItems are not looked at: it is invalid anyway, and a million of
    // them would cost time for nothing. Past LIMIT issues, nothing more is looked at either. What
    // is not looked at is measured for depth in one pass.
    let walked = true;
    if (kind === 'array') {
      const array = data as unknown[];
      walked = itemCheck !== undefined && !(array.length > maxItems);
      for (let i = 0; walked && i < array.length; i++) {
        if ((out?.length ?? 0) >= LIMIT) walked = false;
        else {
          path.push(i);
          out = append(out, itemCheck!(array[i], walk));
          path.pop();
        }
      }
    }
    if (kind === 'object') {
      for (const key in object) {
        const value = object[key];
        if (!hasOwn(object, key) || value === undefined) continue;
        const next = hasOwn(properties, key) ? propertyChecks.get(key) : extra;
        if ((out?.length ?? 0) >= LIMIT || typeof next !== 'function') {
          if (next === false && (out?.length ?? 0) < LIMIT) out = add(out, walk, m.unknownField(key), key);
          measureDepth(value, path.length + 1, walk);
        } else {
          path.push(key);
          out = append(out, next(value, walk));
          path.pop();
        }
      }
    }
    if (!walked) measureDepth(data, path.length, walk);
    for (let i = 0; i < allChecks.length; i++) out = append(out, allChecks[i]!(data, walk));
    for (let i = 0; i < alternatives.length; i++) out = append(out, explain(alternatives[i]!, data, walk));
    return out && out.length > LIMIT ? out.slice(0, LIMIT) : out;
  };
}

/** anyOf / oneOf: whether the value passes; on failure, the words' explainFailure says which problems to show. */
function explain(alternatives: Alternatives & { checks: Check[] }, data: unknown, walk: Walk): Issues | undefined {
  const { checks, several } = alternatives;
  // A passing branch settles anyOf; oneOf needs to know whether a second one passes too.
  let results: Issues[] | undefined;
  let passing = 0;
  for (let i = 0; i < checks.length; i++) {
    const issues = checks[i]!(data, walk);
    if (!issues?.length) {
      if (!several) return undefined;
      if (++passing > 1) return add(undefined, walk, walk.m.severalMatch(alternatives));
    }
    (results ??= []).push(issues ?? []);
  }
  if (!results) return undefined;
  if (passing > 0) return undefined;
  return walk.m.explainFailure(alternatives, results, data, pointerOf(walk));
}

/**
 * A validator for a schema in compact form, as exported by the modules in src/generated. A value
 * nested deeper than MAX_DEPTH (or containing itself) is one issue at the pointer where it gets
 * too deep: the walk stops as soon as it meets one, and the pointer is then found without
 * recursion. Whatever the walk does not go into is measured without recursion as well.
 */
export function createValidator(schema: SchemaNode, options: ValidatorOptions = {}): SchemaValidator {
  return wordedValidator(schema, { ...options, words: schemaWords });
}

/** A validator whose messages come from `options.words`: createValidator's, or none (words.ts). */
export function wordedValidator(schema: SchemaNode, options: WordingOptions): SchemaValidator {
  const check = compile(schema);
  const m = options.words;
  return {
    validate(data) {
      let issues: Issues | undefined;
      try {
        issues = check(data, { path: [], m });
      } catch (error) {
        if (!(error instanceof TooDeep)) throw error;
        return [{ path: tooDeepAt(data) ?? '', message: m.tooDeep(MAX_DEPTH) }];
      }
      return issues === undefined ? [] : m.order(issues, data).slice(0, options.maxIssues ?? 50);
    },
  };
}
