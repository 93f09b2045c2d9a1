// Emits src/generated/<kind>.schema.ts: each schema in the run-time validator's compact form
// (see compile.mjs), as minified JSON. Every $ref target is a const of the module its schema file
// defines, used by name wherever it is referenced, so a shared definition is written once and a
// bundle carries only the definitions it reaches.
import { compileSchemas } from './compile.mjs';
import { SCHEMA_MAPS, SCHEMA_VALUED } from './schemas.mjs';

// In the compact form allOf is a list of schemas; anyOf/oneOf are { of: [schemas], ... }.
const SCHEMA_LISTS = new Set(['allOf']);
const ALTERNATIVES = new Set(['anyOf', 'oneOf']);

// Words a definition cannot be named after (JavaScript's reserved words and the module's own names).
const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof let new null return static super switch this throw true try typeof var void ' +
    'while with yield await implements interface package private protected public arguments eval undefined NaN ' +
    'Infinity schema SCHEMA_ID SchemaObject').split(' '),
);

/** "accessibility-declaration" -> "accessibilityDeclaration": the name a module is imported under. */
function moduleName(kind) {
  return kind.replace(/[^A-Za-z0-9_$]+(.)?/g, (_, c = '') => c.toUpperCase()).replace(/^(?=[0-9])/, '_');
}

/** Every generated schema module: kind -> file content. */
export function schemaModules(set) {
  const { roots, targets } = compileSchemas(set.list.map((entry) => entry.schema));
  const kindOf = new Map(set.list.map((entry) => [entry.id, entry.kind]));

  // A name per target, unique in its module: the root is `schema`, a definition keeps its key
  // where that is a usable name.
  const names = new Map();
  const taken = new Map(set.list.map((entry) => [entry.id, new Set()]));
  for (const [node, { id, pointer }] of targets) {
    const used = taken.get(id);
    const key = /^\/\$defs\/([A-Za-z_$][\w$]*)$/.exec(pointer)?.[1];
    let name = pointer === '' ? 'schema' : key && !RESERVED.has(key) && !used.has(key) ? key : undefined;
    for (let i = 1; name === undefined || used.has(name); i++) name = `s${i}`;
    used.add(name);
    names.set(node, name);
  }

  const modules = new Map();
  for (const entry of set.list) {
    const imports = new Set();
    /** How `node` is written in this module: by name if it is a target, else inline. */
    const expr = (node, top = false) => {
      if (!top && targets.has(node)) {
        const { id } = targets.get(node);
        if (id === entry.id) return names.get(node);
        const kind = kindOf.get(id);
        imports.add(kind);
        const name = names.get(node);
        return `${moduleName(kind)}.${name === 'schema' ? 'default' : name}`;
      }
      if (typeof node !== 'object' || node === null) return JSON.stringify(node);
      const value = (key, v) => {
        if (SCHEMA_VALUED.has(key) || key === '$ref') return expr(v);
        if (SCHEMA_MAPS.has(key)) return `{${Object.entries(v).map(([k, s]) => `${JSON.stringify(k)}:${expr(s)}`).join(',')}}`;
        if (SCHEMA_LISTS.has(key)) return `[${v.map((s) => expr(s)).join(',')}]`;
        if (ALTERNATIVES.has(key)) return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${k === 'of' ? value('allOf', x) : JSON.stringify(x)}`).join(',')}}`;
        return JSON.stringify(v);
      };
      return `{${Object.entries(node).map(([key, v]) => `${JSON.stringify(key)}:${value(key, v)}`).join(',')}}`;
    };

    // Consts in dependency order: each after the ones of this module it uses.
    const lines = [];
    const state = new Map();
    const local = [...targets].filter(([, at]) => at.id === entry.id).map(([node]) => node);
    const define = (node) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') throw new Error(`${entry.file}: a recursive schema cannot be written as a module`);
      state.set(node, 'open');
      for (const dependency of localTargetsUsed(node, targets, entry.id)) define(dependency);
      const name = names.get(node);
      lines.push(`${name === 'schema' ? '' : 'export '}const ${name}: SchemaObject = ${expr(node, true)};`);
      state.set(node, 'done');
    };
    local.forEach(define);
    const root = expr(roots.get(entry.id));
    for (const kind of imports) {
      if (taken.get(entry.id).has(moduleName(kind))) throw new Error(`${entry.file}: a definition is named like the module ${moduleName(kind)}`);
    }

    modules.set(entry.kind, {
      imports,
      text: [
        `// Generated from packages/schema/schemas/${entry.file} by \`npm run generate\`. Do not edit.`,
        '// The schema in the validator\'s compact form (scripts/lib/compile.mjs): no prose, every $ref resolved.',
        "import type { SchemaObject } from '../validator.js';",
        ...[...imports].sort().map((kind) => `import * as ${moduleName(kind)} from './${kind}.schema.js';`),
        '',
        `export const SCHEMA_ID = ${JSON.stringify(entry.id)};`,
        '',
        ...lines,
        '',
        `export default ${root};`,
        '',
      ].join('\n'),
    });
  }
  rejectImportCycles(modules);
  return new Map([...modules].map(([kind, { text }]) => [kind, text]));
}

/** The targets defined in module `id` that `node` uses, directly or through inline sub-schemas. */
function localTargetsUsed(node, targets, id) {
  const found = new Set();
  const visit = (value, top) => {
    if (typeof value !== 'object' || value === null) return;
    if (!top && targets.has(value)) {
      if (targets.get(value).id === id) found.add(value);
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      if (SCHEMA_VALUED.has(key) || key === '$ref') visit(v, false);
      else if (SCHEMA_MAPS.has(key)) Object.values(v).forEach((s) => visit(s, false));
      else if (SCHEMA_LISTS.has(key)) v.forEach((s) => visit(s, false));
      else if (ALTERNATIVES.has(key)) v.of.forEach((s) => visit(s, false));
    }
  };
  visit(node, true);
  return found;
}

/** Modules that import each other would read each other's consts before they exist. */
function rejectImportCycles(modules) {
  const state = new Map();
  const visit = (kind) => {
    if (state.get(kind) === 'done') return;
    if (state.get(kind) === 'open') throw new Error(`Schema modules import each other (via ${kind}): move shared definitions into one file`);
    state.set(kind, 'open');
    for (const next of modules.get(kind)?.imports ?? []) visit(next);
    state.set(kind, 'done');
  };
  for (const kind of modules.keys()) visit(kind);
}
