import type { ReactiveControllerHost } from 'lit';

/**
 * Parts already loaded, per kind of widget (its class): a part is the same module for every element
 * of a kind, so the second gauge on a page draws its trend in its first render, and a server render
 * (which cannot wait inside a render) finds the parts its first pass asked for when it draws again.
 */
const loadedParts = new WeakMap<object, Map<string, unknown>>();
/** Loads on their way, of every element. */
const loading = new Set<Promise<unknown>>();

/**
 * Resolves when every part asked for so far has arrived (or failed), with whether any was on its
 * way. The server renderer draws a widget, waits for this, and draws it again with its parts, until
 * a draw asks for none (packages/widgets/src/embed/server-render.ts).
 */
export async function partsLoaded(): Promise<boolean> {
  const waited = loading.size > 0;
  while (loading.size > 0) await Promise.all(loading);
  return waited;
}

/**
 * Rarely used parts of a widget (a view, a table), loaded on demand with `import()` so they weigh
 * nothing until used. A controller because a part that arrives must draw the host again, and the
 * host's `updateComplete` and `praksis-render` must wait for parts still on their way. It needs none
 * of the host's lifecycle callbacks, so it does not register with the host.
 */
export class PartsController {
  /** The module once there, undefined while it loads, an Error if it failed (this element's own attempt). */
  readonly #parts = new Map<string, unknown>();
  /** The parts loaded for any element of the host's kind. */
  readonly #shared: Map<string, unknown>;
  #loading = 0;
  #latest?: Promise<unknown>;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    const kind = host.constructor;
    let shared = loadedParts.get(kind);
    if (!shared) loadedParts.set(kind, (shared = new Map<string, unknown>()));
    this.#shared = shared;
  }

  /** Whether a part is still loading. */
  get pending(): boolean {
    return this.#loading > 0;
  }

  /** The part: undefined while it loads (the host draws again when it is there); throws if it cannot be loaded. */
  get<M>(name: string, load: () => Promise<M>): M | undefined {
    if (this.#shared.has(name)) return this.#shared.get(name) as M;
    const parts = this.#parts;
    if (!parts.has(name)) {
      parts.set(name, undefined);
      this.#loading++;
      const shared = this.#shared;
      const loaded = load().then(
        (m) => {
          // Only a part that arrived is shared: one that failed is tried again by the next element.
          shared.set(name, m);
          return m;
        },
        (error: unknown) => error,
      );
      loading.add(loaded);
      this.#latest = loaded.then((m) => {
        loading.delete(loaded);
        parts.set(name, m);
        this.#loading--;
        this.#host.requestUpdate();
      });
    }
    const m = parts.get(name);
    if (m instanceof Error) throw m;
    return m as M | undefined;
  }

  /** `update` (the host's own update promise), then again as long as parts began to load meanwhile. */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let load;
    let done;
    do {
      load = this.#latest;
      await load;
      done = await update();
    } while (load !== this.#latest);
    return done;
  }
}
