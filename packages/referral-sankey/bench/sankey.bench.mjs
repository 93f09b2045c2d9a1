#!/usr/bin/env node
// Layout + first render in headless Chromium: <praksis-referral-sankey> against ECharts' sankey
// (canvas and SVG renderers) on the same graphs, in the same browser, in the same run.
//
//   npx tsc -b && node packages/referral-sankey/bench/sankey.bench.mjs [--runs N] [--json FILE]
//
// Each run starts from an empty container of 960 × 1200 px and stops when the diagram has been
// painted: for ours, the SVG is in the document and two animation frames have passed; for ECharts,
// `finished` has fired and two animation frames have passed. Animations are off for both; ECharts
// keeps its default 32 layout iterations (its quality setting) and its labels, as ours keeps its
// labels. Above 2,000 flows ours draws them without anti-aliasing; `ours-antialiased` measures it
// with anti-aliasing put back, so that choice can be judged on its own. Implementations alternate
// within a size so that none always runs on a warm cache. The reported figure is the median over
// the runs. "To drawn" is the script part (ours includes validating the document); "to painted"
// adds style, layout, paint and raster, and moves in steps of a frame (16.7 ms). The ratios are
// the other implementation's time divided by ours: above 1 means ours was faster.
// CHROME_PATH overrides /usr/bin/chromium.
/* global document, window, customElements, performance, requestAnimationFrame, MutationObserver, CSSStyleSheet -- drawOnce runs in the page */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { asDocument, layeredGraph, SIZES } from './graphs.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../../..');
const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '11' }, json: { type: 'string' } } });
const RUNS = Number(options.runs);
const WIDTH = 960;
const HEIGHT = 1200;

// The CDN build of the element, made the same way as rollup.config.mjs makes dist/cdn.
const work = mkdtempSync(join(tmpdir(), 'sankey-bench-'));
const bundle = await rollup({
  input: join(repo, 'packages/referral-sankey/dist/praksis-referral-sankey.js'),
  plugins: [nodeResolve({ browser: true }), terser({ module: true, ecma: 2020, compress: { passes: 2 } })],
  onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
});
await bundle.write({ file: join(work, 'sankey.js'), format: 'es' });
const files = {
  '/sankey.js': readFileSync(join(work, 'sankey.js')),
  '/echarts.js': readFileSync(join(repo, 'node_modules/echarts/dist/echarts.min.js')),
  '/': Buffer.from('<!doctype html><html lang="da"><head><meta charset="utf-8"><style>body{margin:0;font-family:sans-serif}</style></head><body></body></html>'),
};
const echartsVersion = JSON.parse(readFileSync(join(repo, 'node_modules/echarts/package.json'), 'utf8')).version;

const server = createServer((req, res) => {
  const body = files[req.url];
  if (!body) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': req.url.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

/** Runs in the page: one timed draw, returning { script, painted } in ms. */
async function drawOnce(impl, payload, width, height) {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.replaceChildren(box);
  await frames();
  let script;
  const t0 = performance.now();
  if (impl.startsWith('ours')) {
    const el = document.createElement('praksis-referral-sankey');
    el.setAttribute('chart-height', String(height));
    box.append(el);
    if (impl === 'ours-antialiased') {
      // Above 2,000 flows the element draws them without anti-aliasing; this variant puts it back.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.many .link { shape-rendering: auto; }');
      el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
    }
    el.data = payload.doc;
    // The diagram is drawn once its box has been measured, later in the same frame: watch for it.
    await el.updateComplete;
    await new Promise((resolve) => {
      const found = () => el.shadowRoot.querySelector('[part="diagram"]') && (observer.disconnect(), resolve());
      const observer = new MutationObserver(found);
      observer.observe(el.shadowRoot, { childList: true, subtree: true });
      found();
    });
    await el.updateComplete;
    script = performance.now() - t0;
  } else {
    box.style.height = `${height}px`;
    const chart = window.echarts.init(box, null, { renderer: impl === 'echarts-svg' ? 'svg' : 'canvas' });
    const finished = new Promise((r) => chart.on('finished', r));
    chart.setOption({
      animation: false,
      series: [{ type: 'sankey', data: payload.nodes, links: payload.links, emphasis: { focus: 'adjacency' }, nodeWidth: 12, nodeGap: 8 }],
    });
    await finished;
    script = performance.now() - t0;
  }
  await frames();
  const painted = performance.now() - t0;
  return { script, painted };
}

const IMPLS = ['ours', 'ours-antialiased', 'echarts-canvas', 'echarts-svg'];
const results = [];
for (const size of SIZES) {
  const graph = layeredGraph(size);
  const payload = {
    doc: asDocument(graph, size.name),
    nodes: graph.nodes.map((n) => ({ name: n.id })),
    links: graph.links.map((l) => ({ source: graph.nodes[l.source].id, target: graph.nodes[l.target].id, value: l.value })),
  };
  const page = await browser.newPage();
  await page.setViewport({ width: WIDTH + 40, height: 900 });
  await page.goto(`${origin}/`);
  await page.addScriptTag({ url: `${origin}/echarts.js` });
  await page.addScriptTag({ url: `${origin}/sankey.js`, type: 'module' });
  await page.waitForFunction(() => customElements.get('praksis-referral-sankey') && window.echarts);
  const times = Object.fromEntries(IMPLS.map((impl) => [impl, []]));
  // Small graphs are quick and noisy: more runs; the largest: fewer.
  const runs = size.links >= 8000 ? Math.max(3, Math.ceil(RUNS / 2)) : size.links <= 100 ? RUNS * 3 : RUNS;
  // One warm-up draw each (parsing, JIT), then alternating timed runs.
  for (const impl of IMPLS) await page.evaluate(drawOnce, impl, payload, WIDTH, HEIGHT);
  for (let run = 0; run < runs; run++) {
    const order = run % 2 ? [...IMPLS].reverse() : IMPLS;
    for (const impl of order) times[impl].push(await page.evaluate(drawOnce, impl, payload, WIDTH, HEIGHT));
  }
  await page.close();
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  for (const impl of IMPLS) {
    results.push({
      size: size.name,
      nodes: graph.nodes.length,
      links: graph.links.length,
      impl,
      runs,
      script: median(times[impl].map((t) => t.script)),
      painted: median(times[impl].map((t) => t.painted)),
    });
  }
}
await browser.close();
server.close();
rmSync(work, { recursive: true, force: true });

const version = (await import('node:child_process')).execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version']).toString().trim();
console.log(`Layout + first render, ${version}, headless, ${WIDTH}×${HEIGHT} px; ECharts ${echartsVersion}; median of runs`);
console.log('size          implementation      runs   to drawn ms   to painted ms   ÷ ours, drawn   ÷ ours, painted');
for (const r of results) {
  const ours = results.find((o) => o.size === r.size && o.impl === 'ours');
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  console.log(
    [
      r.size.padEnd(13),
      r.impl.padEnd(18),
      String(r.runs).padStart(4),
      r.script.toFixed(1).padStart(13),
      r.painted.toFixed(1).padStart(15),
      (r.impl === 'ours' ? '' : ratio(r.script, ours.script)).padStart(15),
      (r.impl === 'ours' ? '' : ratio(r.painted, ours.painted)).padStart(17),
    ].join(' '),
  );
}
const json = options.json;
if (json) writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
