#!/usr/bin/env node
// Generates, from tokens/tokens.json (W3C design-tokens format), everything that depends on the
// tokens, so nothing is written twice by hand:
//   src/generated/token-css.ts  the CSS that sets private --_* variables from public --praksis-*
//                               custom properties with compiled-in fallbacks (light, dark)
//   src/generated/tokens.ts     the tokens as TypeScript constants (for docs, stories, tests)
//   docs/tokens.md              the reference page
// `--out DIR` writes into DIR instead (the up-to-date test compares the two).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(packageDir, '../..');
const EXTENSION = 'dk.praksis-widgets';

/** Flattens the token tree into [{ name, type, light, dark, description }], names as CSS names. */
export function flattenTokens(tree, path = []) {
  return Object.entries(tree).flatMap(([key, node]) => {
    if (key.startsWith('$')) return [];
    if (node && typeof node === 'object' && '$value' in node) {
      return [
        {
          name: [...path, key].join('-'),
          type: node.$type,
          light: String(node.$value),
          dark: node.$extensions?.[EXTENSION]?.dark,
          description: node.$description ?? '',
        },
      ];
    }
    return flattenTokens(node, [...path, key]);
  });
}

/** A token's compiled-in fallback: colours follow the used colour scheme through light-dark(). */
export function fallbackOf(token) {
  return token.dark ? `light-dark(${token.light},${token.dark})` : token.light;
}

/** Palette groups ship only with the widgets that draw with them (see tokenCss). */
export const PALETTES = ['sequential', 'diverging', 'category'];
const paletteOf = (token) => PALETTES.find((p) => token.name.startsWith(`praksis-color-${p}-`));

const declarations = (tokens) =>
  tokens.map((t) => `--_${t.name.replace(/^praksis-/, '')}:var(--${t.name},${fallbackOf(t)});`).join('');

function tokenCss(tokens) {
  // `--praksis-color-text` is public; `--_color-text` is what component styles read. The scheme is
  // the reader's preference unless the embedder pins it with the theme attribute.
  return `:host{color-scheme:light dark;${declarations(tokens.filter((t) => !paletteOf(t)))}}:host([theme='light']){color-scheme:light}:host([theme='dark']){color-scheme:dark}`;
}

const paletteCss = (tokens, palette) => `:host{${declarations(tokens.filter((t) => paletteOf(t) === palette))}}`;

const HEADER = '// Generated from packages/core/tokens/tokens.json by `npm run generate`. Do not edit.\n';

export function generateTokens(outDir = null) {
  const tree = JSON.parse(readFileSync(join(packageDir, 'tokens/tokens.json'), 'utf8'));
  const tokens = flattenTokens(tree);
  const files = {
    'packages/core/src/generated/token-css.ts':
      `${HEADER}\n/** Light or dark by the reader's preference; \`theme="light"\` or \`theme="dark"\` pins the scheme. */\n` +
      `export const TOKEN_CSS = ${JSON.stringify(tokenCss(tokens))};\n` +
      PALETTES.map(
        (p) => `\n/** The ${p} palette's variables, for widgets that draw with it. */\nexport const ${p.toUpperCase()}_PALETTE_CSS = ${JSON.stringify(paletteCss(tokens, p))};\n`,
      ).join(''),
    'packages/core/src/generated/tokens.ts':
      `${HEADER}\nexport interface Token {\n  /** The public custom property, e.g. \`--praksis-color-text\`. */\n  property: string;\n  type: string;\n  light: string;\n  dark?: string;\n  description: string;\n}\n\n` +
      `export const TOKENS: readonly Token[] = ${JSON.stringify(
        tokens.map((t) => ({ property: `--${t.name}`, type: t.type, light: t.light, dark: t.dark, description: t.description })),
        null,
        2,
      )};\n`,
    'docs/tokens.md':
      `<!-- Generated from packages/core/tokens/tokens.json by \`npm run generate\`. Do not edit. -->\n# Design tokens\n\n` +
      `Set any of these custom properties on a widget (or an ancestor) to theme it. Each has a built-in\nfallback, so a widget looks right with no stylesheet; colours have a light and a dark value.\n\n` +
      `| property | type | light | dark | purpose |\n| --- | --- | --- | --- | --- |\n` +
      tokens
        .map((t) => `| \`--${t.name}\` | ${t.type} | \`${t.light}\` | ${t.dark ? `\`${t.dark}\`` : '—'} | ${t.description.replace(/\|/g, '\\|')} |`)
        .join('\n') +
      '\n',
  };
  for (const [path, text] of Object.entries(files)) {
    const target = join(outDir ?? repoDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return Object.keys(files);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const written = generateTokens(at > 0 ? resolve(process.argv[at + 1]) : null);
  console.log(`tokens: wrote ${written.length} files`);
}
