/** The static SVG badge: the engine's verdict for every example, its size, and that it stays inert. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { validateDocument } from '@praksis/schema';
import { dkOk22, evaluate, type AccessibilityDeclaration, type Overall } from '../src/index.js';
import { badgeSvg } from '../src/publish/badge-svg.js';
import { MAX_HREF_LENGTH, safeHref } from '../src/publish/xml.js';
import { examplePath } from './fixtures.js';
import { declaration, iv, week } from './fixtures.js';

const dir = examplePath('valid');
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, doc: JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as AccessibilityDeclaration }));

const HEADLINE: Record<Overall, RegExp> = {
  meets: /^Opfylder OK22’s krav til tilgængelighed$/,
  'does-not-meet': /^Opfylder ikke alle OK22’s krav/,
  incomplete: /^Kan ikke vurderes/,
  stale: /^Ikke vurderet: oplysningerne er forældede$/,
  'future-dated': /^Ikke vurderet: dateret efter/,
};

/** The visible lines of the badge, as text (entities decoded). */
function lines(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

/** Every tag closed in order: a well-formedness check good enough for generated markup. */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2] ?? '');
  }
  return stack.length === 0;
}

function assertInert(svg: string): void {
  assert.doesNotMatch(svg, /<script|<foreignObject|<iframe|<image|<use/i);
  assert.doesNotMatch(svg, /\son[a-z]+\s*=/i, 'no event attributes');
  assert.doesNotMatch(svg, /javascript:|data:/i);
  assert.doesNotMatch(svg, /style=/i);
}

describe('the SVG badge of every example declaration', () => {
  // Moments that give every overall result: fresh, stale (long after) and future-dated (long before).
  const moments = ['2026-03-02T10:00', '2026-12-01T10:00', '2031-01-01T10:00', '2022-06-01T10:00'];
  const seen = new Set<Overall>();
  for (const { file, doc } of examples) {
    test(file, () => {
      for (const at of moments) {
        const evaluation = evaluate(doc, { ruleSet: dkOk22, at });
        seen.add(evaluation.overall);
        for (const lang of ['da', 'en'] as const) {
          const svg = badgeSvg(doc, evaluation, { lang, href: 'https://example.dk/detaljer.html' });
          const [headline = '', asOf = ''] = lines(svg);
          if (lang === 'da') assert.match(headline, HEADLINE[evaluation.overall], `${at}: ${evaluation.overall}`);
          // Only "meets" is ever drawn as meeting; the hatched bar marks everything else.
          const claimsMeets = lang === 'da' ? /^Opfylder OK22/.test(headline) : /^Meets /.test(headline);
          assert.equal(claimsMeets, evaluation.overall === 'meets', `${lang} ${at}: ${headline}`);
          assert.equal(svg.includes('url(#h)'), evaluation.overall !== 'meets');
          assert.match(asOf, lang === 'da' ? /^ifølge praksisens oplysninger pr\. \d+\. \w+ \d{4}$/ : /^according to the practice's information as of /);
          assert.ok(gzipSync(svg).length <= 2048, `${gzipSync(svg).length} bytes gzip`);
          assertInert(svg);
          assert.ok(balanced(svg), 'well formed');
          assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*aria-labelledby="t d"[^>]*><title id="t">[^<]+<\/title><desc id="d">[^<]+<\/desc>/);
          assert.match(svg, /<a href="https:\/\/example\.dk\/detaljer\.html">/);
        }
      }
    });
  }
  test('the examples and moments reach every overall result', () => {
    assert.deepEqual([...seen].sort(), ['does-not-meet', 'future-dated', 'incomplete', 'meets', 'stale']);
  });
});

describe('badge edge cases', () => {
  const at = '2026-03-02T10:00';

  test('data strings are text: markup in the practice name is escaped', () => {
    const doc = declaration((d) => (d.practice.name = '<script>alert(1)</script> & "Co"'));
    const svg = badgeSvg(doc, evaluate(doc, { ruleSet: dkOk22, at }));
    assertInert(svg);
    assert.ok(svg.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;'));
    assert.equal(lines(svg)[2], '<script>alert(1)</script> & "Co"');
  });

  test('characters XML does not allow (a word processor\'s vertical tab, a lone surrogate) leave the SVG well-formed', () => {
    const doc = declaration((d) => (d.practice.name = 'Lægerne\u000bNord\u0001 \ud800 Syd\uffff'));
    assert.deepEqual(validateDocument(doc).issues, [], 'a valid declaration');
    const svg = badgeSvg(doc, evaluate(doc, { ruleSet: dkOk22, at }));
    // eslint-disable-next-line no-control-regex -- the characters XML does not allow
    assert.doesNotMatch(svg, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/);
    assert.equal(lines(svg)[2], 'Lægerne Nord  \ufffd Syd\ufffd');
  });

  test('a javascript: link is dropped; without a link the SVG is an image', () => {
    const doc = declaration();
    const evaluation = evaluate(doc, { ruleSet: dkOk22, at });
    const svg = badgeSvg(doc, evaluation, { href: 'javascript:alert(1)' });
    assert.doesNotMatch(svg, /<a |javascript/);
    assert.match(svg, /role="img"/);
    assert.match(badgeSvg(doc, evaluation, { href: 'detaljer.html' }), /<a href="detaljer\.html">/);
  });

  test('the worst case stays within 2 KB gzip: the longest name the schema allows, every rule failing, a long link, both languages', () => {
    // 200 characters (the schema's limit for a label) that gzip cannot shorten much, with characters XML escapes.
    let seed = 7;
    const chars = 'abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789&<>"\' ';
    const name = Array.from({ length: 200 }, () => chars[(seed = (seed * 1103515245 + 12345) % 2147483648) % chars.length]).join('');
    const doc = declaration((d) => {
      d.practice.name = { da: name, en: [...name].reverse().join('') };
      d.hours.consultation = week([iv('09:00', '15:00')]);
      d.hours.doctorPhone = week([iv('08:00', '08:30')]);
      d.hours.acutePhone = week([iv('13:00', '15:00')]);
      d.hours.phone = week([iv('09:00', '10:00')]);
      d.services = { onlineBooking: false, onlinePrescriptionRenewal: false, eConsultation: false, videoConsultation: false };
      d.bagomNumber = 'none';
      d.usualWaitWeekdays = 30;
    });
    const evaluation = evaluate(doc, { ruleSet: dkOk22, at });
    assert.ok(evaluation.rules.filter((r) => r.status === 'not-met').length >= 7, 'most rules fail');
    // The longest link the badge takes, made of characters gzip cannot shorten much.
    const href = `https://example.dk/${Array.from({ length: MAX_HREF_LENGTH - 19 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz0123456789'[(i * 7919) % 36]).join('')}`;
    assert.equal(href.length, MAX_HREF_LENGTH);
    assert.equal(safeHref(`${href}x`), undefined, 'one character more is dropped');
    for (const lang of ['da', 'en'] as const) {
      const svg = badgeSvg(doc, evaluation, { lang, href });
      assert.ok(svg.includes(`<a href="${href}">`));
      assert.ok(gzipSync(svg).length <= 2048, `${lang}: ${gzipSync(svg).length} bytes gzip`);
      assert.ok(balanced(svg));
      assertInert(svg);
    }
  });

  test('the width follows the longest line', () => {
    const short = declaration((d) => (d.practice.name = 'A'));
    const long = declaration((d) => (d.practice.name = 'Lægerne i Den Meget Lange Gade Nummer Hundredeogtolv'));
    const width = (doc: AccessibilityDeclaration) => Number(/width="(\d+)"/.exec(badgeSvg(doc, evaluate(doc, { ruleSet: dkOk22, at })))?.[1]);
    assert.ok(width(long) > width(short) + 20, `${width(long)} vs ${width(short)}`);
  });
});
