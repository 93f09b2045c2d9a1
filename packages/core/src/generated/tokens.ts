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
