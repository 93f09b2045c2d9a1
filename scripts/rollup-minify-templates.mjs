// Minifies the text inside Lit templates, which terser leaves as written:
// - `css` templates in our own packages' compiled modules (the widgets' styles.js, core's
//   base.styles.js): comments and spaces around punctuation removed;
// - after minification, a line break with its indentation inside any template literal becomes
//   one space. Safe for CSS and for HTML outside <pre>/<textarea>, which the widgets do not use;
//   minified code has no other line breaks.
//
// Why not a published plugin: measured on the CDN files (npm run build:cdn && npm run size),
// rollup-plugin-minify-html-literals 1.2.6 and minify-literals 2.2.0 make them 0.03–0.16 KB
// gzip smaller than this one does (0.1–0.3 %; e.g. praksis-hours-badge.js 31.79 and 31.78 KB
// against 31.85 KB, praksis-widgets.js 57.56 and 57.55 KB against 57.67 KB). The first rests on
// html-minifier 4 and clean-css 4, both unmaintained; the second brings an HTML minifier that
// rewrites the markup of every html`` template and a native CSS minifier. Neither gain is worth
// a minifier of the templates' HTML, whose whitespace between inline elements is text the widgets
// show; the plugin below touches only our own CSS and the line breaks.

/** CSS with comments, indentation and spaces around punctuation removed. */
function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** A compiled module of one of our packages (packages/<name>/dist/…js), not a dependency's. */
const OWN_COMPILED_MODULE = /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].+\.js$/;

/** @returns {import('rollup').Plugin} */
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      // Our own compiled modules, whatever the stylesheet's file is called; only css templates
      // without ${…} expressions are touched, so an interpolated one is left as written.
      if (!OWN_COMPILED_MODULE.test(id)) return null;
      return { code: code.replace(/\bcss\s*`([^`$]*)`/g, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
    renderChunk(code) {
      return { code: code.replace(/\n\s*/g, ' '), map: null };
    },
  };
}
