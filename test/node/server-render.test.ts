// `praksis-embed page` draws the widget on the server (@lit-labs/ssr) into a declarative shadow
// root, and allows exactly its styles in the page's policy. Runs the command as a reader would, on
// the compiled packages (`tsc -b` first; npm test does it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDGETS } from '@praksis/widgets/registry.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function page(widget: (typeof WIDGETS)[number], ...args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'praksis-ssr-'));
  try {
    const out = join(dir, 'page.html');
    const example = join(root, 'packages/schema/examples', widget.kind.name, 'valid', `${widget.examples.valid[0]}.json`);
    const run = spawnSync(process.execPath, [join(root, 'packages/widgets/bin/praksis-embed.js'), 'page', example, '--out', out, ...args], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('every widget is drawn into a declarative shadow root, before its data and text, with no error panel', () => {
  for (const widget of WIDGETS) {
    const html = page(widget, '--lang', 'en', ...(widget.name === 'hours-badge' ? ['--attr', 'at=2026-03-03T10:00:00+01:00'] : []));
    const open = html.indexOf(`<${widget.tag}`);
    const shadow = /<template shadowroot="open" shadowrootmode="open">[\s\S]*<\/template>/.exec(html);
    assert.ok(shadow && shadow.index > open && shadow.index < html.indexOf('<script type="application/json">'), widget.name);
    assert.doesNotMatch(shadow[0], /part="error"/, widget.name);
    assert.match(shadow[0], /part="title"/, widget.name);
    // Every inline style is allowed by its hash, and nothing else inline is.
    const hashes = [...shadow[0].matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
    assert.ok(hashes.length > 0, widget.name);
    const styleSrc = /style-src ([^;"]+)/.exec(html.replace(/&#39;/g, "'"))?.[1]?.split(' ');
    assert.deepEqual(styleSrc, ["'self'", ...new Set(hashes)], widget.name);
    assert.doesNotMatch(html, /unsafe-inline/);
  }
});

test('the gauge’s chart itself is in the page, in the page’s language', () => {
  const html = page(WIDGETS.find((w) => w.name === 'capacity-gauge')!, '--lang', 'en');
  const shadow = /<template shadowroot="open" shadowrootmode="open">[\s\S]*<\/template>/.exec(html)![0].replace(/<!--[^>]*-->/g, '');
  assert.match(shadow, /<svg\s+part="gauge"\s+role="img"\s+aria-label="1,646 listed patients per capacity\. Norm: 1,600\."/);
  assert.match(shadow, /<rect class="bar" x="1" y="28" width="39\d\.\d+" height="14"><\/rect>/);
  assert.match(shadow, /<p part="figure" class="figure">\s*<span class="value">1,646<\/span>/);
});

/** The declarative shadow root of a page, without Lit's part markers. */
const shadowOf = (html: string): string =>
  /<template shadowroot="open" shadowrootmode="open">[\s\S]*<\/template>/.exec(html)![0].replace(/<!--[^>]*-->/g, '');

test('parts the first view draws on demand are drawn on the server too: the gauge’s trend, the full badge’s detail', () => {
  const gauge = shadowOf(page(WIDGETS.find((w) => w.name === 'capacity-gauge')!, '--lang', 'en'));
  assert.match(gauge, /part="trend"/);
  // One dot per year of the national series 2017–2022.
  assert.equal(gauge.match(/class="trend-dot"/g)?.length, 6);
  const badge = shadowOf(page(WIDGETS.find((w) => w.name === 'hours-badge')!, '--lang', 'en', '--attr', 'variant=full', '--attr', 'at=2026-03-03T10:00:00+01:00'));
  assert.match(badge, /<div id="praksis-hours-detail" part="detail"\s*>/);
  assert.match(badge, /<ul part="rules">[\s\S]*Daytime 08–16 on weekdays/);
});

test('the sankey is drawn on the server at the width of an unmeasured box, every flow and node a mark of its SVG', () => {
  const widget = WIDGETS.find((w) => w.name === 'referral-sankey')!;
  const doc = JSON.parse(readFileSync(join(root, 'packages/schema/examples', widget.kind.name, 'valid', `${widget.examples.valid[0]}.json`), 'utf8')) as {
    nodes: unknown[];
    links: unknown[];
  };
  const shadow = shadowOf(page(widget, '--lang', 'en'));
  const svg = /<svg class="marks"[^>]*>([\s\S]*?)<\/svg>/.exec(shadow);
  assert.ok(svg, 'the diagram');
  assert.match(svg[0], /width="640"/);
  assert.equal(svg[1]!.match(/<path class="link /g)?.length, doc.links.length);
  assert.equal(svg[1]!.match(/<rect class="node /g)?.length, doc.nodes.length);
  assert.match(svg[1]!, /<tspan class="name"\s*>[^<]+<\/tspan>/);
});
