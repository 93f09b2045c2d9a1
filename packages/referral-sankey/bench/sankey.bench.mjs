#!/usr/bin/env node
// Draw time and keyboard step latency in headless Chromium: <praksis-referral-sankey> against
// ECharts' sankey (SVG and canvas renderers) and a plain d3-sankey + SVG drawing, on the same
// seeded graphs (graphs.mjs), in the same browser, in the same run.
//
//   npx tsc -b && node packages/referral-sankey/bench/sankey.bench.mjs [--runs N] [--warm-up N] [--size NODES/LINKS]... [--json FILE]
//
// --size (repeatable, as graphs.mjs names them: 30/80, 130/705, 350/2,008, 1,070/8,100) runs only
// those sizes; by default all of them.
//
// Draw time: from setting the data on an empty 960 px container (the element created, ECharts
// initialised, or d3-sankey called) to two animation frames after the diagram is in the document,
// so style, layout and paint are in. Animations are off; ECharts keeps its default 32 layout
// iterations and its labels, as ours and the d3 drawing keep theirs. Ours includes validating the
// document, which the others do not do. Frames are not held to a 60 Hz clock
// (--disable-frame-rate-limit, --disable-gpu-vsync): a frame comes as soon as the work before it is
// done, so the time is that work, not the next multiple of 16.7 ms. (BENCH_VSYNC=1 keeps the clock.)
//
// Three figures per implementation and size:
// - first draw: in a fresh page, as a reader's page draws a chart, before V8 has optimised
//   anything; the median of 3 pages;
// - draw: in one page after `--warm-up` draws (3 by default) of each implementation, so every
//   one runs optimised code; implementations alternate so that none always runs on a warm cache;
//   the median of `--runs` draws (7 by default);
// - work: the CPU time of 5 more draws in that page, from a trace: the page's main thread (script,
//   style, layout, paint, garbage collection) and raster, within each draw's window; the median.
//   A small diagram's painted time is mostly where its frame falls against the compositor's tick;
//   its work is not.
//
// Step: one arrow-key press in the drawn element, from the keydown to the frame after the new
// highlight and tooltip are drawn; the median of 15 presses down the keyboard order.
//
// The ratios are the other implementation's time divided by ours: above 1 means ours was faster.
// CHROME_PATH overrides /usr/bin/chromium.
/* global document, window, customElements, performance, requestAnimationFrame, MutationObserver, KeyboardEvent -- drawOnce and stepOnce run in the page */
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
const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, 'warm-up': { type: 'string', default: '3' }, size: { type: 'string', multiple: true }, json: { type: 'string' } },
});
const RUNS = Number(options.runs);
const WARM_UP = Number(options['warm-up']);
/** Fresh pages per implementation and size for the first draw. */
const FIRST_DRAWS = 3;
const sizes = options.size ? SIZES.filter((size) => options.size.includes(size.name)) : SIZES;
if (!sizes.length) throw new Error(`--size: one of ${SIZES.map((size) => size.name).join(', ')}`);
const WIDTH = 960;
const HEIGHT = 1200;

// The CDN build of the element, made the same way as rollup.config.mjs makes dist/cdn.
const work = mkdtempSync(join(tmpdir(), 'sankey-bench-'));
const bundle = await rollup({
  input: join(repo, 'packages/referral-sankey/dist/praksis-referral-sankey.js'),
  plugins: [nodeResolve({ browser: true }), terser({ module: true, ecma: 2020, compress: { passes: 2 } })],
  onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
});
// Parts loaded on demand (the CSV tables) go into the one file: the page loads one script.
await bundle.write({ file: join(work, 'sankey.js'), format: 'es', inlineDynamicImports: true });
// d3-sankey (and the d3-array and d3-shape it imports) as one script defining window.d3sankey.
const d3bundle = await rollup({ input: join(here, 'd3-entry.mjs'), plugins: [nodeResolve(), terser()] });
await d3bundle.write({ file: join(work, 'd3.js'), format: 'iife', name: 'd3sankey' });
const files = {
  '/sankey.js': readFileSync(join(work, 'sankey.js')),
  '/d3.js': readFileSync(join(work, 'd3.js')),
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
    ...(process.env.BENCH_VSYNC ? [] : ['--disable-frame-rate-limit', '--disable-gpu-vsync']),
  ],
});

/** Runs in the page: one timed draw, returning { script, painted } in ms. */
async function drawOnce(impl, payload, width, height) {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // An ECharts instance keeps its animation loop running until disposed, also once out of the
  // document: the last one goes first, or every later draw and step would share frames with it.
  window.lastChart?.dispose();
  window.lastChart = undefined;
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.replaceChildren(box);
  await frames();
  let script;
  const t0 = performance.now();
  // Marks for the traced draws (work), which find each draw's window in the trace by them.
  performance.mark('bench-draw-start');
  if (impl === 'ours') {
    const el = document.createElement('praksis-referral-sankey');
    el.setAttribute('chart-height', String(height));
    box.append(el);
    el.data = payload.doc;
    // The diagram is drawn once its box has been measured: watch for it.
    await el.updateComplete;
    await new Promise((resolve) => {
      const found = () => el.shadowRoot.querySelector('[part="diagram"]') && (observer.disconnect(), resolve());
      const observer = new MutationObserver(found);
      observer.observe(el.shadowRoot, { childList: true, subtree: true });
      found();
    });
    await el.updateComplete;
    script = performance.now() - t0;
  } else if (impl === 'd3-sankey') {
    // The plain way: lay out with d3-sankey, write the SVG as markup.
    const graph = window.d3sankey
      .sankey()
      .nodeId((d) => d.name)
      .nodeWidth(12)
      .nodePadding(8)
      .extent([
        [1, 1],
        [width - 120, height - 1],
      ])({ nodes: payload.nodes.map((n) => ({ ...n })), links: payload.links.map((l) => ({ ...l })) });
    const path = window.d3sankey.sankeyLinkHorizontal();
    const links = graph.links.map((l) => `<path d="${path(l)}" stroke="#7b8ce8" stroke-opacity="0.5" stroke-width="${Math.max(1, l.width)}"></path>`);
    const nodes = graph.nodes.map((n) => `<rect x="${n.x0}" y="${n.y0}" width="${n.x1 - n.x0}" height="${Math.max(1, n.y1 - n.y0)}" fill="#332288"></rect>`);
    const labels = graph.nodes.map((n) => `<text x="${n.x1 + 4}" y="${(n.y0 + n.y1) / 2}" dy="0.35em">${n.name}</text>`);
    box.innerHTML = `<svg width="${width}" height="${height}" font-size="12"><g fill="none">${links.join('')}</g><g>${nodes.join('')}</g><g>${labels.join('')}</g></svg>`;
    script = performance.now() - t0;
  } else {
    box.style.height = `${height}px`;
    const chart = window.echarts.init(box, null, { renderer: impl === 'echarts-svg' ? 'svg' : 'canvas' });
    window.lastChart = chart;
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
  performance.mark('bench-draw-end');
  return { script, painted };
}

/** Runs in the page, after drawOnce('ours'): the median time of `presses` arrow-key steps, keydown to the frame after. */
async function stepOnce(presses) {
  const el = document.querySelector('praksis-referral-sankey');
  el.shadowRoot.querySelector('[tabindex="0"]').focus();
  const times = [];
  for (let n = 0; n < presses; n++) {
    const from = el.shadowRoot.activeElement;
    const t0 = performance.now();
    from.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    times.push(performance.now() - t0);
    if (el.shadowRoot.activeElement === from) throw new Error('the arrow key did not move the focus');
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const IMPLS = ['ours', 'echarts-svg', 'echarts-canvas', 'd3-sankey'];
const STEPS = 15;
/** Draws per implementation and size traced for the work figure. */
const TRACED = 5;

/**
 * The CPU time one draw costs the browser, from a trace of `TRACED` warm draws: the tasks on the
 * page's main thread (script, style, layout, paint, garbage collection) and the raster tasks, each
 * within a draw's window (bench-draw-start to bench-draw-end). Unlike the painted time, it does not
 * depend on where a draw falls against the compositor's frames. The median over the draws.
 */
function drawWork(trace) {
  const events = JSON.parse(trace).traceEvents;
  const marks = (name) => events.filter((e) => e.name === name && e.cat?.includes('blink.user_timing')).map((e) => e.ts).sort((a, b) => a - b);
  const starts = marks('bench-draw-start');
  const ends = marks('bench-draw-end');
  const pid = events.find((e) => e.name === 'bench-draw-start')?.pid;
  const mainTid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args.name === 'CrRendererMain')?.tid;
  const tasks = events.filter((e) => e.ph === 'X' && ((e.name === 'RunTask' && e.pid === pid && e.tid === mainTid) || e.name === 'RasterTask'));
  const works = starts.map((start) => {
    const end = ends.find((t) => t > start);
    let us = 0;
    for (const e of tasks) us += Math.max(0, Math.min(end, e.ts + e.dur) - Math.max(start, e.ts));
    return us / 1000;
  });
  return median(works);
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** A page with every implementation's script loaded. */
async function openPage() {
  const page = await browser.newPage();
  await page.setViewport({ width: WIDTH + 40, height: 900 });
  await page.goto(`${origin}/`);
  await page.addScriptTag({ url: `${origin}/echarts.js` });
  await page.addScriptTag({ url: `${origin}/d3.js` });
  await page.addScriptTag({ url: `${origin}/sankey.js`, type: 'module' });
  await page.waitForFunction(() => customElements.get('praksis-referral-sankey') && window.echarts && window.d3sankey);
  return page;
}

const results = [];
for (const size of sizes) {
  const graph = layeredGraph(size);
  const payload = {
    doc: asDocument(graph, size.name),
    nodes: graph.nodes.map((n) => ({ name: n.id })),
    links: graph.links.map((l) => ({ source: graph.nodes[l.source].id, target: graph.nodes[l.target].id, value: l.value })),
  };
  // First draws, each in a page of its own, implementations alternating.
  const first = Object.fromEntries(IMPLS.map((impl) => [impl, []]));
  for (let run = 0; run < FIRST_DRAWS; run++) {
    for (const impl of run % 2 ? [...IMPLS].reverse() : IMPLS) {
      const page = await openPage();
      first[impl].push((await page.evaluate(drawOnce, impl, payload, WIDTH, HEIGHT)).painted);
      await page.close();
    }
  }
  const page = await openPage();
  const times = Object.fromEntries(IMPLS.map((impl) => [impl, []]));
  for (let run = 0; run < WARM_UP; run++) for (const impl of IMPLS) await page.evaluate(drawOnce, impl, payload, WIDTH, HEIGHT);
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 ? [...IMPLS].reverse() : IMPLS;
    for (const impl of order) times[impl].push(await page.evaluate(drawOnce, impl, payload, WIDTH, HEIGHT));
  }
  const work = {};
  for (const impl of IMPLS) {
    await page.tracing.start({ categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing', 'cc'] });
    for (let run = 0; run < TRACED; run++) await page.evaluate(drawOnce, impl, payload, WIDTH, HEIGHT);
    work[impl] = drawWork(new TextDecoder().decode(await page.tracing.stop()));
  }
  await page.evaluate(drawOnce, 'ours', payload, WIDTH, HEIGHT);
  const step = await page.evaluate(stepOnce, STEPS);
  await page.close();
  for (const impl of IMPLS) {
    results.push({
      size: size.name,
      nodes: graph.nodes.length,
      links: graph.links.length,
      impl,
      runs: RUNS,
      warmUp: WARM_UP,
      first: median(first[impl]),
      script: median(times[impl].map((t) => t.script)),
      painted: median(times[impl].map((t) => t.painted)),
      work: work[impl],
      ...(impl === 'ours' ? { step } : {}),
    });
  }
}
await browser.close();
server.close();
rmSync(work, { recursive: true, force: true });

const version = (await import('node:child_process')).execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version']).toString().trim();
const { cpus } = await import('node:os');
console.log(
  `${new Date().toISOString().slice(0, 10)}, ${version}, headless, ${cpus().length} cores, ${process.env.BENCH_VSYNC ? '60 Hz frames' : 'frames unthrottled'}; ` +
    `${WIDTH}×${HEIGHT} px; ECharts ${echartsVersion}; first draw: median of ${FIRST_DRAWS} fresh pages; draw: median of ${RUNS} after ${WARM_UP} warm-up draws`,
);
const ms = (v) => `${v.toFixed(1)} ms`;
const of = (size, impl) => results.find((r) => r.size === size.name && r.impl === impl);
const ratio = (size, impl, field) => `${(of(size, impl)[field] / of(size, 'ours')[field]).toFixed(2)}×`;
const table = (title, header, row) => {
  console.log(`\n${title}\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${' --- |'.repeat(header.length)}`);
  for (const size of sizes) console.log(`| ${[size.name.replace('/', ' / '), ...row(size)].join(' | ')} |`);
};
table(
  'Draw (optimised code): script, then painted; the ratios are of painted times',
  ['nodes / links', 'ours', 'key step', 'ECharts SVG', 'ECharts canvas', 'd3-sankey + SVG', 'ECharts SVG ÷ ours', 'ECharts canvas ÷ ours', 'd3 ÷ ours'],
  (size) => [
    ...['ours'].map((impl) => `${ms(of(size, impl).script)}, ${ms(of(size, impl).painted)}`),
    ms(of(size, 'ours').step),
    ...['echarts-svg', 'echarts-canvas', 'd3-sankey'].map((impl) => `${ms(of(size, impl).script)}, ${ms(of(size, impl).painted)}`),
    ...['echarts-svg', 'echarts-canvas', 'd3-sankey'].map((impl) => ratio(size, impl, 'painted')),
  ],
);
table(
  `Work of a draw (CPU time of the page's main thread and of raster, median of ${TRACED} traced draws); the ratios are of work`,
  ['nodes / links', 'ours', 'ECharts SVG', 'ECharts canvas', 'd3-sankey + SVG', 'ECharts SVG ÷ ours', 'ECharts canvas ÷ ours', 'd3 ÷ ours'],
  (size) => [
    ...IMPLS.map((impl) => ms(of(size, impl).work)),
    ...['echarts-svg', 'echarts-canvas', 'd3-sankey'].map((impl) => ratio(size, impl, 'work')),
  ],
);
table(
  'First draw in a fresh page, painted',
  ['nodes / links', 'ours', 'ECharts SVG', 'ECharts canvas', 'd3-sankey + SVG', 'ECharts SVG ÷ ours', 'ECharts canvas ÷ ours', 'd3 ÷ ours'],
  (size) => [
    ...IMPLS.map((impl) => ms(of(size, impl).first)),
    ...['echarts-svg', 'echarts-canvas', 'd3-sankey'].map((impl) => ratio(size, impl, 'first')),
  ],
);
const json = options.json;
if (json) writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
