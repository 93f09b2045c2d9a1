import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateDocument } from '@praksis/schema';
import { escapeHtml } from '@praksis/widgets/html-text.js';
import { fileInFolder } from '@praksis/widgets/embed/files-folder.js';
import {
  WIDGETS,
  baseProblem,
  embedPageUrl,
  httpOrigin,
  iframeSnippet,
  inlineSnippet,
  isAbsoluteHttpUrl,
  isEmbeddableUrl,
  jsonForScriptElement,
  srcSnippet,
  widgetByName,
  widgetForKind,
  examplePath,
} from '../../scripts/docs/embed-code/snippets.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const gauge = widgetByName('capacity-gauge')!;
const readExample = (path: string): unknown => JSON.parse(readFileSync(`${root}packages/schema/examples/${path}`, 'utf8'));

/** The text between the inline snippet's JSON script tags, as the HTML parser would end it. */
function scriptContent(snippet: string): string {
  const start = snippet.indexOf('<script type="application/json">') + '<script type="application/json">'.length;
  const end = snippet.toLowerCase().indexOf('</script', start);
  return snippet.slice(start, end);
}

test('the example paths of each widget are valid and invalid documents of its kind', () => {
  for (const widget of WIDGETS) {
    const load = (validity: 'valid' | 'invalid') =>
      JSON.parse(readFileSync(`${root}packages/schema/examples/${examplePath(widget, validity)}`, 'utf8')) as unknown;
    assert.deepEqual(validateDocument(load('valid')), { kind: widget.kind.name, issues: [] }, widget.name);
    assert.ok(validateDocument(load('invalid')).issues.length > 0, `${widget.name}: the invalid example has problems`);
  }
  assert.equal(widgetForKind('provenance'), undefined);
  assert.equal(widgetByName('nope'), undefined);
});

test('escapeHtml escapes the five characters that matter in attributes and text', () => {
  assert.equal(escapeHtml(`a&b<c>"d"'e'`), 'a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;');
  assert.equal(escapeHtml('&amp;'), '&amp;amp;');
});

test('JSON inside a script element cannot end the element or open a comment, and keeps its value', () => {
  const data = {
    $schema: 'x',
    note: 'Slut </script><script>alert(1)</script> og </SCRIPT > og <!-- kommentar --> og <script>',
    plain: 'a < b og c > d',
  };
  const json = jsonForScriptElement(data);
  assert.doesNotMatch(json, /<\/script/i);
  assert.doesNotMatch(json, /<!--/);
  assert.doesNotMatch(json, /<script/i);
  assert.match(json, /a < b og c > d/, 'other < stay readable');
  assert.deepEqual(JSON.parse(json), data);
  assert.throws(() => jsonForScriptElement(undefined), TypeError);
});

test('the inline snippet carries the document unchanged and closes where it should', () => {
  const data = { $schema: 'https://praksis-widgets.dk/schema/v1/capacity.schema.json', name: '</script><img src=x onerror=alert(1)>' };
  const snippet = inlineSnippet({ widget: gauge, base: '/praksis', data, lang: 'en', loader: 'widget' });
  assert.equal(snippet.split('\n')[0], '<script type="module" src="/praksis/praksis-capacity-gauge.js" crossorigin="anonymous"></script>');
  assert.equal(snippet.split('\n')[1], '<praksis-capacity-gauge lang="en">');
  assert.ok(snippet.endsWith('  </script>\n</praksis-capacity-gauge>'));
  assert.deepEqual(JSON.parse(scriptContent(snippet)), data);
  // Only the two real closing tags: the module script's and the JSON block's.
  assert.equal(snippet.match(/<\/script/gi)?.length, 2);
});

test('the src snippet escapes the URL and leaves out an empty lang', () => {
  const snippet = srcSnippet({ widget: gauge, base: 'https://cdn.example.org/praksis/', src: 'https://data.example.org/k.json?a=1&b="2"', data: {}, loader: 'widget' });
  assert.equal(
    snippet,
    '<script type="module" src="https://cdn.example.org/praksis/praksis-capacity-gauge.js" crossorigin="anonymous"></script>\n' +
      '<praksis-capacity-gauge src="https://data.example.org/k.json?a=1&amp;b=&quot;2&quot;">\n</praksis-capacity-gauge>',
  );
  const da = srcSnippet({ widget: widgetByName('hours-badge')!, base: '', src: ' data/hours.json ', lang: 'da', data: null });
  assert.equal(da, '<script type="module" src="praksis-autoloader.js" crossorigin="anonymous"></script>\n<praksis-hours-badge lang="da" src="data/hours.json">\n</praksis-hours-badge>');
});

test('script snippets load the autoloader by default and carry the fallback for their data: title, key figure, source, as text', () => {
  const data = readExample('capacity/valid/national-2017-2022.json') as { unit: { name: { da: string } } };
  const snippet = srcSnippet({ widget: gauge, base: 'https://cdn.example.org/praksis/0.1.0', src: '/k.json', data });
  const [script, open, fallback, close] = snippet.split('\n');
  assert.equal(script, '<script type="module" src="https://cdn.example.org/praksis/0.1.0/praksis-autoloader.js" crossorigin="anonymous"></script>');
  assert.equal(open, '<praksis-capacity-gauge src="/k.json">');
  assert.equal(
    fallback,
    '  <div class="praksis-fallback"><p class="praksis-title">Hele landet</p><p class="praksis-figure">1.646 tilmeldte patienter pr. kapacitet</p>' +
      '<p class="praksis-source">Kilde: BDO for Indenrigs- og Sundhedsministeriet (2023): Analyse af udviklingen i opgaveløsningen i almen praksis, tabel 5.1.3a. ' +
      'Sundhedsdatastyrelsen, yderregistret 1. januar. · Indenrigs- og Sundhedsministeriet. Opgjort pr. 1. jan. 2022.</p></div>',
  );
  assert.equal(close, '</praksis-capacity-gauge>');
  // In English, and data strings stay text.
  const hostile = structuredClone(data);
  (hostile.unit as { name: unknown }).name = '<img src=x onerror=alert(1)>';
  const en = inlineSnippet({ widget: gauge, base: '', data: hostile, lang: 'en' });
  assert.match(en, /<p class="praksis-title">&lt;img src=x onerror=alert\(1\)&gt;<\/p><p class="praksis-figure">1,646 listed patients per capacity<\/p>/);
  assert.doesNotMatch(en.replace(/<script type="application\/json">[\s\S]*?<\/script>/, ''), /<img/);
});

test("the document's description (alt text) is in both script snippets' fallback, as escaped text", () => {
  const text = 'Tilmeldte patienter pr. kapacitet, <b>hele landet</b> & regionerne';
  const data = { ...(readExample('capacity/valid/national-2017-2022.json') as object), description: { da: text } };
  const inline = inlineSnippet({ widget: gauge, base: '/praksis', data });
  const src = srcSnippet({ widget: gauge, base: '/praksis/', src: '/data/k.json', data });
  for (const snippet of [inline, src]) {
    const fallback = snippet.split('\n  <div class="praksis-fallback">')[1] ?? '';
    assert.ok(fallback.includes('<p class="praksis-description">Tilmeldte patienter pr. kapacitet, &lt;b&gt;hele landet&lt;/b&gt; &amp; regionerne</p>'), snippet);
    assert.doesNotMatch(fallback, /<b>/);
  }
  assert.deepEqual(JSON.parse(scriptContent(inline)), data);
});

test('snippets refuse URLs that are not http(s)', () => {
  for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:application/json,{}', '', '   ', '//evil.example/x.json', 'a b.json', 'https://']) {
    assert.equal(isEmbeddableUrl(bad), false, bad);
  }
  for (const good of ['https://example.org/a.json', 'http://localhost:8080/a.json', '/data/a.json', 'data/a.json', '../a.json?x=1']) {
    assert.equal(isEmbeddableUrl(good), true, good);
  }
  assert.equal(isAbsoluteHttpUrl('/data/a.json'), false);
  assert.equal(isAbsoluteHttpUrl('https://example.org/a.json'), true);
  assert.throws(() => srcSnippet({ widget: gauge, base: '/', src: 'javascript:alert(1)', data: null }), RangeError);
  assert.throws(() => iframeSnippet({ widget: gauge, base: '/', src: 'data:,{}' }), RangeError);
});

test('a file of the folder is named after exactly one slash, or alone for the page’s own folder', () => {
  assert.equal(fileInFolder('/praksis', 'praksis-autoloader.js'), '/praksis/praksis-autoloader.js');
  assert.equal(fileInFolder(' https://x.dk/p/// ', 'embed.html'), 'https://x.dk/p/embed.html');
  assert.equal(fileInFolder('  ', 'embed.html'), 'embed.html');
});

test('a folder for the files that a pasted snippet could not use is named; a full or site-relative one is fine', () => {
  for (const fine of ['', 'https://cdn.example.dk/praksis/0.1.0/', 'http://localhost:8080/cdn', '//cdn.example.dk/p/', '/praksis/', 'cdn/', '../praksis']) assert.equal(baseProblem(fine), undefined, fine);
  for (const bad of ['cdn.example.dk/praksis/0.1.0/', 'www.example.dk', 'javascript:alert(1)//', 'ftp://cdn.example.dk/p/']) {
    assert.match(baseProblem(bad)?.en ?? '', /is not an address a page can load the widget files from/, bad);
  }
  assert.match(baseProblem('cdn.example.dk/p/')!.da, /^»cdn\.example\.dk\/p\/« er ikke en webadresse/);
});

test('the iframe snippet points at embed.html with the widget, the encoded src and the language', () => {
  const options = { widget: widgetByName('referral-sankey')!, base: 'https://cdn.example.org/praksis', src: 'https://data.example.org/h.json?year=2022&x=<y>', lang: 'en' as const };
  assert.equal(
    embedPageUrl(options),
    'https://cdn.example.org/praksis/embed.html?widget=referral-sankey&src=https%3A%2F%2Fdata.example.org%2Fh.json%3Fyear%3D2022%26x%3D%3Cy%3E&lang=en',
  );
  const [frame, resizer] = iframeSnippet(options).split('\n');
  assert.equal(
    frame,
    '<iframe src="https://cdn.example.org/praksis/embed.html?widget=referral-sankey&amp;src=https%3A%2F%2Fdata.example.org%2Fh.json%3Fyear%3D2022%26x%3D%3Cy%3E&amp;lang=en" lang="en"' +
      ' title="Praksis Widgets: Referral flows" width="100%" height="480" loading="lazy" frameborder="0" data-praksis-embed></iframe>',
  );
  assert.equal(resizer, '<script src="https://cdn.example.org/praksis/praksis-embed-resizer.js" defer></script>');
  const danish = iframeSnippet({ ...options, lang: '', height: 20 });
  assert.match(danish, /title="Praksis Widgets: Henvisninger"/);
  assert.match(danish, /height="100"/);
  // A framed page does not inherit its parent's lang: without one of its own, the page's language (Danish by default) is named.
  assert.match(danish, /&amp;lang=da"/);
});

test('the iframe snippet names the embedder’s origin as parent-origin when given, and refuses one that is not http(s)', () => {
  const options = { widget: widgetByName('capacity-gauge')!, base: '/praksis/', src: 'https://data.example.org/c.json' };
  assert.equal(
    embedPageUrl({ ...options, parentOrigin: ' https://www.example.dk/nyheder/artikel?id=1 ' }),
    '/praksis/embed.html?widget=capacity-gauge&src=https%3A%2F%2Fdata.example.org%2Fc.json&lang=da&parent-origin=https%3A%2F%2Fwww.example.dk',
  );
  assert.match(iframeSnippet({ ...options, parentOrigin: 'https://www.example.dk' }), /&amp;parent-origin=https%3A%2F%2Fwww\.example\.dk" .* data-praksis-embed><\/iframe>/);
  assert.doesNotMatch(iframeSnippet(options), /parent-origin/);
  assert.equal(httpOrigin('www.example.dk'), undefined);
  for (const bad of ['www.example.dk', 'javascript:alert(1)', '/side']) {
    assert.throws(() => iframeSnippet({ ...options, parentOrigin: bad }), RangeError, bad);
  }
});

test('a snippet without lang writes its fallback in the language of the page it goes into; one with lang, in that language', () => {
  const data = readExample('capacity/valid/national-2017-2022.json');
  const figure = (snippet: string) => /<p class="praksis-figure">([^<]*)<\/p>/.exec(snippet)?.[1]?.replace(/\u00a0/g, ' ');
  const source = (snippet: string) => /<p class="praksis-source">([^<]*)<\/p>/.exec(snippet)?.[1];
  const base = 'https://cdn.example.dk/praksis/0.1.0/';
  for (const make of [
    (o: { lang?: '' | 'da' | 'en'; pageLang?: 'da' | 'en' }) => srcSnippet({ widget: gauge, base, src: '/k.json', data, ...o }),
    (o: { lang?: '' | 'da' | 'en'; pageLang?: 'da' | 'en' }) => inlineSnippet({ widget: gauge, base, data, ...o }),
  ]) {
    const english = make({ lang: '', pageLang: 'en' });
    assert.doesNotMatch(english, /<praksis-capacity-gauge[^>]* lang=/, 'no lang: the widget follows the page');
    assert.equal(figure(english), '1,646 listed patients per capacity');
    assert.match(source(english) ?? '', /^Source: .* As of 1 Jan 2022\.$/);
    assert.match(english, /<p class="praksis-title">Denmark<\/p>/);
    assert.equal(figure(make({ pageLang: 'da' })), '1.646 tilmeldte patienter pr. kapacitet');
    // A page without lang: the widget speaks Danish, and so does its fallback.
    assert.equal(figure(make({})), '1.646 tilmeldte patienter pr. kapacitet');
    // The element's own lang wins over the page's, for the widget and so for its fallback.
    assert.equal(figure(make({ lang: 'en', pageLang: 'da' })), '1,646 listed patients per capacity');
    assert.equal(figure(make({ lang: 'da', pageLang: 'en' })), '1.646 tilmeldte patienter pr. kapacitet');
    assert.match(make({ lang: 'da', pageLang: 'en' }), /<praksis-capacity-gauge lang="da"/);
  }
  // The iframe: the framed page speaks the language the embedder's page does, and its title says so.
  const frame = iframeSnippet({ widget: gauge, base, src: 'https://data.example.dk/k.json', lang: '', pageLang: 'en' });
  assert.match(frame, /embed\.html\?widget=capacity-gauge&amp;src=[^"]*&amp;lang=en"/);
  assert.match(frame, /lang=en" title="Praksis Widgets: Capacity gauge"/, 'the page’s language: no lang of its own');
  assert.match(iframeSnippet({ widget: gauge, base, src: 'https://data.example.dk/k.json', lang: 'da', pageLang: 'en' }), /&amp;lang=da" lang="da" title="Praksis Widgets: Kapacitet"/);
});

test('no snippet names files in a folder with a query or fragment, or one a page could not use: each refuses it, as praksis-embed page does', () => {
  const data = readExample('capacity/valid/national-2017-2022.json');
  const src = 'https://data.example.dk/k.json';
  for (const base of ['https://cdn.example.dk/praksis/0.1.0/?v=1', 'https://cdn.example.dk/praksis/0.1.0?v=1&w=2', 'https://cdn.example.dk/praksis/#x', 'cdn.example.dk/praksis/']) {
    assert.ok(baseProblem(base), base);
    assert.throws(() => srcSnippet({ widget: gauge, base, src, data }), RangeError, base);
    assert.throws(() => inlineSnippet({ widget: gauge, base, data, loader: 'widget' }), RangeError, base);
    assert.throws(() => iframeSnippet({ widget: gauge, base, src }), RangeError, base);
    assert.throws(() => embedPageUrl({ widget: gauge, base, src }), RangeError, base);
  }
  assert.match(baseProblem(' https://cdn.example.dk/praksis/0.1.0/?v=1 ')!.en, /^“https:\/\/cdn\.example\.dk\/praksis\/0\.1\.0\/\?v=1” has a query \(\?\) or fragment \(#\)/);
  // A query in the data's address is the data's business: kept, encoded, in the embed page's address.
  assert.match(embedPageUrl({ widget: gauge, base: 'https://cdn.example.dk/p/', src: 'https://data.example.dk/k.json?v=1' }), /^https:\/\/cdn\.example\.dk\/p\/embed\.html\?widget=capacity-gauge&src=https%3A%2F%2Fdata\.example\.dk%2Fk\.json%3Fv%3D1&lang=da$/);
});

test('a language that is neither da nor en, from an untyped caller, is not written into a snippet', () => {
  const data = readExample('capacity/valid/national-2017-2022.json');
  const hostile = '"><img src=x onerror=alert(1)>' as unknown as 'en';
  for (const snippet of [
    srcSnippet({ widget: gauge, base: '/p/', src: '/k.json', data, lang: hostile, pageLang: 'en' }),
    inlineSnippet({ widget: gauge, base: '/p/', data, lang: hostile, pageLang: hostile }),
    iframeSnippet({ widget: gauge, base: '/p/', src: '/k.json', lang: hostile }),
  ]) {
    assert.doesNotMatch(snippet, /<img|onerror="?alert/, snippet);
    assert.doesNotMatch(snippet, / lang="[^"]*[^a-z"]/, snippet);
  }
  assert.match(srcSnippet({ widget: gauge, base: '/p/', src: '/k.json', data, lang: hostile, pageLang: 'en' }), /listed patients per capacity/);
});
