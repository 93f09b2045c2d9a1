/**
 * Renders a widget on the server with @lit-labs/ssr, into declarative shadow DOM: a static embed
 * page then shows the chart itself to a reader without JavaScript. When scripts run, the widget's
 * own file defines the element, which takes the shadow root over and draws it anew (attachShadow
 * empties a declarative root and hands it to the element).
 *
 * A render is synchronous, but a widget's first view may draw a part loaded on demand (the gauge's
 * trend, the full badge's detail, and in English the English words first): `prepare` draws and waits
 * for those parts until a draw asks for none; they then stay loaded for every element of their kind
 * (core's parts-controller.ts), so the draw after it has them.
 *
 * Node only. `serverRenderer()` installs Lit's DOM shim, then loads Lit's server renderer and every
 * widget, in that order (so it imports them itself rather than at the top): the `praksis-embed page`
 * CLI and the docs build pass what it returns as `staticEmbedPage`'s `render` option.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../html-text.js';

export interface ServerRendered {
  /** The element's declarative shadow root: `<template shadowrootmode="open">…</template>`. */
  shadow: string;
  /** CSP hash sources ('sha256-…') of the inline <style> elements in it, for the page's style-src. */
  styleHashes: string[];
}

/** Draws that may each wait for parts before the one that is kept: the English words, then the parts of the view. */
const MAX_PREPARE_PASSES = 3;

const TEMPLATE = /<template [^>]*shadowrootmode="open"[^>]*>[\s\S]*<\/template>/;
const STYLE = /<style>([\s\S]*?)<\/style>/g;

/** A template for `<tag attrs .data=${doc}>`: the tag and attributes are the registry's and escaped. */
function elementTemplate(tag: string, attributes: Readonly<Record<string, string>>): TemplateStringsArray {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const strings = [`<${tag}${attrs} .data=`, `></${tag}>`];
  return Object.assign(strings, { raw: [...strings] });
}

export interface ServerRender {
  /**
   * The declarative shadow root of `tag` drawing the valid document `doc` with `attributes` (`lang`
   * among them), or undefined if the widget cannot be drawn on the server.
   */
  (tag: string, doc: unknown, attributes: Readonly<Record<string, string>>): ServerRendered | undefined;
  /** Loads the parts the widget of `doc` draws in its first view with `attributes`, before it is drawn. */
  prepare(doc: unknown, attributes: Readonly<Record<string, string>>): Promise<void>;
}

/** Loads the shim, the renderer and the widgets, and returns the function that draws one. */
export async function serverRenderer(): Promise<ServerRender> {
  await import('./dom-for-server.js');
  const [{ render }, { collectResultSync }, { html }] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit'),
  ]);
  await import('../index.js');
  const [{ partsLoaded }, { widgetForKind }, { validateDocument }] = await Promise.all([
    import('@praksis/core/parts-controller.js'),
    import('../registry.js'),
    import('@praksis/schema'),
  ]);
  const markupOf = (tag: string, doc: unknown, attributes: Readonly<Record<string, string>>): string =>
    collectResultSync(render(html(elementTemplate(tag, attributes), doc)));

  const draw = (tag: string, doc: unknown, attributes: Readonly<Record<string, string>>): ServerRendered | undefined => {
    let markup: string;
    try {
      markup = markupOf(tag, doc, attributes);
    } catch (error) {
      console.error(`${tag}: not drawn on the server:`, error);
      return undefined;
    }
    const shadow = TEMPLATE.exec(markup)?.[0];
    // What went wrong on the server is no reader's business: the page keeps its text instead.
    if (!shadow || /part="error"/.test(shadow)) return undefined;
    const styleHashes = [...shadow.matchAll(STYLE)].map(([, css]) => `'sha256-${createHash('sha256').update(css ?? '').digest('base64')}'`);
    return { shadow, styleHashes: [...new Set(styleHashes)] };
  };
  const prepare = async (doc: unknown, attributes: Readonly<Record<string, string>>): Promise<void> => {
    const widget = widgetForKind(validateDocument(doc).kind);
    if (!widget) return;
    // A draw with the parts of the one before may ask for more (the English words, then the view
    // drawn in them); a part that fails is asked for again by each new element, hence the limit.
    for (let pass = 0; pass < MAX_PREPARE_PASSES; pass++) {
      try {
        markupOf(widget.tag, doc, attributes);
      } catch {
        // The draw itself reports it.
      }
      if (!(await partsLoaded())) return;
    }
  };
  return Object.assign(draw, { prepare });
}
