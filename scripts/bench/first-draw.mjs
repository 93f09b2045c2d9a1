#!/usr/bin/env node
// The first draw of <praksis-referral-sankey> in a fresh page, this build against another one (a
// copy of dist/cdn/<version>/ made before a change), in the same browser and the same run. A fresh
// page is what a reader gets: nothing is warm, ICU's formatting data included, which the first
// Intl formatter in a page loads. Also times that first Intl.NumberFormat alone, in fresh pages.
//
//   npx tsc -b && npx rollup -c && node scripts/bench/first-draw.mjs --against DIR [--runs N] [--size NODES/LINKS]
//
// Each run opens a new browser context (its own renderer process) per build, alternating which
// build goes first; the module is loaded, then timed from setting the data to two animation frames
// after the diagram is in the document. Reported: median and range of the runs (5 by default), how
// many Intl objects the draw made, and the other build's median divided by this one's.
// CHROME_PATH overrides /usr/bin/chromium.
/* global document, customElements, performance, requestAnimationFrame, MutationObserver -- run in the page */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { asDocument, layeredGraph, SIZES } from '../../packages/referral-sankey/bench/graphs.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const { values: options } = parseArgs({
  options: { against: { type: 'string' }, runs: { type: 'string', default: '5' }, size: { type: 'string', default: '30/80' } },
});
if (!options.against || !existsSync(join(options.against, 'praksis-referral-sankey.js'))) {
  throw new Error('--against: a directory with another build of the CDN files (praksis-referral-sankey.js and its chunks)');
}
const size = SIZES.find((s) => s.name === options.size);
if (!size) throw new Error(`--size: one of ${SIZES.map((s) => s.name).join(', ')}`);
const RUNS = Number(options.runs);
const { VERSION } = await import(pathToFileURL(join(repo, 'packages/core/dist/generated/version.js')).href);
const builds = { this: join(repo, 'dist/cdn', VERSION), against: resolve(options.against) };

const page = '<!doctype html><html lang="da"><head><meta charset="utf-8"><style>body{margin:0;font-family:sans-serif}</style></head><body></body></html>';
const server = createServer((req, res) => {
  const [, build, ...rest] = (req.url ?? '/').split('?')[0].split('/');
  if (!rest.length || rest.join('/') === '') return void res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  const root = builds[build];
  const file = root && normalize(join(root, ...rest));
  if (!file || !file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

/** Runs in the page: the first draw, timed; counts the Intl objects made while drawing. */
async function firstDraw(doc) {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  let intlObjects = 0;
  for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'ListFormat']) {
    Intl[name] = new Proxy(Intl[name], { construct: (target, args, newTarget) => (intlObjects++, Reflect.construct(target, args, newTarget)) });
  }
  const box = document.createElement('div');
  box.style.width = '960px';
  document.body.append(box);
  await frames();
  const t0 = performance.now();
  const el = document.createElement('praksis-referral-sankey');
  el.setAttribute('chart-height', '1200');
  box.append(el);
  el.data = doc;
  await el.updateComplete;
  await new Promise((done) => {
    const found = () => el.shadowRoot.querySelector('[part="diagram"]') && (observer.disconnect(), done());
    const observer = new MutationObserver(found);
    observer.observe(el.shadowRoot, { childList: true, subtree: true });
    found();
  });
  await el.updateComplete;
  const script = performance.now() - t0;
  await frames();
  return { script, painted: performance.now() - t0, intlObjects };
}

async function inFreshPage(run) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({ width: 1000, height: 900 });
    return await run(tab);
  } finally {
    await context.close();
  }
}

const doc = asDocument(layeredGraph(size), size.name);
const times = { this: [], against: [], intl: [] };
const intlObjects = { this: 0, against: 0 };
for (let run = 0; run < RUNS; run++) {
  for (const build of run % 2 ? ['against', 'this'] : ['this', 'against']) {
    const result = await inFreshPage(async (tab) => {
      await tab.goto(`${origin}/${build}/`);
      await tab.evaluate((url) => import(url), `${origin}/${build}/praksis-referral-sankey.js`);
      await tab.waitForFunction(() => customElements.get('praksis-referral-sankey'));
      return tab.evaluate(firstDraw, doc);
    });
    times[build].push(result.painted);
    intlObjects[build] = result.intlObjects;
  }
  times.intl.push(
    await inFreshPage(async (tab) => {
      await tab.goto(`${origin}/this/`);
      return tab.evaluate(() => {
        const t0 = performance.now();
        new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(1893921);
        return performance.now() - t0;
      });
    }),
  );
}
await browser.close();
server.close();

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const range = (list) => `${Math.min(...list).toFixed(1)}–${Math.max(...list).toFixed(1)}`;
console.log(`First draw of <praksis-referral-sankey>, ${size.name}, painted, ms (median of ${RUNS} fresh pages, range):`);
for (const build of ['this', 'against']) {
  console.log(`  ${build === 'this' ? 'this build ' : 'other build'}  ${median(times[build]).toFixed(1).padStart(7)}  (${range(times[build])})  Intl objects made: ${intlObjects[build]}`);
}
console.log(`  other build / this build: ${(median(times.against) / median(times.this)).toFixed(2)}`);
console.log(`The first Intl.NumberFormat in a fresh page alone: ${median(times.intl).toFixed(1)} ms (${range(times.intl)})`);
