// scripts/page-weight.mjs: which CDN files a page fetches, from the built files' imports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkName, filesLoaded, moduleLinks } from '../../scripts/page-weight.mjs';

test('moduleLinks finds the static imports and the parts loaded on demand of minified output', () => {
  const code =
    'import{i as e,A as t}from"./lit-TtGHyVyB.js";import{r as o}from"./core-D5lz_Zl1.js";import"./side-AAAAAAAA.js";' +
    'export{C as CapacityGauge}from"./core-D5lz_Zl1.js";const q=()=>import("./trend-BzN30uJn.js");' +
    'const u=new URL(`./${x}.js`,import.meta.url);const s="import x from \'./not-code.js\'";';
  const links = moduleLinks(code);
  assert.deepEqual(links.imports, ['lit-TtGHyVyB.js', 'core-D5lz_Zl1.js', 'side-AAAAAAAA.js']);
  assert.deepEqual(links.parts, ['trend-BzN30uJn.js']);
});

test('filesLoaded follows imports once each and counts only the parts asked for', () => {
  const graph: Record<string, { imports: string[]; parts: string[] }> = {
    'a.js': { imports: ['lit.js', 'core.js'], parts: ['trend-12345678.js', 'table-12345678.js'] },
    'b.js': { imports: ['core.js'], parts: [] },
    'core.js': { imports: ['lit.js'], parts: ['export-12345678.js'] },
    'lit.js': { imports: [], parts: [] },
    'trend-12345678.js': { imports: ['core.js'], parts: [] },
    'table-12345678.js': { imports: [], parts: [] },
    'export-12345678.js': { imports: [], parts: [] },
  };
  const linksOf = (file: string) => graph[file]!;
  assert.deepEqual(filesLoaded(['a.js', 'b.js'], linksOf), ['a.js', 'lit.js', 'core.js', 'b.js']);
  assert.deepEqual(filesLoaded(['a.js'], linksOf, (_file, part) => chunkName(part) === 'trend'), ['a.js', 'lit.js', 'core.js', 'trend-12345678.js']);
});

test('chunkName drops the content hash rollup adds', () => {
  assert.equal(chunkName('trend-BzN30uJn.js'), 'trend');
  assert.equal(chunkName('csv-B9GO4I7d.js'), 'csv');
  assert.equal(chunkName('trend-DGnm-seu.js'), 'trend');
  assert.equal(chunkName('praksis-capacity-gauge.js'), 'praksis-capacity-gauge');
});
