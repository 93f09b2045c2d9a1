// The API tables of the widget pages are what the Custom Elements Manifests say
// (scripts/docs/api-tables.mjs; `npm run docs:api` rewrites them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { apiPages, replaceApiBlock } from '../../scripts/docs/api-tables.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('every widget page has API tables, and they are the ones its manifest gives (npm run docs:api)', () => {
  execFileSync(process.execPath, ['scripts/analyze.mjs'], { cwd: root, stdio: 'pipe' });
  const pages = apiPages(root);
  // Widget packages as scripts/analyze.mjs finds them: not core, schema or widgets, with a src/praksis-*.ts.
  const widgetPackages = readdirSync(`${root}packages`).filter(
    (dir) => !['core', 'schema', 'widgets'].includes(dir) && readdirSync(`${root}packages/${dir}/src`).some((f) => /^praksis-[a-z0-9-]+\.ts$/.test(f)),
  );
  assert.ok(pages.length >= 4 && pages.length === widgetPackages.length, `${pages.length} pages for ${widgetPackages.length} widget packages`);
  for (const page of pages) {
    assert.ok(page.expected !== undefined, `${page.file} has no <!-- api:start ${page.tag} --> … <!-- api:end --> block`);
    assert.equal(page.actual, page.expected, `${page.file}: the API tables of <${page.tag}> differ from its manifest; run npm run docs:api`);
  }
});

test('only the block between the markers is replaced', () => {
  const page = 'intro\n\n<!-- api:start praksis-x -->\nold\n<!-- api:end -->\n\nafter\n';
  assert.equal(replaceApiBlock(page, 'praksis-x', '## New\n'), 'intro\n\n<!-- api:start praksis-x -->\n\n## New\n\n<!-- api:end -->\n\nafter\n');
  assert.equal(replaceApiBlock(page, 'praksis-y', 'x'), undefined);
});
