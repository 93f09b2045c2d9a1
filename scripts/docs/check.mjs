// Checks a built docs site: every page carries the strict CSP, loads scripts and styles only from
// the site itself, has no inline script, style or event handler, and every internal link and
// fragment points at something that exists. Used by the build (which fails on a problem) and by
// its test. Reads the generated HTML with regular expressions: it only has to understand the
// markup the build writes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** The policy every page carries; a page may add directives listed in ALLOWED_EXTRA. */
const BASE_CSP = { 'default-src': "'self'", 'script-src': "'self'", 'style-src': "'self'" };
const ALLOWED_EXTRA = new Map([
  ['connect-src', () => true],
  // The chart maker's PNG downloads draw the chart through a blob: image; nothing from elsewhere.
  ['img-src', (/** @type {string} */ value) => value === "'self' blob: data:"],
]);

/** @param {Record<string, string>} [extra] */
export function cspFor(extra = {}) {
  return Object.entries({ ...BASE_CSP, ...extra })
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** @param {string} policy @returns {Map<string, string>} */
function parseCsp(policy) {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name.toLowerCase(), values.join(' ')];
      }),
  );
}

const ENTITY = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (value) => value.replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ENTITY[name]);

/** Opening tags with their attributes (names lower-cased, values decoded), JSON data blocks skipped. */
function tagsOf(html) {
  const markup = html
    .replace(/<script\b[^>]*type="application\/json"[^>]*>[\s\S]*?<\/script>/gi, '<script type="application/json"></script>')
    .replace(/<!--[\s\S]*?-->/g, '');
  const tags = [];
  for (const match of markup.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g)) {
    const attributes = new Map();
    for (const attr of (match[2] ?? '').matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
      attributes.set((attr[1] ?? '').toLowerCase(), decode(attr[2] ?? attr[3] ?? attr[4] ?? ''));
    }
    tags.push({ name: (match[1] ?? '').toLowerCase(), attributes, index: match.index ?? 0 });
  }
  return { tags, markup };
}

/** @param {string} dir @param {string[]} skip @returns {string[]} site-relative posix paths */
function listFiles(dir, skip, base = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const rel = relative(base, full).split(sep).join('/');
    if (entry.isDirectory()) {
      if (!skip.some((prefix) => `${rel}/`.startsWith(prefix))) out.push(...listFiles(full, skip, base));
    } else out.push(rel);
  }
  return out;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * @param {string} siteDir
 * @param {{ skip?: string[] }} [options] site folders not built this time (e.g. 'storybook/'):
 *   links into them are not followed, and their own pages are not checked
 * @returns {{ pages: string[], problems: string[] }}
 */
export function checkSite(siteDir, { skip = [] } = {}) {
  const problems = [];
  // Storybook's own pages are its business (it needs inline scripts); only ours are checked.
  const notOurs = [...skip, 'storybook/'];
  const pages = listFiles(siteDir, notOurs).filter((file) => file.endsWith('.html')).sort();
  /** @type {Map<string, Set<string>>} */
  const ids = new Map();
  /** @type {Map<string, ReturnType<typeof tagsOf>['tags']>} */
  const parsed = new Map();
  for (const page of pages) {
    const { tags } = tagsOf(readFileSync(join(siteDir, page), 'utf8'));
    parsed.set(page, tags);
    ids.set(page, new Set(tags.map((t) => t.attributes.get('id')).filter((id) => id !== undefined)));
  }

  for (const page of pages) {
    const html = readFileSync(join(siteDir, page), 'utf8');
    const tags = parsed.get(page) ?? [];
    const say = (message) => problems.push(`${page}: ${message}`);

    const metas = tags.filter((t) => t.name === 'meta' && (t.attributes.get('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
    if (metas.length !== 1) say(`expected one Content-Security-Policy meta, found ${metas.length}`);
    // The CDN build's embed.html and the static embed pages (embed/) bring their own, stricter
    // policy (default-src 'none', Trusted Types), tested with the iframe route; they must have one, but not ours.
    else if (!page.startsWith('cdn/') && !page.startsWith('embed/')) {
      const policy = parseCsp(metas[0].attributes.get('content') ?? '');
      for (const [name, value] of Object.entries(BASE_CSP)) {
        if (policy.get(name) !== value) say(`CSP ${name} is "${policy.get(name) ?? '(missing)'}", expected "${value}"`);
      }
      for (const name of policy.keys()) {
        if (!(name in BASE_CSP) && !ALLOWED_EXTRA.get(name)?.(policy.get(name) ?? '')) say(`CSP directive ${name} is not allowed`);
      }
      if (/unsafe-/i.test(metas[0].attributes.get('content') ?? '')) say('CSP allows something unsafe');
      const firstResource = tags.find((t) => t.name === 'script' || t.name === 'link' || t.name === 'style');
      if (firstResource && firstResource.index < metas[0].index) say('the CSP meta must come before any script or stylesheet');
    }

    // An inline <style> only as the page's policy allows it by hash: the styles of a widget drawn
    // on the server into a static embed page (embed/).
    const styleSrc = metas.length === 1 ? (parseCsp(metas[0].attributes.get('content') ?? '').get('style-src') ?? '').split(/\s+/) : [];
    for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
      if (!styleSrc.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`)) say('inline <style> element');
    }
    for (const tag of tags) {
      const where = `<${tag.name}>`;
      if (tag.attributes.has('style')) say(`style attribute on ${where}`);
      for (const name of tag.attributes.keys()) if (/^on[a-z]+$/.test(name)) say(`event handler ${name} on ${where}`);
      if (tag.name === 'script') {
        const type = tag.attributes.get('type') ?? '';
        const src = tag.attributes.get('src');
        if (type !== 'application/json' && src === undefined) say('inline script');
        if (src !== undefined && EXTERNAL.test(src)) say(`script from another site: ${src}`);
      }
      if (tag.name === 'link' && EXTERNAL.test(tag.attributes.get('href') ?? '')) say(`stylesheet or link from another site: ${tag.attributes.get('href')}`);
      if (tag.name !== 'a' && tag.name !== 'script' && EXTERNAL.test(tag.attributes.get('src') ?? '')) say(`${where} loads from another site: ${tag.attributes.get('src')}`);
      for (const attr of ['href', 'src']) {
        const value = tag.attributes.get(attr);
        if (value === undefined) continue;
        if (/^\s*javascript:/i.test(value)) {
          say(`javascript: URL on ${where}`);
          continue;
        }
        if (EXTERNAL.test(value) || value === '') continue;
        const problem = checkLink(value, page, siteDir, ids, notOurs);
        if (problem) say(`${attr}="${value}": ${problem}`);
      }
    }
  }
  return { pages, problems };
}

/** Why a site-relative link from `page` is broken, or undefined. */
function checkLink(value, page, siteDir, ids, skip) {
  const [pathAndQuery = '', fragment] = value.split('#', 2);
  const path = pathAndQuery.split('?')[0] ?? '';
  if (path.startsWith('/')) return 'absolute path: the site must work from any folder';
  const target = path === '' ? page : posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(path)));
  if (target.startsWith('../')) return 'points outside the site';
  if (skip.some((prefix) => target.startsWith(prefix))) return undefined;
  let file = join(siteDir, target);
  let targetPage = target;
  if (existsSync(file) && statSync(file).isDirectory()) {
    file = join(file, 'index.html');
    targetPage = posix.join(target, 'index.html');
  }
  if (!existsSync(file)) return 'no such file';
  if (fragment !== undefined && fragment !== '' && targetPage.endsWith('.html')) {
    const known = ids.get(targetPage);
    if (known && !known.has(decodeURIComponent(fragment))) return `no id "${fragment}" on ${targetPage}`;
  }
  return undefined;
}
