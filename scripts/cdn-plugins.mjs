// The plugins every CDN file is built with, shared by rollup.config.mjs and
// scripts/size-breakdown.mjs so that a breakdown measures what ships.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './rollup-minify-templates.mjs';

/**
 * @param {{ module?: boolean }} [options] `module: false` for classic scripts (IIFE).
 * @returns {import('rollup').Plugin[]}
 */
export function cdnPlugins({ module = true } = {}) {
  return [
    nodeResolve({ browser: true }),
    terser({
      module,
      ecma: 2020,
      compress: { passes: 2 },
      // The bundled libraries' notices are collected once in the banner (rollup.config.mjs).
      format: { comments: false },
    }),
    // After terser, so that its renderChunk sees minified code (see the plugin's notes).
    minifyTemplates(),
  ];
}

/**
 * Tree shaking for every CDN file. d3-array's one-file build makes its bisectors at module level
 * (`bisector(ascending)`), calls rollup cannot prove free of side effects, so a widget that uses
 * only `nice` and `ticks` would carry every bisector (0.2 KB gzip); they are pure.
 *
 * @type {import('rollup').TreeshakingOptions}
 */
export const cdnTreeshake = { manualPureFunctions: ['bisector'] };

/** packages/widgets' embed/widget-names module, compiled or from its source. */
const WIDGET_NAMES_MODULE = /[\\/]packages[\\/]widgets[\\/](dist|src)[\\/]embed[\\/]widget-names\.(js|ts)$/;

/**
 * The autoloader and the embed page need the widgets' names only: they get them as a list, not
 * through the registry, which would bring every widget's validator and summary along. A rollup
 * plugin, which Vite takes too (scripts/stories/autoloader-page.ts).
 *
 * @param {readonly string[]} names
 * @returns {import('rollup').Plugin}
 */
export function widgetNamesPlugin(names) {
  return {
    name: 'widget-names-only',
    load: (id) => (WIDGET_NAMES_MODULE.test(id) ? `export const WIDGET_NAMES = ${JSON.stringify(names)};` : null),
  };
}
