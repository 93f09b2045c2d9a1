// scripts/cdn-plugins.mjs cdnTreeshake: a CDN file keeps of d3-array only what it uses. Its one-file
// build makes the bisectors at module level, which rollup alone would keep in every bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rollup, type Plugin } from 'rollup';
import { cdnPlugins, cdnTreeshake } from '../../scripts/cdn-plugins.mjs';

const ENTRY = '\0uses-nice-and-ticks';
const entry: Plugin = {
  name: 'entry',
  resolveId: (id) => (id === ENTRY ? id : null),
  load: (id) => (id === ENTRY ? "import { nice, ticks } from 'd3-array'; export const axis = (top) => ticks(...nice(0, top, 5), 5);" : null),
};

async function bundle(treeshake?: typeof cdnTreeshake): Promise<string> {
  const build = await rollup({ input: ENTRY, treeshake, plugins: [entry, ...cdnPlugins()] });
  const { output } = await build.generate({ format: 'es' });
  return output[0].code;
}

test('a bundle that uses nice and ticks holds no bisector; without the setting it would', async () => {
  const shaken = await bundle(cdnTreeshake);
  assert.match(shaken, /Math\.log10/, 'ticks is there');
  assert.doesNotMatch(shaken, /center/, 'no bisector (its `center` method)');
  assert.match(await bundle(), /center/, 'rollup keeps them by itself');
});
