// The built docs site served over HTTP on 127.0.0.1 (module scripts do not load from file:), and
// the machine's Chromium (headless, puppeteer-core; nothing downloads a browser), for the scripts
// that drive the site's pages: screenshots, the offline check and the maker's benchmark.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves the folder `site`; `extra` may answer a request first (it returns true when it did).
 *
 * @param {string} site
 * @param {(url: URL, res: import('node:http').ServerResponse) => boolean} [extra]
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
export async function serveSite(site, extra = () => false) {
  const dir = resolve(site);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (extra(url, res)) return;
    const pathname = decodeURIComponent(url.pathname);
    const path = join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/**
 * Headless Chromium from CHROME_PATH or Debian's /usr/bin/chromium.
 *
 * @param {string[]} [args] more command-line switches (e.g. `--lang=da-DK`)
 */
export function launchChromium(args = []) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run', '--disable-background-networking', ...args],
  });
}
