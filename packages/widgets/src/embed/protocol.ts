/**
 * The one message an embed page sends to the page that frames it: its content height in CSS
 * pixels, `{ type: 'praksis-embed:height', height: 412 }`. It carries nothing else, so it is sent to
 * any parent (`'*'`); the host's resizer decides whom to believe.
 */
export const HEIGHT_MESSAGE = 'praksis-embed:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** No embed is taller than this; a larger request is cut to it. */
export const MAX_EMBED_HEIGHT = 30_000;

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
