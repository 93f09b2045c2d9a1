// scripts/rollup-minify-templates.mjs: the CSS inside Lit templates of our own compiled modules is
// minified whatever the stylesheet module is called; other modules and interpolated templates are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../../scripts/rollup-minify-templates.mjs';

const source = 'export const styles = css`\n  .figure .value {\n    font-size: var(--_font-size-display);  /* large */\n    gap: 0 var(--_space-2);\n  }\n`;';
const minified = 'export const styles = css`.figure .value{font-size:var(--_font-size-display);gap:0 var(--_space-2)}`;';

const transform = (code: string, id: string): string => {
  const plugin = minifyTemplates() as unknown as { transform: (code: string, id: string) => { code: string } | null };
  return plugin.transform(code, id)?.code ?? code;
};

test('a widget stylesheet (styles.js) is minified like core base.styles.js', () => {
  for (const id of ['/repo/packages/capacity-gauge/dist/styles.js', '/repo/packages/core/dist/base.styles.js', 'C:\\repo\\packages\\hours-badge\\dist\\styles.js']) {
    assert.equal(transform(source, id), minified, id);
  }
});

test("a dependency's module is left as written", () => {
  assert.equal(transform(source, '/repo/node_modules/lit/index.js'), source);
});

test('a css template with an expression is left as written', () => {
  const interpolated = 'const s = css`\n  .a { width: ${w}px; }\n`;';
  assert.equal(transform(interpolated, '/repo/packages/core/dist/styles.js'), interpolated);
});
