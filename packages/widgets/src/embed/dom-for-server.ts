/**
 * The DOM that Lit's server rendering needs, installed before any widget module runs (imported
 * first by server-render.ts). Lit's shim has no `Element` or `ShadowRoot`; core's language lookup
 * asks `instanceof` of both, and in a server render the element is the only node it can see.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';

const scope = globalThis as unknown as Record<string, unknown>;
scope['Element'] ??= Object.getPrototypeOf(scope['HTMLElement']) as unknown;
scope['ShadowRoot'] ??= class ShadowRoot {};
