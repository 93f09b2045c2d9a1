// The npm route with React 19: docs/examples/react type-checks against the widgets' published
// types (dist/*.d.ts and the JSX types in react.ts), its type tests refuse wrong props, it builds
// with Vite, and the built app runs in Chromium: React sets `data` as a property and listens to the
// widgets' events. Uses the machine's Chromium through puppeteer-core (which @web/test-runner-chrome
// brings); that last step is skipped only when there is no Chromium at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'docs/examples/react');

function node(args: string[]): string {
  try {
    return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    assert.fail(`node ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

const chromePath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'].find((p) => existsSync(p));

test('React example: types, build and a run in the browser', async (t) => {
  // The example uses the packages as npm users get them: compiled dist/ and .d.ts (cheap when up to date).
  node(['node_modules/typescript/bin/tsc', '-b']);

  await t.test('its tsconfig type-checks', () => {
    node(['node_modules/typescript/bin/tsc', '-p', join(example, 'tsconfig.json')]);
  });

  await t.test('the JSX types refuse wrong props and accept right ones', () => {
    // Every line marked @ts-expect-error must be an error, or tsc fails on the unused directive.
    node(['node_modules/typescript/bin/tsc', '-p', join(example, 'tsconfig.type-tests.json')]);
    const expected = readFileSync(join(example, 'type-tests/wrong-props.tsx'), 'utf8').match(/@ts-expect-error/g) ?? [];
    assert.ok(expected.length >= 8, `${expected.length} refused props`);
  });

  const outDir = mkdtempSync(join(tmpdir(), 'praksis-react-'));
  t.after(() => rmSync(outDir, { recursive: true, force: true }));

  await t.test('vite build bundles the widgets with their registration', () => {
    node(['node_modules/vite/bin/vite.js', 'build', example, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script type="module"[^>]* src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    assert.equal(scripts.length, 1, html);
    const js = readdirSync(join(outDir, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'))
      .join('\n');
    for (const tag of ['praksis-capacity-gauge', 'praksis-referral-sankey']) assert.ok(js.includes(`"${tag}"`), `${tag} is registered`);
    assert.ok(js.includes('customElements'), 'custom elements are defined');
    assert.ok(!js.includes('"praksis-hours-badge"'), 'widgets the app does not import stay out');
  });

  await t.test('the built app draws both widgets; React sets data as a property and hears praksis-render', { skip: chromePath ? false : 'no Chromium on this machine' }, async () => {
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/index.html');
      const file = join(outDir, path);
      if (!file.startsWith(outDir) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await puppeteer.launch({
      executablePath: chromePath!,
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'tegnet: da', { timeout: 10_000 });
      const text = (selector: string, part: string) =>
        page.evaluate(
          (s, p) => (document.querySelector(s)?.shadowRoot?.querySelector(`[part~="${p}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          selector,
          part,
        );
      assert.equal(await text('praksis-capacity-gauge', 'figure'), '1.650 tilmeldte patienter pr. kapacitet');
      assert.equal(await text('praksis-capacity-gauge', 'title'), 'Lægerne i Egebæk (fiktiv)');
      assert.deepEqual(
        await page.evaluate(() => {
          const gauge = document.querySelector('praksis-capacity-gauge') as HTMLElement & { data?: { listedPatients?: number }; headingLevel?: number };
          return { listed: gauge.data?.listedPatients, attribute: gauge.hasAttribute('data'), headingLevel: gauge.headingLevel, theme: gauge.getAttribute('theme') };
        }),
        { listed: 3300, attribute: false, headingLevel: 2, theme: 'light' },
      );
      await page.waitForFunction(() => document.querySelector('praksis-referral-sankey')?.shadowRoot?.querySelector('[part="summary"]'), { timeout: 10_000 });
      assert.match(await text('praksis-referral-sankey', 'summary'), /^I alt 5\.420\.564 henvisninger, 2022\. De 3 største strømme:/);

      // The page's language switch: the widgets follow the nearest lang.
      await page.click('button');
      await page.waitForFunction(
        () => document.querySelector('praksis-capacity-gauge')?.shadowRoot?.querySelector('[part="figure"]')?.textContent?.includes('listed patients'),
        { timeout: 5_000 },
      );
      assert.equal(await text('praksis-capacity-gauge', 'figure'), '1,650 listed patients per capacity');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
