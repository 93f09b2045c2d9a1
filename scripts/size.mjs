#!/usr/bin/env node
// Prints raw and gzip (level 9) sizes of the CDN bundles in dist/cdn/*.js and
// dist/cdn/classic/*.js and checks them against the gzip budgets below. Exits 1
// when a bundle is over budget or when there are no bundles (run `npm run build`
// first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(rootDir, 'dist', 'cdn');

// The widgets' budgets and on-demand parts are in their descriptors (packages/<widget>/src/descriptor.ts),
// read through the compiled registry.
const { WIDGETS } = await import(pathToFileURL(join(rootDir, 'packages', 'widgets', 'dist', 'registry.js')).href);

/** Gzip budgets in bytes, per file name. Files not listed have no budget. */
const budgets = {
  ...Object.fromEntries(WIDGETS.map((widget) => [`${widget.tag}.js`, widget.budgetKb * 1024])),
  // The iframe route: the embed page's own script (it then loads the widget's file) and the host's resizer.
  'praksis-embed.js': 2 * 1024,
  'praksis-embed-resizer.js': 1 * 1024,
};

/**
 * Parts every widget loads on demand from core (packages/core/src/praksis-element.ts): a chunk that
 * is neither one of these nor a part its widget declares means code was split off by mistake.
 */
const CORE_PARTS = ['export'];

/** Whether a chunk file (praksis-<entry>.<part>-<hash>.js) is a part nobody declared. */
function undeclaredChunk(file) {
  const match = /^(praksis-[a-z-]+)\.(.+)\.js$/.exec(file);
  if (!match) return false;
  const [, entry, rest] = match;
  // The all-in-one holds every widget's parts.
  const owners = entry === 'praksis-widgets' ? WIDGETS : WIDGETS.filter((widget) => widget.tag === entry);
  const declared = [...CORE_PARTS, ...owners.flatMap((widget) => Object.keys(widget.parts))];
  return !declared.some((part) => rest.startsWith(`${part}-`));
}

/**
 * Classic scripts (dist/cdn/classic/) cannot load a part on demand, so each carries what its module
 * file fetches only when used (downloads, tables, views): its module budget plus this allowance,
 * which guards against growth.
 */
const CLASSIC_ALLOWANCE = 6 * 1024;
const budgetOf = (file) => {
  if (!file.startsWith('classic/')) return budgets[file];
  const moduleBudget = budgets[file.slice('classic/'.length)];
  return moduleBudget === undefined ? undefined : moduleBudget + CLASSIC_ALLOWANCE;
};

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

if (!existsSync(cdnDir)) {
  console.error(`No ${relative(rootDir, cdnDir)}/ directory. Run \`npm run build\` first.`);
  process.exit(1);
}
const classicDir = join(cdnDir, 'classic');
const files = [
  ...readdirSync(cdnDir).filter((f) => f.endsWith('.js')).sort(),
  ...(existsSync(classicDir) ? readdirSync(classicDir).filter((f) => f.endsWith('.js')).sort().map((f) => `classic/${f}`) : []),
];
if (files.length === 0) {
  console.error(`No .js files in ${relative(rootDir, cdnDir)}/. Run \`npm run build\` first.`);
  process.exit(1);
}

const rows = files.map((file) => {
  const content = readFileSync(join(cdnDir, file));
  const gzip = gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length;
  const budget = budgetOf(file);
  const status = budget === undefined ? '' : gzip <= budget ? 'ok' : 'OVER';
  return { file, raw: content.length, gzip, budget, status };
});

const table = [
  ['File', 'Raw', 'Gzip', 'Budget (gzip)', ''],
  ...rows.map((r) => [r.file, kb(r.raw), kb(r.gzip), r.budget === undefined ? '-' : kb(r.budget), r.status]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) =>
  row
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
    .join('  ')
    .trimEnd();
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  ').trimEnd());
for (const row of table.slice(1)) console.log(line(row));

for (const name of Object.keys(budgets)) {
  if (!files.includes(name)) console.warn(`warning: budgeted file ${name} not found in dist/cdn/`);
}

const strays = files.filter(undeclaredChunk);
for (const file of strays) console.error(`${file}: a chunk that is no declared on-demand part (descriptor.ts parts).`);

const over = rows.filter((r) => r.status === 'OVER');
if (over.length > 0) {
  for (const r of over) {
    console.error(`${r.file} is ${kb(r.gzip)} gzip, over its ${kb(r.budget)} budget by ${kb(r.gzip - r.budget)}.`);
  }
  process.exit(1);
}
if (strays.length > 0) process.exit(1);
