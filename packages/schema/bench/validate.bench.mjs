#!/usr/bin/env node
// Validation speed in Node: our validator against Ajv 8 (JSON Schema 2020-12, allErrors, as the
// differential test configures it) on the same documents, in the same run. Run from the
// repository root:
//
//   node --conditions=source --import tsx packages/schema/bench/validate.bench.mjs [--runs N] [--cold-runs N]
//
// Documents: the seeded referral-flow graphs of packages/referral-sankey/bench/graphs.mjs at its
// four sizes, the largest once more with three problems (two negative values, a blank label), and
// the valid examples of the other kinds (all of a kind's examples per run).
//
// Warm: the median of N runs (default 60) after as many unmeasured ones. Cold: the first call in
// a fresh Node process, median of the cold runs (default 3); Ajv's cold figure is its first call
// after `compile`, whose time is given apart (a page under a strict CSP cannot compile at all:
// Ajv would need its standalone code generated at build time). Ours is timed twice: the schema
// alone, which is what Ajv does, and the whole of `validateX`, with the checks beyond the schema.
// The ratio is Ajv's time divided by ours for the schema alone: above 1 means ours was faster.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { asDocument, layeredGraph, SIZES } from '../../referral-sankey/bench/graphs.mjs';
import { createValidator } from '../src/validator.ts';
import { DOCUMENT_KINDS } from '../src/registry.ts';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '60' }, 'cold-runs': { type: 'string', default: '3' }, cold: { type: 'string' }, which: { type: 'string' } },
});

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Every benchmark document set: a name, its kind and the documents validated per run. */
function documentSets() {
  const sets = SIZES.map((size) => ({ name: `referral flows ${size.name}`, kind: 'referral-flows', docs: [asDocument(layeredGraph(size), size.name)] }));
  const largest = SIZES.at(-1);
  const broken = asDocument(layeredGraph(largest), largest.name);
  broken.links[100].value = -1;
  broken.links[7000].value = -2;
  broken.nodes[5].label = ' ';
  sets.push({ name: `referral flows ${largest.name}, 3 problems`, kind: 'referral-flows', docs: [broken], invalid: true });
  for (const kind of ['capacity', 'delegation-matrix', 'accessibility-declaration']) {
    const dir = join(packageDir, 'examples', kind, 'valid');
    const docs = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => readJson(join(dir, f)));
    sets.push({ name: `${kind} examples (${docs.length})`, kind, docs });
  }
  return sets;
}

/** The three ways to validate a set's kind: ours (schema alone, and everything), and Ajv's. */
async function validators(kind) {
  const generated = (await import(`../src/generated/${kind}.schema.ts`)).default;
  const schema = createValidator(generated);
  const full = DOCUMENT_KINDS.find((k) => k.name === kind);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  for (const file of readdirSync(join(packageDir, 'schemas'))) ajv.addSchema(readJson(join(packageDir, 'schemas', file)));
  const compileStarted = performance.now();
  const ajvValidate = ajv.getSchema(full.schemaId);
  const compileMs = performance.now() - compileStarted;
  return {
    ours: (doc) => schema.validate(doc).length === 0,
    'ours, with checks': (doc) => full.validate(doc).length === 0,
    ajv: (doc) => ajvValidate(doc),
    compileMs,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timeWarm(validate, { docs, invalid = false }, runs) {
  for (let i = 0; i < runs; i++) for (const doc of docs) validate(doc);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    for (const doc of docs) if (validate(doc) === invalid) throw new Error(`a benchmark document is ${invalid ? '' : 'in'}valid`);
    times.push(performance.now() - started);
  }
  return median(times);
}

// A child process: one cold run of one validator on one set, printed as JSON.
if (options.cold !== undefined) {
  const set = documentSets().find((s) => s.name === options.cold);
  const all = await validators(set.kind);
  const started = performance.now();
  for (const doc of set.docs) all[options.which](doc);
  process.stdout.write(JSON.stringify({ ms: performance.now() - started, compileMs: all.compileMs }));
  process.exit(0);
}

function timeCold(set, which) {
  const runs = Array.from({ length: Number(options['cold-runs']) }, () => {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--cold', set.name, '--which', which], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout);
  });
  return { ms: median(runs.map((r) => r.ms)), compileMs: median(runs.map((r) => r.compileMs)) };
}

const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const rows = [];
for (const set of documentSets()) {
  const all = await validators(set.kind);
  const runs = Number(options.runs);
  const warm = { ours: timeWarm(all.ours, set, runs), full: timeWarm(all['ours, with checks'], set, runs), ajv: timeWarm(all.ajv, set, runs) };
  const cold = { full: timeCold(set, 'ours, with checks'), ajv: timeCold(set, 'ajv') };
  rows.push(
    `| ${set.name} | ${ms(warm.ours)} | ${ms(warm.full)} | ${ms(warm.ajv)} | ${(warm.ajv / warm.ours).toFixed(1)}× | ${ms(cold.full.ms)} | ${ms(cold.ajv.ms)} (+ ${ms(cold.ajv.compileMs)} compile) |`,
  );
  console.error(rows.at(-1));
}

const cpu = cpus();
console.log(`${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim()}; warm: median of ${options.runs} runs; cold: median of ${options['cold-runs']} fresh processes\n`);
console.log('| documents | ours, schema (ms) | ours, with checks (ms) | Ajv (ms) | Ajv ÷ ours | ours cold, with checks (ms) | Ajv cold (ms) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
