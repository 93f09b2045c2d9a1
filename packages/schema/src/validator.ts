/**
 * A small JSON Schema (2020-12) interpreter for the subset our schemas use. It walks the schema
 * objects at run time – no generated code, no eval – so it runs under a strict Content Security
 * Policy. Schemas are checked when registered: a keyword it does not know is an error, never
 * silently skipped, so a schema can't end up half-validated.
 */
import type { LocalizedMessage, ValidationIssue } from './issue.js';
import * as m from './messages.js';
import { childPointer, parsePointer, sortByDocumentOrder } from './pointer.js';

export interface SchemaObject {
  readonly [keyword: string]: unknown;
}

/** A JSON Schema as plain data. */
export type SchemaNode = boolean | SchemaObject;

export interface ValidatorOptions {
  /** Stop after this many issues (default 50). */
  maxIssues?: number;
}

export interface SchemaValidator {
  readonly rootId: string;
  validate(data: unknown): ValidationIssue[];
}

/** Keywords that carry no assertion; `$defs` is still walked and checked. */
const IGNORED = new Set(['title', 'description', '$comment', '$schema', '$id', '$defs', 'examples']);

const SUPPORTED = new Set([
  'type', 'const', 'enum',
  'properties', 'required', 'additionalProperties', 'minProperties',
  'items', 'minItems', 'maxItems',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minLength', 'maxLength', 'pattern',
  '$ref', 'anyOf', 'oneOf', 'allOf',
]);

const TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);
const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** Issues kept while walking; generous so that sorting into document order has all candidates. */
const INTERNAL_LIMIT = 1000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function isSchema(value: unknown): value is SchemaNode {
  return typeof value === 'boolean' || isObject(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** String length in code points, as JSON Schema counts it (an emoji is one character). */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const high = text.charCodeAt(i);
    if (high >= 0xd800 && high <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

function typeMatches(type: string, data: unknown): boolean {
  switch (type) {
    case 'null': return data === null;
    case 'boolean': return typeof data === 'boolean';
    case 'string': return typeof data === 'string';
    case 'number': return typeof data === 'number' && Number.isFinite(data);
    case 'integer': return typeof data === 'number' && Number.isInteger(data);
    case 'array': return Array.isArray(data);
    case 'object': return isObject(data);
    default: return false;
  }
}

function typesOf(schema: SchemaObject): string[] | undefined {
  const { type } = schema;
  if (type === undefined) return undefined;
  return Array.isArray(type) ? (type as string[]) : [type as string];
}

/**
 * Own keys of an object that hold a value. `undefined` counts as absent, as it does once the
 * object is serialised, so JS callers get the same answer as JSON ones.
 */
function presentKeys(data: Record<string, unknown>): string[] {
  return Object.keys(data).filter((key) => data[key] !== undefined);
}

/** Collects issues up to a limit; branches of anyOf/oneOf get their own. */
class Sink {
  readonly issues: ValidationIssue[] = [];
  constructor(private readonly limit: number) {}
  add(path: string, message: LocalizedMessage): void {
    if (this.issues.length < this.limit) this.issues.push({ path, message });
  }
  addAll(issues: readonly ValidationIssue[]): void {
    for (const issue of issues) this.add(issue.path, issue.message);
  }
}

function fail(location: string, problem: string): never {
  throw new Error(`Schema ${location}: ${problem}`);
}

/** Schemas checked and indexed: every $ref resolved and every pattern compiled up front. */
class Compiled {
  readonly refs = new Map<SchemaObject, SchemaNode>();
  readonly patterns = new Map<string, RegExp>();
  /** Sub-schemas applied to the same value (ref, allOf/anyOf/oneOf): a cycle here never ends. */
  private readonly sameValue = new Map<SchemaObject, SchemaNode[]>();

  constructor(private readonly registry: ReadonlyMap<string, SchemaObject>) {
    for (const [id, schema] of registry) this.walk(schema, id, '', true);
    this.rejectLoops();
  }

  private walk(node: unknown, base: string, pointer: string, isRoot: boolean): void {
    const location = `${base}#${pointer}`;
    if (typeof node === 'boolean') return;
    if (!isObject(node)) fail(location, 'is not a schema (object or boolean)');
    const sub = (value: unknown, ...tokens: (string | number)[]) =>
      this.walk(value, base, tokens.reduce<string>((p, t) => childPointer(p, t), pointer), false);
    const same: SchemaNode[] = [];
    for (const [key, value] of Object.entries(node)) {
      if (!SUPPORTED.has(key) && !IGNORED.has(key)) fail(location, `unsupported keyword "${key}"`);
      switch (key) {
        case '$id':
          if (!isRoot) fail(location, 'nested $id is not supported');
          break;
        case '$schema':
          if (!isRoot || value !== DRAFT_2020_12) fail(location, `only ${DRAFT_2020_12} at the root is supported`);
          break;
        case '$defs':
        case 'properties':
          if (!isObject(value)) fail(location, `${key} must be an object`);
          for (const [name, schema] of Object.entries(value)) sub(schema, key, name);
          break;
        case 'additionalProperties':
        case 'items':
          if (!isSchema(value)) fail(location, `${key} must be a schema`);
          sub(value, key);
          break;
        case 'allOf':
        case 'anyOf':
        case 'oneOf':
          if (!Array.isArray(value) || value.length === 0) fail(location, `${key} must be a non-empty array`);
          value.forEach((schema, i) => sub(schema, key, i));
          same.push(...(value as SchemaNode[]));
          break;
        case 'type': {
          const types: unknown[] = Array.isArray(value) ? value : [value];
          if (types.length === 0 || !types.every((t) => typeof t === 'string' && TYPES.has(t))) fail(location, 'bad type');
          break;
        }
        case 'enum':
          if (!Array.isArray(value) || value.length === 0) fail(location, 'enum must be a non-empty array');
          break;
        case 'required':
          if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) fail(location, 'required must list names');
          break;
        case 'minProperties':
        case 'minItems':
        case 'maxItems':
        case 'minLength':
        case 'maxLength':
          if (!Number.isInteger(value) || (value as number) < 0) fail(location, `${key} must be a non-negative integer`);
          break;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
          if (typeof value !== 'number' || !Number.isFinite(value)) fail(location, `${key} must be a number`);
          break;
        case 'pattern':
          if (typeof value !== 'string') fail(location, 'pattern must be a string');
          try {
            this.patterns.set(value, new RegExp(value, 'u'));
          } catch {
            fail(location, `pattern ${value} is not a valid regular expression`);
          }
          break;
        case '$ref': {
          if (typeof value !== 'string') fail(location, '$ref must be a string');
          const target = this.resolve(value, base, location);
          this.refs.set(node, target);
          same.push(target);
          break;
        }
        default:
          break; // const, examples and annotations need no check
      }
    }
    this.sameValue.set(node, same);
  }

  private resolve(ref: string, base: string, location: string): SchemaNode {
    const href = new URL(ref, base).href;
    const hash = href.indexOf('#');
    const id = hash < 0 ? href : href.slice(0, hash);
    const fragment = hash < 0 ? '' : decodeURIComponent(href.slice(hash + 1));
    const document = this.registry.get(id);
    if (document === undefined) fail(location, `$ref ${ref}: no schema registered with $id ${id}`);
    if (fragment !== '' && !fragment.startsWith('/')) fail(location, `$ref ${ref}: anchors are not supported`);
    let target: unknown = document;
    for (const token of parsePointer(fragment)) {
      target = isObject(target) && hasOwn(target, token) ? target[token] : undefined;
    }
    if (!isSchema(target)) fail(location, `$ref ${ref} does not point at a schema`);
    return target;
  }

  private rejectLoops(): void {
    const state = new Map<SchemaNode, 'open' | 'done'>();
    const visit = (node: SchemaNode): void => {
      if (typeof node === 'boolean' || state.get(node) === 'done') return;
      if (state.get(node) === 'open') throw new Error('Schema: $ref/allOf/anyOf/oneOf loop that never reaches a value');
      state.set(node, 'open');
      for (const next of this.sameValue.get(node) ?? []) visit(next);
      state.set(node, 'done');
    };
    for (const node of this.sameValue.keys()) visit(node);
  }
}

/** Schemas whose only assertion is `required`, as in anyOf [{required:[a]},{required:[b]}]. */
function requiredOnly(schema: SchemaNode): readonly string[] | undefined {
  if (typeof schema === 'boolean') return undefined;
  const keys = Object.keys(schema).filter((k) => !IGNORED.has(k));
  return keys.length === 1 && keys[0] === 'required' ? (schema.required as string[]) : undefined;
}

class Interpreter {
  constructor(private readonly compiled: Compiled) {}

  check(schema: SchemaNode, data: unknown, path: string, out: Sink): void {
    if (schema === true) return;
    if (schema === false) return out.add(path, m.notAllowed());
    const ref = this.compiled.refs.get(schema);
    if (ref !== undefined) this.check(ref, data, path, out);
    const types = typesOf(schema);
    if (types && !types.some((t) => typeMatches(t, data))) out.add(path, m.wrongType(types));
    if (hasOwn(schema, 'const') && !deepEqual(schema.const, data)) out.add(path, m.notConst(schema.const));
    const allowed = schema.enum as unknown[] | undefined;
    if (allowed && !allowed.some((v) => deepEqual(v, data))) out.add(path, m.notInEnum(allowed));
    if (typeof data === 'number') this.checkNumber(schema, data, path, out);
    else if (typeof data === 'string') this.checkString(schema, data, path, out);
    else if (Array.isArray(data)) this.checkArray(schema, data, path, out);
    else if (isObject(data)) this.checkObject(schema, data, path, out);
    for (const sub of (schema.allOf as SchemaNode[] | undefined) ?? []) this.check(sub, data, path, out);
    if (schema.anyOf) this.checkAlternatives(schema.anyOf as SchemaNode[], false, data, path, out);
    if (schema.oneOf) this.checkAlternatives(schema.oneOf as SchemaNode[], true, data, path, out);
  }

  private checkNumber(schema: SchemaObject, data: number, path: string, out: Sink): void {
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema as Record<string, number | undefined>;
    if (minimum !== undefined && data < minimum) out.add(path, m.belowMinimum(minimum));
    if (maximum !== undefined && data > maximum) out.add(path, m.aboveMaximum(maximum));
    if (exclusiveMinimum !== undefined && data <= exclusiveMinimum) out.add(path, m.notAbove(exclusiveMinimum));
    if (exclusiveMaximum !== undefined && data >= exclusiveMaximum) out.add(path, m.notBelow(exclusiveMaximum));
  }

  private checkString(schema: SchemaObject, data: string, path: string, out: Sink): void {
    const { minLength, maxLength, pattern } = schema as Record<string, number | string | undefined>;
    if (typeof minLength === 'number' || typeof maxLength === 'number') {
      const length = codePoints(data);
      if (typeof minLength === 'number' && length < minLength) out.add(path, m.tooShort(minLength));
      if (typeof maxLength === 'number' && length > maxLength) out.add(path, m.tooLong(maxLength));
    }
    if (typeof pattern === 'string' && !this.compiled.patterns.get(pattern)?.test(data)) {
      out.add(path, m.patternMismatch(pattern));
    }
  }

  private checkArray(schema: SchemaObject, data: unknown[], path: string, out: Sink): void {
    const { minItems, maxItems } = schema as Record<string, number | undefined>;
    if (minItems !== undefined && data.length < minItems) out.add(path, m.tooFewItems(minItems));
    if (maxItems !== undefined && data.length > maxItems) out.add(path, m.tooManyItems(maxItems));
    const items = schema.items as SchemaNode | undefined;
    if (items !== undefined) data.forEach((item, i) => this.check(items, item, childPointer(path, i), out));
  }

  private checkObject(schema: SchemaObject, data: Record<string, unknown>, path: string, out: Sink): void {
    const keys = presentKeys(data);
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (!keys.includes(name)) out.add(childPointer(path, name), m.missingField(name));
    }
    const minProperties = schema.minProperties as number | undefined;
    if (minProperties !== undefined && keys.length < minProperties) out.add(path, m.tooFewFields(minProperties));
    const properties = (schema.properties ?? {}) as Record<string, SchemaNode>;
    const additional = schema.additionalProperties as SchemaNode | undefined;
    for (const key of keys) {
      const at = childPointer(path, key);
      if (hasOwn(properties, key)) this.check(properties[key] as SchemaNode, data[key], at, out);
      else if (additional === false) out.add(at, m.unknownField(key));
      else if (additional !== undefined) this.check(additional, data[key], at, out);
    }
  }

  private collect(schema: SchemaNode, data: unknown, path: string): ValidationIssue[] {
    const sink = new Sink(INTERNAL_LIMIT);
    this.check(schema, data, path, sink);
    return sink.issues;
  }

  /** anyOf / oneOf: on failure, explain it in terms of what the author most likely meant. */
  private checkAlternatives(branches: SchemaNode[], exactlyOne: boolean, data: unknown, path: string, out: Sink): void {
    const results = branches.map((branch) => this.collect(branch, data, path));
    const passing = results.filter((issues) => issues.length === 0).length;
    if (passing === 1 || (passing > 1 && !exactlyOne)) return;
    const required = branches.map(requiredOnly);
    const allRequired = required.every((names) => names !== undefined);
    if (passing > 1) return out.add(path, allRequired ? m.onlyOneOf(required) : m.matchesSeveral());
    if (allRequired) return out.add(path, m.needsOneOf(required));

    const shapes = branches.map((branch) => this.shape(branch));
    // Every branch a fixed set of values (const, enum, boolean): list them all.
    const values = shapes.map(valueSet);
    if (values.every((v) => v !== undefined)) return out.add(path, m.notInEnum(values.flat()));

    const fits = shapes.map((shape) => typeFits(shape, data));
    if (!fits.includes(true)) return out.add(path, m.wrongType([...new Set(shapes.flatMap(expectedTypes))]));

    // A plain value that fits several branches, each failing on the value itself: say all of them.
    const candidates = results.filter((_, i) => fits[i]);
    if (!isObject(data) && !Array.isArray(data) && candidates.length > 1 && candidates.every((r) => r.every((x) => x.path === path))) {
      return out.add(path, m.anyOfThese(candidates.flat().map((issue) => issue.message)));
    }
    let best = 0;
    let bestScore: number[] = [];
    shapes.forEach((shape, i) => {
      const score = [fits[i] ? 0 : 1, -this.discriminatorHits(shape, data), -this.knownKeys(shape, data), results[i]?.length ?? 0];
      if (i === 0 || lessThan(score, bestScore)) [best, bestScore] = [i, score];
    });
    out.addAll(results[best] ?? []);
  }

  /** The schema a branch stands for, following a bare $ref so its type and properties are visible. */
  private shape(schema: SchemaNode): SchemaObject {
    if (typeof schema === 'boolean') return {};
    const target = this.compiled.refs.get(schema);
    const ownKeys = Object.keys(schema).filter((k) => !IGNORED.has(k) && k !== '$ref');
    return target !== undefined && ownKeys.length === 0 ? this.shape(target) : schema;
  }

  /** Properties with const/enum in the branch whose value in the data fits: a discriminator match. */
  private discriminatorHits(shape: SchemaObject, data: unknown): number {
    if (!isObject(data) || !isObject(shape.properties)) return 0;
    let hits = 0;
    for (const [key, property] of Object.entries(shape.properties)) {
      if (!hasOwn(data, key) || !isSchema(property)) continue;
      const p = this.shape(property);
      if (hasOwn(p, 'const') && deepEqual(p.const, data[key])) hits++;
      else if (Array.isArray(p.enum) && p.enum.some((v) => deepEqual(v, data[key]))) hits++;
    }
    return hits;
  }

  private knownKeys(shape: SchemaObject, data: unknown): number {
    if (!isObject(data) || !isObject(shape.properties)) return 0;
    const properties = shape.properties;
    return presentKeys(data).filter((key) => hasOwn(properties, key)).length;
  }
}

/** The values a branch allows when it is a closed set (const, enum or a bare boolean type). */
function valueSet(shape: SchemaObject): unknown[] | undefined {
  if (hasOwn(shape, 'const')) return [shape.const];
  if (Array.isArray(shape.enum)) return shape.enum as unknown[];
  const keys = Object.keys(shape).filter((k) => !IGNORED.has(k));
  if (keys.length === 1 && shape.type === 'boolean') return [true, false];
  return undefined;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' ? 'number' : typeof value;
}

/** The types a branch declares, or implies through const/enum. */
function expectedTypes(shape: SchemaObject): string[] {
  return typesOf(shape) ?? valueSet(shape)?.map(jsonType) ?? [];
}

function typeFits(shape: SchemaObject, data: unknown): boolean {
  const types = expectedTypes(shape);
  if (types.length === 0) return true;
  return types.some((t) => t === jsonType(data) || (t === 'integer' && typeof data === 'number'));
}

function lessThan(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * Registers schemas by their `$id` (cross-file `$ref`s resolve against it) and returns a
 * validator for the one whose `$id` is `rootId`. Throws if a schema uses a keyword this
 * interpreter does not support, or a `$ref` that does not resolve.
 */
export function createValidator(
  schemas: readonly SchemaObject[],
  rootId: string,
  options: ValidatorOptions = {},
): SchemaValidator {
  const registry = new Map<string, SchemaObject>();
  for (const schema of schemas) {
    const id = schema.$id;
    if (typeof id !== 'string' || !/^https?:\/\/[^#]+$/.test(id)) throw new Error('Schema: needs an absolute $id without #');
    if (registry.has(id)) throw new Error(`Schema: $id ${id} registered twice`);
    registry.set(id, schema);
  }
  const root = registry.get(rootId);
  if (root === undefined) throw new Error(`Schema: no schema registered with $id ${rootId}`);
  const interpreter = new Interpreter(new Compiled(registry));
  const maxIssues = options.maxIssues ?? 50;
  return {
    rootId,
    validate(data: unknown): ValidationIssue[] {
      const sink = new Sink(INTERNAL_LIMIT);
      interpreter.check(root, data, '', sink);
      return sortByDocumentOrder(sink.issues, data).slice(0, maxIssues);
    },
  };
}
