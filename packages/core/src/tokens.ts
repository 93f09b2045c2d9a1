import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens: each becomes a public custom property `--praksis-<name>` that an embedder may set,
 * read through a private `--_<name>` whose fallback is compiled in, so a widget looks right on a page
 * with no stylesheet of ours. Colours have a light and a dark value; no colour means good or bad.
 */
export interface Token {
  light: string;
  dark?: string;
  description: string;
}

export const TOKENS = {
  'font-family': { light: 'inherit', description: 'Font family; by default the host page’s font.' },
  'font-size': { light: 'medium', description: 'Base font size; `medium` is the reader’s own default size.' },
  'line-height': { light: '1.45', description: 'Line height of running text.' },
  'color-text': { light: '#1b1f24', dark: '#e8eaed', description: 'Text.' },
  'color-text-muted': { light: '#4f5761', dark: '#b3b9c2', description: 'Secondary text: source line, axis labels.' },
  'color-background': { light: '#ffffff', dark: '#16191d', description: 'Widget background.' },
  'color-surface': { light: '#f2f4f6', dark: '#22262b', description: 'Raised surfaces: buttons, chips, table headers.' },
  'color-border': { light: '#8a939d', dark: '#6b737c', description: 'Borders of controls and the frame.' },
  'color-focus': { light: '#0b57d0', dark: '#8ab4f8', description: 'Focus ring.' },
  'color-mark': { light: '#2b5c8a', dark: '#86b6e0', description: 'The main data mark (bar, line).' },
  'color-track': { light: '#e1e6ec', dark: '#30363d', description: 'The empty track behind a bar.' },
  'color-reference': { light: '#1b1f24', dark: '#e8eaed', description: 'Reference marks: a norm line.' },
  'color-comparison': { light: '#6a4a9c', dark: '#c6a9f0', description: 'A comparison marker, e.g. the national figure.' },
  'color-band-low': { light: '#eef2f6', dark: '#1f2a36', description: 'Lowest step of data-supplied bands (sequential, not a verdict).' },
  'color-band-mid': { light: '#cfdbe7', dark: '#2c4158', description: 'Middle step of data-supplied bands.' },
  'color-band-high': { light: '#a9bfd5', dark: '#3d5b7c', description: 'Highest step of data-supplied bands.' },
  'color-error': { light: '#9b1c1c', dark: '#ffb4ab', description: 'Text and border of the error message.' },
  'color-fictional': { light: '#7a4b00', dark: '#ffcf8a', description: 'Text of the “fictional data” label.' },
  radius: { light: '4px', description: 'Corner radius of the frame and controls.' },
  'space-1': { light: '0.25em', description: 'Smallest gap.' },
  'space-2': { light: '0.5em', description: 'Gap between related items.' },
  'space-3': { light: '1em', description: 'Gap between sections; frame padding.' },
  'focus-width': { light: '3px', description: 'Width of the focus ring.' },
} as const satisfies Record<string, Token>;

export type TokenName = keyof typeof TOKENS;

const entries = Object.entries(TOKENS) as [TokenName, Token][];
const declarations = (mode: 'light' | 'dark') =>
  entries
    .filter(([, token]) => mode === 'light' || token.dark)
    .map(([name, token]) => `--_${name}: var(--praksis-${name}, ${mode === 'dark' ? token.dark : token.light});`)
    .join('');

/**
 * Light values by default; dark when the reader prefers it, unless the embedder pins
 * `theme="light"`; `theme="dark"` forces dark.
 */
export const tokenStyles: CSSResult = unsafeCSS(
  `:host{${declarations('light')}}` +
    `:host([theme='dark']){${declarations('dark')}}` +
    `@media (prefers-color-scheme: dark){:host(:not([theme='light'])){${declarations('dark')}}}`,
);
