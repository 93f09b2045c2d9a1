import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { colorDifference, parseColor, toLab } from '../tooling/color-contrast.js';
import {
  CATEGORICAL,
  CATEGORICAL_MIN_DELTA_E,
  CONTRAST_RULES,
  GRAPHIC_CONTRAST,
  TEXT_CONTRAST,
  checkTheme,
  checkThemeCss,
  parseThemeCss,
  themeColors,
  type ThemeReport,
} from '../tooling/theme-check.js';
import { THEME_NAMES, TOKENS } from '../src/generated/tokens.js';

const themesDir = fileURLToPath(new URL('../themes/', import.meta.url));
const shipped = readdirSync(themesDir)
  .filter((f) => f.endsWith('.css'))
  .map((f) => ({ name: f.replace(/\.css$/, ''), css: readFileSync(themesDir + f, 'utf8') }));

const failuresOf = (reports: ThemeReport[]) => reports.flatMap((r) => r.failures.map((f) => `${r.theme} (${r.scheme}): ${f}`));

test('every shipped theme file is checked', () => {
  assert.deepEqual(shipped.map((t) => t.name).sort(), [...THEME_NAMES].sort());
  assert.ok(shipped.length >= 3);
});

for (const { name, css } of shipped) {
  test(`theme “${name}”: text 4.5:1, marks 3:1, categorical colours apart under simulated colour-vision deficiencies`, () => {
    const reports = checkThemeCss(name, css);
    assert.ok(reports.length >= 1);
    assert.deepEqual(failuresOf(reports), []);
    for (const report of reports) {
      assert.deepEqual(report.unchecked, [], 'every colour is a hex colour the test can read');
      // The checks really ran: every rule and every categorical pair in all four visions.
      assert.equal(report.contrast.length, CONTRAST_RULES.length);
      assert.ok(report.contrast.every((c) => !Number.isNaN(c.ratio)));
      assert.equal(report.differences.filter((d) => d.check === 'categorical').length, ((CATEGORICAL.length * (CATEGORICAL.length - 1)) / 2) * 4);
      assert.ok(report.worstText!.ratio >= TEXT_CONTRAST);
      assert.ok(report.worstGraphic!.ratio >= GRAPHIC_CONTRAST);
      assert.ok(report.worstCategorical!.deltaE >= CATEGORICAL_MIN_DELTA_E);
    }
  });

  test(`theme “${name}” sets every token and leaves forced colours to the browser and the widgets`, () => {
    const { properties } = parseThemeCss(css);
    for (const token of TOKENS) {
      // Only a CSS-wide keyword (the inherited font) is left to the widgets' fallback.
      const set = token.property in properties || (token.light === 'inherit' && css.includes(`${token.property} is left unset`));
      assert.ok(set, `${name} sets ${token.property}`);
    }
    // Nothing that would fight the reader's system colours in forced-colours mode.
    assert.ok(!/!important|forced-color-adjust|@media[^{]*forced-colors/.test(css.replace(/\/\*[\s\S]*?\*\//g, '')), name);
  });
}

test('the schemes each theme serves', () => {
  const schemes = Object.fromEntries(shipped.map(({ name, css }) => [name, parseThemeCss(css).schemes]));
  assert.deepEqual(schemes, { default: ['light', 'dark'], dark: ['dark'], dkfds: ['light'] });
});

test('the default theme spells out the built-in fallbacks, and dark is their dark half', () => {
  const css = (name: string) => shipped.find((t) => t.name === name)!.css;
  const defaults = parseThemeCss(css('default')).properties;
  assert.deepEqual(themeColors(defaults, 'light'), themeColors({}, 'light'));
  assert.deepEqual(themeColors(defaults, 'dark'), themeColors({}, 'dark'));
  assert.deepEqual(themeColors(parseThemeCss(css('dark')).properties, 'dark'), themeColors({}, 'dark'));
  const dkfds = parseThemeCss(css('dkfds')).properties;
  assert.equal(dkfds['--praksis-color-mark'], '#004d99');
  assert.match(dkfds['--praksis-font-family']!, /^"IBM Plex Sans", system-ui,.*sans-serif$/);
  assert.ok(!/url\(|@import|@font-face/.test(css('dkfds')), 'no fonts or other files are fetched');
});

test('the check fails a theme with too little contrast', () => {
  const report = checkTheme('test', { '--praksis-color-text-muted': '#999999', '--praksis-color-border': '#d0d0d0' }, 'light');
  assert.deepEqual(
    report.failures.filter((f) => f.includes('contrast')).map((f) => f.replace(/ \(.*/, '')),
    [
      'text contrast text-muted on background: 2.85:1, needs 4.5:1',
      'text contrast text-muted on surface: 2.58:1, needs 4.5:1',
      'graphic contrast border on background: 1.54:1, needs 3:1',
      // The muted colour also outlines the gauge's bands, so it must stand out from every band tone.
      'graphic contrast text-muted on band-low: 2.53:1, needs 3:1',
      'graphic contrast text-muted on band-mid: 2.03:1, needs 3:1',
      'graphic contrast text-muted on band-high: 1.51:1, needs 3:1',
      'graphic contrast text-muted on track: 2.27:1, needs 3:1',
    ],
  );
  assert.equal(report.worstText!.foreground, 'text-muted');
  // A contrast checker's two decimals decide: 4.49:1 fails.
  const justUnder = checkTheme('test', { '--praksis-color-text-muted': '#777777' }, 'light');
  assert.ok(justUnder.failures.some((f) => f.startsWith('text contrast text-muted on background: 4.48:1')));
});

test('the check fails categorical colours that merge for colour-blind readers', () => {
  // Paul Tol's “muted” scheme as it was: its light colours have under 3:1 on white, and teal and
  // the grey of “other” become nearly the same grey for deuteranopes.
  const tol = ['#332288', '#88ccee', '#44aa99', '#117733', '#999933', '#ddcc77', '#cc6677', '#882255', '#9aa1a9'];
  const properties = Object.fromEntries(CATEGORICAL.map((c, i) => [`--praksis-color-${c}`, tol[i]!]));
  const report = checkTheme('tol-muted', properties, 'light');
  assert.ok(report.failures.includes('graphic contrast category-2 on background: 1.76:1, needs 3:1 (sankey nodes, outlined in the text colour)'));
  const merged = report.differences.find((d) => d.a === 'category-3' && d.b === 'category-other' && d.vision === 'deuteranopia')!;
  assert.ok(!merged.pass && merged.deltaE < 5, `${merged.deltaE}`);
  assert.equal(report.worstCategorical!.vision, 'deuteranopia');
  // With normal vision the same pair is clearly apart: only the simulation finds the problem.
  assert.ok(report.differences.find((d) => d.a === 'category-3' && d.b === 'category-other' && d.vision === 'normal')!.pass);
});

test('the check fails an ordered palette whose steps merge or lose their order', () => {
  const report = checkTheme(
    'test',
    { '--praksis-color-sequential-2': '#9ecae1', '--praksis-color-sequential-3': '#c6dbef', '--praksis-color-diverging-4': '#e0e0e6' },
    'light',
  );
  assert.ok(report.orderProblems.some((p) => p.startsWith('sequential: sequential-3 is no further from sequential-1 than sequential-2')));
  assert.ok(report.failures.some((f) => /^diverging neighbours diverging-3 \/ diverging-4 \(normal\): ΔE2000 [0-4]\./.test(f)));
});

test('a custom theme may use colours the check cannot read; it says so instead of passing them', () => {
  const { properties } = parseThemeCss(
    ':root { --praksis-color-mark: var(--brand); --praksis-color-text: rgb(27 31 36 / 50%); --praksis-color-focus: CanvasText }',
  );
  const report = checkTheme('custom', properties, 'light');
  assert.deepEqual(report.unchecked, ['text', 'focus', 'mark']);
  assert.ok(report.failures.includes('mark: var(--brand) is not an opaque colour that can be read, so it was not checked'));
  assert.ok(report.failures.includes('text: rgb(27 31 36 / 50%) is not an opaque colour that can be read, so it was not checked'));
});

test('a theme written in rgb(), hsl() or oklch() is checked like one in hex', () => {
  const hexTheme = parseThemeCss(`:root {
    --praksis-color-text: light-dark(#1b1f24, #e8eaed);
    --praksis-color-mark: #2b5c8a;
    --praksis-color-category-2: #88ccee;
  }`);
  const otherTheme = parseThemeCss(`:root {
    --praksis-color-text: light-dark(rgb(27 31 36), oklch(93.64% 0.0046 258.3));
    --praksis-color-mark: rgb(43, 92, 138);
    --praksis-color-category-2: hsl(200 75% 73.33%);
  }`);
  for (const scheme of ['light', 'dark'] as const) {
    const a = checkTheme('hex', hexTheme.properties, scheme);
    const b = checkTheme('other', otherTheme.properties, scheme);
    assert.deepEqual(b.unchecked, [], scheme);
    for (const [i, rule] of a.contrast.entries()) {
      assert.ok(Math.abs(rule.ratio - b.contrast[i]!.ratio) < 0.02, `${scheme} ${rule.foreground} on ${rule.background}: ${rule.ratio} / ${b.contrast[i]!.ratio}`);
    }
    // The same failure, found in either notation: the light sky blue is too pale on white.
    assert.equal(a.failures.length, b.failures.length, `${scheme}: ${b.failures.join('; ')}`);
  }
  // An oklch() colour that is too light for text on white fails like its hex twin.
  const pale = checkTheme('pale', parseThemeCss(':root { --praksis-color-text: oklch(75% 0.1 250) }').properties, 'light');
  assert.ok(pale.failures.some((f) => f.startsWith('text contrast text on background: ')), pale.failures.join('; '));
});

test('parsing: comments, light-dark() pairs, later declarations and the forced-colours block', () => {
  const css = `/* --praksis-color-text: #ff0000; */
    :root { --praksis-color-text: light-dark(#111111, #eeeeee); --praksis-color-mark:#2b5c8a; --praksis-color-scheme: light dark }
    .x { --praksis-color-mark: #004d99 }
    @media (forced-colors: active) { :root { --praksis-color-text: CanvasText; } }`;
  const { properties, schemes } = parseThemeCss(css);
  assert.deepEqual(schemes, ['light', 'dark']);
  assert.equal(properties['--praksis-color-mark'], '#004d99');
  assert.equal(themeColors(properties, 'light')['text'], '#111111');
  assert.equal(themeColors(properties, 'dark')['text'], '#eeeeee');
  // The comma that separates the two colours is the one outside the colours' own parentheses.
  const functions = parseThemeCss(':root { --praksis-color-text: light-dark(rgb(17, 17, 17), oklch(95% 0 0)) }').properties;
  assert.equal(themeColors(functions, 'light')['text'], 'rgb(17, 17, 17)');
  assert.equal(themeColors(functions, 'dark')['text'], 'oklch(95% 0 0)');
});

test('no palette encodes good and bad: no red–green diverging ends, one hue for the gauge bands', () => {
  const hue = (hex: string) => {
    const [, a, b] = toLab(parseColor(hex)!);
    return ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
  };
  const isRed = (h: number) => h < 45 || h > 345;
  const isGreen = (h: number) => h > 100 && h < 170;
  for (const { name, css } of shipped) {
    for (const report of checkThemeCss(name, css)) {
      const ends = [hue(report.colors['diverging-1']!), hue(report.colors['diverging-5']!)];
      assert.ok(!(ends.some(isRed) && ends.some(isGreen)), `${name} ${report.scheme}: diverging ends ${ends.join(', ')}`);
      const bands = ['band-low', 'band-mid', 'band-high'].map((b) => hue(report.colors[b]!));
      assert.ok(Math.max(...bands) - Math.min(...bands) < 40, `${name} ${report.scheme}: bands ${bands.join(', ')}`);
      // The categorical grey for “other” stays grey.
      const [, a, b] = toLab(parseColor(report.colors['category-other']!)!);
      assert.ok(Math.hypot(a, b) < 6, `${name}: other is grey`);
    }
  }
  // And categorical colours do not collapse onto the text colour that outlines them.
  const light = checkThemeCss('default', shipped.find((t) => t.name === 'default')!.css)[0]!;
  for (const c of CATEGORICAL) assert.ok(colorDifference(parseColor(light.colors[c]!)!, parseColor(light.colors['text']!)!) > 10, c);
});
