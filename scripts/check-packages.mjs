#!/usr/bin/env node
// Checks every workspace package as npm would publish it: packs it (`npm pack`, no lifecycle
// scripts) and runs publint and arethetypeswrong on the tarball. Builds nothing: run
// `npm run build` first (the tarballs hold dist/ and, for widgets, custom-elements.json).
//
// One line per package; the problems found under it. Exit 1 on any failure.
//
// publint: errors and warnings fail (strict); suggestions are printed.
// arethetypeswrong: the `esm-only` profile. The packages are ES modules only (`"type": "module"`,
// Node >= 20.19, browsers), so two of its four resolution modes do not apply: `node16-cjs`
// (a CommonJS `require` of an ES module, which attw always reports for ESM-only packages) and
// `node10` (TypeScript's old `moduleResolution: node`, which ignores `exports` and so cannot see
// any subpath). `node16` from ESM and `bundler` must resolve every entry point to its types.
// Besides the root entry, every module behind the `"./*.js"` pattern (attw does not expand
// patterns itself) is checked.
//
// Also: README.md, LICENSE and CHANGELOG.md are packed, no *.tsbuildinfo is, and the `customElements` file is.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const attwBin = join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
/** Resolution modes the esm-only profile leaves out (see above). */
const IGNORED_RESOLUTIONS = new Set(['node10', 'node16-cjs']);

/** Runs a command to its end: { status, stdout, stderr }. Async, so packages are checked side by side. */
function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const stdout = [];
    const stderr = [];
    child.stdout?.on('data', (chunk) => stdout.push(chunk));
    child.stderr?.on('data', (chunk) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}

async function pack(dir, destination) {
  const result = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: join(root, dir) });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  const [info] = JSON.parse(result.stdout);
  return { tarball: join(destination, info.filename), files: info.files.map((f) => f.path), size: info.size };
}

/** `./x.js` for every dist/x.js: the modules behind the `"./*.js"` pattern, each of which must have types. */
function patternEntrypoints(pkg, files) {
  if (!pkg.exports?.['./*.js']) return [];
  return files
    .map((f) => /^dist\/(.+)\.js$/.exec(f)?.[1])
    .filter(Boolean)
    .map((name) => `./${name}.js`)
    .sort();
}

function ownChecks(pkg, files) {
  const problems = [];
  for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
    if (!files.includes(required)) problems.push(`${required} is not packed`);
  }
  for (const f of files.filter((f) => f.endsWith('.tsbuildinfo'))) problems.push(`${f} is packed`);
  if (pkg.customElements && !files.includes(pkg.customElements.replace(/^\.\//, ''))) {
    problems.push(`customElements: ${pkg.customElements} is not packed (run npm run build)`);
  }
  if (!files.some((f) => f.startsWith('dist/'))) problems.push('dist/ is empty or missing (run npm run build)');
  return problems;
}

/** publint packs the package itself (as its CLI does), so it can tell a file that exists but is not published. */
async function runPublint(dir) {
  const { messages, pkg } = await publint({ pkgDir: join(root, dir), pack: 'npm', level: 'suggestion', strict: true });
  const text = (m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`;
  return {
    failures: messages.filter((m) => m.type !== 'suggestion').map(text),
    notes: messages.filter((m) => m.type === 'suggestion').map(text),
  };
}

async function runAttw(tarball, entrypoints) {
  const args = [attwBin, tarball, '--profile', 'esm-only', '--format', 'json'];
  if (entrypoints.length) args.push('--include-entrypoints', ...entrypoints);
  // Into a file: attw exits right after writing, which cuts a large report short on a pipe.
  const reportFile = `${tarball}.attw.json`;
  const out = openSync(reportFile, 'w');
  let result;
  try {
    result = await run(process.execPath, args, { cwd: root, stdio: ['ignore', out, 'pipe'] });
  } finally {
    closeSync(out);
  }
  let report;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    return { failures: [`did not run (exit ${result.status}): ${result.stderr.trim().slice(0, 500)}`], checked: 0 };
  }
  const problems = Object.values(report.problems ?? {})
    .flat()
    .filter((p) => !IGNORED_RESOLUTIONS.has(p.resolutionKind));
  const failures = problems.map((p) => `${p.kind} at ${p.entrypoint ?? '?'} (${p.resolutionKind ?? 'any resolution'})`);
  if (result.status !== 0 && failures.length === 0) failures.push(`exited ${result.status}`);
  return { failures, checked: Object.keys(report.analysis?.entrypoints ?? {}).length };
}

/** Packs and checks one package; its report as lines, printed together so reports don't interleave. */
async function checkPackage(dir, destination) {
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const label = `${pkg.name}@${pkg.version}`;
  try {
    const { tarball, files, size } = await pack(dir, destination);
    const own = ownChecks(pkg, files);
    const lint = await runPublint(dir);
    const types = await runAttw(tarball, patternEntrypoints(pkg, files));
    const failures = [...own, ...lint.failures.map((f) => `publint ${f}`), ...types.failures.map((f) => `attw ${f}`)];
    const summary = `${files.length} files, ${(size / 1024).toFixed(1)} KB packed; publint ${lint.failures.length ? 'failed' : 'ok'}; attw ${types.failures.length ? 'failed' : 'ok'} (${types.checked} entry points, esm-only)`;
    const lines = [`${failures.length ? 'FAIL' : 'ok  '} ${label}: ${summary}`, ...failures.map((line) => `     ${line}`), ...lint.notes.map((line) => `     note: publint ${line}`)];
    return { ok: failures.length === 0, lines };
  } catch (error) {
    return { ok: false, lines: [`FAIL ${label}: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

const destination = mkdtempSync(join(tmpdir(), 'praksis-pack-'));
let failed = 0;
try {
  // One package per core; results are printed in the workspaces' order.
  const results = new Array(workspaces.length);
  let next = 0;
  const worker = async () => {
    while (next < workspaces.length) {
      const index = next++;
      results[index] = await checkPackage(workspaces[index], destination);
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), workspaces.length) }, worker));
  for (const { ok, lines } of results) {
    for (const line of lines) console.log(line);
    if (!ok) failed += 1;
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}

if (failed) {
  console.log(`${failed} of ${workspaces.length} packages failed`);
  process.exit(1);
}
console.log(`${workspaces.length} packages ok`);
