#!/usr/bin/env node
// How the chart maker copes with 10,000 rows, in headless Chromium on the built docs site, against
// a peer measured in the same run: a bare page with one textarea taking the same paste (the least
// any page that shows the pasted text pays). Medians of RUNS runs, each in a fresh page.
//   npm run build:docs (or: npx rollup -c && node scripts/docs/build.mjs --no-storybook)
//   node scripts/bench/maker.bench.mjs [SITE]
/* global window, document, localStorage, performance, requestAnimationFrame, DataTransfer, ClipboardEvent, Event, PerformanceObserver -- in page.evaluate */
import { resolve } from 'node:path';
import { launchChromium, serveSite } from '../docs/serve-site.mjs';
import { seededRandom } from './seeded-random.mjs';

const site = resolve(process.argv[2] ?? 'site');
const RUNS = Number(process.env.RUNS ?? 5);
const ROWS = 10_000;

// 100 practices × 100 receivers, Danish thousands dots, as a spreadsheet copies it.
const random = seededRandom(7);
const rows = Array.from({ length: ROWS }, (_, i) => `Praksis ${Math.floor(i / 100) + 1}\tAfdeling ${(i % 100) + 1}\t${Math.floor(random() * 20_000 + 1).toLocaleString('da-DK')}`);
const TSV = `Fra\tTil\tAntal\r\n${rows.join('\r\n')}\r\n`;

const server = await serveSite(site, (url, res) => {
  if (url.pathname !== '/bare.html') return false;
  res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><textarea id="mk-data" rows="10" cols="80"></textarea>');
  return true;
});

const browser = await launchChromium();

/** Pastes the table into #mk-data and returns ms until the frame after the page has settled (previews drawn). */
function pasteAndSettle(page) {
  return page.evaluate(async (text) => {
    const box = document.querySelector('#mk-data');
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const started = performance.now();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    // The bare page has no handler: the browser's own paste, as setRangeText does it.
    if (box.dispatchEvent(event)) box.setRangeText(text, box.selectionStart, box.selectionEnd, 'end');
    await Promise.all([...document.querySelectorAll('.mk-frame > *')].map((widget) => widget.updateComplete));
    await frame();
    return performance.now() - started;
  }, TSV);
}

/** Types into a field one key at a time; returns the median ms from key to the next frame, and the longest task after the pause. */
async function typing(page, selector, text) {
  await page.focus(selector);
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const perKey = [];
  for (const key of text) {
    const ms = await page.evaluate(
      (k, sel) =>
        new Promise((done) => {
          const field = document.querySelector(sel);
          const started = performance.now();
          field.setRangeText(k, field.selectionStart, field.selectionEnd, 'end');
          field.dispatchEvent(new Event('input', { bubbles: true }));
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - started), 0));
        }),
      key,
      selector,
    );
    perKey.push(ms);
  }
  // The pause after typing: the maker reads and draws again.
  await new Promise((done) => setTimeout(done, 3000));
  const longest = await page.evaluate(() => window.__longest);
  return { key: median(perKey), pause: longest };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = { bare: [], paste: [], keyTitle: [], keyBox: [], pauseTitle: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    const bare = await browser.newPage();
    await bare.goto(`${server.origin}/bare.html`);
    results.bare.push(await pasteAndSettle(bare));
    const bareKeys = await typing(bare, '#mk-data', 'abc');
    results.keyBox.push(['bare', bareKeys.key]);
    await bare.close();

    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await page.goto(`${server.origin}/maker.html`, { waitUntil: 'networkidle0' });
    await page.evaluate(() => localStorage.clear());
    results.paste.push(await pasteAndSettle(page));
    const title = await typing(page, '#mk-title', 'Henvisninger');
    results.keyTitle.push(title.key);
    results.pauseTitle.push(title.pause);
    const box = await typing(page, '#mk-data', 'abc');
    results.keyBox.push(['maker', box.key]);
    await page.close();
    console.error(`run ${run + 1}: paste ${results.paste.at(-1).toFixed(0)} ms, title key ${title.key.toFixed(1)} ms, box key ${box.key.toFixed(1)} ms, pause ${title.pause.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  server.close();
}

const bare = median(results.bare);
const paste = median(results.paste);
const bareKey = median(results.keyBox.filter(([who]) => who === 'bare').map(([, ms]) => ms));
const makerKey = median(results.keyBox.filter(([who]) => who === 'maker').map(([, ms]) => ms));
const titleKey = median(results.keyTitle);
const pause = median(results.pauseTitle);
const f = (ms) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
console.log(`${ROWS.toLocaleString('en')} rows pasted (${(TSV.length / 1024).toFixed(0)} KB), median of ${RUNS} runs`);
console.log(`| measure | bare textarea (peer) | chart maker | ratio |`);
console.log(`| --- | --- | --- | --- |`);
console.log(`| paste until drawn (maker: table read, converted, validated, 4 previews) | ${f(bare)} | ${f(paste)} | ${(paste / bare).toFixed(1)}× |`);
console.log(`| a key typed in the table box, until the next frame | ${f(bareKey)} | ${f(makerKey)} | ${(makerKey / bareKey).toFixed(1)}× |`);
console.log(`| a key typed in the title, until the next frame | ${f(bareKey)} | ${f(titleKey)} | ${(titleKey / bareKey).toFixed(1)}× |`);
console.log(`| longest task after a pause in typing (reading and drawing again) | – | ${f(pause)} | – |`);
