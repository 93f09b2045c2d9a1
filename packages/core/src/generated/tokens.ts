// Generated from packages/core/tokens/tokens.json by `npm run generate`. Do not edit.

export interface Token {
  /** The public custom property, e.g. `--praksis-color-text`. */
  property: string;
  type: string;
  light: string;
  dark?: string;
  /** Set when the token ships only with the widgets that draw with it. */
  group?: string;
  /** A font size's step on the type scale: the size is TYPE_SCALE to this power, in em. */
  step?: number;
  description: string;
}

export const TOKENS: readonly Token[] = [
  {
    "property": "--praksis-color-scheme",
    "type": "keyword",
    "light": "light dark",
    "description": "The colour scheme the widgets draw in: `light dark` follows the reader's preference, `light` or `dark` pins it (the dark theme sets `dark`). A widget's `theme` attribute wins over it. Not a DTCG type: a CSS `color-scheme` value."
  },
  {
    "property": "--praksis-font-family",
    "type": "fontFamily",
    "light": "inherit",
    "description": "Font family; by default the host page's font."
  },
  {
    "property": "--praksis-font-size",
    "type": "dimension",
    "light": "medium",
    "description": "Base font size; `medium` is the reader's own default size."
  },
  {
    "property": "--praksis-font-size-small",
    "type": "dimension",
    "light": "0.833em",
    "step": -1,
    "description": "Type scale, step −1: small text (the source line and footer, keys, notes, secondary figures), relative to the base size."
  },
  {
    "property": "--praksis-font-size-large",
    "type": "dimension",
    "light": "1.2em",
    "step": 1,
    "description": "Type scale, step +1: sub-headings, and the title of the compact badge once it is expanded."
  },
  {
    "property": "--praksis-font-size-title",
    "type": "dimension",
    "light": "1.44em",
    "step": 2,
    "description": "Type scale, step +2: the widget’s title."
  },
  {
    "property": "--praksis-font-size-display",
    "type": "dimension",
    "light": "2.074em",
    "step": 4,
    "description": "Type scale, step +4: a headline figure (the capacity gauge’s patients per capacity)."
  },
  {
    "property": "--praksis-font-weight-strong",
    "type": "fontWeight",
    "light": "600",
    "description": "Emphasis: the title, table captions, the “fictional data” label."
  },
  {
    "property": "--praksis-line-height",
    "type": "number",
    "light": "1.45",
    "description": "Line height of running text."
  },
  {
    "property": "--praksis-line-height-title",
    "type": "number",
    "light": "1.25",
    "description": "Line height of the title."
  },
  {
    "property": "--praksis-color-text",
    "type": "color",
    "light": "#1b1f24",
    "dark": "#e8eaed",
    "description": "Text."
  },
  {
    "property": "--praksis-color-text-muted",
    "type": "color",
    "light": "#4f5761",
    "dark": "#b3b9c2",
    "description": "Secondary text: source line, axis labels."
  },
  {
    "property": "--praksis-color-background",
    "type": "color",
    "light": "#ffffff",
    "dark": "#16191d",
    "description": "Widget background."
  },
  {
    "property": "--praksis-color-surface",
    "type": "color",
    "light": "#f2f4f6",
    "dark": "#22262b",
    "description": "Raised surfaces: buttons, chips, table headers."
  },
  {
    "property": "--praksis-color-border",
    "type": "color",
    "light": "#8a939d",
    "dark": "#6b737c",
    "description": "Borders of controls and the frame."
  },
  {
    "property": "--praksis-color-focus",
    "type": "color",
    "light": "#0b57d0",
    "dark": "#8ab4f8",
    "description": "Focus ring."
  },
  {
    "property": "--praksis-color-mark",
    "type": "color",
    "light": "#2b5c8a",
    "dark": "#86b6e0",
    "group": "marks",
    "description": "The main data mark (bar, line)."
  },
  {
    "property": "--praksis-color-track",
    "type": "color",
    "light": "#e1e6ec",
    "dark": "#30363d",
    "group": "marks",
    "description": "The empty track behind a bar."
  },
  {
    "property": "--praksis-color-reference",
    "type": "color",
    "light": "#1b1f24",
    "dark": "#e8eaed",
    "group": "marks",
    "description": "Reference marks: a norm line."
  },
  {
    "property": "--praksis-color-comparison",
    "type": "color",
    "light": "#6a4a9c",
    "dark": "#c6a9f0",
    "group": "marks",
    "description": "A comparison marker, e.g. the national figure."
  },
  {
    "property": "--praksis-color-band-low",
    "type": "color",
    "light": "#eef2f6",
    "dark": "#1f2a36",
    "group": "marks",
    "description": "Gauge bands, step 1 of 3: the lowest of data-supplied bands, a three-step sequential scale (not a verdict)."
  },
  {
    "property": "--praksis-color-band-mid",
    "type": "color",
    "light": "#cfdbe7",
    "dark": "#2c4158",
    "group": "marks",
    "description": "Gauge bands, step 2 of 3."
  },
  {
    "property": "--praksis-color-band-high",
    "type": "color",
    "light": "#a9bfd5",
    "dark": "#3d5b7c",
    "group": "marks",
    "description": "Gauge bands, step 3 of 3: the highest band."
  },
  {
    "property": "--praksis-color-error",
    "type": "color",
    "light": "#9b1c1c",
    "dark": "#ffb4ab",
    "description": "Text and border of the error message."
  },
  {
    "property": "--praksis-color-fictional",
    "type": "color",
    "light": "#7a4b00",
    "dark": "#ffcf8a",
    "description": "Text of the “fictional data” label."
  },
  {
    "property": "--praksis-color-sequential-1",
    "type": "color",
    "light": "#eff3ff",
    "dark": "#1b2733",
    "group": "sequential",
    "description": "Sequential palette, step 1 of 5 (lowest values, e.g. shares under 20 %). The delegation matrix colours shares and ordinal levels with it. After ColorBrewer Blues; each step stays at least ΔE2000 5 from its neighbours and further from step 1 than the step before, in every simulated colour vision, and keeps 4.5:1 contrast with the text colour (dark mode too), so figures can sit on it."
  },
  {
    "property": "--praksis-color-sequential-2",
    "type": "color",
    "light": "#c6dbef",
    "dark": "#1c3650",
    "group": "sequential",
    "description": "Sequential palette, step 2 of 5."
  },
  {
    "property": "--praksis-color-sequential-3",
    "type": "color",
    "light": "#94c2df",
    "dark": "#1e466d",
    "group": "sequential",
    "description": "Sequential palette, step 3 of 5."
  },
  {
    "property": "--praksis-color-sequential-4",
    "type": "color",
    "light": "#6baed6",
    "dark": "#21578a",
    "group": "sequential",
    "description": "Sequential palette, step 4 of 5."
  },
  {
    "property": "--praksis-color-sequential-5",
    "type": "color",
    "light": "#4292c6",
    "dark": "#2a68a3",
    "group": "sequential",
    "description": "Sequential palette, step 5 of 5 (highest values)."
  },
  {
    "property": "--praksis-color-diverging-1",
    "type": "color",
    "light": "#f1a340",
    "dark": "#9a520a",
    "group": "diverging",
    "description": "Diverging palette, step 1 of 5: one end of a two-sided scale (in the delegation matrix: doctor only). After ColorBrewer PuOr (orange–purple), with a grey middle so it shows on white; the two arms grow steadily away from the middle, neighbouring steps stay at least ΔE2000 5 apart and the arms 10 apart in every simulated colour vision; every step keeps 4.5:1 contrast with the text colour. The two ends are two directions, not good and bad."
  },
  {
    "property": "--praksis-color-diverging-2",
    "type": "color",
    "light": "#fee0b6",
    "dark": "#5f3f1d",
    "group": "diverging",
    "description": "Diverging palette, step 2 of 5 (mainly doctor)."
  },
  {
    "property": "--praksis-color-diverging-3",
    "type": "color",
    "light": "#e2e2e2",
    "dark": "#2f3338",
    "group": "diverging",
    "description": "Diverging palette, step 3 of 5: the neutral middle (shared equally)."
  },
  {
    "property": "--praksis-color-diverging-4",
    "type": "color",
    "light": "#cac6e4",
    "dark": "#453d72",
    "group": "diverging",
    "description": "Diverging palette, step 4 of 5 (mainly staff)."
  },
  {
    "property": "--praksis-color-diverging-5",
    "type": "color",
    "light": "#998ec3",
    "dark": "#6549a8",
    "group": "diverging",
    "description": "Diverging palette, step 5 of 5: the other end (staff only)."
  },
  {
    "property": "--praksis-color-category-1",
    "type": "color",
    "light": "#332288",
    "dark": "#8da8c9",
    "group": "category",
    "description": "Categorical palette, colour 1 of 8 (sankey nodes and flows, in order of first appearance). After Paul Tol's “muted” (light) and “light” (dark) schemes (SRON, 2021), adjusted so that every colour keeps 3:1 contrast with the background and all nine colours, “other” included, stay at least ΔE2000 10 apart with normal vision and under simulated protanopia, deuteranopia and tritanopia (packages/core/test/themes.test.ts). It tells categories apart, never good from bad; labels always say the same. Here indigo / greyish blue."
  },
  {
    "property": "--praksis-color-category-2",
    "type": "color",
    "light": "#7b8ce8",
    "dark": "#99ddff",
    "group": "category",
    "description": "Categorical palette, colour 2 of 8: periwinkle / light cyan."
  },
  {
    "property": "--praksis-color-category-3",
    "type": "color",
    "light": "#2c7da2",
    "dark": "#41b998",
    "group": "category",
    "description": "Categorical palette, colour 3 of 8: steel blue / mint."
  },
  {
    "property": "--praksis-color-category-4",
    "type": "color",
    "light": "#116e2a",
    "dark": "#c4d437",
    "group": "category",
    "description": "Categorical palette, colour 4 of 8: green / pear."
  },
  {
    "property": "--praksis-color-category-5",
    "type": "color",
    "light": "#96971f",
    "dark": "#a3a300",
    "group": "category",
    "description": "Categorical palette, colour 5 of 8: olive / olive."
  },
  {
    "property": "--praksis-color-category-6",
    "type": "color",
    "light": "#ad8c6d",
    "dark": "#f5e7a3",
    "group": "category",
    "description": "Categorical palette, colour 6 of 8: tan / light yellow."
  },
  {
    "property": "--praksis-color-category-7",
    "type": "color",
    "light": "#b05668",
    "dark": "#cf7f6a",
    "group": "category",
    "description": "Categorical palette, colour 7 of 8: rose / salmon."
  },
  {
    "property": "--praksis-color-category-8",
    "type": "color",
    "light": "#882255",
    "dark": "#ffb2c0",
    "group": "category",
    "description": "Categorical palette, colour 8 of 8: wine / pink."
  },
  {
    "property": "--praksis-color-category-other",
    "type": "color",
    "light": "#7d848c",
    "dark": "#7d858e",
    "group": "category",
    "description": "A grouped category such as “Øvrige / Other”: neutral grey, apart from the eight categorical colours and checked with them."
  },
  {
    "property": "--praksis-radius",
    "type": "dimension",
    "light": "4px",
    "description": "Corner radius of the frame and controls."
  },
  {
    "property": "--praksis-border-width",
    "type": "dimension",
    "light": "1px",
    "description": "Width of the frame, control and table borders."
  },
  {
    "property": "--praksis-control-size",
    "type": "dimension",
    "light": "2em",
    "description": "Height and least width of every button (the table toggle, downloads, the badge’s details), the same in every widget. Never under 24 CSS px, whatever the font size (WCAG 2.5.8 target size)."
  },
  {
    "property": "--praksis-space-1",
    "type": "dimension",
    "light": "0.25em",
    "description": "Smallest gap."
  },
  {
    "property": "--praksis-space-2",
    "type": "dimension",
    "light": "0.5em",
    "description": "Gap between related items."
  },
  {
    "property": "--praksis-space-3",
    "type": "dimension",
    "light": "1em",
    "description": "Gap between sections; frame padding."
  },
  {
    "property": "--praksis-focus-width",
    "type": "dimension",
    "light": "3px",
    "description": "Width of the focus ring."
  },
  {
    "property": "--praksis-focus-offset",
    "type": "dimension",
    "light": "2px",
    "description": "Gap between a focused control and its focus ring."
  },
  {
    "property": "--praksis-motion-duration",
    "type": "duration",
    "light": "120ms",
    "description": "Length of the few transitions (hover, highlighting a flow). Only used when the reader has not asked for reduced motion; `0s` turns them off."
  }
];

/** The ratio between neighbouring steps of the type scale (the font sizes with a `step`). */
export const TYPE_SCALE = 1.2;

/** The shipped themes, each a CSS file in packages/core/themes/ (and dist/cdn/themes/). */
export const THEME_NAMES = ["default","dark","dkfds"] as const;
