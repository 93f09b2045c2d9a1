#!/usr/bin/env node
// Runs the Node tests and the browser tests side by side (`npm test`, after the type check and the
// lint). The browser tests spend most of their time waiting on the browser (keys, frames,
// fetches), the Node tests on the CPU: side by side they take about as long as the browser tests
// alone. The browser tests print as they go; the Node tests' report is printed when they end, so
// the two never interleave. Exit 1 when either fails.
import { spawn } from 'node:child_process';

/** Runs `npm run <script>`; its output is passed through, or kept and returned. */
function run(script, keepOutput) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', keepOutput ? 'pipe' : 'inherit', keepOutput ? 'pipe' : 'inherit'] });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(output).toString('utf8') }));
  });
}

const [node, browser] = await Promise.all([
  run('test:node', true).then((result) => {
    process.stdout.write(`\n==> test:node (ran beside the browser tests)\n${result.output}\n`);
    return result;
  }),
  run('test:browser', false),
]);
process.exit(node.code === 0 && browser.code === 0 ? 0 : 1);
