#!/usr/bin/env node
// Screenshots of the badge maker for docs/badge-guide.md, taken with the machine's Chromium
// (headless, puppeteer-core) from the built docs site:
//
//   npm run build:docs   (or node scripts/docs/build.mjs --no-storybook --out DIR)
//   node scripts/docs/badge-screenshots.mjs [DIR]     -> docs/images/badge-maker-*.png
//
// The page is served from DIR over HTTP on 127.0.0.1 (module scripts do not load from file:) and
// filled in the way a reader types: each field focused and typed into with the keyboard.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, serveSite } from './serve-site.mjs';

const root = resolve(process.argv[2] ?? 'site');
const outDir = resolve('docs/images');

const server = await serveSite(root);

const browser = await launchChromium(['--lang=da-DK']);
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto(`${server.origin}/badge-maker.html`, { waitUntil: 'networkidle0' });
  const type = async (id, text) => {
    await page.focus(`#${id}`);
    await page.keyboard.type(text);
  };
  await type('bm-practice-name', 'Lægerne i Egebæk (eksempel – fiktiv praksis)');
  await type('bm-practice-ydernummer', '123456');
  await type('bm-consultation-mon-0-from', '8');
  await type('bm-consultation-mon-0-to', '16');
  await page.click('#bm-consultation-copy');
  mkdirSync(outDir, { recursive: true });
  const shot = async (selector, file) => {
    const el = await page.$(selector);
    await el?.screenshot({ path: join(outDir, file) });
    console.log(`docs/images/${file}`);
  };
  await shot('#bm-consultation', 'badge-maker-week.png');
  await page.focus('#bm-consultation-tue-0-to');
  await page.keyboard.press('End');
  for (let i = 0; i < 2; i++) await page.keyboard.press('Backspace');
  await type('bm-consultation-tue-0-to', '18');
  for (const [category, from, to] of [['phone', '08:00', '12.30'], ['doctorPhone', '8', '9'], ['acutePhone', '12.30', '16']]) {
    await type(`bm-${category}-mon-0-from`, from);
    await type(`bm-${category}-mon-0-to`, to);
    await page.click(`#bm-${category}-copy`);
  }
  for (const service of ['onlineBooking', 'onlinePrescriptionRenewal', 'eConsultation']) await page.select(`#bm-service-${service}`, 'yes');
  await type('bm-wait', '3');
  await page.select('#bm-bagom', 'not-public');
  await page.select('#bm-acute', 'practice');
  await shot('#bm-rules', 'badge-maker-guidance.png');
  await page.select('#bm-service-videoConsultation', 'yes');
  await page.click('#bm-add-recurring');
  await type('bm-recurring-0-day', '24');
  await type('bm-recurring-0-reason', 'Juleaften');
  await shot('#bm-recurring-0', 'badge-maker-recurring.png');
  // A course on Wednesdays in March: changed consultation and telephone hours on those days only.
  const setDate = (id, iso) =>
    page.$eval(`#${id}`, (el, value) => {
      el.value = value;
      el.dispatchEvent(new globalThis.Event('input', { bubbles: true })); // runs in the page
    }, iso);
  await page.click('#bm-add-exception');
  await setDate('bm-exception-0-date', '2027-03-01');
  await setDate('bm-exception-0-to', '2027-03-31');
  await page.click('#bm-exception-0-weekday-wed');
  await type('bm-exception-0-reason', 'Kursus onsdage');
  await page.select('#bm-exception-0-kind', 'hours');
  await type('bm-exception-0-consultation-0-from', '8');
  await type('bm-exception-0-consultation-0-to', '12');
  await page.click('#bm-exception-0-phone-changed');
  await type('bm-exception-0-phone-0-from', '8');
  await type('bm-exception-0-phone-0-to', '10');
  await shot('#bm-exception-0', 'badge-maker-closure.png');
  await page.click('#bm-exception-0-remove');
  await shot('.bm-badges', 'badge-maker-badge.png');
  await shot('.bm-result', 'badge-maker-outputs.png');
} finally {
  await browser.close();
  server.close();
}
