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

/**
 * Where an SVG element's geometry lies on the page (client coordinates): its bounding box in its
 * own units, through its screen matrix. For text that is the box of its glyph cells, as Chromium's
 * getBoundingClientRect() gives it; Firefox's getBoundingClientRect() of SVG text is its painted
 * area, a pixel or more wider on every side, so text that ends exactly at the SVG's edge would
 * look clipped there.
 */
export function geometryBox(el: SVGGraphicsElement): DOMRect {
  const box = el.getBBox();
  const matrix = el.getScreenCTM()!;
  const corners = [
    new DOMPoint(box.x, box.y),
    new DOMPoint(box.x + box.width, box.y),
    new DOMPoint(box.x, box.y + box.height),
    new DOMPoint(box.x + box.width, box.y + box.height),
  ].map((point) => point.matrixTransform(matrix));
  const xs = corners.map((point) => point.x);
  const ys = corners.map((point) => point.y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return new DOMRect(left, top, Math.max(...xs) - left, Math.max(...ys) - top);
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

const linkedThemes: HTMLLinkElement[] = [];

/** Links a theme of core's (`dark`, `dkfds`, …) the way an embedder does, and waits for it to load. */
export async function linkTheme(name: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = name.includes('/') ? name : `/packages/core/themes/${name}.css`;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  linkedThemes.push(link);
  await loaded;
}

/** Removes the themes `linkTheme` linked. */
export function unlinkThemes(): void {
  linkedThemes.splice(0).forEach((link) => link.remove());
}
