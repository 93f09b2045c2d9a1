import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { entrySources } from '../scripts/generate-entries.mjs';
import { WIDGETS } from '../src/registry.js';
import { words } from '@praksis/schema/messages.js';

const root = new URL('../../../', import.meta.url);

test('the all-in-one and its JSX types are what the registry gives (run `npm run generate` after changing it)', () => {
  for (const [file, text] of Object.entries(entrySources(WIDGETS))) {
    assert.equal(readFileSync(new URL(`packages/widgets/src/${file}`, root), 'utf8'), text, file);
  }
});

test('each descriptor lives in its own package and names what exists there', () => {
  for (const widget of WIDGETS) {
    const src = new URL(`packages/${widget.name}/src/`, root);
    assert.ok(existsSync(new URL('descriptor.ts', src)), `${widget.name}: src/descriptor.ts`);
    assert.ok(existsSync(new URL(`${widget.tag}.ts`, src)), `${widget.name}: its registration module`);
    for (const name of [...widget.examples.valid, widget.examples.invalid]) {
      const kind = widget.examples.valid.includes(name) ? 'valid' : 'invalid';
      const file = new URL(`packages/schema/examples/${widget.kind.name}/${kind}/${name}.json`, root);
      assert.ok(existsSync(file), `${widget.name}: example ${kind}/${name}`);
      const issues = widget.kind.check(JSON.parse(readFileSync(file, 'utf8')), words);
      assert.equal(issues.length === 0, kind === 'valid', `${widget.name}: ${kind}/${name} validates as ${kind}`);
    }
    for (const part of Object.keys(widget.parts)) {
      assert.ok(
        existsSync(new URL(`${part}.ts`, src)) || existsSync(new URL(`view/${part}.ts`, src)),
        `${widget.name}: on-demand part ${part} is a module`,
      );
    }
    assert.ok(widget.budgetKb > 0 && widget.budgetKb < 100, `${widget.name}: a budget in KB`);
  }
  assert.equal(new Set(WIDGETS.map((w) => w.kind.name)).size, WIDGETS.length, 'one widget per kind');
});

test('each widget loads its English words on demand, and the registry installs them all for the Node tools', () => {
  for (const widget of WIDGETS) {
    assert.equal(typeof widget.english, 'function', `${widget.name}: its descriptor says how to install its English`);
    assert.ok('english' in widget.parts, `${widget.name}: the English words are a declared part`);
    const doc = JSON.parse(readFileSync(new URL(`packages/schema/examples/${widget.kind.name}/valid/${widget.examples.valid[0]}.json`, root), 'utf8')) as unknown;
    const [da, en] = (['da', 'en'] as const).map((lang) => widget.outline(doc, lang, {}).type);
    assert.notEqual(en, da, `${widget.name}: the outline in English is not the Danish one`);
  }
});
