#!/usr/bin/env node
// The "Embedding/Autoloader" story's page: praksis-autoloader.js and the widgets' entries built from
// the sources as the CDN folder has them (an entry per widget, shared chunks, parts on demand), and
// a page that loads the autoloader alone, with a widget in the page, one added later and one in a
// shadow root, listing every script it fetched. Written to stories/.generated/autoloader/ (not
// committed) before Storybook starts or builds, in a few seconds, so the story needs no
// `npm run build`:
//
//   node --conditions=source --import tsx scripts/stories/autoloader-page.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';
import { WIDGETS } from '@praksis/widgets/registry.js';
import { widgetNamesPlugin } from '../cdn-plugins.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${root}stories/.generated/autoloader/`;

await build({
  configFile: false,
  logLevel: 'warn',
  root,
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // Lit's decorators compile as in the packages (tsconfig.base.json).
  esbuild: { tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, target: 'es2022' } } },
  plugins: [widgetNamesPlugin(WIDGETS.map((widget) => widget.name))],
  build: {
    target: 'es2022',
    outDir: `${outDir}cdn`,
    emptyOutDir: true,
    copyPublicDir: false,
    modulePreload: false,
    rollupOptions: {
      input: {
        'praksis-autoloader': `${root}packages/widgets/src/autoloader.ts`,
        ...Object.fromEntries(WIDGETS.map((widget) => [widget.tag, `${root}packages/${widget.name}/src/${widget.tag}.ts`])),
      },
      preserveEntrySignatures: 'allow-extension',
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});

/** A widget's first valid example, as Storybook serves the examples (/examples). */
const example = (name: string): string => {
  const widget = WIDGETS.find((w) => w.name === name)!;
  return `../examples/${widget.kind.name}/valid/${widget.examples.valid[0]}.json`;
};

mkdirSync(outDir, { recursive: true });
writeFileSync(
  `${outDir}index.html`,
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>praksis-autoloader.js</title>
<link rel="stylesheet" href="page.css">
<script type="module" src="cdn/praksis-autoloader.js"></script>
<script type="module" src="page.js"></script>
</head>
<body>
<p>This page loads one script, <code>praksis-autoloader.js</code>. It finds the widgets' elements and fetches only their files. The widgets speak Danish (<code>lang="da"</code>), so no English words are fetched either.</p>
<h2>In the page at load</h2>
<praksis-capacity-gauge lang="da" src="${example('capacity-gauge')}"><p>Kapacitet (indlæses)</p></praksis-capacity-gauge>
<h2>Added later</h2>
<button type="button" id="add">Add a referral sankey</button>
<div id="later"></div>
<h2>In a shadow root, passed to <code>observe</code></h2>
<div id="host" data-src="${example('delegation-matrix')}"></div>
<h2>Scripts this page fetched</h2>
<p>No <code>praksis-hours-badge.js</code>: there is no badge on the page.</p>
<ol id="files" aria-live="polite"></ol>
<template id="sankey-src">${example('referral-sankey')}</template>
</body>
</html>
`,
);
writeFileSync(
  `${outDir}page.css`,
  'body { font-family: system-ui, sans-serif; margin: 16px; max-width: 60rem; }\nh2 { font-size: 1rem; margin-top: 2rem; }\n',
);
writeFileSync(
  `${outDir}page.js`,
  `import { observe } from './cdn/praksis-autoloader.js';

// Added later: the autoloader's watch on the document sees the new element and fetches its file.
document.getElementById('add').addEventListener('click', (event) => {
  const sankey = document.createElement('praksis-referral-sankey');
  sankey.setAttribute('lang', 'da');
  sankey.setAttribute('src', document.getElementById('sankey-src').content.textContent);
  document.getElementById('later').append(sankey);
  event.currentTarget.disabled = true;
});

// A shadow root is out of the document's watch: its owner passes it to observe().
const host = document.getElementById('host');
const matrix = document.createElement('praksis-delegation-matrix');
matrix.setAttribute('lang', 'da');
matrix.setAttribute('src', host.dataset.src);
const shadow = host.attachShadow({ mode: 'open' });
shadow.append(matrix);
observe(shadow);

// Every script the page fetched, as it fetches it.
const list = document.getElementById('files');
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) {
    if (!entry.name.endsWith('.js')) continue;
    const item = document.createElement('li');
    item.textContent = new URL(entry.name).pathname.split('/').pop();
    list.append(item);
  }
}).observe({ type: 'resource', buffered: true });
`,
);
