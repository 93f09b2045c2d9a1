#!/usr/bin/env node
// Takes the chart maker's screenshots for docs/maker.md from the built docs site, in headless
// Chromium: the national 2022 referral table pasted as a spreadsheet puts it on the clipboard,
// the source and text filled in, then one picture per step. Run after `npm run build:docs`
// (or `node scripts/docs/build.mjs --no-storybook`): node scripts/docs/maker-screenshots.mjs [SITE]
/* global document, DataTransfer, ClipboardEvent -- in page.evaluate, which runs in the browser */
import { join, resolve } from 'node:path';
import { launchChromium, serveSite } from './serve-site.mjs';

const site = resolve(process.argv[2] ?? 'site');
const out = resolve('docs/maker');
const TSV =
  'Henvisningstype\tAntal\r\nSpeciallæge\t1.893.921\r\nSygehus\t1.528.351\r\nBilleddiagnostisk\t863.861\r\nFysioterapi\t835.769\r\nPsykolog\t176.464\r\nFodterapi\t74.542\r\nKommune\t47.656\r\n';

const server = await serveSite(site);

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await page.goto(`${server.origin}/maker.html`, { waitUntil: 'networkidle0' });
  const paste = (text) =>
    page.evaluate((value) => {
      const box = /** @type {HTMLTextAreaElement} */ (document.querySelector('#mk-data'));
      box.value = '';
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', value);
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, text);
  const fill = async (selector, text) => {
    await page.click(selector);
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  };
  const shot = async (heading, name) => {
    const section = await page.$(`section[aria-labelledby="${heading}"]`);
    if (!section) throw new Error(`no section ${heading}`);
    await section.screenshot({ path: join(out, `${name}.png`) });
    console.log(`docs/maker/${name}.png`);
  };
  // The maker gives the previews their document once they are in view: scroll to each, then wait.
  const settle = () =>
    page.evaluate(async () => {
      for (const preview of /** @type {any[]} */ ([...document.querySelectorAll('.mk-frame > :not(figcaption)')])) {
        preview.scrollIntoView();
        while (preview.data === undefined || preview.hasAttribute('data-stale')) await new Promise((r) => setTimeout(r, 50));
        await preview.updateComplete;
      }
      await new Promise((r) => setTimeout(r, 300));
    });

  await paste(TSV);
  await fill('#mk-title', 'Henvisninger fra almen praksis, 2022');
  await fill('#mk-periodFrom', '1.1.2022');
  await fill('#mk-periodTo', '31.12.2022');
  await fill('#mk-source', 'BDO for Indenrigs- og Sundhedsministeriet (2023), tabel 5.9a; MedCom');
  await fill('#mk-publisher', 'Indenrigs- og Sundhedsministeriet');
  await fill('#mk-description', 'Sankeydiagram: af 5,4 mio. henvisninger fra almen praksis i 2022 gik flest til speciallæge (1,9 mio.) og sygehus (1,5 mio.).');
  await fill('#mk-json-url', 'https://www.example.dk/data/henvisninger-2022.json');
  await settle();
  await shot('mk-data-heading', 'data');
  await shot('mk-preview-heading', 'preview');
  await shot('mk-out-heading', 'out');
  await paste(TSV.replace('1.528.351', 'ca. 1,5 mio.'));
  await settle();
  const problems = await page.$('#mk-problems');
  await page.evaluate(() => document.querySelector('#mk-problems details')?.setAttribute('open', ''));
  await problems?.screenshot({ path: join(out, 'problems.png') });
  console.log('docs/maker/problems.png');
} finally {
  await browser.close();
  server.close();
}
