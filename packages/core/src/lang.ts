export type Lang = 'da' | 'en';

/** Maps a BCP 47 tag to a supported language: English for `en*`, otherwise Danish (the default). */
export function toLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'da';
}

/**
 * The nearest `lang` attribute from `el` outwards, crossing shadow-root boundaries,
 * so a widget inside another component's shadow DOM still follows the page.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute('lang');
      if (value) return toLang(value);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'da';
}

export const LOCALES: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
