/** Shared helpers for browser tests: example documents and the text a reader sees. */

export const EXAMPLES = '/packages/schema/examples';

export async function loadExample<T = Record<string, unknown>>(kind: string, validity: 'valid' | 'invalid', name: string): Promise<T> {
  const response = await fetch(`${EXAMPLES}/${kind}/${validity}/${name}.json`);
  if (!response.ok) throw new Error(`missing example ${kind}/${validity}/${name}`);
  return (await response.json()) as T;
}

export async function expectedErrors(kind: string): Promise<Record<string, string>> {
  return (await (await fetch(`${EXAMPLES}/${kind}/invalid/expected-errors.json`)).json()) as Record<string, string>;
}

/** Visible text of an element's shadow root (or a part of it), whitespace collapsed. */
export function textOf(el: Element, selector?: string): string {
  const root = el.shadowRoot ?? el;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Each body row of a table as "cell | cell | …", whitespace collapsed. */
export function rowsOf(table: HTMLTableElement): string[] {
  return [...table.tBodies[0]!.rows].map((row) =>
    [...row.cells].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | '),
  );
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** Replaces window.fetch for one test; `restore` puts the real one back. */
export function stubFetch(impl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>): { restore: () => void; calls: string[] } {
  const real = window.fetch;
  const calls: string[] = [];
  window.fetch = (input, init) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return impl(input, init);
  };
  return { restore: () => (window.fetch = real), calls };
}

/** A fetch that never answers but honours its abort signal, like a stalled network. */
export function hangingFetch(_input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
  });
}
