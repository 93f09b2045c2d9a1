// The docs site's navigation and per-page settings. Paths are relative to docs/.
import { WIDGETS } from '@praksis/widgets/registry.js';
//
// Every Markdown file under docs/ becomes a page whether it is listed here or not: a page missing
// from `nav` is appended to the first group whose `rest` folder holds it ('' holds everything), in
// file-name order. A listed page that does not exist (yet) is left out. Labels default to the page's
// first heading.

/**
 * @typedef {object} NavGroup
 * @property {string} group heading of the group
 * @property {(string | [string, string])[]} [pages] 'file.md' or ['file.md', 'label']
 * @property {[string, string][]} [links] other site paths, as [path, label]
 * @property {string} [rest] folder whose unlisted pages join this group ('' for any folder)
 */

/**
 * `offline`: the page preloads what its scripts would fetch on first use (build.mjs, onDemandFiles),
 * so it keeps working once loaded.
 *
 * @type {{ title: string, nav: NavGroup[], pages: Record<string, { scripts?: string[], csp?: Record<string, string>, offline?: boolean }> }}
 */
export default {
  title: 'Praksis Widgets',
  // Where the site is published (DOCS_SITE_URL overrides it): the static embed pages' oEmbed
  // responses give their iframe's address absolutely, as oEmbed requires.
  siteUrl: process.env.DOCS_SITE_URL ?? 'https://praksis-widgets.dk/',
  nav: [
    {
      group: 'Start',
      pages: [
        ['README.md', 'Overview'],
        ['getting-started.md', 'Getting started'],
        ['examples.md', 'Live examples'],
        ['embed-code.md', 'Embed code'],
        ['badge-maker.md', 'Badge maker'],
        ['badge-guide.md', 'Sådan får praksis sit badge'],
        ['maker.md', 'Lav en grafik (chart maker)'],
        ['embedding.md', 'Embedding guide'],
      ],
    },
    {
      group: 'Widgets',
      // One page per widget, docs/<name>.md, from the registry.
      pages: WIDGETS.map((widget) => [`${widget.name}.md`, widget.label.en]),
    },
    {
      group: 'Guides',
      pages: [
        ['theming.md', 'Theming'],
        ['tokens.md', 'Design tokens'],
        ['csp.md', 'Content-Security-Policy'],
        ['exports.md', 'CSV, SVG and PNG'],
        ['accessibility.md', 'Accessibility statement'],
        ['responsible-presentation.md', 'Presenting the data responsibly'],
      ],
    },
    {
      group: 'Schema reference',
      pages: [['schema/README.md', 'All schemas']],
      rest: 'schema/',
    },
    { group: 'More', rest: '' },
    { group: 'Storybook', links: [['storybook/index.html', 'Every story of every widget']] },
  ],
  pages: {
    // The badge element for the live preview, then the maker; it fetches nothing, so no connect-src.
    // Works offline once loaded: the badge's parts (its detail, table, downloads) come with the page.
    'badge-maker.md': { scripts: ['cdn/praksis-hours-badge.js', 'assets/badge-maker.js'], offline: true },
    'embed-code.md': {
      // The all-in-one bundle for the preview, then the tool.
      scripts: ['cdn/praksis-widgets.js', 'assets/embed-code.js'],
      // The tool fetches the JSON URL the reader types in, which may be on any https site.
      csp: { 'connect-src': "'self' https:" },
    },
    'maker.md': {
      // The all-in-one bundle for the previews, then the maker. It reads what the editor pastes or
      // opens and sends nothing: no connect-src. PNG downloads draw the chart through a blob: image.
      scripts: ['cdn/praksis-widgets.js', 'assets/maker.js'],
      csp: { 'img-src': "'self' blob: data:" },
      // Works offline once loaded: the widgets' parts (tables, CSV rows, trend) and the XLSX reader come with the page.
      offline: true,
    },
  },
};
