/**
 * praksis-autoloader.js: one script for every widget. It finds the widgets' elements in the page
 * (at load, those added later, and those inside the shadow roots it is given with `observe`) and
 * imports only their files, from the folder it was itself loaded from, each once. A page that
 * shows one widget fetches that widget's file and the shared parts it imports, nothing else.
 *
 * Only the library's own tags are loaded: an unknown `praksis-*` name fetches nothing. A file that
 * fails to load leaves the element's light-DOM fallback in place and is tried again the next time
 * such an element appears.
 */
import { WIDGET_NAMES } from './embed/widget-names.js';

const TAGS: ReadonlySet<string> = new Set(WIDGET_NAMES.map((name) => `praksis-${name}`));
const loading = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();

/** Imports the file that defines `tag`, once; the promise settles when it has run. */
function load(tag: string): Promise<void> {
  let pending = loading.get(tag);
  if (!pending) {
    // (The comment keeps Vite, which builds the autoloader story's files, from rewriting the URL.)
    pending = import(new URL(/* @vite-ignore */ `./${tag}.js`, import.meta.url).href).then(
      () => undefined,
      (error: unknown) => {
        // Forget the failure so that a later element tries again; the fallback stays meanwhile.
        loading.delete(tag);
        console.error(`praksis-autoloader: ${tag}`, error);
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/** The library's undefined tags at and below `root`. */
function tagsIn(root: ParentNode): Set<string> {
  const found = new Set<string>();
  const consider = (el: Element) => {
    if (TAGS.has(el.localName) && !customElements.get(el.localName)) found.add(el.localName);
  };
  if (root instanceof Element) consider(root);
  root.querySelectorAll(':not(:defined)').forEach(consider);
  return found;
}

/** Loads the files of the widgets at and below `root` now; resolves when they have run. */
export async function discover(root: ParentNode = document): Promise<void> {
  await Promise.all([...tagsIn(root)].map(load));
}

/**
 * Loads the widgets in `root` now and whenever elements are added to it later. The document is
 * watched from the start; a shadow root (which a document-wide watch cannot see into) is passed here
 * by the component that owns it.
 */
export function observe(root: Document | ShadowRoot | Element = document): void {
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(root, { childList: true, subtree: true });
  void discover(root);
}

observe(document);
