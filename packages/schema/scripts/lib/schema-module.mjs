// Emits src/generated/<kind>.schema.ts: the schema as a plain object for the run-time validator,
// without the prose (title, description, examples, $comment), which only costs bundle size.
import { SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_VALUED } from './schemas.mjs';

const PROSE = new Set(['title', 'description', 'examples', '$comment']);

/** A copy of the schema without prose keywords; const/enum values are copied untouched. */
export function stripProse(node) {
  if (typeof node !== 'object' || node === null) return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (PROSE.has(key)) continue;
    if (SCHEMA_VALUED.has(key)) out[key] = stripProse(value);
    else if (SCHEMA_MAPS.has(key)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripProse(v)]));
    else if (SCHEMA_LISTS.has(key)) out[key] = value.map(stripProse);
    else out[key] = value;
  }
  return out;
}

export function schemaModule(entry) {
  return [
    `// Generated from packages/schema/schemas/${entry.file} by \`npm run generate\`. Do not edit.`,
    "import type { SchemaObject } from '../validator.js';",
    '',
    `export const SCHEMA_ID = ${JSON.stringify(entry.id)};`,
    '',
    `const schema: SchemaObject = ${JSON.stringify(stripProse(entry.schema), null, 2)};`,
    '',
    'export default schema;',
    '',
  ].join('\n');
}
