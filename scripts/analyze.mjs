#!/usr/bin/env node
// Writes packages/<widget>/custom-elements.json for every widget in the registry
// (packages/widgets/src/registry.ts, compiled: run tsc -b first).
//
// The analyzer's own command line does the analysis, once for all packages:
// `cem analyze --config custom-elements-manifest.config.mjs` (settings, Lit
// support, plugins and excludes are in that file), into a temporary folder.
// Analyzed together with @praksis/core's sources, attributes, properties,
// events, slots, CSS parts and CSS custom properties inherited from the shared
// base class appear on the widget (with `inheritedFrom: { package:
// '@praksis/core', ... }`). This script then splits that manifest: only the
// widget package's own modules end up in its manifest.
//
// Module paths are written as the package's importable JS files
// (src/foo.ts -> dist/foo.js), relative to the package directory.
//
// Then writes VS Code HTML custom data for all widgets to dist/ and
// packages/widgets/dist/ (scripts/html-custom-data.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HTML_CUSTOM_DATA_FILE, writeHtmlCustomData } from './html-custom-data.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const packagesDir = join(rootDir, 'packages');

// The widgets, from the compiled registry (packages/widgets/src/registry.ts): each is packages/<name>.
const { WIDGETS } = await import(pathToFileURL(join(packagesDir, 'widgets', 'dist', 'registry.js')).href);

const toPosix = (p) => p.split(sep).join('/');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const packageName = (dir) => readJson(join(packagesDir, dir, 'package.json')).name;

/**
 * Resolves a module reference as the analyzer writes it (repo-relative
 * "packages/x/src/a.ts", "/packages/x/src/a.js", or "./a.js" relative to the
 * containing module) to { dir, jsPath: "dist/a.js" } when it points into a
 * workspace package's src/.
 */
function resolveReference(reference, containingRepoPath) {
  let repoPath = reference;
  if (reference.startsWith('./') || reference.startsWith('../')) {
    repoPath = posix.join(posix.dirname(containingRepoPath), reference);
  }
  repoPath = repoPath.replace(/^\/+/, '');
  const match = /^packages\/([^/]+)\/src\/(.+)\.(?:ts|js)$/.exec(repoPath);
  return match ? { dir: match[1], jsPath: `dist/${match[2]}.js` } : undefined;
}

/** Rewrites module references inside one module of package `self`'s manifest. */
function rewriteReferences(node, self, containingRepoPath) {
  if (Array.isArray(node)) {
    for (const item of node) rewriteReferences(item, self, containingRepoPath);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (typeof node.module === 'string') {
    const target = resolveReference(node.module, containingRepoPath);
    if (target) {
      node.module = target.jsPath;
      if (target.dir === self) delete node.package;
      else node.package = packageName(target.dir);
    }
  }
  for (const value of Object.values(node)) rewriteReferences(value, self, containingRepoPath);
}

/** The analyzer's command line over the whole repository (its config's globs); the manifest it writes. */
function analyzeAll() {
  const analyzerDir = dirname(createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/package.json'));
  const outDir = mkdtempSync(join(tmpdir(), 'praksis-cem-'));
  try {
    const result = spawnSync(
      process.execPath,
      // The analyzer joins --outdir to the working directory, so it is given relative to it.
      [join(analyzerDir, 'cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(rootDir, outDir), '--quiet'],
      { cwd: rootDir, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (result.status !== 0) throw new Error(`cem analyze failed (${result.error?.message ?? `exit ${result.status}`})`);
    return readJson(join(outDir, 'custom-elements.json'));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The manifest of widget package `dir`: the whole manifest's modules from its src/, paths rewritten. */
function writePackageManifest(whole, dir) {
  const ownPrefix = `packages/${dir}/src/`;
  const manifest = { ...whole, modules: structuredClone(whole.modules.filter((mod) => mod.path.startsWith(ownPrefix))) };
  for (const mod of manifest.modules) {
    const repoPath = mod.path;
    rewriteReferences(mod, dir, repoPath);
    mod.path = resolveReference(repoPath, repoPath).jsPath;
  }

  const outFile = join(packagesDir, dir, 'custom-elements.json');
  // Whole or not at all: a test may read it while another run writes it.
  writeFileSync(`${outFile}.${process.pid}`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${outFile}.${process.pid}`, outFile);

  const elements = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((decl) => decl.customElement && decl.tagName)
    .map((decl) => `<${decl.tagName}>`);
  console.log(`${toPosix(relative(rootDir, outFile))}: ${elements.length ? elements.join(', ') : 'no custom elements found'}`);

  const pkgJson = readJson(join(packagesDir, dir, 'package.json'));
  if (pkgJson.customElements !== 'custom-elements.json') {
    console.warn(`  note: packages/${dir}/package.json has no "customElements": "custom-elements.json" field`);
  }
  return { packageName: pkgJson.name, manifest };
}

const widgetDirs = WIDGETS.map((widget) => widget.name).sort();

if (widgetDirs.length === 0) console.log('No widget packages found.');
const whole = analyzeAll();
const manifests = widgetDirs.map((dir) => writePackageManifest(whole, dir));

// Editor support: VS Code HTML custom data for every widget, in dist/ and in @praksis/widgets.
const customDataPaths = [join(rootDir, 'dist', HTML_CUSTOM_DATA_FILE), join(packagesDir, 'widgets', 'dist', HTML_CUSTOM_DATA_FILE)];
writeHtmlCustomData(manifests, customDataPaths);
console.log(`${customDataPaths.map((p) => toPosix(relative(rootDir, p))).join(', ')}: ${manifests.length} widgets`);
