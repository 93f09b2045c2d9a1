/**
 * One MutationObserver for the whole page notifies widgets when any `lang` attribute changes,
 * instead of one observer per widget on every ancestor.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function watchLang(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
