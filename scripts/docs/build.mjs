#!/usr/bin/env node
// Builds the docs site into site/ (or --out DIR):
//   every Markdown file under docs/   -> an HTML page with the navigation (scripts/docs/site.config.mjs)
//   repository Markdown they link to  -> repo/<path>.html (the README, package READMEs)
//   other repository files they link  -> copied (example JSON to examples/, the rest to repo/)
//   packages/schema/examples          -> examples/ (live examples and the embed-code tool use them)
//   dist/cdn/<version>                -> cdn/ (run `npm run build` first; `npm run build:docs` does)
//   scripts/docs/embed-code/main.ts   -> assets/embed-code.js (bundled with Vite)
//   scripts/docs/badge-maker/main.ts  -> assets/badge-maker.js (bundled with Vite)
//   scripts/docs/maker/main.ts        -> assets/maker.js, the chart maker (bundled with Vite; its XLSX
//                                        reader a chunk of its own, loaded when a workbook is opened)
//   packages/schema/schemas           -> schema/v1/, where their $id says they are, so $schema works in editors
//   scripts/docs/assets/site.css      -> assets/site.css, the one stylesheet
//   `storybook build`                 -> storybook/
// Every page carries a strict CSP meta and loads nothing from other sites; the build checks the
// result (scripts/docs/check.mjs) and exits 1 on a broken link or a CSP problem.
//
// Options: --out DIR, --no-storybook (or DOCS_SKIP_STORYBOOK=1), --no-cdn (links into cdn/ are
// then not checked). The test builds with both off, so it needs neither Storybook nor rollup.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { filesLoaded, moduleLinks } from '../page-weight.mjs';
import { checkSite, cspFor } from './check.mjs';
import { renderMarkdown } from './markdown.mjs';
import { VERSION } from '@praksis/core/version.js';
import { oembedFileFor } from '@praksis/widgets/embed/oembed.js';
import { escapeHtml } from '@praksis/widgets/html-text.js';
import { WIDGETS } from '@praksis/widgets/registry.js';
import config from './site.config.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES = 'packages/schema/examples/';
/** Folders only the site has; docs may link into them (e.g. `storybook/index.html`). */
const SITE_FOLDERS = ['storybook/', 'cdn/', 'examples/', 'assets/', 'embed/'];

/** Repository path of a Markdown file -> its page's site path. */
export function sitePathFor(repoPath) {
  if (repoPath.startsWith('docs/')) {
    const rel = repoPath.slice('docs/'.length);
    if (!rel.endsWith('.md')) return rel;
    return rel.replace(/(^|\/)README\.md$/, '$1index.html').replace(/\.md$/, '.html');
  }
  if (repoPath.startsWith(EXAMPLES)) return `examples/${repoPath.slice(EXAMPLES.length)}`;
  return `repo/${repoPath.endsWith('.md') ? repoPath.replace(/\.md$/, '.html') : repoPath}`;
}

/** Markdown files under docs/ (any depth; not node_modules, dist or dot folders), repository paths. */
export function docsPages(root = ROOT) {
  const walk = (dir) =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'dist' ? [] : walk(rel);
      return entry.name.endsWith('.md') ? [rel] : [];
    });
  return walk('docs').sort();
}

/** Tags of the widgets, from the registry. */
export function widgetTags() {
  return WIDGETS.map((widget) => widget.tag).sort();
}

/** `to` relative to the page at `from` (both site paths). */
function href(from, to) {
  const rel = posix.relative(posix.dirname(from), to);
  return rel === '' ? posix.basename(to) : rel;
}

/** The navigation's groups with the pages that exist, unlisted pages appended where `rest` says. */
export function navigation(pages) {
  const byPath = new Map(pages.map((page) => [page.source.slice('docs/'.length), page]));
  const listed = new Set();
  const groups = config.nav.map((group) => {
    const items = [];
    for (const entry of group.pages ?? []) {
      const [file, label] = Array.isArray(entry) ? entry : [entry, undefined];
      const page = byPath.get(file);
      if (!page) continue;
      listed.add(file);
      items.push({ path: page.path, label: label ?? page.title });
    }
    for (const [path, label] of group.links ?? []) items.push({ path, label, external: true });
    return { group, items };
  });
  for (const [file, page] of [...byPath].sort(([a], [b]) => a.localeCompare(b))) {
    if (listed.has(file)) continue;
    const home = groups.find(({ group }) => group.rest !== undefined && file.startsWith(group.rest));
    if (home) home.items.push({ path: page.path, label: page.title });
  }
  return groups.filter(({ items }) => items.length > 0);
}

function renderNav(groups, current) {
  return groups
    .map(({ group, items }, i) => {
      const id = `nav-${i}`;
      const links = items
        .map((item) => {
          const attrs = item.path === current ? ' aria-current="page"' : '';
          return `<li><a href="${escapeHtml(href(current, item.path))}"${attrs}>${escapeHtml(item.label)}</a></li>`;
        })
        .join('\n');
      return `<p class="nav-group" id="${id}">${escapeHtml(group.group)}</p>\n<ul aria-labelledby="${id}">\n${links}\n</ul>`;
    })
    .join('\n');
}

/**
 * The files a page's scripts import, statically or on demand (`cdn/table-….js`,
 * `assets/maker-….js`), followed through the built site's files, for `<link rel="modulepreload">`:
 * the browser fetches them with the page, so a page marked `offline` keeps working once loaded,
 * without the network.
 *
 * @param {string} outDir
 * @param {readonly string[]} scripts site paths of the page's module scripts
 * @returns {string[]} site paths, sorted
 */
export function onDemandFiles(outDir, scripts) {
  const linksOf = (path) => {
    const file = join(outDir, path);
    if (!existsSync(file)) return { imports: [], parts: [] };
    const { imports, parts } = moduleLinks(readFileSync(file, 'utf8'));
    const beside = (name) => posix.join(posix.dirname(path), name);
    return { imports: imports.map(beside), parts: parts.map(beside) };
  };
  const own = new Set(scripts);
  return filesLoaded([...scripts], linksOf, () => true)
    .filter((path) => !own.has(path))
    .sort();
}

function layout({ page, body, nav, scripts, preloads = [], csp }) {
  const root = (path) => escapeHtml(href(page.path, path));
  const title = page.path === 'index.html' ? `${config.title} documentation` : `${page.title} · ${config.title}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="${root('assets/favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${root('assets/site.css')}">
${scripts.map((src) => `<script type="module" src="${root(src)}"></script>`).join('\n')}
${preloads.map((src) => `<link rel="modulepreload" href="${root(src)}">`).join('\n')}
</head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header"><a class="site-title" href="${root('index.html')}">${escapeHtml(config.title)}</a></header>
<div class="site-body">
<nav class="site-nav" aria-label="Documentation">
${nav}
</nav>
<main id="content" class="page">
${body}
</main>
</div>
<footer class="site-footer"><p>Built from <code>${escapeHtml(page.source)}</code> by <code>npm run build:docs</code>.</p></footer>
</body>
</html>
`;
}

/**
 * The site's embed pages: embed/<widget>.html, a static page of the widget's first example written
 * by `praksis-embed page` (drawn on the server: readers without JavaScript see the chart, with its
 * figures as text), each with its oEmbed response (embed/<widget>.oembed.json) and discovery link,
 * so that a CMS consuming oEmbed turns the page's pasted address into the iframe embed. The command
 * runs in a process of its own, on the compiled packages: the server renderer puts Lit's DOM shim
 * on the global object, which is no business of this build.
 */
function writeEmbedPages(root, outDir) {
  const siteUrl = config.siteUrl.endsWith('/') ? config.siteUrl : `${config.siteUrl}/`;
  mkdirSync(join(outDir, 'embed'), { recursive: true });
  for (const widget of WIDGETS) {
    const example = join(root, EXAMPLES, widget.kind.name, 'valid', `${widget.examples.valid[0]}.json`);
    const file = `embed/${widget.name}.html`;
    const args = ['page', example, '--base', '../cdn/', '--url', new URL(file, siteUrl).href, '--out', join(outDir, file)];
    const run = spawnSync(process.execPath, [join(root, 'packages/widgets/bin/praksis-embed.js'), ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${file}: praksis-embed page failed (exit ${run.status}): ${run.stderr}`);
    if (!existsSync(join(outDir, oembedFileFor(file)))) throw new Error(`${file}: no oEmbed response`);
  }
}

/**
 * @param {{ outDir?: string, storybook?: boolean, cdn?: boolean, root?: string, log?: (line: string) => void }} [options]
 */
export async function buildSite(options = {}) {
  const root = options.root ?? ROOT;
  const outDir = resolve(options.outDir ?? join(root, 'site'));
  const log = options.log ?? ((line) => console.log(line));
  const skipped = [];
  const problems = [];
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  // Pages: docs/ first; repository Markdown they link to joins the queue.
  const queue = docsPages(root);
  const seen = new Set(queue);
  const copies = new Set();
  const pages = [];
  for (let i = 0; i < queue.length; i++) {
    const source = /** @type {string} */ (queue[i]);
    const path = sitePathFor(source);
    const resolveLink = (link) => {
      const [, rawPath = '', rest = ''] = /^([^?#]*)(.*)$/.exec(link) ?? [];
      if (rawPath === '') return link;
      let target = posix.normalize(posix.join(posix.dirname(source), decodeURIComponent(rawPath)));
      if (target.startsWith('../')) {
        problems.push(`${source}: link outside the repository: ${link}`);
        return link;
      }
      const full = join(root, target);
      const siteOnly = SITE_FOLDERS.find((folder) => target.startsWith(`docs/${folder}`));
      if (siteOnly && !existsSync(full)) return link; // the site's own folder; checkSite follows it
      if (existsSync(full) && statSync(full).isDirectory()) {
        if (existsSync(join(full, 'README.md'))) target = posix.join(target, 'README.md');
        else {
          problems.push(`${source}: link to a folder without README.md: ${link}`);
          return link;
        }
      } else if (!existsSync(full)) {
        problems.push(`${source}: broken link: ${link}`);
        return link;
      }
      if (target.endsWith('.md')) {
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      } else if (!target.startsWith(EXAMPLES)) copies.add(target);
      return `${href(path, sitePathFor(target))}${rest}`;
    };
    const rendered = renderMarkdown(readFileSync(join(root, source), 'utf8'), { file: source, resolveLink });
    problems.push(...rendered.problems);
    pages.push({ source, path, title: rendered.title ?? posix.basename(source, '.md'), rendered });
  }

  const docs = pages.filter((page) => page.source.startsWith('docs/'));
  for (const file of copies) {
    const to = join(outDir, sitePathFor(file));
    mkdirSync(dirname(to), { recursive: true });
    cpSync(join(root, file), to);
  }
  log(`docs: ${pages.length} pages (${docs.length} from docs/), ${copies.size} linked files`);

  cpSync(join(root, 'scripts/docs/assets'), join(outDir, 'assets'), { recursive: true });
  cpSync(join(root, EXAMPLES), join(outDir, 'examples'), { recursive: true });

  if (options.cdn === false) skipped.push('cdn/');
  else {
    // The built version's folder (dist/cdn/<version>/) is the site's cdn/.
    const cdn = join(root, 'dist/cdn', VERSION);
    if (!existsSync(join(cdn, 'praksis-widgets.js'))) throw new Error(`dist/cdn/${VERSION} is missing: run \`npm run build\` first (npm run build:docs does).`);
    cpSync(cdn, join(outDir, 'cdn'), { recursive: true });
  }

  // One build per page, so each page's module stays its own (Lit and the validators in each), side by side.
  await Promise.all([
    bundlePageScript(root, join(outDir, 'assets'), 'scripts/docs/embed-code/main.ts', 'embed-code'),
    bundlePageScript(root, join(outDir, 'assets'), 'scripts/docs/maker/main.ts', 'maker'),
    bundlePageScript(root, join(outDir, 'assets'), 'scripts/docs/badge-maker/main.ts', 'badge-maker'),
  ]);
  log('docs: assets/embed-code.js, assets/maker.js and assets/badge-maker.js bundled');
  writeEmbedPages(root, outDir);
  publishSchemas(root, outDir);

  // The pages last: one that works offline names the files its scripts load on demand, now built.
  const groups = navigation(docs);
  for (const page of pages) {
    const settings = config.pages[page.source.slice('docs/'.length)] ?? {};
    const scripts = [...new Set([...page.rendered.tags.map((tag) => `cdn/${tag}.js`), ...(settings.scripts ?? [])])];
    const preloads = settings.offline ? onDemandFiles(outDir, scripts) : [];
    const html = layout({ page, body: page.rendered.html, nav: renderNav(groups, page.path), scripts, preloads, csp: cspFor(settings.csp) });
    mkdirSync(dirname(join(outDir, page.path)), { recursive: true });
    writeFileSync(join(outDir, page.path), html);
  }

  if (options.storybook === false) skipped.push('storybook/');
  else {
    log('docs: storybook build …');
    // The pages the server-rendered and autoloader stories frame (package.json "stories:generate").
    const pages = spawnSync('npm', ['run', '--silent', 'stories:generate'], { cwd: root, stdio: 'inherit' });
    if (pages.status !== 0) throw new Error(`stories:generate failed (exit ${pages.status ?? pages.signal})`);
    const result = spawnSync(join(root, 'node_modules/.bin/storybook'), ['build', '-o', join(outDir, 'storybook'), '--disable-telemetry', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`storybook build failed (exit ${result.status ?? result.signal})`);
  }

  const check = checkSite(outDir, { skip: skipped });
  problems.push(...check.problems);
  return { outDir, pages: pages.map(({ source, path, title, rendered }) => ({ source, path, title, tags: rendered.tags })), skipped, problems };
}

/**
 * The schemas at the paths of their `$id` (https://praksis-widgets.dk/schema/v1/<name>.schema.json),
 * so a document's `$schema` resolves in editors once the site is served there.
 */
function publishSchemas(root, outDir) {
  const to = join(outDir, 'schema/v1');
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(join(root, 'packages/schema/schemas'))) {
    if (file.endsWith('.schema.json')) cpSync(join(root, 'packages/schema/schemas', file), join(to, file));
  }
}

/**
 * A page's own module and what it imports (Lit, the schema validators …), as assets/<name>.js; a
 * module it imports with import() becomes a file of its own beside it, fetched only when used.
 */
async function bundlePageScript(root, outDir, entry, name) {
  const { build, defaultClientConditions } = await import('vite');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    resolve: { conditions: ['source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': '"production"' },
    esbuild: { tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, target: 'es2022' } } },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => `${name}.js` },
      rollupOptions: { output: { chunkFileNames: `${name}-[name]-[hash].js` } },
    },
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, 'no-storybook': { type: 'boolean' }, 'no-cdn': { type: 'boolean' } },
  });
  const started = performance.now();
  const result = await buildSite({
    ...(values.out ? { outDir: values.out } : {}),
    storybook: !values['no-storybook'] && !process.env.DOCS_SKIP_STORYBOOK,
    cdn: !values['no-cdn'],
  });
  for (const problem of result.problems) console.error(`docs: ${problem}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`docs: ${result.outDir} in ${seconds} s${result.skipped.length ? ` (skipped: ${result.skipped.join(', ')})` : ''}`);
  if (result.problems.length > 0) process.exit(1);
}
