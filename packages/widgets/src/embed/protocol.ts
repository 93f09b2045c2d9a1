/**
 * The one message an embed page sends to the page that frames it: its content height in CSS
 * pixels, `{ type: 'praksis-embed:height', height: 412 }`, once the widget has drawn and whenever
 * the height changes. It goes to the origin named by the page's `parent-origin` parameter, or to any
 * parent (`'*'`) without one; the host's resizer decides whom to believe.
 */
export const HEIGHT_MESSAGE = 'praksis-embed:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** No embed is taller than this; a larger request is cut to it. */
export const MAX_EMBED_HEIGHT = 30_000;

/** The attribute that marks an iframe as an embed for the host's resizer: it resizes no other frame. */
export const EMBED_ATTRIBUTE = 'data-praksis-embed';

/** The embed page's address parameter that names the framing page's origin. */
export const PARENT_ORIGIN_PARAM = 'parent-origin';

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height };
}

/** The height a message asks for, in whole pixels (1 to MAX_EMBED_HEIGHT), or undefined for any other message. */
export function heightFrom(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as Partial<Record<keyof HeightMessage, unknown>>;
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height) || height < 1) return undefined;
  return Math.min(MAX_EMBED_HEIGHT, Math.ceil(height));
}

/**
 * Where the height goes (postMessage's targetOrigin), from the `parent-origin` parameter: '*'
 * without one; the origin of an http(s) URL (`https://www.example.dk`, a path is ignored); and
 * undefined, so that nothing is sent, for anything else: a page that asked for one parent must not
 * fall back to telling every parent.
 */
export function targetOriginFrom(parentOrigin: string | null): string | undefined {
  if (parentOrigin === null) return '*';
  try {
    const url = new URL(parentOrigin.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
