// The docs site build (scripts/docs/build.mjs) without its slow parts: no Storybook build and no
// CDN copy (links into storybook/ and cdn/ are not followed; the CDN files' names are checked
// against the widgets' registration modules instead).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, docsPages, navigation, onDemandFiles, sitePathFor, widgetTags, type BuildResult } from '../../scripts/docs/build.mjs';
import { checkSite, cspFor } from '../../scripts/docs/check.mjs';
import { createSlugger, renderMarkdown, unsafeHtmlReason } from '../../scripts/docs/markdown.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** The site's own pages; the static embed pages (embed/) are pages of the iframe route, checked on their own below. */
function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return dir === base && entry.name === 'embed' ? [] : htmlFiles(full, base);
    return entry.name.endsWith('.html') ? [full.slice(base.length + 1).split('\\').join('/')] : [];
  });
}

describe('npm run build:docs', () => {
  let out: string;
  let result: BuildResult;
  let seconds: number;
  const read = (page: string) => readFileSync(join(out, page), 'utf8');

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'praksis-site-'));
    const started = performance.now();
    result = await buildSite({ outDir: out, storybook: false, cdn: false, log: () => {} });
    seconds = (performance.now() - started) / 1000;
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  test('builds without a problem, quickly', () => {
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.skipped.sort(), ['cdn/', 'storybook/']);
    assert.ok(seconds < 30, `took ${seconds.toFixed(1)} s`);
  });

  test('every docs/*.md and docs/schema/*.md produced a page', () => {
    const sources = [
      ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
      ...readdirSync(join(root, 'docs/schema')).filter((f) => f.endsWith('.md')).map((f) => `docs/schema/${f}`),
    ];
    assert.ok(sources.length >= 15, `${sources.length} Markdown files`);
    for (const source of sources) {
      const page = source.replace(/^docs\//, '').replace(/(^|\/)README\.md$/, '$1index.html').replace(/\.md$/, '.html');
      assert.ok(existsSync(join(out, page)), `${source} -> ${page}`);
      assert.match(read(page), /<main id="content" class="page">\s*<h1 id="[^"]+">/, `${page} starts with its heading`);
    }
  });

  test('the navigation on every page lists every docs page once, and marks the current one', () => {
    const docs = result.pages.filter((p) => p.source.startsWith('docs/'));
    for (const page of htmlFiles(out)) {
      const nav = /<nav class="site-nav" aria-label="Documentation">([\s\S]*?)<\/nav>/.exec(read(page))?.[1] ?? '';
      const targets = [...nav.matchAll(/href="([^"]+)"/g)].map((m) => posix.normalize(posix.join(posix.dirname(page), m[1]!)));
      for (const doc of docs) assert.equal(targets.filter((t) => t === doc.path).length, 1, `${page}: nav link to ${doc.path}`);
      assert.ok(targets.includes('storybook/index.html'), `${page}: nav links Storybook`);
      if (docs.some((d) => d.path === page)) {
        assert.equal([...nav.matchAll(/aria-current="page"/g)].length, 1, `${page}: one current page`);
        assert.match(nav, new RegExp(`href="${posix.basename(page).replace('.', '\\.')}" aria-current="page"`));
      }
    }
  });

  test('every page carries the strict CSP meta before anything it loads', () => {
    const pages = htmlFiles(out);
    assert.ok(pages.length >= 15);
    for (const page of pages) {
      const html = read(page);
      const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
      assert.equal(metas.length, 1, page);
      const policy = metas[0]![1]!.replace(/&#39;/g, "'");
      const extra: Record<string, string> = { 'embed-code.html': "; connect-src 'self' https:", 'maker.html': "; img-src 'self' blob: data:" };
      const expected = `${STRICT_CSP}${extra[page] ?? ''}`;
      assert.equal(policy, expected, page);
      const firstLoad = html.search(/<(script|link)\b/);
      assert.ok(firstLoad === -1 || metas[0]!.index < firstLoad, `${page}: CSP first`);
    }
  });

  test('no page loads a script or style from elsewhere, or has inline script or style', () => {
    for (const page of htmlFiles(out)) {
      const html = read(page).replace(/<script type="application\/json">[\s\S]*?<\/script>/g, '');
      for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
        const url = /\s(?:src|href)="([^"]*)"/.exec(tag)?.[1];
        assert.ok(url !== undefined, `${page}: ${tag} has a src/href (no inline script)`);
        assert.doesNotMatch(url, /^(?:[a-z]+:)?\/\//i, `${page}: ${tag}`);
      }
      assert.doesNotMatch(html, /<style\b/i, page);
      assert.doesNotMatch(html, /<[a-z][^>]*\sstyle="/i, page);
      assert.doesNotMatch(html, /<[a-z][^>]*\son[a-z]+="/i, page);
      assert.equal((html.match(/<link rel="stylesheet"/g) ?? []).length, 1, `${page}: one stylesheet`);
    }
    assert.ok(existsSync(join(out, 'assets/site.css')));
  });

  test('no broken internal links: every relative href and src points at a file of the site', () => {
    let checked = 0;
    for (const page of htmlFiles(out)) {
      for (const match of read(page).matchAll(/\s(?:href|src)="([^"#?]*)[^"]*"/g)) {
        const url = match[1]!;
        if (url === '' || /^[a-z]+:/i.test(url)) continue;
        const target = posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(url)));
        if (target.startsWith('storybook/') || target.startsWith('cdn/')) continue; // not built here
        assert.ok(existsSync(join(out, target)), `${page}: ${url}`);
        checked++;
      }
    }
    assert.ok(checked > 300, `${checked} links checked`);
  });

  test('links between Markdown files become links between pages, with their fragments', () => {
    const gauge = read('capacity-gauge.html');
    assert.match(gauge, /<a href="schema\/capacity\.html">capacity schema<\/a>/);
    assert.match(gauge, /<a href="repo\/README\.html#theming">the README<\/a>/);
    assert.ok(existsSync(join(out, 'repo/README.html')), 'the README it links to is a page too');
    assert.match(read('schema/capacity.html'), /href="provenance\.html#text"/);
    assert.match(read('schema/referral-flows.html'), /href="\.\.\/examples\/referral-flows\/valid\/national-2022\.json"/);
    assert.doesNotMatch(read('index.html'), /href="[^"]*\.md[#"]/);
  });

  test('headings carry ids, so fragments from other pages land', () => {
    assert.match(read('hours-badge.html'), /<h2 id="size">/);
    assert.match(read('schema/provenance.html'), /<h[2-4] id="text">/);
    assert.match(read('accessibility.html'), /<h2 id="known-limitations">Known limitations<\/h2>/);
  });

  test('live examples show every widget with example data, and the page loads each widget’s CDN file', () => {
    const examples = result.pages.find((p) => p.source === 'docs/examples.md')!;
    const widgets = widgetTags();
    assert.deepEqual(widgets, ['praksis-capacity-gauge', 'praksis-delegation-matrix', 'praksis-hours-badge', 'praksis-referral-sankey']);
    assert.deepEqual(examples.tags, widgets);
    const html = read('examples.html');
    for (const tag of widgets) {
      assert.match(html, new RegExp(`<script type="module" src="cdn/${tag}\\.js"></script>`));
      assert.match(html, new RegExp(`<div class="live-example" role="group" aria-label="Live example">\\s*<${tag}\\b`));
    }
    for (const src of html.matchAll(/<praksis-[a-z-]+[^>]*\ssrc="([^"]+)"/g)) {
      assert.ok(existsSync(join(out, src[1]!)), `example data ${src[1]}`);
    }
    // The code shown is the markup that runs, escaped.
    assert.match(html, /<code class="language-html">&lt;praksis-capacity-gauge lang=&quot;en&quot; src=&quot;examples\/capacity/);
  });

  test('every CDN file a page loads is one the CDN build writes', () => {
    const built = new Set([...widgetTags(), 'praksis-widgets'].map((name) => `${name}.js`));
    assert.ok(existsSync(join(root, 'packages/widgets/src/index.ts')), 'the all-in-one bundle has its entry');
    for (const page of htmlFiles(out)) {
      for (const m of read(page).matchAll(/src="(?:\.\.\/)*cdn\/([^"]+)"/g)) assert.ok(built.has(m[1]!), `${page}: cdn/${m[1]}`);
    }
  });

  test('each widget has a static embed page with an oEmbed response and its discovery link', () => {
    for (const tag of widgetTags()) {
      const name = tag.slice('praksis-'.length);
      const html = read(`embed/${name}.html`);
      // Drawn on the server: the chart in a declarative shadow root, its styles allowed by hash.
      assert.match(html, new RegExp(`<${tag}>\\n<template shadowroot="open" shadowrootmode="open">[\\s\\S]*part="title"[\\s\\S]*</template>\\n<script type="application/json">`), name);
      assert.doesNotMatch(html, /part="error"/, name);
      assert.match(html, /style-src &#39;self&#39; &#39;sha256-/, name);
      assert.match(html, /<div class="praksis-fallback"><p class="praksis-title">/, `${name}: its figures as text`);
      assert.match(html, /<script type="module" src="\.\.\/cdn\/praksis-embed\.js"><\/script>/, name);
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="[^"]+">/.exec(html);
      assert.equal(link?.[1], `${name}.oembed.json`, name);
      const response = JSON.parse(read(`embed/${name}.oembed.json`)) as { type: string; html: string; version: string };
      assert.equal(response.version, '1.0');
      assert.equal(response.type, 'rich');
      assert.ok(
        response.html.startsWith(`<iframe src="https://praksis-widgets.dk/embed/${name}.html" lang="da" title="`) &&
          response.html.endsWith('<script src="https://praksis-widgets.dk/cdn/praksis-embed-resizer.js" defer></script>'),
        response.html,
      );
    }
  });

  test('the embed-code page mounts its tool from a bundled module and the all-in-one widgets', () => {
    const html = read('embed-code.html');
    assert.match(html, /<script type="module" src="cdn\/praksis-widgets\.js"><\/script>\n<script type="module" src="assets\/embed-code\.js"><\/script>/);
    assert.match(html, /<div class="embed-code" data-embed-code data-examples="examples\/"/);
    assert.match(html, /<a href="getting-started\.html">getting started<\/a>/);
    const bundle = readFileSync(join(out, 'assets/embed-code.js'), 'utf8');
    assert.match(bundle, /data-embed-code/);
    assert.match(bundle, /accessibility-declaration\.schema\.json/, 'the validators are bundled');
    assert.doesNotMatch(bundle, /(^|[;}\n])\s*import\s*[\s{*"']|\bimport\s*\(/, 'one self-contained module');
  });

  test('the chart maker page mounts the maker from its own module; no other page loads it', () => {
    const html = read('maker.html');
    assert.match(html, /<script type="module" src="cdn\/praksis-widgets\.js"><\/script>\n<script type="module" src="assets\/maker\.js"><\/script>/);
    assert.match(html, /<div class="maker" data-maker>/);
    for (const shot of ['data', 'preview', 'problems', 'out']) assert.match(html, new RegExp(`<img src="maker/${shot}\\.png"`), shot);
    // The page is English around its Danish part, which says so for screen readers' voices.
    const danish = /<div lang="da">([\s\S]*?)<\/div>\s*<h2[^>]*>The same in English/.exec(html)?.[1] ?? '';
    assert.match(danish, /<h2[^>]*>Sådan gør du<\/h2>/);
    assert.match(danish, /<p>Indsæt en tabel/);
    const bundle = readFileSync(join(out, 'assets/maker.js'), 'utf8');
    assert.match(bundle, /data-maker/);
    assert.match(bundle, /referral-flows\.schema\.json/, 'the validators are bundled');
    // The XLSX reader is a file of its own, imported only when a workbook is opened.
    const chunks = readdirSync(join(out, 'assets')).filter((file) => file.endsWith('.js') && file !== 'maker.js' && file !== 'embed-code.js');
    assert.ok(chunks.length >= 1, 'a chunk beside maker.js');
    assert.match(bundle, /import\(["'][^"']*\.js["']\)/, 'a dynamic import in maker.js');
    assert.doesNotMatch(bundle, /xl\/workbook\.xml|sharedStrings/, 'no XLSX reader in maker.js itself');
    for (const page of htmlFiles(out).filter((p) => p !== 'maker.html')) assert.doesNotMatch(read(page), /assets\/maker\.js/, page);
  });

  test('the chart maker page preloads what it would fetch on first use (the XLSX reader), so it works offline once loaded; only the two makers preload', () => {
    const preloads = [...read('maker.html').matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    const chunks = readdirSync(join(out, 'assets')).filter((file) => /^maker-.+\.js$/.test(file));
    assert.ok(chunks.length >= 1);
    assert.deepEqual(preloads, chunks.map((file) => `assets/${file}`).sort());
    assert.ok(readFileSync(join(out, preloads[0]!), 'utf8').includes('sharedStrings'), 'the XLSX reader is among them');
    for (const page of htmlFiles(out).filter((p) => p !== 'maker.html' && p !== 'badge-maker.html')) assert.doesNotMatch(read(page), /modulepreload/, page);
  });

  test('the schemas are published at the paths of their $id', () => {
    const dir = join(root, 'packages/schema/schemas');
    const files = readdirSync(dir).filter((file) => file.endsWith('.schema.json'));
    assert.ok(files.length >= 5);
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { $id: string };
      const path = new URL(schema.$id).pathname.slice(1);
      assert.equal(path, `schema/v1/${file}`);
      assert.equal(readFileSync(join(out, path), 'utf8'), readFileSync(join(dir, file), 'utf8'), path);
    }
  });

  test('Markdown outside docs/ that the docs link to becomes a page; other linked files are copied', () => {
    const sources = result.pages.map((p) => p.source);
    assert.ok(sources.includes('README.md'));
    assert.ok(sources.includes('packages/hours-rules/README.md'));
    assert.deepEqual(
      docsPages().sort(),
      sources.filter((s) => s.startsWith('docs/')).sort(),
    );
  });
});

describe('files loaded on demand', () => {
  test('onDemandFiles follows what each script imports, statically and on demand, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'praksis-ondemand-'));
    try {
      mkdirSync(join(dir, 'cdn'));
      mkdirSync(join(dir, 'assets'));
      const cdn = {
        'praksis-widgets.js': 'import"./praksis-capacity-gauge.js";export{a}from"./core-AbC12345.js";',
        'praksis-capacity-gauge.js': 'import{b}from"./core-AbC12345.js";const t=()=>import("./trend-x_912345.js");',
        'core-AbC12345.js': 'export const a=1;const e=()=>import("./export-Q1234567.js");',
        'trend-x_912345.js': 'import"./core-AbC12345.js";',
        'export-Q1234567.js': '',
        'table-unused1.js': '',
      };
      for (const [file, code] of Object.entries(cdn)) writeFileSync(join(dir, 'cdn', file), code);
      const assets = { 'maker.js': 'const x=()=>import("./maker-index-Q1.js");', 'maker-index-Q1.js': '', 'embed-code.js': '', 'embed-code-x.js': '' };
      for (const [file, code] of Object.entries(assets)) writeFileSync(join(dir, 'assets', file), code);
      assert.deepEqual(onDemandFiles(dir, ['cdn/praksis-widgets.js', 'assets/maker.js']), [
        'assets/maker-index-Q1.js',
        'cdn/core-AbC12345.js',
        'cdn/export-Q1234567.js',
        'cdn/praksis-capacity-gauge.js',
        'cdn/trend-x_912345.js',
      ]);
      // A folder the build left out (no CDN in a quick build) gives nothing.
      assert.deepEqual(onDemandFiles(dir, ['storybook/x.js']), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('site paths and navigation', () => {
  test('sitePathFor maps docs, READMEs, examples and other repository files', () => {
    assert.equal(sitePathFor('docs/README.md'), 'index.html');
    assert.equal(sitePathFor('docs/schema/README.md'), 'schema/index.html');
    assert.equal(sitePathFor('docs/capacity-gauge.md'), 'capacity-gauge.html');
    assert.equal(sitePathFor('docs/img/x.png'), 'img/x.png');
    assert.equal(sitePathFor('README.md'), 'repo/README.html');
    assert.equal(sitePathFor('packages/schema/examples/capacity/valid/a.json'), 'examples/capacity/valid/a.json');
    assert.equal(sitePathFor('packages/core/src/index.ts'), 'repo/packages/core/src/index.ts');
  });

  test('unknown pages are appended: schema pages to the schema group, the rest to More; missing pages are left out', () => {
    const page = (source: string, title: string) => ({ source, path: sitePathFor(source), title });
    const groups = navigation([
      page('docs/README.md', 'Docs'),
      page('docs/schema/README.md', 'Schemas'),
      page('docs/schema/new-kind.md', 'New kind'),
      page('docs/zz-new.md', 'Brand new'),
      page('docs/a-new.md', 'Also new'),
      page('docs/capacity-gauge.md', '<praksis-capacity-gauge>'),
    ]);
    const byGroup = Object.fromEntries(groups.map((g) => [g.group.group, g.items.map((i) => `${i.path}=${i.label}`)]));
    assert.deepEqual(byGroup, {
      Start: ['index.html=Overview'],
      Widgets: ['capacity-gauge.html=Capacity gauge'],
      'Schema reference': ['schema/index.html=All schemas', 'schema/new-kind.html=New kind'],
      More: ['a-new.html=Also new', 'zz-new.html=Brand new'],
      Storybook: ['storybook/index.html=Every story of every widget'],
    });
  });
});

describe('Markdown rendering', () => {
  const render = (markdown: string) => renderMarkdown(markdown, { file: 'docs/t.md', resolveLink: (href: string) => `[${href}]` });

  test('heading ids follow GitHub: lower case, punctuation dropped, Danish letters kept, repeats numbered', () => {
    const slug = createSlugger();
    assert.deepEqual(
      ['Size', 'Size', '`<praksis-hours-badge>`', 'Åbningstider & tilgængelighed', 'Size'].map(slug),
      ['size', 'size-1', 'praksis-hours-badge', 'åbningstider--tilgængelighed', 'size-2'],
    );
    const page = render('# Title *here*\n\n## Size\n\n## Size\n');
    assert.equal(page.title, 'Title here');
    assert.deepEqual(page.ids, ['title-here', 'size', 'size-1']);
    assert.match(page.html, /<h2 id="size-1">Size<\/h2>/);
  });

  test('relative links go through the resolver; absolute and fragment links do not', () => {
    const page = render('[a](x.md#y) [b](#z) [c](https://example.org/) [d](../README.md) ![e](img/e.png)');
    assert.match(page.html, /<a href="\[x\.md#y\]">a<\/a>/);
    assert.match(page.html, /<a href="#z">b<\/a>/);
    assert.match(page.html, /<a href="https:\/\/example\.org\/">c<\/a>/);
    assert.match(page.html, /<a href="\[\.\.\/README\.md\]">d<\/a>/);
    assert.match(page.html, /<img src="\[img\/e\.png\]" alt="e">/);
  });

  test('raw HTML that could run or style anything is reported and shown as code', () => {
    for (const bad of [
      '<script>alert(1)</script>',
      '<script type="module" src="x.js"></script>',
      '<div style="color:red">x</div>',
      '<img src="x.png" onerror="alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      '<img src="https://tracker.example/p.gif">',
      '<style>p{}</style>',
      '<iframe src="x.html"></iframe>',
    ]) {
      assert.ok(unsafeHtmlReason(bad), bad);
      const page = render(`${bad}\n`);
      assert.equal(page.problems.length, 1, bad);
      assert.doesNotMatch(page.html, /<(script|style|iframe)\b|<[a-z][^>]*\s(style|onerror)=/);
    }
    assert.equal(unsafeHtmlReason('<praksis-capacity-gauge src="examples/a.json"></praksis-capacity-gauge>'), undefined);
    assert.equal(unsafeHtmlReason('<x-a><script type="application/json">{"a": "<b>"}</script></x-a>'), undefined);
    assert.equal(unsafeHtmlReason('<a href="https://example.org/">ok</a>'), undefined);
    assert.deepEqual(render('[x](javascript:alert(1))').problems, ['docs/t.md: a javascript: link']);
  });

  test('comments are dropped; raw links to Markdown are mapped; widget tags are collected', () => {
    const page = render('<!-- generated -->\n\n<p>See <a href="a.md#b">a</a>.</p>\n\n<praksis-hours-badge src="examples/x.json"></praksis-hours-badge>\n');
    assert.doesNotMatch(page.html, /generated/);
    assert.match(page.html, /<a href="\[a\.md#b\]">a<\/a>/);
    assert.deepEqual(page.tags, ['praksis-hours-badge']);
  });

  test('an "html live" block is shown as code and put on the page; a plain html block only shown', () => {
    const live = render('```html live\n<praksis-capacity-gauge src="examples/a.json"></praksis-capacity-gauge>\n```\n');
    assert.match(live.html, /<pre tabindex="0"><code class="language-html">&lt;praksis-capacity-gauge src=&quot;examples\/a\.json&quot;&gt;/);
    assert.match(live.html, /<div class="live-example" role="group" aria-label="Live example">\n<praksis-capacity-gauge src="examples\/a\.json"><\/praksis-capacity-gauge>/);
    assert.deepEqual(live.tags, ['praksis-capacity-gauge']);
    const shown = render('```html\n<praksis-capacity-gauge></praksis-capacity-gauge>\n```\n');
    assert.doesNotMatch(shown.html, /<praksis-/);
    assert.deepEqual(shown.tags, []);
    const unsafe = render('```html live\n<div onclick="x()">x</div>\n```\n');
    assert.equal(unsafe.problems.length, 1);
    assert.doesNotMatch(unsafe.html, /<div onclick/);
  });

  test('wide tables and code scroll in focusable regions; table regions are named after their section', () => {
    const table = '| a | b |\n| --- | --- |\n| 1 | 2 |\n';
    const html = render(`${table}\n## Events\n\n${table}\n${table}\n\`\`\`sh\nnpm test\n\`\`\`\n`).html;
    assert.deepEqual(
      [...html.matchAll(/<div class="table-wrap" role="region" aria-label="([^"]+)" tabindex="0">\n<table>/g)].map((m) => m[1]),
      ['Table', 'Table: Events', 'Table: Events (2)'],
    );
    assert.match(html, /<pre tabindex="0"><code class="language-sh">npm test<\/code><\/pre>/);
  });
});

describe('checkSite', () => {
  test('finds every kind of problem in a bad site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'praksis-bad-site-'));
    try {
      const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/'/g, '&#39;')}">`;
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'good.html'), `<html><head>${meta(cspFor())}</head><body><h1 id="top">x</h1><a href="sub/b.html#here">b</a><a href="https://example.org/">ext</a></body></html>`);
      writeFileSync(join(dir, 'sub/b.html'), `<html><head>${meta(cspFor())}</head><body><h2 id="here">b</h2><a href="../good.html#top">a</a></body></html>`);
      writeFileSync(
        join(dir, 'bad.html'),
        `<html><head><script src="x.js"></script>${meta("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src *")}` +
          '<link rel="stylesheet" href="https://fonts.example/f.css"><script src="//cdn.example/x.js"></script></head><body>' +
          '<script>alert(1)</script><p style="color:red" onclick="x()">x</p><style>p{}</style>' +
          '<a href="missing.html">m</a><a href="good.html#nope">n</a><a href="/abs.html">abs</a><a href="../out.html">out</a>' +
          '<a href="javascript:alert(1)">j</a><img src="https://tracker.example/p.gif" alt="">' +
          '<a href="storybook/index.html">sb</a></body></html>',
      );
      writeFileSync(join(dir, 'x.js'), '');
      writeFileSync(join(dir, 'nocsp.html'), '<html><head></head><body></body></html>');
      const { pages, problems } = checkSite(dir, { skip: ['storybook/'] });
      assert.deepEqual(pages, ['bad.html', 'good.html', 'nocsp.html', 'sub/b.html']);
      const bad = problems.filter((p: string) => p.startsWith('bad.html: ')).map((p: string) => p.slice('bad.html: '.length));
      assert.deepEqual(bad.sort(), [
        'CSP allows something unsafe',
        'CSP directive img-src is not allowed',
        `CSP script-src is "'self' 'unsafe-inline'", expected "'self'"`,
        'event handler onclick on <p>',
        'href="../out.html": points outside the site',
        'href="/abs.html": absolute path: the site must work from any folder',
        'href="good.html#nope": no id "nope" on good.html',
        'href="missing.html": no such file',
        'inline <style> element',
        'inline script',
        'javascript: URL on <a>',
        '<img> loads from another site: https://tracker.example/p.gif',
        'script from another site: //cdn.example/x.js',
        'style attribute on <p>',
        'stylesheet or link from another site: https://fonts.example/f.css',
        'the CSP meta must come before any script or stylesheet',
      ].sort());
      assert.deepEqual(problems.filter((p: string) => p.startsWith('nocsp.html')), ['nocsp.html: expected one Content-Security-Policy meta, found 0']);
      assert.equal(problems.filter((p: string) => p.startsWith('good.html') || p.startsWith('sub/')).length, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
