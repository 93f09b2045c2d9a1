// What a widget bundle gets: only its own schema, nothing run on import, no eval, and not more
// bytes than the budget.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { rollup } from 'rollup';
import { measure } from '../scripts/measure-size.mjs';
import { problemTexts } from '../scripts/lib/problem-texts.mjs';
import { packageDir, repoDir } from './helpers.js';

const entry = join(packageDir, 'dist/index.js');

/**
 * Gzipped bytes the capacity gauge may spend on validation; raise it only knowingly. 4900: the
 * depth guard (no input can exhaust the stack), messages that never repeat data raw, and the
 * schemas' limits (lengths, ranges, visible text, labels apart from longer texts). 5500: each
 * schema node compiled once into a closure, with pointers written only for issues and nothing
 * made per valid value, which validates a 1,070-node sankey document 15–30 times faster
 * (bench/validate.bench.mjs). 5650: sorting into document order looks only at the containers on
 * the issues' paths, not at every value of the document. 4000: the gauge validates with
 * `capacityRules` and no words, nor the ordering and explaining of problems; those are a part it
 * loads only for a document with problems (src/words.ts).
 */
const BUDGET = 4000;
/**
 * validateCapacity, with its words, as a bundler outside the widgets would take it: 5650 before
 * the words were handed to the validator and the checks (src/words.ts), which costs their names
 * and a call each (5982 measured). 6450: the words the schemas alone decide (what each `pattern`
 * asks for, what an anyOf/oneOf says) left the generated schemas for the words, which hold every
 * pattern's (6408 measured), so that the widgets' validation without words carries none of them
 * (capacityRules 3910 → 3619).
 */
const WORDED_BUDGET = 6450;

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

  test(`the gauge's validation (capacityRules) costs at most ${BUDGET} bytes gzipped, minified as the widgets are, and carries no words`, async () => {
    const { code, gzip } = await measure('capacityRules', 'kinds/capacity.js');
    assert.ok(gzip <= BUDGET, `${gzip} bytes; see scripts/measure-size.mjs`);
    assert.deepEqual(problemTexts().filter((text) => code.includes(text)), []);
  });

  test(`validateCapacity, with its words, costs at most ${WORDED_BUDGET} bytes gzipped`, async () => {
    const { code, gzip } = await measure('validateCapacity', 'kinds/capacity.js');
    assert.ok(gzip <= WORDED_BUDGET, `${gzip} bytes; see scripts/measure-size.mjs`);
    assert.match(code, /mangler påkrævet felt/);
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
