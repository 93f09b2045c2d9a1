// Types for cdn-plugins.mjs, for the scripts and tests written in TypeScript.
import type { Plugin, TreeshakingOptions } from 'rollup';
export function cdnPlugins(options?: { module?: boolean }): Plugin[];
export const cdnTreeshake: TreeshakingOptions;
export function widgetNamesPlugin(names: readonly string[]): Plugin;
