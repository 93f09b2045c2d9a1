#!/usr/bin/env node
// The "Embedding/Server-rendered page" story's pages: each widget's first valid example written by
// `praksis-embed page`, drawn on the server into declarative shadow DOM, as the command writes it
// for a site. Storybook shows them in frames that may not run scripts, as a reader without
// JavaScript sees them. Written to stories/.generated/server-rendered/ (not committed) before
// Storybook starts or builds:
//
//   node --conditions=source --import tsx scripts/stories/server-rendered.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EMBED_CSS } from '@praksis/widgets/embed/page-template.js';
import { main } from '@praksis/widgets/embed/cli.js';
import { WIDGETS } from '@praksis/widgets/registry.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${root}stories/.generated/server-rendered/`;
mkdirSync(outDir, { recursive: true });
// The page's stylesheet is a file next to it (its policy allows no inline style but the
// server-drawn ones, by hash); the page's script is never fetched in a frame without scripts.
writeFileSync(`${outDir}praksis-embed.css`, EMBED_CSS);

/** The badge's verdict depends on the time; the story pins it, as the badge's own stories do. */
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = { 'hours-badge': ['--attr', 'at=2026-03-03T10:00:00+01:00'] };

for (const widget of WIDGETS) {
  for (const lang of ['da', 'en'] as const) {
    const example = `${root}packages/schema/examples/${widget.kind.name}/valid/${widget.examples.valid[0]}.json`;
    const out = `${outDir}${widget.name}.${lang}.html`;
    const status = await main(['page', example, '--lang', lang, '--base', './', ...(ATTRIBUTES[widget.name] ?? []), '--out', out]);
    if (status !== 0) throw new Error(`${widget.name} (${lang}): praksis-embed page exited ${status}`);
  }
}
