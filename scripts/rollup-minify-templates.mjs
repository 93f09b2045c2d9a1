// Minifies the text inside Lit templates, which terser leaves as written:
// - `css` templates in our own packages: comments and spaces around punctuation removed;
// - after minification, a line break with its indentation inside any template literal becomes
//   one space. Safe for CSS and for HTML outside <pre>/<textarea>, which the widgets do not use;
//   minified code has no other line breaks.

/** CSS with comments, indentation and spaces around punctuation removed. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** @returns {import('rollup').Plugin} */
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      // Only our own compiled style modules; their css templates hold no ${…} expressions.
      if (!/[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.styles\.js$/.test(id)) return null;
      return { code: code.replace(/\bcss\s*`([^`$]*)`/g, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
    renderChunk(code) {
      return { code: code.replace(/\n\s*/g, ' '), map: null };
    },
  };
}
