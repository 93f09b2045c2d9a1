#!/usr/bin/env node
// What each layer adds to the CDN file praksis-delegation-matrix.js: bundles a growing entry the way
// rollup.config.mjs bundles widgets (node-resolve for the browser, terser, template minifying) and
// prints the gzip -9 size of each step and what it adds. Run after `npx tsc -b`.
//
//   node packages/delegation-matrix/scripts/size-breakdown.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { minifyTemplates } from '../../../scripts/rollup-minify-templates.mjs';

const packages = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (pkg, file) => JSON.stringify(join(packages, pkg, 'dist', file));

/** A subclass that uses what every widget uses, and `validate` as its validation. */
const element = (validate) => `
  import { html } from 'lit';
  import { PraksisElement, WidthController, baseStyles, tokenStyles, estimateTextWidth, formatNumber, formatShare, localize, defineElement } from ${dist('core', 'index.js')};
  ${validate ? `import { validateDelegationMatrix } from ${dist('schema', 'kinds/delegation-matrix.js')};` : ''}
  class Probe extends PraksisElement {
    static styles = [tokenStyles, baseStyles];
    w = new WidthController(this);
    validateData(d) { return ${validate ? 'validateDelegationMatrix(d)' : '[]'}; }
    titleOf(d, l) { return localize(d.title, l) + formatNumber(l, 1) + formatShare(l, 1) + estimateTextWidth('x', 16); }
    provenanceOf(d) { return d.provenance; }
    renderBody() { return html\`<p>body</p>\`; }
    renderTable() { return html\`<table></table>\`; }
  }
  defineElement('praksis-probe', Probe);`;

const steps = [
  ['Lit (LitElement, html, svg, css)', `import { LitElement, html, svg, css } from 'lit'; customElements.define('x-probe', class extends LitElement { static styles = css\`p{}\`; render() { return html\`\${svg\`<g></g>\`}\`; } });`],
  ['@praksis/core: base element, loading, error panel, provenance footer, tokens, base styles, formatting', element(false)],
  ['@praksis/schema: validateDelegationMatrix (interpreter, compiled schema, messages, semantic checks)', element(true)],
  ['the matrix: element and templates, model, bar layout, fit, messages (da/en), styles', `import ${dist('delegation-matrix', 'praksis-delegation-matrix.js')};`],
];

async function gzipSize(source) {
  const build = await rollup({
    input: 'entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? source : null) },
      nodeResolve({ browser: true }),
      terser({ module: true, ecma: 2020, compress: { passes: 2 } }),
      // After terser, as in rollup.config.mjs.
      minifyTemplates(),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return gzipSync(output[0].code, { level: constants.Z_BEST_COMPRESSION }).length;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let previous = 0;
for (const [name, source] of steps) {
  const size = await gzipSize(source);
  console.log(`${kb(size).padStart(9)}  +${kb(size - previous).padStart(8)}  ${name}`);
  previous = size;
}
