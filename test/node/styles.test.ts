import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packages = fileURLToPath(new URL('../../packages', import.meta.url));

/** Every component source file except the token table, which is where colours are allowed. */
function componentSources(): string[] {
  return readdirSync(packages).flatMap((pkg) => {
    let files: string[];
    try {
      files = readdirSync(join(packages, pkg, 'src'), { recursive: true, encoding: 'utf8' });
    } catch {
      return [];
    }
    return files.filter((f) => f.endsWith('.ts') && !f.endsWith('tokens.ts')).map((f) => join(packages, pkg, 'src', f));
  });
}

test('component styles use design tokens, never colour literals', () => {
  const sources = componentSources();
  assert.ok(sources.some((f) => f.endsWith(join('capacity-gauge', 'src', 'styles.ts'))), 'gauge styles are scanned');
  const literal = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch|lab|lch)\(/i;
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const block of text.matchAll(/css`([\s\S]*?)`/g)) {
      const hit = literal.exec(block[1] ?? '');
      assert.equal(hit, null, `${file}: colour literal ${hit?.[0]} — use a --praksis-* token`);
    }
  }
});

test('component sources avoid patterns that break a strict CSP or inject HTML', () => {
  const forbidden = /unsafeHTML|unsafeSVG|styleMap|\.innerHTML\s*=|new Function\(|[^.\w]eval\(|style=\$\{/;
  for (const file of componentSources()) {
    const hit = forbidden.exec(readFileSync(file, 'utf8'));
    assert.equal(hit, null, `${file}: ${hit?.[0]}`);
  }
});
