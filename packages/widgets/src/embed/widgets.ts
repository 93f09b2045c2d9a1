/**
 * The widgets an embed page can show, by the tag name after "praksis-". An embed page takes its
 * widget from the URL, so it accepts only these names.
 */
import { WIDGET_NAMES } from './widget-names.js';

export const EMBED_WIDGETS: readonly string[] = WIDGET_NAMES;

export function isEmbedWidget(name: unknown): name is string {
  return typeof name === 'string' && EMBED_WIDGETS.includes(name);
}
