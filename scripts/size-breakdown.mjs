#!/usr/bin/env node
// What each part of a widget's CDN file costs: builds the file up step by step with the
// same plugins as the CDN build and prints the gzip size (level 9) after each step and
// what the step added. Run after `npx tsc -b` (it bundles packages/*/dist).
//
//   node scripts/size-breakdown.mjs [widget]    (default: every widget in the registry)
//
// A step is a module body that imports something and keeps it reachable, so tree shaking
// keeps exactly what a real importer would get. The probes of earlier steps stay in, so a
// last step's total is a little above the shipped file (and has no licence banner).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { cdnPlugins, cdnTreeshake } from './cdn-plugins.mjs';

const packages = fileURLToPath(new URL('../packages/', import.meta.url));
const dist = (pkg, file = 'index.js') => JSON.stringify(join(packages, pkg, 'dist', file));

const LIT_ELEMENT = {
  label: 'Lit: a LitElement with a property, styles and a template',
  code: `import { LitElement, html, css } from 'lit';
class Probe extends LitElement {
  static properties = { value: {} };
  static styles = css\`:host { display: block }\`;
  render() { return html\`<p>\${this.value}</p>\`; }
}
customElements.define('size-probe', Probe);`,
};
const CORE = {
  label: '@praksis/core: PraksisElement (loading, errors, language, table toggle, footer, tokens)',
  code: `import { PraksisElement, tokenStyles, baseStyles } from ${dist('core')};
class CoreProbe extends PraksisElement {
  static styles = [tokenStyles, baseStyles];
  validateData() { return []; } titleOf() { return ''; } provenanceOf(d) { return d.provenance; }
  renderBody() { return ''; } renderTable() { return ''; }
}
customElements.define('size-core-probe', CoreProbe);`,
};
/**
 * A kind's validator as a widget bundles it: its rules (`<kind>Rules` in @praksis/schema's
 * kinds/<kind>.ts), without the words, which are a part loaded only for a document with problems.
 */
const validator = (kind) => ({
  label: `@praksis/schema: the ${kind} validator, without words`,
  code: `import { ${kind.replace(/-(\w)/g, (_, c) => c.toUpperCase())}Rules as rules } from ${dist('schema', `kinds/${kind}.js`)};\nglobalThis.__keep = [...(globalThis.__keep ?? []), rules];`,
});
const shipped = (pkg, file) => ({
  label: `the widget as shipped (${file})`,
  code: `import ${dist(pkg, file)};`,
});

/** The widgets, from the compiled registry: each is built up as Lit, core, its validator, the widget. */
const { WIDGETS } = await import(pathToFileURL(join(packages, 'widgets', 'dist', 'registry.js')).href);

/** Per widget: named sequences of cumulative steps. */
const plans = Object.fromEntries(
  WIDGETS.map((widget) => [
    widget.name,
    { 'as built': [LIT_ELEMENT, CORE, validator(widget.kind.name), shipped(widget.name, `${widget.tag}.js`)] },
  ]),
);

/** The badge's rules engine, step by step, and the floor below which its file cannot go. */
const badgeSteps = {
  'as built': [
    LIT_ELEMENT,
    CORE,
    validator('accessibility-declaration'),
    {
      label: '@praksis/hours-rules: evaluate with the dk-ok22 rule set',
      code: `import { evaluate, ruleSetFor } from ${dist('hours-rules')};
globalThis.__keep = [...(globalThis.__keep ?? []), (d, at) => evaluate(d, { ruleSet: ruleSetFor(at), at })];`,
    },
    {
      label: '@praksis/hours-rules: openNow, nextOpening',
      code: `import { openNow, nextOpening } from ${dist('hours-rules')};
globalThis.__keep = [...(globalThis.__keep ?? []), openNow, nextOpening];`,
    },
    shipped('hours-badge', 'praksis-hours-badge.js'),
  ],
  // What any badge needs before it has an element, loading, an error panel or a word of UI.
  'floor: Lit, validation and the engine only': [
    LIT_ELEMENT,
    validator('accessibility-declaration'),
    {
      label: '@praksis/hours-rules: evaluate with the dk-ok22 rule set',
      code: `import { evaluate, dkOk22 } from ${dist('hours-rules')};
globalThis.__keep = [...(globalThis.__keep ?? []), (d, at) => evaluate(d, { ruleSet: dkOk22, at })];`,
    },
  ],
};
if (plans['hours-badge']) plans['hours-badge'] = badgeSteps;

/** Gzip size of `source` bundled as an entry module the way the CDN build bundles a widget. */
async function gzipOf(source) {
  const entry = '\0size-breakdown-entry';
  const bundle = await rollup({
    input: entry,
    // As in rollup.config.mjs: parts loaded on demand become chunks and are not counted.
    preserveEntrySignatures: 'allow-extension',
    treeshake: cdnTreeshake,
    plugins: [
      { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) },
      ...cdnPlugins(),
    ],
    onwarn(warning, warn) {
      // A bare import left unresolved would silently be measured as 0 bytes.
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    const main = output.find((file) => file.type === 'chunk' && file.isEntry);
    return gzipSync(main?.code ?? '', { level: constants.Z_BEST_COMPRESSION }).length;
  } finally {
    await bundle.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const wanted = parseArgs({ allowPositionals: true }).positionals;
const unknown = wanted.filter((name) => !(name in plans));
if (unknown.length) {
  console.error(`Unknown widget(s): ${unknown.join(', ')}. Known: ${Object.keys(plans).join(', ')}`);
  process.exit(2);
}

for (const widget of wanted.length ? wanted : Object.keys(plans)) {
  for (const [sequence, steps] of Object.entries(plans[widget])) {
    console.log(`\n${widget} — ${sequence}`);
    console.log(`${'total'.padStart(9)}  ${'adds'.padStart(9)}  step`);
    let body = '';
    let previous = 0;
    for (const step of steps) {
      body += `${step.code}\n`;
      const total = await gzipOf(body);
      console.log(`${kb(total).padStart(9)}  ${kb(total - previous).padStart(9)}  ${step.label}`);
      previous = total;
    }
  }
}
