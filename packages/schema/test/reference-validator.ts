/**
 * The schema interpreter as it was before it compiled schemas: it reads every keyword of every
 * schema node for every value. Slow, but plain, so it is the oracle the compiled validator
 * (src/validator.ts) must agree with issue for issue: same pointers, messages and order
 * (test/same-issues.test.ts). Its document order comes from a map of every pointer in the document,
 * as sorting did then.
 */
import { MAX_DEPTH, tooDeepAt } from '../src/depth.js';
import type { LocalizedMessage, ValidationIssue } from '../src/issue.js';
import * as m from '../src/messages.js';
import { childPointer } from '../src/pointer.js';
import type { Alternatives, SchemaNode, SchemaObject } from '../src/validator.js';
import { BOUND_KEYWORDS } from '../src/schema-node.js';

type Issues = ValidationIssue[];
type Data = Record<string, unknown>;

/** Issues kept per schema, in the order found: enough to sort the first 50 into document order. */
const LIMIT = 1000;

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** JSON's name for the value's type ("number" for every number, even NaN). */
const jsonType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Deep equality of JSON values, as const and enum compare. */
const equal = (a: unknown, b: unknown): boolean =>
  a === b ||
  (jsonType(a) === jsonType(b) &&
    typeof a === 'object' &&
    Object.keys(a as Data).length === Object.keys(b as Data).length &&
    Object.entries(a as Data).every(([key, value]) => hasOwn(b as Data, key) && equal(value, (b as Data)[key])));

/** Length in code points, as JSON Schema counts it (an emoji is one). */
const codePoints = (text: string): number => text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

/** Own keys that hold a value: `undefined` counts as absent, as it does once serialised. */
const presentKeys = (data: Data): string[] => Object.keys(data).filter((key) => data[key] !== undefined);

/** Each schema pattern compiled once: compiling it again for every string was most of the time validation of a large document took. */
const compiled = new Map<string, RegExp>();
const patternOf = (source: string): RegExp => {
  let re = compiled.get(source);
  if (!re) compiled.set(source, (re = new RegExp(source, 'u')));
  return re;
};

/** The issues of `data` against `schema`, in the order found. */
function check(schema: SchemaNode, data: unknown, path: string): Issues {
  const out: Issues = [];
  const add = (message: LocalizedMessage, at = path): number => out.push({ path: at, message });
  const sub = (next: SchemaNode, value: unknown, at = path): number => out.push(...check(next, value, at));
  if (typeof schema === 'boolean') {
    if (!schema) add(m.notAllowed());
    return out;
  }
  if (schema.$ref !== undefined) sub(schema.$ref, data);
  const type = jsonType(data);
  const types = ([] as string[]).concat(schema.type ?? []);
  if (types.length > 0 && !types.some((t) => (t === 'integer' ? Number.isInteger(data) : t === 'number' ? Number.isFinite(data) : t === type))) {
    add(m.wrongType(types));
  }
  if ('const' in schema && !equal(schema.const, data)) add(m.notConst(schema.const));
  if (schema.enum && !schema.enum.some((value) => equal(value, data))) add(m.notInEnum(schema.enum));

  const object = type === 'object' ? (data as Data) : {};
  const keys = presentKeys(object);
  if (type === 'object') for (const name of schema.required ?? []) if (!keys.includes(name)) add(m.missingField(name), childPointer(path, name));
  // Bound keywords compare a size with their bound. A number's size is itself; a string's is its
  // length in code points.
  const size = type === 'string' ? codePoints(data as string) : type === 'array' ? (data as unknown[]).length : type === 'object' ? keys.length : data;
  for (const [keyword, appliesTo] of BOUND_KEYWORDS) {
    const bound = schema[keyword];
    const x = size as number;
    // min…/exclusiveMin… are lower bounds; the exclusive ones fail on the bound itself too.
    if (type === appliesTo && bound !== undefined && ((/min/i.test(keyword) ? x < bound : x > bound) || (keyword[0] === 'e' && x === bound))) {
      add(m.outOfBounds(keyword, bound));
    }
  }
  if (schema.pattern !== undefined && type === 'string' && !patternOf(schema.pattern).test(data as string)) add(m.patternMismatch(schema.pattern));
  const { items, properties = {}, additionalProperties } = schema;
  // Items of an array over its maxItems are not looked at: it is invalid anyway, and a million of
  // them would cost time for nothing. Past LIMIT issues, nothing more is looked at either.
  const array = type === 'array' ? (data as unknown[]) : [];
  if (items !== undefined && !(array.length > (schema.maxItems ?? Infinity))) {
    for (let i = 0; i < array.length && out.length < LIMIT; i++) sub(items, array[i], childPointer(path, i));
  }
  for (const key of keys) {
    if (out.length >= LIMIT) break;
    const at = childPointer(path, key);
    if (hasOwn(properties, key)) sub(properties[key] as SchemaNode, object[key], at);
    else if (additionalProperties === false) add(m.unknownField(key), at);
    else if (additionalProperties !== undefined) sub(additionalProperties, object[key], at);
  }
  for (const next of schema.allOf ?? []) sub(next, data);
  for (const alternatives of [schema.anyOf, schema.oneOf]) if (alternatives) out.push(...explain(alternatives, data, path));
  return out.slice(0, LIMIT);
}

/** anyOf / oneOf: on failure, explain it in terms of what the author most likely meant. */
function explain(alternatives: Alternatives, data: unknown, path: string): Issues {
  const { of, none, types = [], several } = alternatives;
  const results = of.map((branch) => check(branch, data, path));
  const passing = results.filter((issues) => issues.length === 0).length;
  const type = jsonType(data);
  const fits = types.map((expected) => expected.length === 0 || expected.some((t) => t === type || (t === 'integer' && type === 'number')));
  const candidates = results.filter((_, i) => fits[i]);
  const unique = (lang: keyof LocalizedMessage): string[] => [...new Set(candidates.flat().map((issue) => issue.message[lang]))];
  const issue = (message: LocalizedMessage): Issues => [{ path, message }];
  if (passing > 0) return passing > 1 && several ? issue(m.severalMatch(alternatives)) : [];
  if (none) return issue(m.noBranchMatches(alternatives));
  if (!fits.includes(true)) return issue(m.wrongType([...new Set(types.flat())]));
  // A plain value that fits several branches, each failing on the value itself: say all of them.
  if (type !== 'object' && type !== 'array' && candidates.length > 1 && candidates.every((r) => r.every((x) => x.path === path))) {
    return issue({ da: unique('da').join(', eller '), en: unique('en').join(', or ') });
  }
  // Otherwise the issues of the branch that fits the type, then has the most discriminator
  // (const/enum) matches, then the most known fields, then the fewest issues. Each count stays
  // below 10^4 (issues stop at LIMIT), so one number orders them.
  const object = type === 'object' ? (data as Data) : {};
  const score = (i: number): number => {
    const branch = of[i];
    const properties = (typeof branch === 'object' && branch.properties) || {};
    const hits = Object.keys(properties).filter((key) => {
      const p = properties[key] as SchemaObject;
      return hasOwn(object, key) && (hasOwn(p, 'const') ? [p.const] : (p.enum ?? [])).some((v) => equal(v, object[key]));
    }).length;
    const known = presentKeys(object).filter((key) => hasOwn(properties, key)).length;
    return (fits[i] ? 0 : 1e12) - hits * 1e8 - known * 1e4 + (results[i]?.length ?? 0);
  };
  let best = 0;
  for (let i = 1; i < of.length; i++) if (score(i) < score(best)) best = i;
  return results[best] ?? [];
}

/** Issues in document order (stable); a pointer not in the document sorts right after its parent. */
export function referenceSort<T extends ValidationIssue>(issues: readonly T[], data: unknown): T[] {
  if (issues.length < 2) return [...issues];
  const order = new Map<string, number>();
  const visit = (value: unknown, pointer: string): void => {
    order.set(pointer, order.size);
    if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) visit(item, childPointer(pointer, key));
  };
  visit(data, '');
  const key = (pointer: string): number =>
    2 * (order.get(pointer) ?? (order.get(pointer.slice(0, pointer.lastIndexOf('/'))) ?? -1) + 0.5);
  return [...issues].sort((a, b) => key(a.path) - key(b.path));
}

/** What `createValidator(schema, { maxIssues }).validate(data)` answered. */
export function referenceValidate(schema: SchemaNode, data: unknown, maxIssues = 50): ValidationIssue[] {
  const deep = tooDeepAt(data);
  if (deep !== undefined) return [{ path: deep, message: m.tooDeep(MAX_DEPTH) }];
  return referenceSort(check(schema, data, ''), data).slice(0, maxIssues);
}
