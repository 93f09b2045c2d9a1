// Loading schemas and walking them keyword by keyword (so a property *named* "description" is
// never mistaken for the keyword).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TYPE_NAMES } from './names.mjs';

/** Keywords whose value is one schema / a map of schemas / a list of schemas. */
export const SCHEMA_VALUED = new Set(['items', 'additionalProperties']);
export const SCHEMA_MAPS = new Set(['properties', '$defs']);
const SCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf']);
const ANNOTATIONS = new Set(['title', 'description', '$comment', '$schema', '$id', '$defs', 'examples']);

export function escapeToken(token) {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeToken(token) {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Reads every schemas/*.schema.json, sorted by file name. */
export function loadSchemas(schemaDir) {
  const files = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort();
  const schemas = files.map((file) => {
    const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
    return { file, kind: file.replace(/\.schema\.json$/, ''), id: schema.$id, schema };
  });
  return new SchemaSet(schemas);
}

class SchemaSet {
  constructor(schemas) {
    this.list = schemas;
    this.byId = new Map(schemas.map((s) => [s.id, s]));
    this.names = new Map(); // `${file}#${pointer}` -> type name
    for (const s of schemas) this.#name(s);
  }

  #name(entry) {
    const fixed = TYPE_NAMES[entry.file] ?? {};
    walk(entry.schema, '', (node, pointer) => {
      const name = fixed[pointer] ?? (node.title ? pascal(node.title) : undefined);
      if (pointer === '' && !node.type && !node.properties) return; // a bag of $defs, no document
      if (!name) return;
      if ([...this.names.values()].includes(name)) throw new Error(`Type name ${name} used twice`);
      this.names.set(`${entry.file}#${pointer}`, name);
    });
    for (const pointer of Object.keys(fixed)) {
      if (!this.names.has(`${entry.file}#${pointer}`)) throw new Error(`names.mjs: ${entry.file}#${pointer} is not in the schema`);
    }
  }

  nameOf(file, pointer) {
    return this.names.get(`${file}#${pointer}`);
  }

  /** Resolves a $ref found in `file` to { entry, file, pointer, node }. */
  resolve(ref, file) {
    const base = this.list.find((s) => s.file === file);
    const href = new URL(ref, base.id).href;
    const [id, fragment = ''] = href.split('#');
    const entry = this.byId.get(id);
    if (!entry) throw new Error(`${file}: $ref ${ref} does not resolve`);
    const pointer = decodeURIComponent(fragment);
    let node = entry.schema;
    for (const token of pointer.split('/').slice(1)) node = node?.[unescapeToken(token)];
    if (node === undefined) throw new Error(`${file}: $ref ${ref} does not resolve`);
    return { entry, file: entry.file, pointer, node };
  }
}

/** Pre-order walk over every sub-schema, with its JSON pointer inside the schema file. */
export function walk(node, pointer, visit) {
  if (typeof node !== 'object' || node === null) return;
  visit(node, pointer);
  for (const [key, value] of Object.entries(node)) {
    const at = `${pointer}/${escapeToken(key)}`;
    if (SCHEMA_VALUED.has(key)) walk(value, at, visit);
    else if (SCHEMA_MAPS.has(key)) for (const [k, v] of Object.entries(value)) walk(v, `${at}/${escapeToken(k)}`, visit);
    else if (SCHEMA_LISTS.has(key)) value.forEach((v, i) => walk(v, `${at}/${i}`, visit));
  }
}

/** Branches of an anyOf that only list required fields, e.g. "asOf or period"; else undefined. */
export function requiredAlternatives(node) {
  const branches = node.anyOf ?? node.oneOf;
  if (!branches) return undefined;
  const only = branches.map((b) => {
    const keys = Object.keys(b).filter((k) => !ANNOTATIONS.has(k));
    return keys.length === 1 && keys[0] === 'required' ? b.required : undefined;
  });
  return only.every(Boolean) ? only : undefined;
}

function pascal(title) {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}
