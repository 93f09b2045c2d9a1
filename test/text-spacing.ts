/**
 * A reader's text-spacing settings (WCAG 1.4.12: letter-spacing 0.12em, word-spacing 0.16em,
 * line-height 1.5, paragraph spacing 2em), as the bookmarklets and extensions that test it set them:
 * on every element, here the host and everything in its shadow root.
 */
const RULES = 'letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important;';

/** Applies the text spacing to `el` and its shadow root; returns what takes it off again. */
export function applyTextSpacing(el: HTMLElement): () => void {
  const page = new CSSStyleSheet();
  page.replaceSync(`${el.localName} { ${RULES} }`);
  const shadow = new CSSStyleSheet();
  shadow.replaceSync(`* { ${RULES} } p { margin-bottom: 2em !important; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
  const root = el.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, shadow];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== page);
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== shadow);
  };
}
