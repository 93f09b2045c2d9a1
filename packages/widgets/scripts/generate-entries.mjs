#!/usr/bin/env node
// Writes packages/widgets/src/index.ts (the all-in-one: registers every widget) and react.ts (JSX
// types for every widget) from the registry, src/registry.ts, so the list of widgets is kept in one
// place. Run by `npm run generate` (under tsx, which reads the TypeScript registry); a Node test
// fails when the files differ from what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HEADER = '// Generated from src/registry.ts by `npm run generate`. Do not edit.\n';

/** The element class's name: capacity-gauge → CapacityGauge (each widget package exports it so). */
export const className = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

/** @param {readonly { name: string, tag: string }[]} widgets */
export function entrySources(widgets) {
  const index =
    `${HEADER}/** Registers every Praksis widget. This is the all-in-one bundle's entry. */\n` +
    widgets.map((w) => `import '@praksis/${w.name}/${w.tag}.js';\n`).join('') +
    '\n' +
    widgets.map((w) => `export { ${className(w.name)} } from '@praksis/${w.name}';\n`).join('') +
    "export { VERSION } from '@praksis/core';\n";
  const react =
    `${HEADER}/**\n * JSX types for every widget in React 19: \`import type {} from '@praksis/widgets/react.js';\`.\n` +
    " * Types only; importing '@praksis/widgets' defines the tags.\n */\n" +
    widgets.map((w) => `export type * from '@praksis/${w.name}/react.js';\n`).join('');
  return { 'index.ts': index, 'react.ts': react };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { WIDGETS } = await import('../src/registry.ts');
  for (const [file, text] of Object.entries(entrySources(WIDGETS))) {
    writeFileSync(new URL(`../src/${file}`, import.meta.url), text);
  }
  console.log(`packages/widgets/src/index.ts, react.ts: ${WIDGETS.length} widgets`);
}
