#!/usr/bin/env node
// Checks the built chart maker page offline, in headless Chromium: the page is loaded, the network
// is cut, and then a capacity table with a trend is pasted (the gauge's trend and table parts,
// loaded on demand), the referral table too, and every download of a preview is made (the sankey's
// CSV rows and core's downloads, loaded on demand). Exits 1 with what failed. Run after
// `npm run build:docs` (or `npx rollup -c && node scripts/docs/build.mjs --no-storybook`):
//   node scripts/docs/maker-offline-check.mjs [SITE]
/* global document, localStorage, DataTransfer, ClipboardEvent -- in page.evaluate, which runs in the browser */
import { resolve } from 'node:path';
import { launchChromium, serveSite } from './serve-site.mjs';

const site = resolve(process.argv[2] ?? 'site');
const CAPACITY = 'År;Kapaciteter;Tilmeldte patienter (tusinder)\n2017;3.461;5.707\n2018;3.485;5.738\n2019;3.476;5.764\n2020;3.511;5.788\n2021;3.543;5.812\n2022;3.554;5.849\n';
const REFERRALS =
  'Henvisningstype\tAntal\r\nSpeciallæge\t1.893.921\r\nSygehus\t1.528.351\r\nBilleddiagnostisk\t863.861\r\nFysioterapi\t835.769\r\nPsykolog\t176.464\r\nFodterapi\t74.542\r\nKommune\t47.656\r\n';

const server = await serveSite(site);

const browser = await launchChromium();
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(`${server.origin}/maker.html`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => localStorage.clear());
  await page.setOfflineMode(true);
  check(!(await page.evaluate(() => fetch(`index.html?${Date.now()}`).then(() => true, () => false))), 'the network is cut');

  const paste = (text) =>
    page.evaluate((value) => {
      const box = document.querySelector('#mk-data');
      box.value = '';
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', value);
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, text);
  const fill = async (selector, text) => {
    await page.click(selector, { count: 3 });
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  };
  /** Scrolls to each preview, waits until it has drawn, and returns what its shadow root says. */
  const previews = () =>
    page.evaluate(async () => {
      const out = [];
      for (const preview of /** @type {any[]} */ ([...document.querySelectorAll('.mk-frame > :not(figcaption)')])) {
        preview.scrollIntoView();
        while (preview.data === undefined || preview.hasAttribute('data-stale')) await new Promise((r) => setTimeout(r, 50));
        await preview.updateComplete;
        out.push({ alert: preview.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '', text: preview.shadowRoot.textContent });
      }
      return out;
    });

  await paste(CAPACITY);
  await page.click('input[name="mk-widget"][value="capacity-gauge"]');
  for (const [id, text] of [['#mk-unitName', 'Hele landet'], ['#mk-source', 'BDO 2023, tabel 5.1.3a'], ['#mk-publisher', 'Indenrigs- og Sundhedsministeriet'], ['#mk-normValue', '1.600'], ['#mk-normSource', 'Overenskomst om almen praksis']]) {
    await fill(id, text);
  }
  check((await page.$$('#mk-problems li')).length === 0, 'the capacity document is valid');
  const gauges = await previews();
  check(gauges.length === 4 && gauges.every((g) => g.alert === '' && g.text.includes('1.646') && g.text.includes('2017')), 'four gauges drawn, with their trend from 2017');
  const rows = await page.evaluate(async () => {
    const gauge = /** @type {any} */ (document.querySelector('.mk-frame > praksis-capacity-gauge'));
    gauge.shadowRoot.querySelector('[part="table-toggle"]')?.click();
    for (let i = 0; i < 60 && !gauge.shadowRoot.querySelector('table'); i++) await new Promise((r) => setTimeout(r, 50));
    return gauge.shadowRoot.querySelectorAll('table tr').length;
  });
  check(rows > 6, `the gauge's table view opens (${rows} rows)`);

  await paste(REFERRALS);
  await page.click('input[name="mk-widget"][value="referral-sankey"]');
  for (const [id, text] of [['#mk-title', 'Henvisninger 2022'], ['#mk-periodFrom', '1.1.2022'], ['#mk-periodTo', '31.12.2022']]) await fill(id, text);
  check((await page.$$('#mk-problems li')).length === 0, 'the referral document is valid');
  const sankeys = await previews();
  check(sankeys.length === 4 && sankeys.every((s) => s.alert === '' && s.text.includes('1.893.921')), 'four sankeys drawn');
  const saved = await page.evaluate(async () => {
    const sankey = /** @type {any} */ (document.querySelector('.mk-frame > praksis-referral-sankey'));
    const names = [];
    sankey.addEventListener('praksis-download', (/** @type {CustomEvent} */ event) => {
      event.preventDefault();
      names.push(`${event.detail.filename} ${event.detail.blob.size > 0 ? 'with content' : 'empty'}`);
    });
    for (const button of sankey.shadowRoot.querySelectorAll('[part="downloads"] button')) button.click();
    for (let i = 0; i < 100 && names.length < 3; i++) await new Promise((r) => setTimeout(r, 50));
    return names.sort();
  });
  check(saved.length === 3 && saved.every((name) => name.endsWith('with content')), `a preview's downloads: ${saved.join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length > 0) process.exit(1);
