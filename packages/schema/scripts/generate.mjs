#!/usr/bin/env node
// Build-time generator: reads schemas/*.schema.json and writes the run-time schema modules,
// TypeScript types and reference docs. Output is deterministic; CI checks it is committed.
//
//   node packages/schema/scripts/generate.mjs [--out DIR]
//
// --out DIR writes the same repo-relative files under DIR instead of the repository.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docsIndex, schemaPage } from './lib/docs.mjs';
import { schemaModule } from './lib/schema-module.mjs';
import { loadSchemas } from './lib/schemas.mjs';
import { typesModule } from './lib/types.mjs';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(packageDir, '../..');

/** Every generated file: repo-relative path -> content. */
export function generate() {
  const set = loadSchemas(join(packageDir, 'schemas'));
  const files = new Map();
  for (const entry of set.list) {
    files.set(`packages/schema/src/generated/${entry.kind}.schema.ts`, schemaModule(entry));
    files.set(`docs/schema/${entry.kind}.md`, schemaPage(set, entry, join(packageDir, 'examples')));
  }
  files.set('packages/schema/src/generated/types.ts', typesModule(set));
  files.set('docs/schema/README.md', docsIndex(set));
  return files;
}

function main(argv) {
  const outIndex = argv.indexOf('--out');
  const outDir = outIndex >= 0 ? resolve(argv[outIndex + 1] ?? '') : repoDir;
  if (outIndex >= 0 && !argv[outIndex + 1]) throw new Error('--out needs a directory');
  for (const [path, content] of generate()) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
