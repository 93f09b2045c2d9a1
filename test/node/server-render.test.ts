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
    const styleSrc = /style-src ([^;"]+)/.exec(html)?.[1]?.split(' ');
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
