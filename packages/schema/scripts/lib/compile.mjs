// The build-time half of the validator. It checks schemas against the subset the run-time
// interpreter (src/validator.ts) supports and turns them into the compact form that interpreter
// reads. The run time trusts that form and checks nothing about the schemas, so everything that
// can go wrong with a schema fails here: in `npm run generate` and in the tests.
//
// The compact form is JSON Schema with
// - no annotations ($schema, $id, $defs, title, description, $comment, examples);
// - every $ref resolved: a $ref on its own is replaced by its target, the same object wherever
//   it is used; a $ref beside other keywords becomes `$ref: <target object>`;
// - anyOf/oneOf as { of: [branches], ... } with what the interpreter needs to explain a failure
//   worked out here (see `#explain`).
// It holds no words (every page with valid data loads it): src/messages.ts makes them from the
// node, e.g. what a `pattern` asks for.
import { escapeToken, unescapeToken } from './schemas.mjs';

/** Keywords with no effect on validation; `$defs` is still checked. */
const ANNOTATIONS = new Set(['title', 'description', '$comment', '$schema', '$id', '$defs', 'examples']);

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

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSchema = (value) => typeof value === 'boolean' || isObject(value);
const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

function fail(location, problem) {
  throw new Error(`Schema ${location}: ${problem}`);
}

/** A schema whose only keyword (annotations aside) is $ref: it stands for its target. */
function isBareRef(node) {
  return isObject(node) && Object.keys(node).every((key) => key === '$ref' || ANNOTATIONS.has(key)) && hasOwn(node, '$ref');
}

/**
 * Checks `schemas` (each with an absolute `$id`) and compiles them together.
 *
 * Returns `roots` ($id -> compact root schema) and `targets` (every compact object that a $ref
 * points at, or that is a root, with where it is defined: { id, pointer }), in the order found.
 * Throws, naming the place, on a keyword the interpreter does not support, a malformed keyword,
 * a $ref that does not resolve, or a $ref/allOf/anyOf/oneOf loop that never reaches a value.
 */
export function compileSchemas(schemas) {
  const registry = new Map();
  for (const schema of schemas) {
    const id = isObject(schema) ? schema.$id : undefined;
    if (typeof id !== 'string' || !/^https?:\/\/[^#]+$/.test(id)) throw new Error('Schema: needs an absolute $id without #');
    if (registry.has(id)) throw new Error(`Schema: $id ${id} registered twice`);
    registry.set(id, schema);
  }
  const checked = new Checked(registry);
  const compiler = new Compiler(checked);
  const roots = new Map([...registry].map(([id, schema]) => [id, compiler.compile(schema)]));
  const targets = new Map();
  for (const compiled of [...roots.values(), ...[...checked.refs.values()].map((target) => compiler.compile(target))]) {
    if (isObject(compiled)) targets.set(compiled, checked.locations.get(compiler.source.get(compiled)));
  }
  return { roots, targets };
}

/** The compact form of the schema with `$id` rootId, compiled together with the others. */
export function compileSchema(schemas, rootId) {
  const root = compileSchemas(schemas).roots.get(rootId);
  if (root === undefined) throw new Error(`Schema: no schema registered with $id ${rootId}`);
  return root;
}

/** Walks every schema once: checks each keyword, resolves each $ref, rejects loops. */
class Checked {
  /** Schema object with a $ref -> the schema it points at. */
  refs = new Map();
  /** Schema object -> { id, pointer } where it is written. */
  locations = new Map();
  /** Sub-schemas applied to the same value (ref, allOf/anyOf/oneOf): a cycle here never ends. */
  #sameValue = new Map();
  #registry;

  constructor(registry) {
    this.#registry = registry;
    for (const [id, schema] of registry) this.#walk(schema, id, '', true);
    this.#rejectLoops();
  }

  #walk(node, base, pointer, isRoot) {
    const location = `${base}#${pointer}`;
    if (typeof node === 'boolean') return;
    if (!isObject(node)) fail(location, 'is not a schema (object or boolean)');
    if (!this.locations.has(node)) this.locations.set(node, { id: base, pointer });
    const sub = (value, ...tokens) => this.#walk(value, base, tokens.reduce((p, t) => `${p}/${escapeToken(t)}`, pointer), false);
    const same = [];
    for (const [key, value] of Object.entries(node)) {
      if (!SUPPORTED.has(key) && !ANNOTATIONS.has(key)) fail(location, `unsupported keyword "${key}"`);
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
          same.push(...value);
          break;
        case 'type': {
          const types = Array.isArray(value) ? value : [value];
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
          if (!Number.isInteger(value) || value < 0) fail(location, `${key} must be a non-negative integer`);
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
            new RegExp(value, 'u');
          } catch {
            fail(location, `pattern ${value} is not a valid regular expression`);
          }
          break;
        case '$ref': {
          if (typeof value !== 'string') fail(location, '$ref must be a string');
          const target = this.#resolve(value, base, location);
          this.refs.set(node, target);
          same.push(target);
          break;
        }
        default:
          break; // const and annotations need no check
      }
    }
    this.#sameValue.set(node, same);
  }

  #resolve(ref, base, location) {
    const href = new URL(ref, base).href;
    const hash = href.indexOf('#');
    const id = hash < 0 ? href : href.slice(0, hash);
    const fragment = hash < 0 ? '' : decodeURIComponent(href.slice(hash + 1));
    const document = this.#registry.get(id);
    if (document === undefined) fail(location, `$ref ${ref}: no schema registered with $id ${id}`);
    if (fragment !== '' && !fragment.startsWith('/')) fail(location, `$ref ${ref}: anchors are not supported`);
    let target = document;
    for (const token of fragment === '' ? [] : fragment.slice(1).split('/').map(unescapeToken)) {
      target = isObject(target) && hasOwn(target, token) ? target[token] : undefined;
    }
    if (!isSchema(target)) fail(location, `$ref ${ref} does not point at a schema`);
    return target;
  }

  #rejectLoops() {
    const state = new Map();
    const visit = (node) => {
      if (typeof node === 'boolean' || state.get(node) === 'done') return;
      if (state.get(node) === 'open') throw new Error('Schema: $ref/allOf/anyOf/oneOf loop that never reaches a value');
      state.set(node, 'open');
      for (const next of this.#sameValue.get(node) ?? []) visit(next);
      state.set(node, 'done');
    };
    for (const node of this.#sameValue.keys()) visit(node);
  }
}

/** Turns checked schemas into the compact form; each schema object is compiled once. */
class Compiler {
  /** Compact object -> the schema object it was made from. */
  source = new Map();
  #compiled = new Map();
  #checked;

  constructor(checked) {
    this.#checked = checked;
  }

  compile(node) {
    if (typeof node === 'boolean') return node;
    const done = this.#compiled.get(node);
    if (done !== undefined) return done;
    // Loops of bare $refs were rejected, so this ends.
    if (isBareRef(node)) return this.compile(this.#checked.refs.get(node));
    const out = {};
    this.#compiled.set(node, out); // before the children, so recursion through properties works
    this.source.set(out, node);
    for (const [key, value] of Object.entries(node)) {
      if (ANNOTATIONS.has(key)) continue;
      switch (key) {
        case 'properties':
          out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, this.compile(schema)]));
          break;
        case 'items':
        case 'additionalProperties':
          out[key] = this.compile(value);
          break;
        case 'allOf':
          out[key] = value.map((schema) => this.compile(schema));
          break;
        case 'anyOf':
        case 'oneOf':
          out[key] = { of: value.map((schema) => this.compile(schema)), ...this.#explain(value, key === 'oneOf') };
          break;
        case '$ref':
          out[key] = this.compile(this.#checked.refs.get(node));
          break;
        default:
          out[key] = structuredClone(value);
      }
    }
    return out;
  }

  /** The schema a branch stands for: a bare $ref followed, so its type and values are visible. */
  #shape(node) {
    if (typeof node === 'boolean') return {};
    if (isBareRef(node)) return this.#shape(this.#checked.refs.get(node));
    return Object.fromEntries(Object.entries(node).filter(([key]) => !ANNOTATIONS.has(key)));
  }

  /**
   * How anyOf/oneOf failures are explained, as far as the schema alone decides it:
   * - `none`, where what to say when no branch matches is fixed: `fields` when every branch only
   *   requires fields ("needs asOf or period"), `values` when every branch is a fixed set of
   *   values (all listed);
   * - otherwise `types`, the JSON types each branch expects ([] for any), so the interpreter can
   *   tell which branches the value was meant for;
   * - for oneOf, `several: true` when more than one branch can match a value (then a problem),
   *   left out when no two branches can match the same value.
   */
  #explain(branches, exactlyOne) {
    const required = branches.map((branch) => {
      const keys = isObject(branch) ? Object.keys(branch).filter((key) => !ANNOTATIONS.has(key)) : [];
      return keys.length === 1 && keys[0] === 'required' ? branch.required : undefined;
    });
    const allRequired = required.every(Boolean);
    const shapes = branches.map((branch) => this.#shape(branch));
    const values = shapes.map(valueSet);
    const explained = {};
    if (allRequired) explained.none = 'fields';
    else if (values.every(Boolean)) explained.none = 'values';
    else explained.types = shapes.map((shape) => [].concat(shape.type ?? valueSet(shape)?.map(jsonType) ?? []));
    const exclusive = shapes.every((a, i) => shapes.every((b, j) => j <= i || disjoint(a, b)));
    if (exactlyOne && !exclusive) explained.several = true;
    return explained;
  }
}

/**
 * Whether no value can match both schemas, judged from their own keywords: they allow no common
 * type, or one requires a field the other forbids (no other fields, and not among its properties).
 * false when in doubt.
 */
function disjoint(a, b) {
  const types = (shape) => [].concat(shape.type ?? []).flatMap((t) => (t === 'integer' ? ['integer', 'number'] : [t]));
  const [ta, tb] = [types(a), types(b)];
  if (ta.length > 0 && tb.length > 0 && !ta.some((t) => tb.includes(t) || (t === 'number' && tb.includes('integer')))) return true;
  const forbids = (shape, key) => shape.additionalProperties === false && !hasOwn(shape.properties ?? {}, key);
  return (a.required ?? []).some((key) => forbids(b, key)) || (b.required ?? []).some((key) => forbids(a, key));
}

/**
 * The values a schema allows when it is a closed set (const, enum or a bare boolean type). The words
 * list them from the compact node for `none: 'values'` (valuesOf in src/messages.ts, which
 * test/validator.test.ts holds to this).
 */
function valueSet(shape) {
  if (hasOwn(shape, 'const')) return [shape.const];
  if (Array.isArray(shape.enum)) return shape.enum;
  return Object.keys(shape).length === 1 && shape.type === 'boolean' ? [true, false] : undefined;
}

function jsonType(value) {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
