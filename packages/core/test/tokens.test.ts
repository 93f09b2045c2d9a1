import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain ESM build script without type declarations
import { generateTokens } from '../scripts/generate-tokens.mjs';
import { CATEGORY_PALETTE_CSS, DIVERGING_PALETTE_CSS, SEQUENTIAL_PALETTE_CSS, TOKEN_CSS } from '../src/generated/token-css.js';
import { TOKENS } from '../src/generated/tokens.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

test('generated token files are up to date with tokens/tokens.json', () => {
  const out = mkdtempSync(join(tmpdir(), 'tokens-'));
  const files = (generateTokens as (dir: string) => string[])(out);
  assert.equal(files.length, 3);
  for (const file of files) {
    assert.equal(readFileSync(join(out, file), 'utf8'), readFileSync(join(repo, file), 'utf8'), `${file}: run npm run generate`);
  }
});

test('every token has a light fallback, and every colour a dark one', () => {
  assert.ok(TOKENS.length >= 20);
  for (const token of TOKENS) {
    assert.match(token.property, /^--praksis-[a-z0-9-]+$/);
    assert.ok(token.light, token.property);
    assert.ok(token.description, `${token.property} has a description`);
    if (token.type === 'color') assert.ok(token.dark, `${token.property} has a dark value`);
    const privateName = token.property.replace('--praksis-', '--_');
    const css = TOKEN_CSS + SEQUENTIAL_PALETTE_CSS + DIVERGING_PALETTE_CSS + CATEGORY_PALETTE_CSS;
    const fallback = token.dark ? `light-dark(${token.light},${token.dark})` : token.light;
    assert.ok(css.includes(`${privateName}:var(${token.property},${fallback})`), token.property);
  }
});

test('component styles read only private token variables that exist', () => {
  const defined = new Set(TOKENS.map((t) => t.property.replace('--praksis-', '--_')));
  const packages = join(repo, 'packages');
  for (const pkg of readdirSync(packages)) {
    let files: string[] = [];
    try {
      files = readdirSync(join(packages, pkg, 'src')).filter((f) => f.endsWith('.styles.ts'));
    } catch {
      continue;
    }
    for (const file of files) {
      const text = readFileSync(join(packages, pkg, 'src', file), 'utf8');
      for (const [, name] of text.matchAll(/var\((--_[a-z0-9-]+)/g)) {
        assert.ok(defined.has(name!), `${pkg}/src/${file} reads ${name}, which no token defines`);
      }
    }
  }
});

test('a widget that draws with a palette includes that palette’s variables', () => {
  const packages = join(repo, 'packages');
  const palettes = { sequential: 'sequentialPaletteStyles', diverging: 'divergingPaletteStyles', category: 'categoryPaletteStyles' };
  let checked = 0;
  for (const pkg of readdirSync(packages)) {
    let files: string[] = [];
    try {
      files = readdirSync(join(packages, pkg, 'src'));
    } catch {
      continue;
    }
    const styles = files.filter((f) => f.endsWith('.styles.ts')).map((f) => readFileSync(join(packages, pkg, 'src', f), 'utf8')).join('');
    const classSource = files
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts') && !f.endsWith('.messages.ts'))
      .map((f) => readFileSync(join(packages, pkg, 'src', f), 'utf8'))
      .join('');
    for (const [palette, name] of Object.entries(palettes)) {
      if (!styles.includes(`var(--_color-${palette}-`)) continue;
      checked += 1;
      assert.ok(classSource.includes(name), `${pkg} draws with the ${palette} palette but its styles omit ${name}`);
    }
  }
  assert.ok(checked >= 2, 'the matrix and the sankey are checked');
});
