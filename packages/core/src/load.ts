/** Why loading a `src` document failed; each reason gets its own message. */
export type LoadFailure =
  | { reason: 'http'; status: number }
  | { reason: 'timeout'; seconds: number }
  | { reason: 'network' }
  | { reason: 'cors' }
  | { reason: 'too-large'; megabytes: number };

export class LoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.reason);
    this.name = 'LoadError';
  }
}

export interface FetchTextOptions {
  /** Aborts the request, e.g. when `src` changes or the element leaves the page. */
  signal: AbortSignal;
  timeoutMs: number;
  maxBytes: number;
}

/**
 * Fetches a document's text. Rejects with a LoadError naming the reason, or with the signal's
 * AbortError when the caller gave up (which the caller ignores). Reading stops, and the download
 * is cancelled, as soon as the document is known to be larger than `maxBytes`.
 */
export async function fetchText(url: string, { signal, timeoutMs, maxBytes }: FetchTextOptions): Promise<string> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  const timer = setTimeout(abort, timeoutMs);
  let response: Response | undefined;
  try {
    response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new LoadError({ reason: 'http', status: response.status });
    if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge(maxBytes);
    // Read chunk by chunk: without a Content-Length (chunked, compressed) only reading tells the size.
    const reader = response.body?.getReader();
    const chunks: BlobPart[] = [];
    let size = 0;
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      if ((size += value.length) > maxBytes) throw tooLarge(maxBytes);
      chunks.push(value);
    }
    return await new Blob(chunks).text();
  } catch (error) {
    if (error instanceof LoadError || signal.aborted) throw error;
    // Aborted, and not by the caller: the timer.
    if (controller.signal.aborted) throw new LoadError({ reason: 'timeout', seconds: Math.round(timeoutMs / 100) / 10 });
    // A request refused by CORS fails like a network error; a no-cors request that reaches the
    // server (its answer is opaque) tells them apart.
    const reached = !response && (await fetch(url, { mode: 'no-cors', signal: controller.signal }).catch(() => 0));
    throw new LoadError({ reason: reached ? 'cors' : 'network' });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
    // Cancels what is still downloading, e.g. the rest of a document found too large.
    controller.abort();
  }
}

function tooLarge(maxBytes: number): LoadError {
  return new LoadError({ reason: 'too-large', megabytes: Math.round(maxBytes / 1_000_000) });
}
