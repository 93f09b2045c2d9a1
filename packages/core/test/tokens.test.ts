import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain ESM build script without type declarations
import { generateTokens, GROUPS } from '../scripts/generate-tokens.mjs';
import * as generatedCss from '../src/generated/token-css.js';
import { THEME_NAMES, TOKENS } from '../src/generated/tokens.js';

const groups = GROUPS as Record<string, { constant: keyof typeof generatedCss; styles: string }>;
/** Every generated CSS string: the core tokens and each group's. */
const allTokenCss = Object.values(generatedCss).join('');

const repo = fileURLToPath(new URL('../../../', import.meta.url));

test('generated token files are up to date with tokens/tokens.json', () => {
  const out = mkdtempSync(join(tmpdir(), 'tokens-'));
  const files = (generateTokens as (dir: string) => string[])(out);
  assert.deepEqual(
    files.filter((f) => f.startsWith('packages/core/themes/')),
    THEME_NAMES.map((name) => `packages/core/themes/${name}.css`),
  );
  assert.deepEqual([...THEME_NAMES].sort(), ['dark', 'default', 'dkfds']);
  assert.equal(files.length, 3 + THEME_NAMES.length);
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
    const fallback = token.dark ? `light-dark(${token.light},${token.dark})` : token.light;
    const own = token.group ? generatedCss[groups[token.group]!.constant] : generatedCss.TOKEN_CSS;
    assert.ok(own.includes(`${privateName}:var(${token.property},${fallback})`), token.property);
    assert.equal(allTokenCss.split(`${privateName}:`).length, 2, `${token.property} is declared once`);
  }
});

test('the colour scheme is a token, and the theme attribute still pins it', () => {
  assert.match(generatedCss.TOKEN_CSS, /^:host\{color-scheme:var\(--_color-scheme\);--_color-scheme:var\(--praksis-color-scheme,light dark\);/);
  assert.match(generatedCss.TOKEN_CSS, /:host\(\[theme='dark'\]\)\{color-scheme:dark\}/);
});

/** A widget's stylesheet module (`styles.ts`) or core's (`base.styles.ts`). */
const isStyles = (file: string) => /(^|[/.])styles\.ts$/.test(file);

test('component styles read only private token variables that exist', () => {
  const defined = new Set(TOKENS.map((t) => t.property.replace('--praksis-', '--_')));
  const packages = join(repo, 'packages');
  for (const pkg of readdirSync(packages)) {
    let files: string[] = [];
    try {
      files = readdirSync(join(packages, pkg, 'src')).filter(isStyles);
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

test('a widget that draws with a token group (palette, chart marks) includes that group’s variables', () => {
  const packages = join(repo, 'packages');
  let checked = 0;
  for (const pkg of readdirSync(packages)) {
    let files: string[] = [];
    try {
      files = readdirSync(join(packages, pkg, 'src'), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    const styles = files.filter(isStyles).map((f) => readFileSync(join(packages, pkg, 'src', f), 'utf8')).join('');
    const classSource = files
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !isStyles(f) && !/(^|[/.])messages\.ts$/.test(f))
      .map((f) => readFileSync(join(packages, pkg, 'src', f), 'utf8'))
      .join('');
    for (const [group, { styles: name }] of Object.entries(groups)) {
      const names = TOKENS.filter((t) => t.group === group).map((t) => t.property.replace('--praksis-', '--_'));
      if (!names.some((n) => styles.includes(`var(${n})`))) continue;
      checked += 1;
      assert.ok(classSource.includes(name), `${pkg} draws with the ${group} tokens but its styles omit ${name}`);
    }
  }
  assert.ok(checked >= 4, 'the gauge (marks), the matrix (two palettes) and the sankey are checked');
});

test('the font sizes are steps of one type scale, and the control size never makes a target under 24 px', async () => {
  const { TYPE_SCALE } = await import('../src/generated/tokens.js');
  const sizes = TOKENS.filter((t) => t.step !== undefined);
  assert.deepEqual(
    sizes.map((t) => t.property),
    ['--praksis-font-size-small', '--praksis-font-size-large', '--praksis-font-size-title', '--praksis-font-size-display'],
  );
  assert.ok(TYPE_SCALE >= 1.125 && TYPE_SCALE <= 1.5, `a type scale ratio, not ${TYPE_SCALE}`);
  for (const t of sizes) {
    assert.match(t.light, /^\d+(\.\d+)?em$/, t.property);
    assert.ok(Math.abs(parseFloat(t.light) - TYPE_SCALE ** t.step!) < 0.001, `${t.property}: ${t.light} is not ${TYPE_SCALE}^${t.step}`);
  }
  // The title is a clear step above the body (two steps), not a nudge.
  assert.equal(sizes.find((t) => t.property === '--praksis-font-size-title')!.step, 2);
  const control = TOKENS.find((t) => t.property === '--praksis-control-size')!;
  assert.match(control.light, /em$/);
  assert.ok(parseFloat(control.light) * 12 >= 24, 'at a 12 px body the control is still 24 px');
  assert.match(generatedCss.TOKEN_CSS, /--_control-size:var\(--praksis-control-size,2em\)/);
});
