// Types for rollup-minify-templates.mjs, for its test.
import type { Plugin } from 'rollup';
export function minifyTemplates(): Plugin;
