#!/usr/bin/env node
// Prints, for every shipped theme (packages/core/themes/*.css) and every colour scheme it serves,
// the worst text contrast, the worst graphic contrast, the closest categorical pair and the closest
// ordered-palette neighbours across normal vision and simulated protanopia, deuteranopia and
// tritanopia. The figures come from packages/core/tooling/theme-check.ts, the same code the palette test
// (packages/core/test/themes.test.ts) and the design-system stories use.
//
//   npm run palette-report              worst pairs per theme; exit 1 if a theme fails a check
//   npm run palette-report -- --all     every contrast pair as well
//   npm run palette-report -- my.css    check your own theme file instead
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkThemeCss, summarize } from '../packages/core/tooling/theme-check.ts';

const themesDir = fileURLToPath(new URL('../packages/core/themes/', import.meta.url));
const { values, positionals: own } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean', default: false } } });
const { all } = values;
const files = own.length
  ? own
  : readdirSync(themesDir).filter((f) => f.endsWith('.css'))
      .sort((a, b) => (a === 'default.css' ? -1 : b === 'default.css' ? 1 : a.localeCompare(b)))
      .map((f) => join(themesDir, f));

let failed = 0;
for (const file of files) {
  for (const report of checkThemeCss(basename(file, '.css'), readFileSync(file, 'utf8'))) {
    console.log(`\n${report.theme} (${report.scheme})`);
    for (const line of summarize(report)) console.log(`  ${line}`);
    if (all) {
      for (const c of report.contrast) {
        console.log(`    ${c.kind.padEnd(7)} ${`${c.foreground} on ${c.background}`.padEnd(36)} ${c.ratio.toFixed(2).padStart(5)}:1  ${c.pass ? 'ok' : 'FAIL'}`);
      }
    }
    for (const f of report.failures) console.log(`  FAIL ${f}`);
    failed += report.failures.length;
  }
}
console.log(failed ? `\n${failed} failed check(s).` : '\nEvery theme passes.');
process.exit(failed ? 1 : 0);
