// CDN bundles: one self-contained, minified ES module per widget plus the
// all-in-one, written to dist/cdn/. A part loaded on demand (dynamic import())
// becomes a chunk file next to the widget's file; a page still needs one tag.
//
//   packages/<pkg>/dist/praksis-<name>.js  ->  dist/cdn/praksis-<name>.js
//   packages/widgets/dist/index.js         ->  dist/cdn/praksis-widgets.js
//
// Inputs are the compiled packages, so run `tsc -b` (npm run build:types)
// first; `npm run build` does both. Widgets are discovered from their
// registration modules (packages/*/src/praksis-*.ts), so a new widget package
// needs no change here. Lit, d3 and the workspace packages are inlined; they
// resolve with the normal browser/default export conditions (not "source").
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';
import terser from '@rollup/plugin-terser';

const rootDir = dirname(fileURLToPath(import.meta.url));
const packagesDir = join(rootDir, 'packages');
const outDir = join(rootDir, 'dist', 'cdn');

// Packages that are not widgets (their praksis-*.ts files, if any, are not
// registration modules). Every other package with src/praksis-*.ts is a widget.
const infrastructurePackages = new Set(['core', 'schema', 'widgets']);

/** @returns {{ name: string, input: string }[]} */
function discoverEntries() {
  const entries = [];
  for (const pkg of readdirSync(packagesDir, { withFileTypes: true })) {
    if (!pkg.isDirectory() || infrastructurePackages.has(pkg.name)) continue;
    const srcDir = join(packagesDir, pkg.name, 'src');
    if (!existsSync(srcDir)) continue;
    for (const file of readdirSync(srcDir)) {
      const match = /^(praksis-[a-z0-9-]+)\.ts$/.exec(file);
      if (!match || file.endsWith('.d.ts')) continue;
      entries.push({ name: match[1], input: join(packagesDir, pkg.name, 'dist', `${match[1]}.js`) });
    }
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  if (existsSync(join(packagesDir, 'widgets', 'src', 'index.ts'))) {
    entries.push({ name: 'praksis-widgets', input: join(packagesDir, 'widgets', 'dist', 'index.js') });
  }
  return entries;
}

const entries = discoverEntries();
if (entries.length === 0) {
  throw new Error('rollup.config.mjs: no widget registration modules (packages/*/src/praksis-*.ts) found.');
}
const missing = entries.filter((entry) => !existsSync(entry.input));
if (missing.length > 0) {
  throw new Error(
    `rollup.config.mjs: compiled entry missing: ${missing.map((e) => relative(rootDir, e.input)).join(', ')}. ` +
      'Run `npm run build:types` (tsc -b) first.',
  );
}

// Start from an empty dist/cdn so removed widgets do not linger.
if (!process.env.ROLLUP_WATCH) rmSync(outDir, { recursive: true, force: true });

/** @type {import('rollup').WarningHandlerWithDefault} */
function onwarn(warning, warn) {
  // An unresolved import would silently become an external import in a
  // "self-contained" bundle; fail instead.
  if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') {
    throw new Error(`${warning.code}: ${warning.message}`);
  }
  // tsc's decorator helper starts with `(this && this.__decorate)`; at module
  // top level `this` is undefined, which is what the helper expects.
  if (warning.code === 'THIS_IS_UNDEFINED' && /__decorate|__metadata|__awaiter|__rest/.test(warning.frame ?? '')) {
    return;
  }
  warn(warning);
}

/** Licence notices of what every bundle contains, once instead of once per bundled module. */
const LICENCE_BANNER =
  '/*! Praksis Widgets (MIT). Includes Lit, Copyright 2017 Google LLC, BSD-3-Clause; ' +
  'd3-array, Copyright 2010-2023 Mike Bostock, ISC. */';

/** @type {import('rollup').RollupOptions[]} */
export default entries.map(({ name, input }) => ({
  input,
  onwarn,
  // A chunk loaded on demand imports Lit and core from the widget's file; letting that file export
  // them keeps it the one file a page loads (else rollup adds a facade and moves the code to a chunk).
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    nodeResolve({ browser: true }),
    terser({
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      // The bundled libraries' notices are collected once in the banner below.
      format: { comments: false },
    }),
    // After terser, so that its renderChunk sees minified code (see the plugin's notes).
    minifyTemplates(),
  ],
  output: {
    banner: LICENCE_BANNER,
    // dir rather than file: a widget may load a rarely used part on demand with import(),
    // which becomes a chunk next to its file (praksis-<widget>.<part>-<hash>.js).
    dir: outDir,
    entryFileNames: `${name}.js`,
    chunkFileNames: `${name}.[name]-[hash].js`,
    format: 'es',
    sourcemap: false,
  },
}));
