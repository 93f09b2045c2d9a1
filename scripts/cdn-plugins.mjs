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
