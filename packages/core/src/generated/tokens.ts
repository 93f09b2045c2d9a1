// Generated from packages/core/tokens/tokens.json by `npm run generate`. Do not edit.

export interface Token {
  /** The public custom property, e.g. `--praksis-color-text`. */
  property: string;
  type: string;
  light: string;
  dark?: string;
  description: string;
}

export const TOKENS: readonly Token[] = [
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
    "property": "--praksis-line-height",
    "type": "number",
    "light": "1.45",
    "description": "Line height of running text."
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
    "description": "The main data mark (bar, line)."
  },
  {
    "property": "--praksis-color-track",
    "type": "color",
    "light": "#e1e6ec",
    "dark": "#30363d",
    "description": "The empty track behind a bar."
  },
  {
    "property": "--praksis-color-reference",
    "type": "color",
    "light": "#1b1f24",
    "dark": "#e8eaed",
    "description": "Reference marks: a norm line."
  },
  {
    "property": "--praksis-color-comparison",
    "type": "color",
    "light": "#6a4a9c",
    "dark": "#c6a9f0",
    "description": "A comparison marker, e.g. the national figure."
  },
  {
    "property": "--praksis-color-band-low",
    "type": "color",
    "light": "#eef2f6",
    "dark": "#1f2a36",
    "description": "Lowest step of data-supplied bands (sequential, not a verdict)."
  },
  {
    "property": "--praksis-color-band-mid",
    "type": "color",
    "light": "#cfdbe7",
    "dark": "#2c4158",
    "description": "Middle step of data-supplied bands."
  },
  {
    "property": "--praksis-color-band-high",
    "type": "color",
    "light": "#a9bfd5",
    "dark": "#3d5b7c",
    "description": "Highest step of data-supplied bands."
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
    "description": "Sequential palette, step 1 of 5 (lowest values, e.g. shares under 20 %). ColorBrewer Blues, colour-blind safe; every step keeps 4.5:1 contrast with the text colour, in dark mode too, so figures can sit on it. Used by the delegation matrix for shares and ordinal levels."
  },
  {
    "property": "--praksis-color-sequential-2",
    "type": "color",
    "light": "#c6dbef",
    "dark": "#1c3650",
    "description": "Sequential palette, step 2 of 5."
  },
  {
    "property": "--praksis-color-sequential-3",
    "type": "color",
    "light": "#9ecae1",
    "dark": "#1e466d",
    "description": "Sequential palette, step 3 of 5."
  },
  {
    "property": "--praksis-color-sequential-4",
    "type": "color",
    "light": "#6baed6",
    "dark": "#21578a",
    "description": "Sequential palette, step 4 of 5."
  },
  {
    "property": "--praksis-color-sequential-5",
    "type": "color",
    "light": "#4292c6",
    "dark": "#2a68a3",
    "description": "Sequential palette, step 5 of 5 (highest values)."
  },
  {
    "property": "--praksis-color-diverging-1",
    "type": "color",
    "light": "#f1a340",
    "dark": "#9a520a",
    "description": "Diverging palette, step 1 of 5: one end of a two-sided scale (in the delegation matrix: doctor only). ColorBrewer PuOr (orange–purple), colour-blind safe, with a grey middle so it shows on white; every step keeps 4.5:1 contrast with the text colour. The two ends are two directions, not good and bad."
  },
  {
    "property": "--praksis-color-diverging-2",
    "type": "color",
    "light": "#fee0b6",
    "dark": "#5f3f1d",
    "description": "Diverging palette, step 2 of 5 (mainly doctor)."
  },
  {
    "property": "--praksis-color-diverging-3",
    "type": "color",
    "light": "#e2e2e2",
    "dark": "#2f3338",
    "description": "Diverging palette, step 3 of 5: the neutral middle (shared equally)."
  },
  {
    "property": "--praksis-color-diverging-4",
    "type": "color",
    "light": "#d8daeb",
    "dark": "#453d72",
    "description": "Diverging palette, step 4 of 5 (mainly staff)."
  },
  {
    "property": "--praksis-color-diverging-5",
    "type": "color",
    "light": "#998ec3",
    "dark": "#6549a8",
    "description": "Diverging palette, step 5 of 5: the other end (staff only)."
  },
  {
    "property": "--praksis-color-category-1",
    "type": "color",
    "light": "#332288",
    "dark": "#77aadd",
    "description": "Categorical palette, colour 1 of 8 (sankey nodes and flows): Paul Tol's colour-blind-safe “muted” scheme (SRON technical note, 2021) in light mode, his “light” scheme in dark mode. It tells categories apart, never good from bad, and labels always say the same. Here indigo / light blue."
  },
  {
    "property": "--praksis-color-category-2",
    "type": "color",
    "light": "#88ccee",
    "dark": "#99ddff",
    "description": "Categorical palette, colour 2 of 8: cyan / light cyan."
  },
  {
    "property": "--praksis-color-category-3",
    "type": "color",
    "light": "#44aa99",
    "dark": "#44bb99",
    "description": "Categorical palette, colour 3 of 8: teal / mint."
  },
  {
    "property": "--praksis-color-category-4",
    "type": "color",
    "light": "#117733",
    "dark": "#bbcc33",
    "description": "Categorical palette, colour 4 of 8: green / pear."
  },
  {
    "property": "--praksis-color-category-5",
    "type": "color",
    "light": "#999933",
    "dark": "#aaaa00",
    "description": "Categorical palette, colour 5 of 8: olive / olive."
  },
  {
    "property": "--praksis-color-category-6",
    "type": "color",
    "light": "#ddcc77",
    "dark": "#eedd88",
    "description": "Categorical palette, colour 6 of 8: sand / light yellow."
  },
  {
    "property": "--praksis-color-category-7",
    "type": "color",
    "light": "#cc6677",
    "dark": "#ee8866",
    "description": "Categorical palette, colour 7 of 8: rose / orange."
  },
  {
    "property": "--praksis-color-category-8",
    "type": "color",
    "light": "#882255",
    "dark": "#ffaabb",
    "description": "Categorical palette, colour 8 of 8: wine / pink."
  },
  {
    "property": "--praksis-color-category-other",
    "type": "color",
    "light": "#9aa1a9",
    "dark": "#7d858e",
    "description": "A grouped category such as “Øvrige / Other”: neutral grey, apart from the eight categorical colours."
  },
  {
    "property": "--praksis-radius",
    "type": "dimension",
    "light": "4px",
    "description": "Corner radius of the frame and controls."
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
  }
];
