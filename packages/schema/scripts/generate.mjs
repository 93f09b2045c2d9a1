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

function option(argv, name) {
  const index = argv.indexOf(name);
  if (index < 0) return undefined;
  if (!argv[index + 1]) throw new Error(`${name} needs a directory`);
  return resolve(argv[index + 1]);
}

function main(argv) {
  const outDir = option(argv, '--out') ?? repoDir;
  const schemaDir = option(argv, '--schemas');
  for (const [path, content] of generate(schemaDir)) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
