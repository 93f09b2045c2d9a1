#!/usr/bin/env node
// Bytes on the wire (gzip -9) of the CDN files in dist/cdn/<version>/, file by file and as pages load
// them: a page with one widget, with two and with all four, through the autoloader and through the
// widgets' own entries, each counting the shared chunks its entries import and the parts loaded on
// demand that the default view draws (a descriptor's firstViewParts). Checks the budgets below and
// exits 1 when one is missed or when there are no files (run `npm run build` first).
//
// Why not size-limit: with @size-limit/file and `gzip: true` it would measure the same gzip -9
// bytes, but each of its checks is one sum over the files a path names. The files a page loads
// are found by following the built files' imports, whose names carry a content hash that changes
// with each edit; that, and the table docs/embedding.md copies, is what this script is for.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { chunkName, filesLoaded, moduleLinks } from './page-weight.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const { VERSION } = await import(pathToFileURL(join(rootDir, 'packages', 'core', 'dist', 'generated', 'version.js')).href);
const cdnDir = join(rootDir, 'dist', 'cdn', VERSION);

// The widgets' budgets and on-demand parts are in their descriptors (packages/<widget>/src/descriptor.ts),
// read through the compiled registry.
const { WIDGETS } = await import(pathToFileURL(join(rootDir, 'packages', 'widgets', 'dist', 'registry.js')).href);

const KB = 1024;
/** Gzip budgets in bytes of single files. */
const fileBudgets = {
  // Loaded by every page that uses it, before any widget.
  'praksis-autoloader.js': 2 * KB,
  // The iframe route: the embed page's own script (it then loads the widget's file) and the host's resizer.
  'praksis-embed.js': 2 * KB,
  'praksis-embed-resizer.js': 1 * KB,
};
/**
 * Every widget on one page, through either route: a ceiling at what it measures, so it cannot grow
 * unnoticed (63.74 KB through the autoloader when it was set at 64 KB; 64.01 KB when it went to
 * 64.1 KB, with text in the other language marked, the sankey's tooltip at the pointer, and lang
 * followed inside other components' shadow roots). The aim is 45 KB, below the floor of Lit,
 * validation, the rules engine and the widgets' drawing code (docs/embedding.md, "Sizes as a page
 * loads them").
 */
const ALL_WIDGETS_BUDGET = 64.1 * KB;
/** What the autoloader may add to a page with one widget, over that widget's entry alone. */
const AUTOLOADER_ALLOWANCE = 2 * KB;

/**
 * Parts every widget loads on demand from core (packages/core/src/praksis-element.ts): the
 * downloads, the English words, and the words of validation's problems, which only a document with
 * problems needs (so no page counts them). A part loaded on demand that is neither one of these nor
 * a part a widget declares means code was split off by mistake.
 */
const CORE_PARTS = ['export', 'english', 'words'];
const DECLARED_PARTS = new Set([...CORE_PARTS, ...WIDGETS.flatMap((widget) => Object.keys(widget.parts))]);

/**
 * Classic scripts (classic/) cannot load a part on demand, so each carries what its module page
 * fetches only when used (downloads, tables, views, the words of every kind's problems): the
 * widget's budget plus this allowance, which guards against growth. 6 KB until the words of
 * problems became a part, which took them off the budgets (1.8–2.5 KB) and put every kind's
 * words in each classic script (2.0–2.4 KB more); 11 KB since the careful reader of JSON text came
 * with them (0.8–0.9 KB) and numbers and dates are written without Intl (0.6–0.9 KB); 11.75 KB
 * since more of what a module page fetches on demand moved into parts (the schemas' words and the
 * reasons a source failed into the words part, the sankey's highlight and tooltip into a part of
 * its own), which took 0.5–1.7 KB off the budgets and nothing off the classic scripts; 12 KB since
 * they carry the downloads' writer of text XML can hold (0.07 KB); 12.1 KB since the sankey's
 * tooltip is placed at the mouse pointer (0.27 KB in its classic script).
 */
const CLASSIC_ALLOWANCE = 12.1 * KB;
for (const widget of WIDGETS) fileBudgets[`classic/${widget.tag}.js`] = widget.budgetKb * KB + CLASSIC_ALLOWANCE;

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

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

const sizes = new Map(
  files.map((file) => {
    const content = readFileSync(join(cdnDir, file));
    return [file, { raw: content.length, gzip: gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length, code: content.toString('utf8') }];
  }),
);
const linksOf = (file) => {
  const entry = sizes.get(file);
  if (!entry) throw new Error(`${file} is imported but not in ${relative(rootDir, cdnDir)}/`);
  return moduleLinks(entry.code);
};

/** Prints rows as a table, the first column left-aligned. */
function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  ').trimEnd());
  for (const row of rows.slice(1)) console.log(line(row));
}

const failures = [];
const check = (what, bytes, budget) => {
  if (budget === undefined) return '';
  if (bytes <= budget) return 'ok';
  failures.push(`${what} is ${kb(bytes)} gzip, over its ${kb(budget)} budget by ${kb(bytes - budget)}.`);
  return 'OVER';
};

// 1. Every file.
printTable([
  ['File', 'Raw', 'Gzip', 'Budget (gzip)', ''],
  ...files.map((file) => {
    const { raw, gzip } = sizes.get(file);
    const budget = fileBudgets[file];
    return [file, kb(raw), kb(gzip), budget === undefined ? '-' : kb(budget), check(file, gzip, budget)];
  }),
]);

// 2. Pages. The parts a widget's default view draws are counted; those a reader asks for are not.
const firstViewParts = new Set(WIDGETS.flatMap((widget) => widget.firstViewParts ?? []));
const drawnAtOnce = (_file, part) => firstViewParts.has(chunkName(part));
const pageBytes = (entries) => filesLoaded(entries, linksOf, drawnAtOnce).reduce((sum, file) => sum + sizes.get(file).gzip, 0);

const combinations = (list, size) =>
  size === 0 ? [[]] : list.flatMap((first, i) => combinations(list.slice(i + 1), size - 1).map((rest) => [first, ...rest]));
const pages = [1, 2, WIDGETS.length].flatMap((count) => combinations(WIDGETS, count));
const pageRows = [];
for (const widgets of pages) {
  const label = widgets.length === WIDGETS.length ? `all ${widgets.length}` : widgets.map((widget) => widget.name).join(' + ');
  const entries = widgets.map((widget) => `${widget.tag}.js`);
  const own = pageBytes(entries);
  const auto = pageBytes(['praksis-autoloader.js', ...entries]);
  const single = widgets.length === 1 ? widgets[0] : undefined;
  const ownBudget = single ? single.budgetKb * KB : widgets.length === WIDGETS.length ? ALL_WIDGETS_BUDGET : undefined;
  const autoBudget = single ? own + AUTOLOADER_ALLOWANCE : widgets.length === WIDGETS.length ? ALL_WIDGETS_BUDGET : undefined;
  pageRows.push([
    label,
    kb(own),
    ownBudget === undefined ? '-' : kb(ownBudget),
    check(`A page with ${label} through its entries`, own, ownBudget),
    kb(auto),
    autoBudget === undefined ? '-' : kb(autoBudget),
    check(`A page with ${label} through the autoloader`, auto, autoBudget),
  ]);
}
const allInOne = pageBytes(['praksis-widgets.js']);
pageRows.push(['all, praksis-widgets.js', kb(allInOne), kb(ALL_WIDGETS_BUDGET), check('A page with praksis-widgets.js', allInOne, ALL_WIDGETS_BUDGET), '-', '-', '']);
console.log('\nA page with these widgets loads (gzip, the default view\'s parts loaded on demand included):');
printTable([['Widgets', 'Entries', 'Budget', '', 'Autoloader', 'Budget', ''], ...pageRows]);

// 3. Parts loaded on demand that nobody declared.
const strays = files.flatMap((file) => (file.startsWith('classic/') ? [] : linksOf(file).parts)).filter((part) => !DECLARED_PARTS.has(chunkName(part)));
for (const file of new Set(strays)) failures.push(`${file}: loaded on demand but no declared part (descriptor.ts parts).`);

// 4. The words of problems stay out of what a page with valid data loads (the `words` part holds
// them): no file a page loads at once, the all-in-one's included, may hold one of their texts
// (every text of packages/schema/src/messages.ts, and what the words say about the schemas
// themselves, such as what a `pattern` asks for: packages/schema/scripts/lib/problem-texts.mjs),
// as written in the code or inside a JSON string. Nor may the careful reader of JSON text that
// comes with them (json-text.ts): its pattern for a plain run of a string, as written in the code.
const schemaDist = join(rootDir, 'packages', 'schema', 'dist');
const { words } = await import(pathToFileURL(join(schemaDist, 'messages.js')).href);
const { problemTexts, schemaTexts } = await import(pathToFileURL(join(rootDir, 'packages', 'schema', 'scripts', 'lib', 'problem-texts.mjs')).href);
const generatedDir = join(schemaDist, 'generated');
const schemaModules = await Promise.all(readdirSync(generatedDir).filter((f) => f.endsWith('.schema.js')).map((f) => import(pathToFileURL(join(generatedDir, f)).href)));
const schemas = schemaModules.flatMap((module) => Object.values(module)).filter((value) => typeof value === 'object' && value !== null);
const wordTexts = [...new Set([...problemTexts(), ...schemaTexts(words, schemas)])];
const inCode = (code, text) => code.includes(text) || code.includes(JSON.stringify(text).slice(1, -1));
const jsonReader = String.raw`/[^"\\\u0000-\u001f]*/y`;
const pageFiles = new Set(
  [...pages.map((widgets) => ['praksis-autoloader.js', ...widgets.map((widget) => `${widget.tag}.js`)]), ['praksis-widgets.js']].flatMap((entries) => filesLoaded(entries, linksOf, drawnAtOnce)),
);
for (const file of pageFiles) {
  const { code } = sizes.get(file);
  const found = wordTexts.filter((text) => inCode(code, text));
  if (found.length > 0) failures.push(`${file}: holds the words of problems (${found.map((text) => `"${text}"`).join(', ')}), which only the words part may hold.`);
  if (code.includes(jsonReader)) failures.push(`${file}: holds the careful reader of JSON text (${jsonReader}), which only the words part may hold.`);
}

// 5. What only the tools know of a widget (ToolFacts in packages/core/src/descriptor.ts: names for
// people, examples, budgets, parts) stays out of every CDN file: elements read their descriptor's
// run-time half. Its part descriptions, and the name of its budget, must be in none.
const toolSamples = ['budgetKb', ...WIDGETS.flatMap((widget) => Object.values(widget.parts))];
for (const file of files) {
  const found = toolSamples.find((text) => sizes.get(file).code.includes(text));
  if (found) failures.push(`${file}: holds what only the tools know of a widget ("${found}"); elements read the descriptor's run-time half (describeElement).`);
}

for (const failure of failures) console.error(failure);
if (failures.length > 0) process.exit(1);
