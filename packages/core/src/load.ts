/** Why loading a `src` document failed; each reason gets its own message. */
export type LoadFailure =
  | { reason: 'http'; status: number }
  | { reason: 'timeout'; seconds: number }
  | { reason: 'network' }
  | { reason: 'not-json'; detail: string }
  | { reason: 'too-large'; megabytes: number };

export class LoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.reason);
    this.name = 'LoadError';
  }
}

export interface FetchJsonOptions {
  /** Aborts the request, e.g. when `src` changes or the element leaves the page. */
  signal: AbortSignal;
  timeoutMs: number;
  maxBytes: number;
}

/**
 * Fetches and parses a JSON document. Rejects with a LoadError naming the reason, or with the
 * signal's AbortError when the caller gave up (which the caller ignores).
 */
export async function fetchJson(url: string, { signal, timeoutMs, maxBytes }: FetchJsonOptions): Promise<unknown> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) throw new LoadError({ reason: 'http', status: response.status });
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooLarge(maxBytes);
    const text = await response.text();
    if (text.length > maxBytes) throw tooLarge(maxBytes);
    return parseJson(text);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (timedOut) throw new LoadError({ reason: 'timeout', seconds: Math.round(timeoutMs / 100) / 10 });
    if (signal.aborted) throw error;
    throw new LoadError({ reason: 'network' });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

function tooLarge(maxBytes: number): LoadError {
  return new LoadError({ reason: 'too-large', megabytes: Math.round(maxBytes / 1_000_000) });
}

/** JSON.parse with the parser's complaint kept as the detail of a LoadError. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LoadError({ reason: 'not-json', detail: (error as Error).message });
  }
}
