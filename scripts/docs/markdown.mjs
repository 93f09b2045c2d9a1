// Markdown to HTML for the docs site, with marked (GFM) and four changes:
// - headings get ids the way GitHub makes them (github-slugger), so links like `hours-badge.md#size` keep working;
// - relative links and images are handed to `resolveLink`, which maps repository paths to site
//   paths (`.md` to `.html`); absolute URLs stay as they are;
// - a fenced block whose info string is `html live` is shown as code and then put on the page as
//   it is, so the reader sees the snippet and the real widget next to each other;
// - raw HTML is kept (as on GitHub; its links to .md files are mapped too) unless it could run or style anything: the pages run under a
//   strict CSP, so scripts, style attributes, event handlers and javascript: URLs are reported as
//   problems instead. HTML comments are dropped.
// No DOM and no file system: the build passes everything in.
import GithubSlugger from 'github-slugger';
import { Marked, Renderer } from 'marked';
import { escapeHtml } from '@praksis/widgets/html-text.js';


/** Text of an HTML fragment: tags dropped, the common entities decoded. */
function plainText(fragment) {
  return fragment
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name])
    .trim();
}

/**
 * GitHub's heading ids (github-slugger): lower case, punctuation dropped (letters of any script,
 * digits, `_` and `-` stay), spaces to hyphens; a repeated id gets -1, -2, ….
 */
export function createSlugger() {
  const slugger = new GithubSlugger();
  /** @param {string} text */
  return (text) => slugger.slug(text);
}

/** Why a piece of raw HTML may not go on a page under the site's CSP, or undefined if it may. */
export function unsafeHtmlReason(html) {
  const withoutJson = html.replace(/<script\b[^>]*\btype\s*=\s*["']?application\/json["']?[^>]*>[\s\S]*?<\/script\s*>/gi, '');
  if (/<script\b/i.test(withoutJson)) return 'a script element (scripts go in separate files; widget scripts are added by the build)';
  if (/<style\b/i.test(html)) return 'a style element (styles belong in the site stylesheet)';
  if (/<(iframe|object|embed|link|meta|base|form|frame)\b/i.test(html)) return 'an element that loads or submits something';
  const tags = withoutJson.match(/<[a-z][^>]*>/gi) ?? [];
  for (const tag of tags) {
    if (/\sstyle\s*=/i.test(tag)) return 'a style attribute (blocked by the CSP)';
    if (/\son[a-z]+\s*=/i.test(tag)) return 'an event handler attribute (blocked by the CSP)';
    if (/javascript:/i.test(tag)) return 'a javascript: URL';
    if (/\s(src|href)\s*=\s*["']?(https?:)?\/\//i.test(tag) && !/^<a\s/i.test(tag)) return 'a resource from another site';
  }
  return undefined;
}

/** Custom-element names used in a piece of HTML (`praksis-…`). */
function praksisTags(html) {
  return [...html.matchAll(/<(praksis-[a-z0-9-]+)[\s>/]/g)].map((m) => /** @type {string} */ (m[1]));
}

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * @typedef {object} RenderOptions
 * @property {string} file the Markdown file's repository path, for messages
 * @property {(href: string) => string} resolveLink maps a relative link (path, query, fragment) to the site's URL
 */

/**
 * @typedef {object} RenderedPage
 * @property {string} html
 * @property {string | undefined} title plain text of the first level-1 heading
 * @property {string[]} ids heading ids, in order
 * @property {string[]} tags `praksis-*` elements used on the page (live examples, raw HTML)
 * @property {string[]} problems
 */

/**
 * @param {string} markdown
 * @param {RenderOptions} options
 * @returns {RenderedPage}
 */
export function renderMarkdown(markdown, { file, resolveLink }) {
  const slug = createSlugger();
  /** @type {RenderedPage} */
  const page = { html: '', title: undefined, ids: [], tags: [], problems: [] };
  const base = new Renderer();
  /** Text of the last heading, to name the scrolling region around a table. */
  let section = '';
  /** @type {Map<string, number>} */
  const tableLabels = new Map();

  /** @param {string} href */
  const link = (href) => (href.startsWith('#') || ABSOLUTE.test(href) ? href : resolveLink(href));

  /** @param {string} html @param {string} where */
  const rawHtml = (html, where) => {
    if (/^\s*<!--[\s\S]*-->\s*$/.test(html)) return '';
    const reason = unsafeHtmlReason(html);
    if (reason) {
      page.problems.push(`${file}: ${where} contains ${reason}: ${html.trim().slice(0, 80)}`);
      return `<pre tabindex="0"><code>${escapeHtml(html)}</code></pre>`;
    }
    page.tags.push(...praksisTags(html));
    // Links to Markdown pages become links to their HTML pages; other URLs in raw HTML (a live
    // example's src) are already the site's.
    return html.replace(/(\shref=")([^"#?]+\.md)([#?][^"]*)?"/g, (all, before, path, rest = '') =>
      ABSOLUTE.test(path) ? all : `${before}${escapeHtml(resolveLink(`${path}${rest}`))}"`,
    );
  };

  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        const text = plainText(inner);
        const id = slug(text);
        page.ids.push(id);
        section = text;
        if (depth === 1 && page.title === undefined) page.title = text;
        return `<h${depth} id="${escapeHtml(id)}">${inner}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const text = this.parser.parseInline(tokens);
        if (/^\s*javascript:/i.test(href)) {
          page.problems.push(`${file}: a javascript: link`);
          return text;
        }
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
        return `<a href="${escapeHtml(link(href))}"${titleAttr}>${text}</a>`;
      },
      image({ href, title, text }) {
        if (ABSOLUTE.test(href)) {
          page.problems.push(`${file}: image from another site (${href}); the site loads nothing from elsewhere`);
          return escapeHtml(text);
        }
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
        return `<img src="${escapeHtml(link(href))}" alt="${escapeHtml(text)}"${titleAttr}>`;
      },
      code(token) {
        const info = (token.lang ?? '').trim().split(/\s+/);
        const language = info[0] ?? '';
        // Focusable, so a keyboard user can scroll a long line.
        const shown = `<pre tabindex="0"><code${language ? ` class="language-${escapeHtml(language)}"` : ''}>${escapeHtml(token.text)}</code></pre>\n`;
        if (language !== 'html' || !info.includes('live')) return shown;
        const live = rawHtml(token.text, 'a live example');
        return `${shown}<div class="live-example" role="group" aria-label="Live example">\n${live}\n</div>\n`;
      },
      html({ text }) {
        return rawHtml(text, 'raw HTML');
      },
      table(token) {
        // A wide table scrolls inside its own focusable region instead of widening the page; the
        // region is named after its section (numbered when a section has several tables).
        const name = section ? `Table: ${section}` : 'Table';
        const n = (tableLabels.get(name) ?? 0) + 1;
        tableLabels.set(name, n);
        const label = n === 1 ? name : `${name} (${n})`;
        return `<div class="table-wrap" role="region" aria-label="${escapeHtml(label)}" tabindex="0">\n${base.table.call(this, token)}</div>\n`;
      },
    },
  });
  page.html = /** @type {string} */ (marked.parse(markdown, { async: false }));
  page.tags = [...new Set(page.tags)].sort();
  return page;
}
