#!/usr/bin/env node
// Writes packages/<widget>/custom-elements.json for every widget package
// (a package other than core/schema/widgets with a src/praksis-*.ts
// registration module, the same rule as rollup.config.mjs).
//
// Each widget package is analyzed together with @praksis/core's sources so
// attributes, properties, events, slots, CSS parts and CSS custom properties
// inherited from the shared base class appear on the widget (with
// `inheritedFrom: { package: '@praksis/core', ... }`). Only the widget
// package's own modules end up in its manifest.
//
// Module paths are written as the package's importable JS files
// (src/foo.ts -> dist/foo.js), relative to the package directory.
//
// Settings (litelement, plugins, excludes) come from
// custom-elements-manifest.config.mjs.
//
// Then writes VS Code HTML custom data for all widgets to dist/ and
// packages/widgets/dist/ (scripts/html-custom-data.mjs).
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { HTML_CUSTOM_DATA_FILE, writeHtmlCustomData } from './html-custom-data.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const packagesDir = join(rootDir, 'packages');
const { default: config } = await import(pathToFileURL(join(rootDir, 'custom-elements-manifest.config.mjs')).href);

// Not widget packages (same list as rollup.config.mjs). Their sources are
// only analyzed as base classes (core).
const infrastructurePackages = new Set(['core', 'schema', 'widgets']);
const basePackages = ['core'];

const toPosix = (p) => p.split(sep).join('/');

/** Minimal glob for the exclude patterns in the config: ** and *. */
function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i += 1;
      if (glob[i + 1] === '/') i += 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += /[.+^${}()|[\]\\]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${re}$`);
}
const excludes = (config.exclude ?? []).map(globToRegExp);
const isExcluded = (repoPath) => excludes.some((re) => re.test(repoPath));

function listTs(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTs(full));
    else if (entry.name.endsWith('.ts')) out.push(toPosix(relative(rootDir, full)));
  }
  return out.filter((p) => !isExcluded(p)).sort();
}

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

async function analyzePackage(dir) {
  const ownFiles = listTs(join(packagesDir, dir, 'src'));
  const baseFiles = basePackages.filter((b) => b !== dir).flatMap((b) => listTs(join(packagesDir, b, 'src')));
  const modules = [...ownFiles, ...baseFiles].map((repoPath) =>
    ts.createSourceFile(repoPath, readFileSync(join(rootDir, repoPath), 'utf8'), ts.ScriptTarget.ES2022, true),
  );

  const plugins = [...(config.litelement ? litPlugin() : []), ...(config.plugins ?? [])];
  const manifest = create({ modules, plugins, context: { dev: false } });

  const ownPrefix = `packages/${dir}/src/`;
  manifest.modules = manifest.modules.filter((mod) => mod.path.startsWith(ownPrefix));
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

/** Widget packages have a registration module src/praksis-<name>.ts. */
function hasRegistrationModule(srcDir) {
  return existsSync(srcDir) && readdirSync(srcDir).some((f) => /^praksis-[a-z0-9-]+\.ts$/.test(f) && !f.endsWith('.d.ts'));
}

const widgetDirs = readdirSync(packagesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !infrastructurePackages.has(d.name))
  .map((d) => d.name)
  .filter((dir) => hasRegistrationModule(join(packagesDir, dir, 'src')))
  .sort();

if (widgetDirs.length === 0) console.log('No widget packages found.');
const manifests = [];
for (const dir of widgetDirs) manifests.push(await analyzePackage(dir));

// Editor support: VS Code HTML custom data for every widget, in dist/ and in @praksis/widgets.
const customDataPaths = [join(rootDir, 'dist', HTML_CUSTOM_DATA_FILE), join(packagesDir, 'widgets', 'dist', HTML_CUSTOM_DATA_FILE)];
writeHtmlCustomData(manifests, customDataPaths);
console.log(`${customDataPaths.map((p) => toPosix(relative(rootDir, p))).join(', ')}: ${manifests.length} widgets`);
