// Types for cdn-plugins.mjs, for the scripts written in TypeScript (scripts/stories).
import type { Plugin } from 'rollup';
export function cdnPlugins(options?: { module?: boolean }): Plugin[];
export function widgetNamesPlugin(names: readonly string[]): Plugin;
