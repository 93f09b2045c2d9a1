// What a widget bundle gets: only its own schema, nothing run on import, no eval, and not more
// bytes than the budget.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { rollup } from 'rollup';
import { measure } from '../scripts/measure-size.mjs';
import { packageDir, repoDir } from './helpers.js';

const entry = join(packageDir, 'dist/index.js');

/**
 * Gzipped bytes the capacity gauge may spend on validation; raise it only knowingly. 4900: the
 * depth guard (no input can exhaust the stack), messages that never repeat data raw, and the
 * schemas' limits (lengths, ranges, visible text, labels apart from longer texts). 5500: each
 * schema node compiled once into a closure, with pointers written only for issues and nothing
 * made per valid value, which validates a 1,070-node sankey document 15–30 times faster
 * (bench/validate.bench.mjs). 5650: sorting into document order looks only at the containers on
 * the issues' paths, not at every value of the document.
 */
const BUDGET = 5650;

async function bundle(code: string): Promise<string> {
  const build = await rollup({
    input: 'entry',
    plugins: [{ name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? code : null) }],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

describe('bundling @praksis/schema', () => {
  before(() => {
    execFileSync(process.execPath, [join(repoDir, 'node_modules/typescript/bin/tsc'), '-b', packageDir], { cwd: repoDir });
  });

  test('validateCapacity pulls in the capacity schema only, every $ref resolved', async () => {
    const { code } = await measure('validateCapacity', 'kinds/capacity.js');
    assert.match(code, /capacity\.schema\.json/);
    assert.match(code, /fictional/, 'the provenance definitions it uses');
    assert.doesNotMatch(code, /accessibility-declaration\.schema\.json|lastVerified/);
    assert.doesNotMatch(code, /provenance\.schema\.json|#\/\$defs/);
    assert.doesNotMatch(code, /node:fs/);
  });

  test('importing without using leaves nothing behind (no side effects)', async () => {
    const code = await bundle(`import { validateCapacity, validateDocument } from ${JSON.stringify(entry)};`);
    assert.equal(code.trim(), '');
  });

  test(`validateCapacity costs at most ${BUDGET} bytes gzipped, minified as the widgets are`, async () => {
    const { gzip } = await measure('validateCapacity', 'kinds/capacity.js');
    assert.ok(gzip <= BUDGET, `${gzip} bytes; see scripts/measure-size.mjs`);
  });

  test('no eval or new Function in the sources', () => {
    const dir = join(packageDir, 'src');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 10);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      assert.doesNotMatch(text, /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(/, file);
    }
  });
});
