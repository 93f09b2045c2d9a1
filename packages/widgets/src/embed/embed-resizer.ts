/**
 * praksis-embed-resizer.js, for the page that frames embed pages: gives each embed iframe the
 * height its content asks for. A classic script with no globals; load it once, anywhere on the page.
 *
 * It manages only the iframes marked `data-praksis-embed`, and a height message counts only when it
 * comes from the window of such an iframe (`event.source`) and from the origin of that iframe's
 * `src` (`event.origin`): any other iframe (a third party's, posting the same message), a frame that
 * has navigated elsewhere, a sandboxed frame, another window or the page itself cannot resize
 * anything. Each iframe can only set its own height, within 1–30,000 px.
 */
import { EMBED_ATTRIBUTE, heightFrom } from './protocol.js';

const INSTALLED = Symbol.for('praksis-widgets.embed-resizer');
type Flagged = typeof globalThis & { [INSTALLED]?: true };

function frameOf(source: MessageEventSource): HTMLIFrameElement | undefined {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(`iframe[${EMBED_ATTRIBUTE}]`)) if (frame.contentWindow === source) return frame;
  return undefined;
}

function originOf(frame: HTMLIFrameElement): string | undefined {
  if (!frame.getAttribute('src')) return undefined;
  try {
    const { origin } = new URL(frame.src, document.baseURI);
    // data:, blob: and the like have an opaque origin, which every sandboxed frame shares.
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

if (!(globalThis as Flagged)[INSTALLED]) {
  (globalThis as Flagged)[INSTALLED] = true;
  addEventListener('message', (event: MessageEvent) => {
    const height = heightFrom(event.data);
    if (height === undefined || !event.source) return;
    const frame = frameOf(event.source);
    if (!frame || originOf(frame) !== event.origin) return;
    frame.style.height = `${height}px`;
  });
}
