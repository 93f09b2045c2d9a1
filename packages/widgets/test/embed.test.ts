import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run, type CliIo } from '../src/embed/cli.js';
import { escapeHtml } from '../src/html-text.js';
import { embedPage, embedPolicy } from '../src/embed/page-template.js';
import { HEIGHT_MESSAGE, MAX_EMBED_HEIGHT, heightFrom, heightMessage, targetOriginFrom } from '../src/embed/protocol.js';
import { staticEmbedPage } from '../src/embed/static-page.js';
import { oembedResponse } from '../src/embed/oembed.js';
import { EMBED_WIDGETS, isEmbedWidget } from '../src/embed/widgets.js';
import { fileInFolder, folderProblem } from '../src/embed/files-folder.js';
import { embedPageLang } from '../src/embed/page-language.js';
import { WIDGETS, widgetForKind } from '../src/registry.js';
import { DOCUMENT_KINDS } from '@praksis/schema';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const examples = `${root}packages/schema/examples`;
const example = (kind: string, name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${examples}/${kind}/valid/${name}.json`, 'utf8')) as Record<string, unknown>;

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The inline JSON and the fallback's paragraphs of a static page, read back from its markup. */
function parts(html: string): { tag: string; json: unknown; fallback: string[] } {
  const element = /<(praksis-[a-z-]+)[^>]*>\n<script type="application\/json">\n([^<]*)\n<\/script>/.exec(html);
  const fallback = /<div class="praksis-fallback">(.*?)<\/div>/s.exec(html);
  assert.ok(element && fallback, 'page has the element, its data and the fallback');
  const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITY[name]!);
  return {
    tag: element[1]!,
    json: JSON.parse(element[2]!),
    fallback: [...fallback[1]!.matchAll(/<p[^>]*>(.*?)<\/p>/g)].map((m) => unescape(m[1]!)),
  };
}

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

test('an embed page accepts exactly the registered widgets, each with its package and registration module', () => {
  const registered = readdirSync(`${root}packages`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      try {
        return readdirSync(`${root}packages/${d.name}/src`).map((file) => [d.name, file] as const);
      } catch {
        return [];
      }
    })
    .map(([dir, file]) => (/^praksis-([a-z0-9-]+)\.ts$/.exec(file)?.[1] === dir ? dir : undefined))
    .filter((name): name is string => name !== undefined)
    .sort();
  assert.deepEqual([...EMBED_WIDGETS].sort(), registered);
  for (const widget of WIDGETS) assert.equal(widget.tag, `praksis-${widget.name}`);
  for (const name of ['', 'praksis-capacity-gauge', '../capacity-gauge', 'capacity-gauge.js', 'Capacity-Gauge', 'toString', undefined, 1]) {
    assert.equal(isEmbedWidget(name), false, String(name));
  }
  // Every document kind has its widget, and no two widgets draw one kind.
  assert.deepEqual(DOCUMENT_KINDS.map((k) => widgetForKind(k.name)?.name).sort(), [...EMBED_WIDGETS].sort());
});

test('height messages: only a well-formed one counts, in whole pixels, capped', () => {
  assert.deepEqual(heightMessage(412), { type: HEIGHT_MESSAGE, height: 412 });
  assert.equal(heightFrom({ type: 'praksis-embed:height', height: 412 }), 412);
  assert.equal(heightFrom({ type: 'praksis-embed:height', height: 411.2 }), 412);
  assert.equal(heightFrom({ type: 'praksis-embed:height', height: 1e9 }), MAX_EMBED_HEIGHT);
  for (const bad of [
    null,
    'praksis-embed:height',
    { type: 'praksis-embed:height' },
    { type: 'praksis-embed:height', height: '412' },
    { type: 'praksis-embed:height', height: NaN },
    { type: 'praksis-embed:height', height: Infinity },
    { type: 'praksis-embed:height', height: 0 },
    { type: 'praksis-embed:height', height: -5 },
    { type: 'datawrapper-height', height: 412 },
  ]) {
    assert.equal(heightFrom(bad), undefined, JSON.stringify(bad));
  }
});

test('parent-origin: the height goes to that origin, to any parent without it, and nowhere when it is not an http(s) origin', () => {
  assert.equal(targetOriginFrom(null), '*');
  assert.equal(targetOriginFrom('https://www.example.dk'), 'https://www.example.dk');
  assert.equal(targetOriginFrom('https://WWW.Example.dk:443/side?x=1'), 'https://www.example.dk');
  assert.equal(targetOriginFrom('http://localhost:8000/'), 'http://localhost:8000');
  for (const bad of ['', ' ', '*', '/', 'www.example.dk', 'javascript:alert(1)', 'data:text/html,x', 'file:///etc', 'https://']) {
    assert.equal(targetOriginFrom(bad), undefined, bad);
  }
});

test('the generic page: strict policy, script and stylesheet as files, a noscript text', () => {
  const html = embedPage();
  assert.match(html, /<script type="module" src="praksis-embed.js"><\/script>/);
  assert.match(html, /<link rel="stylesheet" href="praksis-embed.css">/);
  assert.equal((html.match(/<script/g) ?? []).length, 1, 'no inline script');
  assert.doesNotMatch(html, /<style|style=/);
  assert.match(html, /<noscript>.*Figuren kræver JavaScript.*This chart needs JavaScript.*<\/noscript>/);
  const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
  assert.equal(policy, embedPolicy());
  assert.match(policy ?? '', /script-src 'self';/);
  assert.doesNotMatch(policy ?? '', /unsafe/);
  // A CDN elsewhere is added to the policy, for scripts and styles only.
  assert.equal(
    embedPolicy('https://cdn.example.dk/praksis/'),
    "default-src 'none'; script-src 'self' https://cdn.example.dk; style-src 'self' https://cdn.example.dk; connect-src *; img-src 'self' data:; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'",
  );
  // A scheme-relative CDN is allowed by its host (its files were refused); other schemes add nothing.
  const scripts = (base: string) => /script-src ([^;]*);/.exec(embedPolicy(base))?.[1];
  assert.equal(scripts('//cdn.example.dk:8443/praksis/'), "'self' cdn.example.dk:8443");
  for (const base of ['javascript:alert(1)/', 'data:text/html,x/', '../cdn/']) assert.equal(scripts(base), "'self'", base);
});

test('a static page: the national capacity figures as text, the data inside, in Danish and English', () => {
  const doc = example('capacity', 'national-2017-2022');
  const da = staticEmbedPage(doc, { base: 'https://cdn.example.dk/praksis/' });
  assert.ok(da.ok);
  assert.equal(da.widget, 'capacity-gauge');
  const page = parts(da.html);
  assert.equal(page.tag, 'praksis-capacity-gauge');
  assert.deepEqual(page.json, doc);
  assert.deepEqual(page.fallback.slice(0, 3).map(nbsp), [
    'Hele landet',
    '1.646 tilmeldte patienter pr. kapacitet',
    'Landstal, pr. 1. jan. 2022. 46 (2,9 %) over normtallet på 1.600 pr. kapacitet. 5.849.229 tilmeldte patienter på 3.554 lægekapaciteter. 3.753 læger, 1.559 patienter pr. læge.',
  ]);
  assert.match(page.fallback[3]!, /^Kilde: BDO for Indenrigs- og Sundhedsministeriet \(2023\).* Opgjort pr\. 1\. jan\. 2022\.$/);
  assert.match(da.html, /<html lang="da">/);
  assert.match(da.html, /<script type="module" src="https:\/\/cdn.example.dk\/praksis\/praksis-embed.js"><\/script>/);

  const en = staticEmbedPage(doc, { lang: 'en' });
  assert.ok(en.ok);
  assert.deepEqual(parts(en.html).fallback.slice(1, 3), [
    '1,646 listed patients per capacity',
    'National figure, as of 1 Jan 2022. 46 (2.9%) above the norm of 1,600 per capacity. 5,849,229 listed patients on 3,554 doctor capacities. 3,753 doctors, 1,559 patients per doctor.',
  ]);
  assert.match(en.html, /<html lang="en">/);
});

test('static pages for every valid example: each names its widget, keeps its data and says where it is from', () => {
  const widgetOf: Record<string, string> = {
    capacity: 'praksis-capacity-gauge',
    'delegation-matrix': 'praksis-delegation-matrix',
    'accessibility-declaration': 'praksis-hours-badge',
    'referral-flows': 'praksis-referral-sankey',
  };
  let count = 0;
  for (const kind of Object.keys(widgetOf)) {
    for (const file of readdirSync(`${examples}/${kind}/valid`)) {
      const doc = example(kind, file.replace(/\.json$/, ''));
      const result = staticEmbedPage(doc, { lang: 'en', attributes: { at: '2026-03-03T10:00:00+01:00' } });
      assert.ok(result.ok, `${kind}/${file}`);
      const page = parts(result.html);
      assert.equal(page.tag, widgetOf[kind], file);
      assert.deepEqual(page.json, doc, file);
      assert.equal(page.fallback[1], result.summary.figure, file);
      assert.ok(result.summary.figure.length > 10, `${file}: ${result.summary.figure}`);
      assert.equal(page.fallback.at(-1), result.source);
      assert.match(result.source, /^(Example – fictional data\. )?Source: /, file);
      assert.equal(/"fictional":\s*true/.test(JSON.stringify((doc as { provenance: unknown }).provenance)), result.source.startsWith('Example'), file);
      count += 1;
    }
  }
  assert.ok(count >= 20, `${count} examples`);
});

test('the summaries reuse the widgets’ models: referrals, delegation, opening hours', () => {
  const flows = staticEmbedPage(example('referral-flows', 'national-2022'));
  assert.ok(flows.ok);
  assert.equal(flows.summary.figure, 'I alt 5.420.564 henvisninger, 2022.');
  assert.deepEqual(flows.summary.sentences.map(nbsp), [
    'De 3 største strømme: Almen praksis → Speciallæge: 1.893.921 (34,9 % af henvisninger fra Almen praksis); Almen praksis → Sygehus: 1.528.351 (28,2 % af henvisninger fra Almen praksis); Almen praksis → Billeddiagnostisk: 863.861 (15,9 % af henvisninger fra Almen praksis).',
  ]);

  const matrix = staticEmbedPage(example('delegation-matrix', 'national-survey-2022'), { lang: 'en' });
  assert.ok(matrix.ok);
  assert.deepEqual(matrix.summary.sentences, [
    'Total number of practices: 567.',
    '11 tasks.',
    '1 task is reserved for doctors.',
    'Figures and colours: share of practices per task, in per cent.',
    'Most with the doctor: Certificates (index 1.2). Most with staff: Diagnostic tests (index 3.7–4.8).',
  ]);

  const at = '2026-03-03T10:00:00+01:00';
  const meets = staticEmbedPage(example('accessibility-declaration', 'meets-all'), { attributes: { at } });
  assert.ok(meets.ok);
  assert.equal(meets.summary.figure, 'Opfylder OK22’s krav til tilgængelighed · ifølge praksisens oplysninger pr. 2. feb. 2026');
  assert.match(parts(meets.html).tag, /praksis-hours-badge/);
  assert.match(meets.html, /<praksis-hours-badge at="2026-03-03T10:00:00\+01:00">/);
  const misses = staticEmbedPage(example('accessibility-declaration', 'misses-late-consultation'), { lang: 'en', attributes: { at } });
  assert.ok(misses.ok);
  assert.ok(misses.summary.sentences.some((s) => /^Late consultation .*: not met\.$/.test(s)), misses.summary.sentences.join('\n'));
});

test("a static page reads the badge's at as the element does: without an offset, Copenhagen time whatever the server's zone", () => {
  // Confirmed on 4 March; judged at 00:30 that day in Copenhagen. Read in the process zone, on
  // Kiritimati (UTC+14) that is 11:30 on 3 March in Copenhagen: before the confirmation.
  const doc = { ...example('accessibility-declaration', 'meets-all'), lastVerified: '2026-03-04' };
  const saved = process.env.TZ;
  try {
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
      process.env.TZ = tz;
      const page = staticEmbedPage(doc, { attributes: { at: '2026-03-04T00:30' } });
      assert.ok(page.ok);
      assert.equal(page.summary.figure, 'Opfylder OK22’s krav til tilgængelighed · ifølge praksisens oplysninger pr. 4. mar. 2026', tz);
    }
    assert.equal(new Date(2026, 2, 4).getTimezoneOffset(), 0, 'the zone switch took effect');
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('a static page counts no flow that the sankey suppresses', () => {
  const doc = example('referral-flows', 'practice-small-counts-fictional');
  const fromPractice = (doc.links as { source: string; value: number }[]).filter((l) => l.source === 'praksis').map((l) => l.value);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const total = (figure: string) => Number(/I alt (?:mindst )?([\d.]+)/.exec(figure)![1]!.replace(/\./g, ''));
  const plain = staticEmbedPage(doc);
  const suppressed = staticEmbedPage(doc, { attributes: { 'suppress-below': '30' } });
  assert.ok(plain.ok && suppressed.ok);
  assert.equal(total(plain.summary.figure), sum(fromPractice));
  // The municipality's 23 referrals are below 30: left out of the total and of every share.
  assert.equal(total(suppressed.summary.figure), sum(fromPractice.filter((v) => v >= 30)));
  // That total leaves a flow out, so it is a lower bound, and the shares are of the known flows.
  assert.match(nbsp(suppressed.summary.figure), /^I alt mindst [\d.]+ henvisninger/);
  assert.match(nbsp(plain.summary.figure), /^I alt [\d.]+ henvisninger/);
  assert.equal(
    nbsp(suppressed.summary.sentences[0]!).split('; ')[0],
    'De 3 største strømme: Lægehuset ved Åen → Speciallæge: 910 (35,4 % af de kendte henvisninger fra Lægehuset ved Åen)',
  );
  assert.match(suppressed.html, /<praksis-referral-sankey suppress-below="30">/);
});

test('data is text: markup in a document cannot leave its element or the fallback', () => {
  const doc = example('capacity', 'practice-minimal');
  (doc.unit as { name: unknown }).name = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"';
  const result = staticEmbedPage(doc);
  assert.ok(result.ok);
  const page = parts(result.html);
  assert.deepEqual(page.json, doc);
  assert.equal(page.fallback[0], '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"');
  assert.equal((result.html.match(/<script/g) ?? []).length, 2, 'the page script and the JSON only');
  assert.doesNotMatch(result.html, /<img/);
  assert.match(result.html, /<title>&lt;\/script&gt;/);
  assert.equal(escapeHtml('a<b>&"c\''), 'a&lt;b&gt;&amp;&quot;c&#39;');
});

test('a static page finds its files in a folder given without its last slash', () => {
  for (const base of ['https://cdn.example.dk/praksis', ' https://cdn.example.dk/praksis/ ']) {
    const result = staticEmbedPage(example('capacity', 'practice-minimal'), { base });
    assert.ok(result.ok);
    assert.match(result.html, /<script type="module" src="https:\/\/cdn\.example\.dk\/praksis\/praksis-embed\.js"><\/script>/, base);
    assert.match(result.html, /<link rel="stylesheet" href="https:\/\/cdn\.example\.dk\/praksis\/praksis-embed\.css">/, base);
  }
});

test('a static page refuses invalid data and unusable attributes', () => {
  const invalid = staticEmbedPage(JSON.parse(readFileSync(`${examples}/capacity/invalid/bands-overlap.json`, 'utf8')));
  assert.equal(invalid.ok, false);
  assert.ok(!invalid.ok && invalid.issues[0]!.path.startsWith('/bands'));
  const unknown = staticEmbedPage({ $schema: 'https://example.org/other.json' });
  assert.ok(!unknown.ok && unknown.issues[0]!.path === '/$schema');
  for (const name of ['src', 'onclick x', '"><script>', 'Theme', 'onclick', 'onmouseover', 'style']) {
    const result = staticEmbedPage(example('capacity', 'practice-minimal'), { attributes: { [name]: 'x' } });
    assert.equal(result.ok, false, name);
  }
});

function fakeIo(files: Record<string, string>): CliIo & { out: string; err: string[]; written: Record<string, string> } {
  const io = {
    out: '',
    err: [] as string[],
    written: {} as Record<string, string>,
    readFile: (path: string) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return files[path]!;
    },
    writeFile: (path: string, text: string) => void (io.written[path] = text),
    stdout: (text: string) => void (io.out += text),
    stderr: (line: string) => void io.err.push(line),
  };
  return io;
}

test('praksis-embed page: writes the page, exits 1 on invalid data and 2 on bad usage', async () => {
  const capacity = readFileSync(`${examples}/capacity/valid/national-2017-2022.json`, 'utf8');
  const invalid = readFileSync(`${examples}/capacity/invalid/bands-overlap.json`, 'utf8');
  const files = { 'c.json': `\uFEFF${capacity}`, 'bad.json': invalid, 'not.json': '{ nope' };

  let io = fakeIo(files);
  assert.equal(await run(['page', 'c.json', '--lang', 'en', '--base=https://cdn.example.dk/praksis', '--attr', 'theme=dark', '--out', 'page.html'], io), 0);
  const html = io.written['page.html']!;
  assert.match(html, /<praksis-capacity-gauge theme="dark">/);
  assert.match(html, /src="https:\/\/cdn.example.dk\/praksis\/praksis-embed.js"/);
  assert.equal(parts(html).fallback[1], '1,646 listed patients per capacity');
  assert.deepEqual(io.err, ['page.html: <praksis-capacity-gauge> with “1,646 listed patients per capacity”']);

  io = fakeIo(files);
  assert.equal(await run(['page', 'c.json'], io), 0);
  const expected = staticEmbedPage(JSON.parse(capacity));
  assert.ok(expected.ok);
  assert.equal(io.out, expected.html);

  io = fakeIo(files);
  assert.equal(await run(['page', 'bad.json', '--lang', 'en'], io), 1);
  assert.match(io.err[0]!, /^bad\.json: \/bands\/items\/1\/from /);
  assert.equal(io.out, '');

  for (const argv of [[], ['pages', 'c.json'], ['page'], ['page', 'c.json', '--lang', 'de'], ['page', 'c.json', '--attr', 'theme'], ['page', 'missing.json'], ['page', 'not.json'], ['page', 'c.json', 'c.json']]) {
    io = fakeIo(files);
    assert.equal(await run(argv, io), 2, argv.join(' '));
    assert.ok(io.err.length > 0);
  }
  io = fakeIo(files);
  assert.equal(await run(['--help'], io), 0);
  assert.match(io.out, /^Usage: praksis-embed page FILE/);
});

test('the static page in the browser tests is what `praksis-embed page` writes today', () => {
  const doc = JSON.parse(readFileSync(`${examples}/capacity/valid/national-2017-2022.json`, 'utf8')) as unknown;
  const result = staticEmbedPage(doc, { base: '/cdn/' });
  assert.ok(result.ok);
  // The fixture has the widget drawn on the server as well (test/node/server-render.test.ts checks
  // that part): without it, and without the hashes of its styles, it is the page written here.
  const fixture = readFileSync(`${root}test/fixtures/routes/static-capacity.html`, 'utf8')
    .replace(/<template shadowroot="open" shadowrootmode="open">[\s\S]*<\/template>\n/, '')
    .replace(/ &#39;sha256-[A-Za-z0-9+/=]+&#39;/g, '');
  assert.equal(
    fixture,
    result.html,
    'regenerate: node packages/widgets/bin/praksis-embed.js page packages/schema/examples/capacity/valid/national-2017-2022.json --base /cdn/ --out test/fixtures/routes/static-capacity.html',
  );
});

test('oEmbed: a static page with --url links its response, which holds the iframe embed and the resizer', async () => {
  const capacity = readFileSync(`${examples}/capacity/valid/national-2017-2022.json`, 'utf8');
  const io = fakeIo({ 'c.json': capacity });
  const argv = ['page', 'c.json', '--base', '../cdn/', '--url', 'https://praksis.example.dk/embed/kapacitet.html', '--out', 'site/kapacitet.html'];
  assert.equal(await run(argv, io), 0);
  const html = io.written['site/kapacitet.html']!;
  assert.match(html, /<link rel="alternate" type="application\/json\+oembed" href="kapacitet\.oembed\.json" title="Hele landet">\n<\/head>/);
  const response = JSON.parse(io.written['site/kapacitet.oembed.json']!) as Record<string, unknown>;
  assert.deepEqual(response, {
    version: '1.0',
    type: 'rich',
    title: 'Hele landet',
    provider_name: 'Praksis Widgets',
    html:
      '<iframe src="https://praksis.example.dk/embed/kapacitet.html" lang="da" title="Hele landet" width="100%" height="480" loading="lazy" frameborder="0" data-praksis-embed></iframe>' +
      '<script src="https://praksis.example.dk/cdn/praksis-embed-resizer.js" defer></script>',
    width: 640,
    height: 480,
  });
  // The link names the file as written beside --out, even where --url calls the page otherwise.
  for (const [url, out, file, href] of [
    ['https://praksis.example.dk/embed/', 'site/kapacitet.html', 'site/kapacitet.oembed.json', 'kapacitet.oembed.json'],
    ['https://praksis.example.dk/embed/kap.html', 'site/Kapacitet Århus.html', 'site/Kapacitet Århus.oembed.json', 'Kapacitet%20%C3%85rhus.oembed.json'],
  ] as const) {
    const other = fakeIo({ 'c.json': capacity });
    assert.equal(await run(['page', 'c.json', '--url', url, '--out', out], other), 0);
    assert.deepEqual(Object.keys(other.written), [out, file]);
    assert.match(other.written[out]!, new RegExp(`type="application/json\\+oembed" href="${href}"`));
  }
  // Without --url: no discovery link and no second file.
  const plain = fakeIo({ 'c.json': capacity });
  assert.equal(await run(['page', 'c.json', '--out', 'p.html'], plain), 0);
  assert.doesNotMatch(plain.written['p.html']!, /oembed/);
  assert.deepEqual(Object.keys(plain.written), ['p.html']);
  // --url must be an absolute http(s) URL, and needs --out.
  for (const bad of [['--url', 'kapacitet.html', '--out', 'p.html'], ['--url', 'javascript:alert(1)', '--out', 'p.html'], ['--url', 'https://x.dk/p.html']]) {
    const io2 = fakeIo({ 'c.json': capacity });
    assert.notEqual(await run(['page', 'c.json', ...bad], io2), 0, bad.join(' '));
    assert.deepEqual(Object.keys(io2.written), []);
  }
  // Markup in the title stays text in the embed's html.
  const hostile = oembedResponse({ pageUrl: 'https://x.dk/a.html?b="c"', resizerUrl: 'https://x.dk/r.js', title: '"><script>alert(1)</script>' });
  assert.doesNotMatch(hostile.html, /<script>alert/);
  assert.match(hostile.html, /src="https:\/\/x\.dk\/a\.html\?b=%22c%22"/);
});

test('one language per static page: a lang attribute is refused, so the widget speaks the language of the title and text around it', async () => {
  const doc = example('capacity', 'national-2017-2022');
  for (const lang of ['en', 'da']) {
    const result = staticEmbedPage(doc, { lang: lang === 'en' ? 'da' : 'en', attributes: { lang } });
    assert.equal(result.ok, false, lang);
    assert.ok(!result.ok && /language is set for the whole page/.test(result.issues[0]!.message.en));
  }
  const capacity = readFileSync(`${examples}/capacity/valid/national-2017-2022.json`, 'utf8');
  for (const argv of [
    ['page', 'c.json', '--lang', 'da', '--attr', 'lang=en'],
    ['page', 'c.json', '--lang', 'en', '--attr', 'lang=da'],
    ['page', 'c.json', '--attr', 'LANG=en', '--out', 'p.html'],
  ]) {
    const io = fakeIo({ 'c.json': capacity });
    assert.equal(await run(argv, io), 2, argv.join(' '));
    assert.match(io.err[0]!, /^praksis-embed: --attr lang=\w+: the language is the page's, set with --lang$/i, argv.join(' '));
    assert.equal(io.out, '');
    assert.deepEqual(io.written, {});
  }
  // --lang en: the page, its title, its text and the element (which has no lang of its own) agree.
  const io = fakeIo({ 'c.json': capacity });
  assert.equal(await run(['page', 'c.json', '--lang', 'en'], io), 0);
  assert.match(io.out, /<html lang="en">/);
  assert.match(io.out, /<praksis-capacity-gauge>/);
  assert.equal(parts(io.out).fallback[1], '1,646 listed patients per capacity');
});

test("the embed page's language: ?lang= sets the generic page's, a static page keeps the one it was written in", () => {
  assert.equal(embedPageLang({ param: 'en', written: 'da', staticPage: false }), 'en');
  assert.equal(embedPageLang({ param: 'da', written: 'da', staticPage: false }), 'da');
  assert.equal(embedPageLang({ param: null, written: 'da', staticPage: false }), 'da');
  for (const param of ['de', '', 'EN', '<b>', null]) assert.equal(embedPageLang({ param, written: 'da', staticPage: false }), 'da', String(param));
  // A static page written in Danish stays Danish with ?lang=en, and the other way round.
  assert.equal(embedPageLang({ param: 'en', written: 'da', staticPage: true }), 'da');
  assert.equal(embedPageLang({ param: 'da', written: 'en', staticPage: true }), 'en');
  assert.equal(embedPageLang({ param: null, written: 'en', staticPage: true }), 'en');
  // What staticEmbedPage writes is what the rule reads back.
  const en = staticEmbedPage(example('capacity', 'practice-minimal'), { lang: 'en' });
  assert.ok(en.ok);
  const written = /<html lang="([^"]*)">/.exec(en.html)![1]!;
  assert.equal(embedPageLang({ param: 'da', written, staticPage: true }), 'en');
});

test('a folder for the files with a query or fragment, or one a page could not use, is refused by the page, the command and its usage says so', async () => {
  const doc = example('capacity', 'practice-minimal');
  for (const base of ['https://cdn.example.dk/praksis/0.1.0/?v=1', 'https://cdn.example.dk/praksis/0.1.0?v=1', 'https://cdn.example.dk/praksis/0.1.0/#top', '/cdn/?v=2', 'cdn.example.dk/praksis/', 'javascript:alert(1)//', 'ftp://cdn.example.dk/p/']) {
    const result = staticEmbedPage(doc, { base });
    assert.equal(result.ok, false, base);
    assert.equal(folderProblem(base) !== undefined, true, base);
    assert.throws(() => fileInFolder(base, 'praksis-embed.js'), RangeError, base);
    const io = fakeIo({ 'c.json': JSON.stringify(doc) });
    assert.equal(await run(['page', 'c.json', '--base', base, '--out', 'p.html'], io), 2, base);
    assert.match(io.err[0]!, /^praksis-embed: --base: /, base);
    assert.deepEqual(io.written, {}, base);
  }
  assert.match(folderProblem('https://cdn.example.dk/praksis/0.1.0/?v=1')!.en, /has a query \(\?\) or fragment \(#\): write the folder only/);
  assert.match(folderProblem('https://cdn.example.dk/p/#x')!.da, /har en forespørgsel \(\?\) eller et anker \(#\)/);
  // Folders that work, each file's address in them.
  for (const [base, file] of [
    ['', 'praksis-embed.js'],
    ['https://cdn.example.dk/praksis/0.1.0', 'https://cdn.example.dk/praksis/0.1.0/praksis-embed.js'],
    ['//cdn.example.dk/p//', '//cdn.example.dk/p/praksis-embed.js'],
    ['../cdn/', '../cdn/praksis-embed.js'],
  ] as const) {
    assert.equal(fileInFolder(base, 'praksis-embed.js'), file, base);
    const result = staticEmbedPage(doc, { base });
    assert.ok(result.ok, base);
    assert.match(result.html, new RegExp(`<script type="module" src="${file.replace(/[./]/g, '\\$&')}"></script>`), base);
  }
  const help = fakeIo({});
  assert.equal(await run(['--help'], help), 0);
  assert.match(help.out, /without \?query or #fragment/);
});

test('staticEmbedPage takes da or en only, as <html lang> and the words of its text', () => {
  for (const lang of ['de', '', '"><script>alert(1)</script>', 'EN']) {
    const result = staticEmbedPage(example('capacity', 'practice-minimal'), { lang: lang as 'da' });
    assert.equal(result.ok, false, lang);
  }
});
