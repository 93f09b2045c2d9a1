// Server side of the route tests (test/routes-*.test.ts), plugged into web-test-runner.config.mjs:
// serves the CDN build, dist/cdn/<version>/, as a CDN would, so that tests and fixture pages need no
// version number:
//
//   /cdn/<file>          with the headers docs/embedding.md asks for (Access-Control-Allow-Origin: *,
//                        long caching for content-hashed files)
//   /cdn-no-cors/<file>  the same files without Access-Control-Allow-Origin, like a server set up
//                        for classic scripts only: a page of another origin cannot run its modules
//   /cdn-no-english/<file>  like /cdn/, but the English words (english-<hash>.js) are missing, as from
//                        a folder copied in part
//   /cdn-no-words/<file>  like /cdn/, but the words of validation's problems (words-<hash>.js) are missing
//   /cdn-no-interaction/<file>  like /cdn/, but the sankey's part for pointer, touch and focus
//                        (interaction-<hash>.js) is missing
//
// and routesCommands() adds the server command `routes-screenshot`: a PNG (base64) of a rectangle
// of the test's page, as the reader's screen shows it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const VERSION = /VERSION = "([^"]+)"/.exec(readFileSync(join(rootDir, 'packages/core/src/generated/version.ts'), 'utf8'))?.[1];
const ROUTE = /^\/(cdn|cdn-no-cors|cdn-no-english|cdn-no-words|cdn-no-interaction)\/(.+)$/;
/** The part each route leaves out, as a 404. @type {Record<string, RegExp | undefined>} */
const MISSING = {
  'cdn-no-english': /^english-[\w-]{8}\.js$/,
  'cdn-no-words': /^words-[\w-]{8}\.js$/,
  'cdn-no-interaction': /^interaction-[\w-]{8}\.js$/,
};

/** @type {import('koa').Middleware} */
export async function cdnMiddleware(ctx, next) {
  const match = ROUTE.exec(ctx.path);
  if (!match || ctx.path.includes('..')) return next();
  const [, route, file] = match;
  if (MISSING[route]?.test(file)) {
    ctx.status = 404;
    return;
  }
  ctx.path = `/dist/cdn/${VERSION}/${file}`;
  await next();
  if (route !== 'cdn-no-cors') {
    ctx.set('Access-Control-Allow-Origin', '*');
    if (/-[\w-]{8}\.js$/.test(file)) ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
  } else ctx.remove('Access-Control-Allow-Origin');
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function routesCommands() {
  return {
    name: 'praksis-routes-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'routes-screenshot') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('routes-screenshot needs Chromium (puppeteer)');
      const page = session.browser.getPage(session.id);
      const { x, y, width, height } = /** @type {{ x: number, y: number, width: number, height: number }} */ (payload);
      return page.screenshot({ clip: { x, y, width, height }, encoding: 'base64', type: 'png' });
    },
  };
}
