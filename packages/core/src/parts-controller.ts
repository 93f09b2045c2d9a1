import type { ReactiveControllerHost } from 'lit';

/**
 * Rarely used parts of a widget (a view, a table), loaded on demand with `import()` so they weigh
 * nothing until used. A controller because a part that arrives must draw the host again, and the
 * host's `updateComplete` and `praksis-render` must wait for parts still on their way. It needs none
 * of the host's lifecycle callbacks, so it does not register with the host.
 */
export class PartsController {
  /** The module once there, undefined while it loads, an Error if it failed. */
  readonly #parts = new Map<string, unknown>();
  #loading = 0;
  #latest?: Promise<unknown>;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Whether a part is still loading. */
  get pending(): boolean {
    return this.#loading > 0;
  }

  /** The part: undefined while it loads (the host draws again when it is there); throws if it cannot be loaded. */
  get<M>(name: string, load: () => Promise<M>): M | undefined {
    const parts = this.#parts;
    if (!parts.has(name)) {
      parts.set(name, undefined);
      this.#loading++;
      this.#latest = load()
        .catch((error: unknown) => error)
        .then((m) => {
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
