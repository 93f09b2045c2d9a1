// Server side of the hostile-host browser tests (test/hostile/*.test.ts), plugged into
// web-test-runner.config.mjs:
//
// - hostileMiddleware serves
//   - /test/hostile/<page>.html with the example documents named in `<!-- example: kind/valid/name -->`
//     comments inlined as JSON, as a page author would paste them, and with ?tt=<names> a strict
//     Content-Security-Policy header whose Trusted Types directive allows those policy names;
//   - /hostile/src/…: data URLs that fail the way real servers do (404, no answer, a dropped
//     connection, an HTML login page, a 20 MB document, a slow answer, CORS allowed explicitly);
//   - /hostile/bundle/<file>.js?version=x: a self-contained bundle of a registration module (or
//     of the all-in-one entry) with its own copy of Lit and core, like a CDN file, optionally
//     built as another library version — what a second embedder on the same page loads.
// - hostileCommands() adds the server commands `hostile-metrics` (collects garbage in the test's
//   Chromium page over the DevTools protocol and returns its heap size, DOM node and event listener
//   counts) and `hostile-report` (writes measured figures to test-results/heap.json and prints them).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const examplesDir = join(rootDir, 'packages', 'schema', 'examples');
const EXAMPLE = /^[a-z-]+\/(?:valid|invalid)\/[a-z0-9-]+$/;

/** The policy a page is served with when its URL has ?tt=; the Trusted Types names come from there. */
export function strictPolicy(trustedTypes) {
  return `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;
}

const HUGE_BYTES = 20 * 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;
/** Bytes of the 20 MB document the server produced per request id: how far the reader read. */
const hugeStats = new Map();

async function example(name) {
  if (!EXAMPLE.test(name)) return undefined;
  try {
    return await readFile(join(examplesDir, `${name}.json`), 'utf8');
  } catch {
    return undefined;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the browser hangs up (an aborted fetch closes its connection) or after `ms`. */
function closedOrAfter(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * A 20 MB JSON document, produced only as fast as the client reads it and at most 64 KB per 5 ms
 * (about 13 MB/s: a fast connection, but slow enough that the few hundred milliseconds a loaded
 * machine takes to close the connection cannot stream the rest of the 20 MB).
 */
function hugeDocument(stats) {
  const head = Buffer.from('{"$schema":"https://praksis-widgets.dk/schema/v1/capacity.schema.json","padding":"');
  const tail = Buffer.from('"}');
  const filler = Buffer.alloc(CHUNK_BYTES, 'x');
  return new Readable({
    read() {
      let chunk;
      if (stats.sent === 0) chunk = head;
      else if (stats.sent + CHUNK_BYTES + tail.length < HUGE_BYTES) chunk = filler;
      else if (stats.sent < HUGE_BYTES) chunk = Buffer.concat([filler.subarray(0, HUGE_BYTES - tail.length - stats.sent), tail]);
      if (!chunk) {
        stats.complete = true;
        this.push(null);
        return;
      }
      stats.sent += chunk.length;
      setTimeout(() => this.push(chunk), 5);
    },
  });
}

async function serveSrc(ctx, route) {
  const [kind, ...rest] = route.split('/');
  const name = rest.join('/').replace(/\.json$/, '');
  switch (kind) {
    case 'missing.json':
      ctx.status = 404;
      ctx.type = 'text/plain';
      ctx.body = 'Not found';
      return;
    case 'no-answer.json':
      // Answers only after a minute, long past any widget's timeout; the test aborts sooner.
      if (!(await closedOrAfter(ctx, 60_000))) ctx.body = await example('capacity/valid/practice-minimal');
      return;
    case 'dropped.json':
      // The connection closes without any response, like a proxy or server crash.
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    case 'login-page.json':
      // What many portals answer to an expired session or a wrong path: a 200 with an HTML page.
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html lang="da"><title>Log ind</title><h1>Log ind</h1></html>';
      return;
    case 'huge.json': {
      // ?length=declared sends Content-Length; otherwise chunked, so only reading tells the size.
      const stats = { sent: 0, complete: false };
      hugeStats.set(String(ctx.query.id), stats);
      ctx.type = 'application/json';
      ctx.body = hugeDocument(stats);
      if (ctx.query.length === 'declared') ctx.length = HUGE_BYTES;
      return;
    }
    case 'huge-stats.json':
      ctx.body = hugeStats.get(String(ctx.query.id)) ?? { sent: -1, complete: false };
      return;
    case 'slow': {
      // Headers after half of ?ms=, the body in eight pieces over the other half.
      const text = await example(name);
      if (!text) break;
      const ms = Math.min(Number(ctx.query.ms) || 1000, 10_000);
      await sleep(ms / 2);
      const bytes = Buffer.from(text);
      const pieces = 8;
      const size = Math.ceil(bytes.length / pieces);
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (async function* () {
          for (let i = 0; i < pieces; i++) {
            yield bytes.subarray(i * size, (i + 1) * size);
            await sleep(ms / 2 / pieces);
          }
        })(),
      );
      return;
    }
    case 'cors-allowed': {
      // The same documents with the header a data server needs for other sites to read them.
      const text = await example(name);
      if (!text) break;
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'application/json';
      ctx.body = text;
      return;
    }
  }
  ctx.status = 404;
  ctx.body = 'No such route';
}

async function servePage(ctx, file) {
  let html;
  try {
    html = await readFile(join(rootDir, 'test', 'hostile', file), 'utf8');
  } catch {
    ctx.status = 404;
    return;
  }
  const includes = [...html.matchAll(/<!-- example: ([^ ]+) -->/g)];
  for (const [comment, name] of includes) {
    const text = await example(name);
    if (!text) throw new Error(`${file}: no example ${name}`);
    // `<` escaped so the document can never end its <script> element early.
    html = html.replace(comment, JSON.stringify(JSON.parse(text)).replaceAll('<', '\\u003c'));
  }
  if (typeof ctx.query.tt === 'string') ctx.set('Content-Security-Policy', strictPolicy(ctx.query.tt));
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = html;
}

/** esbuild as @web/dev-server-esbuild resolves it (it is that plugin's dependency). */
const esbuild = createRequire(createRequire(import.meta.url).resolve('@web/dev-server-esbuild'))('esbuild');
const bundles = new Map();

/** Entry module of a CDN file name, e.g. praksis-capacity-gauge -> its registration module. */
function bundleEntry(name) {
  if (name === 'praksis-widgets') return join(rootDir, 'packages', 'widgets', 'src', 'index.ts');
  const match = /^praksis-([a-z-]+)$/.exec(name);
  return match ? join(rootDir, 'packages', match[1], 'src', `${name}.ts`) : undefined;
}

async function bundle(name, version) {
  const entry = bundleEntry(name);
  if (!entry) return undefined;
  const key = `${name}@${version ?? ''}`;
  if (!bundles.has(key)) {
    const otherVersion = {
      name: 'library-version',
      setup(build) {
        build.onLoad({ filter: /[\\/]packages[\\/]core[\\/]src[\\/]version\.ts$/ }, () => ({
          contents: `export const VERSION = ${JSON.stringify(version)};`,
          loader: 'ts',
        }));
      },
    };
    const built = esbuild
      .build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        conditions: ['source'],
        tsconfig: join(rootDir, 'tsconfig.base.json'),
        plugins: version ? [otherVersion] : [],
        logLevel: 'silent',
      })
      .then((result) => result.outputFiles[0].text);
    bundles.set(key, built);
  }
  return bundles.get(key);
}

/** @type {import('koa').Middleware} */
export async function hostileMiddleware(ctx, next) {
  const page = /^\/test\/hostile\/([a-z-]+\.html)$/.exec(ctx.path);
  if (page) return servePage(ctx, page[1]);
  if (ctx.path.startsWith('/hostile/src/')) return serveSrc(ctx, ctx.path.slice('/hostile/src/'.length));
  const file = /^\/hostile\/bundle\/([a-z-]+)\.js$/.exec(ctx.path);
  if (file) {
    const version = typeof ctx.query.version === 'string' ? ctx.query.version : undefined;
    const code = await bundle(file[1], version);
    if (code === undefined) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'application/javascript';
    ctx.body = code;
    return;
  }
  return next();
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function hostileCommands() {
  return {
    name: 'praksis-hostile-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'hostile-report') {
        // Figures a test measured, kept for the record (test-results/heap.json) and printed.
        const file = join(rootDir, 'test-results', 'heap.json');
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, `${JSON.stringify(payload, null, 2)}\n`);
        console.log(`\nheap figures (${relative(rootDir, file)}):\n${JSON.stringify(payload, null, 2)}`);
        return true;
      }
      if (command !== 'hostile-metrics') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('hostile-metrics needs Chromium (puppeteer)');
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        // Twice: the first pass may only queue finalizers whose objects the second frees.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const pick = (name) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
        let detachedNodes = Number.NaN;
        try {
          detachedNodes = (await cdp.send('DOM.getDetachedDomNodes')).detachedNodes.length;
        } catch {
          // Older Chromium: the Nodes count below still includes detached nodes.
        }
        return {
          heapUsed: pick('JSHeapUsedSize'),
          heapTotal: pick('JSHeapTotalSize'),
          nodes: pick('Nodes'),
          listeners: pick('JSEventListeners'),
          documents: pick('Documents'),
          detachedNodes,
        };
      } finally {
        await cdp.detach();
      }
    },
  };
}
