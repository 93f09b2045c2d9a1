/// <reference types="vite/client" />
// Global story setup:
// - "Language" toolbar (da/en): sets `lang` on a wrapper around every story;
//   widgets follow the nearest `lang` attribute.
// - Light/dark backgrounds matching the design tokens; the wrapper also gets
//   `color-scheme` so native controls match. Widgets pin their own scheme
//   with their `theme` attribute (set it through the story's args).
// - Custom Elements Manifests (packages/*/custom-elements.json, written by
//   `npm run analyze`) feed controls and docs when they exist.
// No fonts, CDNs or other network fetches.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';

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
  return html`<div class="praksis-story-root" lang=${lang} data-scheme=${scheme} style="color-scheme: ${scheme}">
    ${story()}
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
  },
  initialGlobals: {
    lang: 'da',
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
