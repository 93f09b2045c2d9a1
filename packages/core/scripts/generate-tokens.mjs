#!/usr/bin/env node
// Generates, from tokens/tokens.json (W3C design-tokens format) and the theme files in
// tokens/themes/*.json, everything that depends on the tokens, so nothing is written twice by hand:
//   src/generated/token-css.ts  the CSS that sets private --_* variables from public --praksis-*
//                               custom properties with compiled-in fallbacks (light, dark)
//   src/generated/tokens.ts     the tokens as TypeScript constants (for docs, stories, tests)
//   themes/<name>.css           one plain CSS file of --praksis-* custom properties per theme,
//                               (copied to dist/cdn/themes/ by the CDN build)
//   docs/tokens.md              the reference page
// `--out DIR` writes into DIR instead (the up-to-date test compares the two).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(packageDir, '../..');
const EXTENSION = 'dk.praksis-widgets';

/** A DTCG value as CSS: a font-family array becomes a font stack, anything else its string. */
function cssValue(value) {
  if (Array.isArray(value)) {
    const generic = /^(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-[a-z-]+|math|emoji|fangsong|-apple-system)$/;
    return value.map((f) => (generic.test(f) || /^[a-z-]+$/i.test(f) ? f : JSON.stringify(f))).join(', ');
  }
  return String(value);
}

/**
 * Flattens the token tree into [{ name, type, light, dark, group, description }], names as
 * CSS names. A group's $type applies to the tokens under it unless they set their own.
 */
export function flattenTokens(tree, path = [], inheritedType = undefined) {
  const groupType = tree.$type ?? inheritedType;
  return Object.entries(tree).flatMap(([key, node]) => {
    if (key.startsWith('$')) return [];
    if (node && typeof node === 'object' && '$value' in node) {
      const ext = node.$extensions?.[EXTENSION] ?? {};
      return [
        {
          name: [...path, key].join('-'),
          type: node.$type ?? groupType,
          light: cssValue(node.$value),
          dark: ext.dark,
          group: ext.group,
          step: ext.step,
          description: node.$description ?? '',
        },
      ];
    }
    return flattenTokens(node, [...path, key], groupType);
  });
}

/** A token's compiled-in fallback: colours follow the used colour scheme through light-dark(). */
export function fallbackOf(token) {
  return token.dark ? `light-dark(${token.light},${token.dark})` : token.light;
}

/**
 * Token groups that ship only with the widgets that draw with them (see tokenCss), with the name
 * of their generated CSS constant and of the style export in src/tokens.ts.
 */
export const GROUPS = {
  marks: { constant: 'MARK_CSS', styles: 'markStyles', what: 'The chart marks’ variables (bar, track, reference, comparison, bands)' },
  sequential: { constant: 'SEQUENTIAL_PALETTE_CSS', styles: 'sequentialPaletteStyles', what: 'The sequential palette’s variables' },
  diverging: { constant: 'DIVERGING_PALETTE_CSS', styles: 'divergingPaletteStyles', what: 'The diverging palette’s variables' },
  category: { constant: 'CATEGORY_PALETTE_CSS', styles: 'categoryPaletteStyles', what: 'The categorical palette’s variables' },
};
/** The palettes among the groups. */
export const PALETTES = ['sequential', 'diverging', 'category'];

const privateName = (token) => `--_${token.name.replace(/^praksis-/, '')}`;
const declarations = (tokens) => tokens.map((t) => `${privateName(t)}:var(--${t.name},${fallbackOf(t)});`).join('');

function tokenCss(tokens) {
  // `--praksis-color-text` is public; `--_color-text` is what component styles read. The scheme is
  // the reader's preference unless a theme sets --praksis-color-scheme or the embedder pins it with
  // the theme attribute.
  return `:host{color-scheme:var(--_color-scheme);${declarations(tokens.filter((t) => !t.group))}}:host([theme='light']){color-scheme:light}:host([theme='dark']){color-scheme:dark}`;
}

const groupCss = (tokens, group) => `:host{${declarations(tokens.filter((t) => t.group === group))}}`;

/** A theme's own value for each token it overrides: { name: { light, dark } }. */
function themeOverrides(themeTree) {
  return Object.fromEntries(flattenTokens(themeTree).map((t) => [t.name, t]));
}

/** The schemes a `color-scheme` value allows. */
export const schemesOf = (value) => (/\bdark\b/.test(value) ? (/\blight\b/.test(value) ? ['light', 'dark'] : ['dark']) : ['light']);

/** Every token's value in a theme, as CSS: a light-dark() pair when the theme follows both schemes. */
export function themeValues(tokens, themeTree) {
  const overrides = themeOverrides(themeTree);
  const scheme = overrides['praksis-color-scheme']?.light ?? tokens.find((t) => t.name === 'praksis-color-scheme').light;
  const schemes = schemesOf(scheme);
  return tokens.map((token) => {
    const own = overrides[token.name];
    const light = own ? own.light : token.light;
    const dark = own ? own.dark : token.dark;
    let value = light;
    if (schemes.length === 2) value = dark && dark !== light ? `light-dark(${light}, ${dark})` : light;
    else if (schemes[0] === 'dark') value = dark ?? light;
    return { token, value, overridden: Boolean(own) };
  });
}

const CSS_WIDE = /^(inherit|initial|unset|revert|revert-layer)$/;

function themeCss(name, tokens, themeTree) {
  const lines = themeValues(tokens, themeTree).map(({ token, value }) =>
    // A custom property set to `inherit` would inherit the property itself, not mean "the host's
    // font": leave such tokens to the widget's own fallback.
    CSS_WIDE.test(value)
      ? `  /* --${token.name} is left unset: the widgets' built-in \`${value}\` applies. */`
      : `  --${token.name}: ${value};`,
  );
  return (
    `/*\n * Praksis Widgets theme “${name}”. ${themeTree.$description ?? ''}\n *\n` +
    ` * Link it on the page (<link rel="stylesheet" href=".../themes/${name}.css">): custom properties\n` +
    ` * inherit into the widgets' shadow DOM. Generated from packages/core/tokens/tokens.json and\n` +
    ` * tokens/themes/${name}.json by \`npm run generate\`; copy it to start a theme of your own.\n */\n` +
    `:root {\n${lines.join('\n')}\n}\n\n` +
    `/*\n * Forced colours (Windows high contrast) need nothing here: the browser gives text, backgrounds\n` +
    ` * and borders the reader's system colours, and the widgets' own forced-colors rules do the same\n` +
    ` * for their marks, whatever the theme. Don't set colours with !important or forced-color-adjust.\n */\n`
  );
}

const HEADER = '// Generated from packages/core/tokens/tokens.json by `npm run generate`. Do not edit.\n';
const cell = (text) => String(text).replace(/\|/g, '\\|');

function tokensMd(tokens, themes) {
  const table =
    `| property | type | light | dark | purpose |\n| --- | --- | --- | --- | --- |\n` +
    tokens
      .map(
        (t) =>
          `| \`--${t.name}\` | ${t.type} | \`${cell(t.light)}\` | ${t.dark ? `\`${t.dark}\`` : '—'} | ${cell(t.description)} |`,
      )
      .join('\n');
  const themeSections = themes
    .map(({ name, tree }) => {
      const changed = themeValues(tokens, tree).filter((v) => v.overridden);
      return (
        `### ${name}\n\n\`packages/core/themes/${name}.css\`, on the CDN \`themes/${name}.css\`. ${tree.$description ?? ''}\n\n` +
        (changed.length
          ? `| property | value |\n| --- | --- |\n${changed.map((v) => `| \`--${v.token.name}\` | \`${cell(v.value)}\` |`).join('\n')}\n`
          : 'Every property at its default.\n')
      );
    })
    .join('\n');
  return (
    `<!-- Generated from packages/core/tokens/tokens.json and tokens/themes/*.json by \`npm run generate\`. Do not edit. -->\n# Design tokens\n\n` +
    `Set any of these custom properties on a widget (or an ancestor) to theme it. Each has a built-in\nfallback, so a widget looks right with no stylesheet; colours have a light and a dark value. How to apply a theme or write your own: [theming.md](theming.md).\n\n` +
    `${table}\n\n## Themes\n\nEach theme is a plain CSS file that sets every property above; the tables list what a theme\nchanges from the default.\n\n${themeSections}`
  );
}

export function readThemes() {
  const dir = join(packageDir, 'tokens/themes');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => (a === 'default.json' ? -1 : b === 'default.json' ? 1 : a.localeCompare(b)))
    .map((f) => ({ name: f.replace(/\.json$/, ''), tree: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

export function generateTokens(outDir = null) {
  const tree = JSON.parse(readFileSync(join(packageDir, 'tokens/tokens.json'), 'utf8'));
  const tokens = flattenTokens(tree);
  const themes = readThemes();
  const files = {
    'packages/core/src/generated/token-css.ts':
      `${HEADER}\n/** Light or dark by the reader's preference; \`theme="light"\` or \`theme="dark"\` pins the scheme. */\n` +
      `export const TOKEN_CSS = ${JSON.stringify(tokenCss(tokens))};\n` +
      Object.entries(GROUPS)
        .map(([group, { constant, what }]) => `\n/** ${what}, for widgets that draw with them. */\nexport const ${constant} = ${JSON.stringify(groupCss(tokens, group))};\n`)
        .join(''),
    'packages/core/src/generated/tokens.ts':
      `${HEADER}\nexport interface Token {\n  /** The public custom property, e.g. \`--praksis-color-text\`. */\n  property: string;\n  type: string;\n  light: string;\n  dark?: string;\n  /** Set when the token ships only with the widgets that draw with it. */\n  group?: string;\n  /** A font size's step on the type scale: the size is TYPE_SCALE to this power, in em. */\n  step?: number;\n  description: string;\n}\n\n` +
      `export const TOKENS: readonly Token[] = ${JSON.stringify(
        tokens.map((t) => ({ property: `--${t.name}`, type: t.type, light: t.light, dark: t.dark, group: t.group, step: t.step, description: t.description })),
        null,
        2,
      )};\n\n/** The ratio between neighbouring steps of the type scale (the font sizes with a \`step\`). */\nexport const TYPE_SCALE = ${JSON.stringify(tree.praksis.font.$extensions[EXTENSION].scale)};\n\n/** The shipped themes, each a CSS file in packages/core/themes/ (and dist/cdn/themes/). */\nexport const THEME_NAMES = ${JSON.stringify(themes.map((t) => t.name))} as const;\n`,
    ...Object.fromEntries(themes.map(({ name, tree: theme }) => [`packages/core/themes/${name}.css`, themeCss(name, tokens, theme)])),
    'docs/tokens.md': tokensMd(tokens, themes),
  };
  for (const [path, text] of Object.entries(files)) {
    const target = join(outDir ?? repoDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return Object.keys(files);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { out } = parseArgs({ options: { out: { type: 'string' } } }).values;
  const written = generateTokens(out ? resolve(out) : null);
  console.log(`tokens: wrote ${written.length} files`);
}
