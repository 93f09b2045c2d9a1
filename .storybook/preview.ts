/// <reference types="vite/client" />
// Global story setup:
// - "Language" toolbar (da/en): sets `lang` on a wrapper around every story;
//   widgets follow the nearest `lang` attribute.
// - Light/dark backgrounds matching the design tokens; the wrapper also gets
//   `color-scheme` so native controls match. Widgets pin their own scheme
//   with their `theme` attribute (set it through the story's args).
// - "Theme" toolbar: applies one of the shipped theme files
//   (packages/core/themes/*.css) to the wrapper, as linking it on a page would.
// - Custom Elements Manifests (packages/*/custom-elements.json, written by
//   `npm run analyze`) feed controls and docs when they exist.
// No fonts, CDNs or other network fetches.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEME_CSS, scopedThemeStyle } from '../stories/design-system/themes.js';

interface Manifest {
  schemaVersion: string;
  modules?: unknown[];
}
const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', { eager: true, import: 'default' });
const manifestList = Object.values(manifests);
if (manifestList.length > 0) {
  setCustomElementsManifest({
    schemaVersion: manifestList[0]?.schemaVersion ?? '1.0.0',
    modules: manifestList.flatMap((manifest) => manifest.modules ?? []),
  });
}

const BACKGROUNDS = {
  light: { name: 'Light', value: '#ffffff' },
  dark: { name: 'Dark', value: '#16191d' },
} as const;

function backgroundKey(value: unknown): keyof typeof BACKGROUNDS {
  // The backgrounds global is either { value: 'dark' } or just 'dark'.
  const key = typeof value === 'object' && value !== null && 'value' in value ? value.value : value;
  return key === 'dark' ? 'dark' : 'light';
}

const withLangAndScheme: Decorator = (story, context) => {
  const lang = context.globals['lang'] === 'en' ? 'en' : 'da';
  const scheme = backgroundKey(context.globals['backgrounds']);
  const theme = typeof context.globals['theme'] === 'string' ? THEME_CSS[context.globals['theme']] : undefined;
  return html`<div class="praksis-story-root" lang=${lang} data-scheme=${scheme} style="color-scheme: ${scheme}">
    ${theme ? scopedThemeStyle(theme, '.praksis-story-root') : nothing}${story()}
  </div>`;
};

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'A shipped theme file applied around every story',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [{ value: '', title: 'No theme (built-in fallbacks)' }, ...Object.keys(THEME_CSS).map((name) => ({ value: name, title: `${name}.css` }))],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    lang: 'da',
    theme: '',
    backgrounds: { value: 'light' },
  },
  parameters: {
    backgrounds: { options: BACKGROUNDS },
    controls: { expanded: true },
    layout: 'padded',
  },
  decorators: [withLangAndScheme],
};

export default preview;
