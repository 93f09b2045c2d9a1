/**
 * Characters XML 1.0 does not allow, which a valid document's text may still hold (a vertical tab
 * from a word processor's line break, a control character, U+FFFE, a lone surrogate): one of them
 * makes a whole SVG unreadable. The badge image and the widgets' SVG download both write text
 * through this.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with a space for each control character XML does not allow and U+FFFD for the others. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, (c) => (c < ' ' ? ' ' : '\ufffd'));
}
