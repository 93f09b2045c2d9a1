// The light-DOM fallback: its text, from the widget's own summary, and its markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fallbackMarkup, fallbackText } from '../src/fallback.js';
import { WIDGETS } from '../src/registry.js';

const examples = fileURLToPath(new URL('../../schema/examples/', import.meta.url));
const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(`${examples}${path}`, 'utf8'));

test('every widget’s first valid example has a fallback: title, key figure and source, in Danish and English', () => {
  for (const widget of WIDGETS) {
    const doc = read(`${widget.kind.name}/valid/${widget.examples.valid[0]}.json`);
    const summary = widget.summary(doc, 'en', {});
    const text = fallbackText(doc, 'en');
    assert.equal(text?.title, summary.title, widget.name);
    assert.equal(text?.summary, summary.figure, widget.name);
    assert.match(text?.source ?? '', /^(Example – fictional data\. )?Source: /, widget.name);
    assert.equal(text?.details, '', 'details only when asked');
    assert.match(fallbackText(doc, 'da')?.source ?? '', /Kilde: /, widget.name);
  }
});

test('the gauge’s fallback with the options the element reads, and the details a static page shows', () => {
  const doc = read('capacity/valid/national-2017-2022.json');
  const text = fallbackText(doc, 'da', { details: true })!;
  assert.deepEqual(
    [text.title, text.summary],
    ['Hele landet', '1.646 tilmeldte patienter pr. kapacitet'],
  );
  assert.match(text.details, /^Landstal, pr\. 1\. jan\. 2022\./);
});

test('the editor’s description is a line of its own, in the reader’s language, for every widget; a document without one has none', () => {
  for (const widget of WIDGETS) {
    const doc = read(`${widget.kind.name}/valid/${widget.examples.valid[0]}.json`);
    const described = { ...doc, description: { da: 'Figuren viser tallene.', en: 'The chart shows the figures.' } };
    assert.equal(fallbackText(described, 'en')?.description, 'The chart shows the figures.', widget.name);
    assert.equal(fallbackText(described, 'da')?.description, 'Figuren viser tallene.', widget.name);
    assert.equal(fallbackText({ ...doc, description: 'Kun dansk.' }, 'en')?.description, 'Kun dansk.', widget.name);
    const { description: _none, ...plain } = described;
    assert.equal(fallbackText(plain, 'en')?.description, '', widget.name);
    assert.match(fallbackMarkup(fallbackText(described, 'en')!, 'en'), /<p class="praksis-title">[^<]+<\/p><p class="praksis-description">The chart shows the figures\.<\/p>/, widget.name);
     // Given only in the other language, it is marked with that language for screen readers.
    const english = fallbackMarkup(fallbackText({ ...doc, description: { en: 'English only.' } }, 'da')!, 'da');
    assert.match(english, /<p class="praksis-description" lang="en">English only\.<\/p>/, widget.name);
  }
});

test('a description that is not text makes the document invalid, so there is no fallback to quote it', () => {
  const doc = read('capacity/valid/national-2017-2022.json');
  for (const value of [42, { html: '<b>' }, null, '']) {
    assert.equal(fallbackText({ ...doc, description: value }, 'en'), undefined, JSON.stringify(value));
  }
});

test('invalid data or data of no widget has no fallback, and nothing throws', () => {
  for (const doc of [undefined, null, 'x', 42, [], {}, { $schema: 'https://example.org/other.json' }, read('capacity/invalid/missing-norm.json')]) {
    assert.equal(fallbackText(doc, 'da'), undefined, JSON.stringify(doc));
  }
});

test('the markup is text only: data cannot add elements, and only an http(s) link is written', () => {
  const text = { title: '<script>alert(1)</script>', description: '', summary: 'a & b', details: '', source: '"x"' };
  const html = fallbackMarkup(text, 'en', 'javascript:alert(1)');
  assert.equal(
    html,
    '<div class="praksis-fallback"><p class="praksis-title">&lt;script&gt;alert(1)&lt;/script&gt;</p><p class="praksis-figure">a &amp; b</p>' +
      '<p class="praksis-source">&quot;x&quot;</p></div>',
  );
  assert.match(fallbackMarkup(text, 'da', 'https://example.dk/side.html?a=1&b=2'), /<p class="praksis-link"><a href="https:\/\/example\.dk\/side\.html\?a=1&amp;b=2">Se figuren<\/a><\/p><\/div>$/);
});
