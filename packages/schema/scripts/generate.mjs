#!/usr/bin/env node
// Build-time generator: reads schemas/*.schema.json and writes the run-time schema modules,
// TypeScript types and reference docs. Output is deterministic; CI checks it is committed.
//
//   node packages/schema/scripts/generate.mjs [--out DIR] [--schemas DIR]
//
// --out DIR writes the same repo-relative files under DIR instead of the repository.
// --schemas DIR reads the schemas from DIR instead of packages/schema/schemas.
//
// The schemas are checked on the way (scripts/lib/compile.mjs): a keyword the run-time validator
// does not support, a $ref that does not resolve or a malformed keyword stops it with an error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { docsIndex, schemaPage } from './lib/docs.mjs';
import { schemaModules } from './lib/schema-module.mjs';
import { loadSchemas } from './lib/schemas.mjs';
import { typesModule } from './lib/types.mjs';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(packageDir, '../..');

/** Every generated file: repo-relative path -> content. */
export function generate(schemaDir = join(packageDir, 'schemas')) {
  const set = loadSchemas(schemaDir);
  const files = new Map();
  const modules = schemaModules(set);
  for (const entry of set.list) {
    files.set(`packages/schema/src/generated/${entry.kind}.schema.ts`, modules.get(entry.kind));
    files.set(`docs/schema/${entry.kind}.md`, schemaPage(set, entry, join(packageDir, 'examples')));
  }
  files.set('packages/schema/src/generated/types.ts', typesModule(set));
  files.set('docs/schema/README.md', docsIndex(set));
  return files;
}

function main(argv) {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, schemas: { type: 'string' } } });
  for (const name of ['out', 'schemas']) if (values[name] === '') throw new Error(`--${name} needs a directory`);
  const outDir = values.out ? resolve(values.out) : repoDir;
  const schemaDir = values.schemas && resolve(values.schemas);
  for (const [path, content] of generate(schemaDir)) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
