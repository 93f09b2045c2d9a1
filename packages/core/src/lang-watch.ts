/**
 * One MutationObserver for the whole page notifies widgets when any `lang` attribute changes,
 * instead of one observer per widget on every ancestor.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` when a `lang` attribute changes in the document or in a shadow root around
 * `el`, so a widget inside another component's shadow DOM follows a `lang` set there too. Called
 * again when `el` has moved, it observes the shadow roots around it now as well.
 */
export function watchLang(el: Node, listener: () => void): () => void {
  listeners.add(listener);
  observer ??= new MutationObserver(() => listeners.forEach((notify) => notify()));
  // The element's document, and each shadow root around it: a subtree does not reach into them.
  // Observing a node again only renews its options; a filter implies `attributes`.
  for (let node: Node | undefined = el; node; node = (node as ShadowRoot).host) {
    observer.observe((node = node.getRootNode()), { attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
