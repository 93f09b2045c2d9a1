/**
 * The names of the widgets (the tag after "praksis-"), from the registry. The embed page's CDN
 * build replaces this module with the list itself (rollup.config.mjs), so that the page carries
 * the names and not the widgets' descriptors, validators and summaries.
 */
import { WIDGETS } from '../registry.js';

export const WIDGET_NAMES: readonly string[] = WIDGETS.map((widget) => widget.name);
