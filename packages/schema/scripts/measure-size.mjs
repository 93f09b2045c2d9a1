#!/usr/bin/env node
// Measures what a widget pays for schema validation: bundles an entry that imports one export
// from the built package (dist/, so run `npx tsc -b packages/schema` first) the way the widget
// builds do (node-resolve for the browser, terser), and prints the minified and gzip -9 sizes.
//
//   node packages/schema/scripts/measure-size.mjs [EXPORT[:MODULE] ...]
//
// Default: validateCapacity from dist/kinds/capacity.js. Also importable: measure(name, module).
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Minified code and sizes in bytes for a bundle that exports `name` from `module` (relative to dist/). */
export async function measure(name = 'validateCapacity', module = 'kinds/capacity.js') {
  const target = JSON.stringify(resolve(packageDir, 'dist', module));
  const source = `import { ${name} } from ${target}; export { ${name} };`;
  const build = await rollup({
    input: 'entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? source : null) },
      nodeResolve({ browser: true }),
      terser({ module: true, ecma: 2020, compress: { passes: 2 } }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
  return { code, minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

async function main(args) {
  const targets = args.length > 0 ? args : ['validateCapacity:kinds/capacity.js'];
  for (const target of targets) {
    const [name, module = 'index.js'] = target.split(':');
    const { minified, gzip } = await measure(name, module);
    console.log(`${name} (${module}): ${minified} bytes minified, ${gzip} bytes gzip -9`);
  }
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) await main(parseArgs({ allowPositionals: true }).positionals);
