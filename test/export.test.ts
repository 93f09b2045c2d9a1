import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import '@praksis/delegation-matrix/praksis-delegation-matrix.js';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import '@praksis/hours-badge/praksis-hours-badge.js';
import type { PraksisElement } from '@praksis/core';
import type { PraksisDownloadDetail } from '@praksis/core/export.js';
import { loadExample, part, textOf } from './helpers.js';
import { parseCsv } from './read-csv.js';

type Widget = PraksisElement<unknown>;
type Doc = Record<string, unknown> & { provenance: { source: { da: string; en: string } } };


const settle = async (el: Widget) => {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  await el.updateComplete;
};

const buttons = (el: Widget) => [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="download"]') ?? [])];
const button = (el: Widget, format: string) => buttons(el).find((b) => b.textContent.trim() === format.toUpperCase());

/** Uses a download button and returns what would have been saved (the test keeps the browser from saving it). */
async function download(el: Widget, format: string, activate?: () => Promise<void> | void): Promise<PraksisDownloadDetail> {
  const keep = (event: Event) => event.preventDefault();
  el.addEventListener('praksis-download', keep);
  try {
    const event = oneEvent<CustomEvent<PraksisDownloadDetail>>(el, 'praksis-download');
    if (activate) await activate();
    else button(el, format)!.click();
    return (await event).detail;
  } finally {
    el.removeEventListener('praksis-download', keep);
  }
}

/** Every piece of text in an SVG, in order, with no whitespace at all (lines may wrap anywhere). */
const svgWords = (svg: Document) => [...svg.querySelectorAll('text')].map((t) => t.textContent).join('').replace(/\s/g, '');
const squash = (text: string) => text.replace(/\s/g, '');

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

interface Case {
  tag: string;
  kind: string;
  example: string;
  /** What the Danish CSV must hold, as records read back. */
  daRecords: string[][];
  /** What the English CSV must hold. */
  enRecords: string[][];
  /** A check that the chart itself is in the SVG. */
  chart: (svg: Document, el: Widget) => void;
}

const CASES: Case[] = [
  {
    tag: 'praksis-capacity-gauge',
    kind: 'capacity',
    example: 'national-2017-2022',
    daRecords: [
      ['Patienter pr. kapacitet', '1645,8', '', ''],
      ['Andel af de tilmeldte patienter, der er 70 år eller derover (%)', '14,8', '', ''],
      ['2017-01-01', '5707000', '3461', '1648,9'],
    ],
    enRecords: [
      ['Patients per capacity', '1645.8', '', ''],
      ['Listed patients', '5849229', '', ''],
    ],
    chart: (svg) => {
      // The gauge's own SVG (track, bar and norm) and the six trend dots are copied with their colours.
      expect(svg.querySelectorAll('circle')).to.have.length(6);
      const fills = [...svg.querySelectorAll('rect[fill]')].map((r) => r.getAttribute('fill'));
      expect(new Set(fills).size).to.be.greaterThan(2);
    },
  },
  {
    tag: 'praksis-delegation-matrix',
    kind: 'delegation-matrix',
    example: 'national-survey-2022',
    daRecords: [['Kronikerkontrol', '30', 'indgår i Udelukkende læge', '56', '13', 'ikke oplyst']],
    enRecords: [['Chronic-care check-ups', '30', 'included in Doctor only', '56', '13', 'not reported']],
    chart: (svg, el) => {
      const words = svgWords(svg);
      for (const th of el.shadowRoot!.querySelectorAll('tbody th')) {
        expect(words).to.contain(squash(th.childNodes[0]?.textContent ?? ''));
      }
      // Coloured cells: their backgrounds are rects in the token colours.
      expect(svg.querySelectorAll('rect[fill^="#"]').length).to.be.greaterThan(40);
    },
  },
  {
    tag: 'praksis-referral-sankey',
    kind: 'referral-flows',
    example: 'national-2022',
    daRecords: [
      ['Fra', 'Til', 'Antal', 'Andel af «Fra» (%)'],
      ['Almen praksis', 'Speciallæge', '1893921', '34,94'],
      ['I alt', '', '5420564', ''],
    ],
    enRecords: [['General practice', 'Practising specialist', '1893921', '34.94']],
    chart: (svg, el) => {
      const links = part(el, 'diagram')!.querySelectorAll('path.link').length;
      expect(links).to.equal(7);
      const paths = [...svg.querySelectorAll('path')];
      expect(paths).to.have.length(links);
      for (const p of paths) expect(p.getAttribute('stroke') ?? p.getAttribute('fill')).to.match(/^#[0-9a-f]{6}$/);
    },
  },
];

async function widget(c: Case, { lang = 'da', attrs = {}, width = 720 }: { lang?: string; attrs?: Record<string, string>; width?: number } = {}): Promise<Widget> {
  const doc = await loadExample(c.kind, 'valid', c.example);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px" lang=${lang}></div>`);
  const el = document.createElement(c.tag) as Widget;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.data = doc;
  wrapper.append(el);
  await settle(el);
  return el;
}

for (const c of CASES) {
  describe(`<${c.tag}> downloads`, () => {
    it('offers CSV, SVG and PNG by default, in a labelled group of buttons', async () => {
      const el = await widget(c);
      expect(buttons(el).map((b) => b.textContent.trim())).to.deep.equal(['CSV', 'SVG', 'PNG']);
      const group = part(el, 'downloads')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Hent:');
    });

    it('CSV in Danish: BOM, semicolons, decimal comma, no thousands separators', async () => {
      const el = await widget(c);
      const { blob, filename, format } = await download(el, 'csv');
      expect(format).to.equal('csv');
      expect(blob.type).to.equal('text/csv;charset=utf-8');
      expect(filename).to.match(/^[a-z0-9-]+\.csv$/);
      expect([...(await bytes(blob)).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const text = await blob.text();
      // Blob.text() decodes UTF-8 and drops the BOM.
      const records = parseCsv(text, ';');
      const width = records[0]!.length;
      for (const record of records) expect(record).to.have.length(width);
      for (const expected of c.daRecords) {
        expect(records.map((r) => r.slice(0, expected.length).join('|'))).to.include(expected.join('|'));
      }
      expect(text).not.to.match(/\d\.\d{3}(?!\d)/, 'no thousands separators');
    });

    it('CSV in English: commas and decimal points', async () => {
      const el = await widget(c, { lang: 'en' });
      const { blob } = await download(el, 'csv');
      const records = parseCsv(await blob.text(), ',');
      for (const expected of c.enRecords) {
        expect(records.map((r) => r.slice(0, expected.length).join('|'))).to.include(expected.join('|'));
      }
    });

    it('SVG: well-formed, standalone, with the title, the chart, the source and the credit', async () => {
      const el = await widget(c, { attrs: { credit: 'Jane Doe / Avisen' } });
      expect(textOf(el, '[part="credit"]')).to.equal('Grafik: Jane Doe / Avisen');
      const { blob, filename } = await download(el, 'svg');
      expect(blob.type).to.equal('image/svg+xml;charset=utf-8');
      expect(filename).to.match(/\.svg$/);
      const text = await blob.text();
      const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(svg.querySelector('parsererror')).to.equal(null);
      const root = svg.documentElement;
      expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      expect(Number(root.getAttribute('width'))).to.equal(Math.round(frame.width));
      expect(Number(root.getAttribute('height'))).to.be.closeTo(frame.height, 80);
      const title = textOf(el, '[part="title"]');
      expect(root.querySelector('title')!.textContent).to.equal(title);
      const words = svgWords(svg);
      expect(words).to.contain(squash(title));
      const doc = el.data as Doc;
      expect(words).to.contain(squash(`Kilde: ${doc.provenance.source.da}`));
      expect(words).to.contain(squash('Grafik: Jane Doe / Avisen'));
      // Looks right on its own: no classes, no custom properties, colours as hex.
      expect(text).not.to.contain('class=');
      expect(text).not.to.contain('var(');
      for (const painted of svg.querySelectorAll('[fill]')) expect(painted.getAttribute('fill')).to.match(/^(#[0-9a-f]{6}|none)$/);
      // Buttons are not part of the image.
      expect(words).not.to.contain('Vistabel');
      expect(words).not.to.contain('Hent:');
      c.chart(svg, el);
    });

    it('PNG: an image/png at twice the widget’s size', async function () {
      // The matrix's PNG is 1440 px wide and several thousand tall: drawing and encoding it alone
      // took 0.6–3 s on a busy 2-core machine (Chromium, Firefox), before the test reads back its
      // pixels; mocha's 5 s was not always enough.
      this.timeout(20_000);
      const el = await widget(c);
      const { blob, filename } = await download(el, 'png');
      expect(blob.type).to.equal('image/png');
      expect(filename).to.match(/\.png$/);
      const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      const image = await createImageBitmap(blob);
      expect(image.width).to.equal(Math.round(frame.width) * 2);
      expect(image.height).to.be.closeTo(frame.height * 2, 160);
      // Not blank: text and chart in many colours (anti-aliased edges included).
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3]) colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
      expect(colours.size).to.be.greaterThan(20);
    });

    it('downloads="csv" offers only CSV; downloads="none" none at all', async () => {
      const csvOnly = await widget(c, { attrs: { downloads: 'csv' } });
      expect(buttons(csvOnly).map((b) => b.textContent.trim())).to.deep.equal(['CSV']);
      const none = await widget(c, { attrs: { downloads: 'none' } });
      expect(buttons(none)).to.have.length(0);
      expect(part(none, 'downloads')).to.equal(null);
      expect(part(none, 'table-toggle')).not.to.equal(null);
    });

    it('is keyboard operable: Tab from the table button reaches CSV, Enter downloads', async () => {
      const el = await widget(c);
      part(el, 'table-toggle')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'csv'));
      const { format } = await download(el, 'csv', () => sendKeys({ press: 'Enter' }));
      expect(format).to.equal('csv');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'svg'));
    });

    it('static width="800" height="500": exactly that size, no buttons, and a PNG of exactly that size', async () => {
      const el = await widget(c, { attrs: { static: '', width: '800', height: '500' }, width: 1000 });
      const box = el.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([800, 500]);
      const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      expect([frame.width, frame.height]).to.deep.equal([800, 500]);
      expect(part(el, 'table-toggle')!.checkVisibility()).to.equal(false);
      expect(part(el, 'downloads')!.checkVisibility()).to.equal(false);
      // Drawn at the fixed width, whatever the box around it.
      const { blob } = await download(el, 'png');
      const image = await createImageBitmap(blob);
      expect([image.width, image.height]).to.deep.equal([800, 500]);
    });

    for (const scaling of ['zoom: 1.5', 'transform: scale(1.5); transform-origin: 0 0']) {
      it(`on a page that scales it (body { ${scaling} }): the same SVG as on a plain page, and a static PNG of exactly its size`, async () => {
        const el = await widget(c);
        const plain = new DOMParser().parseFromString(await (await download(el, 'svg')).blob.text(), 'image/svg+xml');
        const style = document.createElement('style');
        style.textContent = `body { ${scaling} }`;
        document.head.append(style);
        try {
          await settle(el);
          const scaled = new DOMParser().parseFromString(await (await download(el, 'svg')).blob.text(), 'image/svg+xml');
          // The file is the widget at its own size (zoom may change its layout by a few pixels)…
          const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
          expect(Number(scaled.documentElement.getAttribute('width')), 'width').to.be.closeTo(frame.offsetWidth, 1);
          expect(Number(scaled.documentElement.getAttribute('height')), 'height').to.be.closeTo(frame.offsetHeight, 1);
          // …with its text where the page drew it, at its own size, not spread out around text that stayed small.
          const texts = (svg: Document) => [...svg.querySelectorAll('svg > text')].map((t) => [Number(t.getAttribute('x')), Number(t.getAttribute('y'))]);
          const [before, after] = [texts(plain), texts(scaled)];
          for (let i = 0; i < 3; i++) {
            expect(after[i]![0], `text ${i} x`).to.be.closeTo(before[i]![0]!, 2);
            expect(after[i]![1], `text ${i} y`).to.be.closeTo(before[i]![1]!, 2);
          }
          for (const [x, y] of after) expect(x! < frame.offsetWidth && y! < frame.offsetHeight, 'text inside the image').to.equal(true);
          const still = await widget(c, { attrs: { static: '', width: '800', height: '500' }, width: 1000 });
          const image = await createImageBitmap((await download(still, 'png')).blob);
          expect([image.width, image.height]).to.deep.equal([800, 500]);
        } finally {
          style.remove();
        }
      });
    }

    it('static without a size is 1200 × 630, the usual social-media image', async () => {
      const el = await widget(c, { attrs: { static: '' }, width: 400 });
      const box = el.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([1200, 630]);
      // A size that is not a positive number is no size.
      el.width = -300;
      el.height = -1;
      await settle(el);
      expect([el.getBoundingClientRect().width, el.getBoundingClientRect().height]).to.deep.equal([1200, 630]);
      el.static = false;
      await settle(el);
      expect(el.getBoundingClientRect().width).to.equal(400);
    });

    it('prints without buttons', async () => {
      const el = await widget(c);
      try {
        await emulateMedia({ media: 'print' });
        expect(part(el, 'table-toggle')!.checkVisibility()).to.equal(false);
        expect(part(el, 'downloads')!.checkVisibility()).to.equal(false);
        expect(part(el, 'footer')!.checkVisibility()).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('passes axe with the downloads and a credit line', async () => {
      const el = await widget(c, { attrs: { credit: 'Jane Doe' } });
      await expect(el).to.be.accessible();
    });
  });
}

describe('<praksis-hours-badge> downloads', () => {
  async function badge(attrs: Record<string, string> = {}, variant = 'full'): Promise<Widget> {
    const data = await loadExample('accessibility-declaration', 'valid', 'meets-all');
    const el = await fixture<Widget>(
      html`<praksis-hours-badge lang="da" variant=${variant} at="2026-03-03T10:00:00+01:00" .data=${data}></praksis-hours-badge>`,
    );
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    await settle(el);
    return el;
  }

  it('has no data table, so no CSV; SVG and PNG come from the shared export', async () => {
    // A control character, which XML does not allow, still makes a file.
    const el = await badge({ credit: 'Praksis\u0001Nord' });
    expect(buttons(el).map((b) => b.textContent.trim())).to.deep.equal(['SVG', 'PNG']);
    const { blob } = await download(el, 'svg');
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')?.textContent ?? 'well-formed').to.equal('well-formed');
    expect(svgWords(svg)).to.contain(squash('Lægerne på Havnen'));
    expect(svgWords(svg)).to.contain(squash('Grafik: Praksis Nord'));
    const png = await download(el, 'png');
    expect(png.blob.type).to.equal('image/png');
  });

  it('leaves the compact badge’s own details button out of the image', async () => {
    const el = await badge({}, 'compact');
    expect(textOf(el)).to.contain('Vis detaljer');
    const { blob } = await download(el, 'svg');
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(svgWords(svg)).not.to.contain('Visdetaljer');
  });

  it('downloads="none" leaves the badge as it was', async () => {
    const el = await badge({ downloads: 'none' });
    expect(part(el, 'downloads')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('parts loaded on demand', () => {
  it('the matrix’s bars are drawn when praksis-render comes, and updateComplete waits for them', async () => {
    const data = await loadExample('delegation-matrix', 'valid', 'national-survey-2022');
    const el = document.createElement('praksis-delegation-matrix') as Widget;
    el.setAttribute('view', 'bars');
    el.data = data;
    const rendered = oneEvent(el, 'praksis-render');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    wrapper.append(el);
    await rendered;
    expect(part(el, 'bars')?.querySelectorAll('li')).to.have.length(11);
  });

  it('the gauge’s table view and CSV come from one file, loaded when first needed', async () => {
    const el = await widget(CASES[0]!);
    expect(part(el, 'table')!.querySelector('table')).to.equal(null);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    expect(part(el, 'table')!.querySelectorAll('table')).to.have.length(2);
  });
});

describe('text XML cannot hold', () => {
  it('a control character or U+FFFE in the data is written as XML can hold it, so the SVG stays well-formed and the PNG draws', async () => {
    const doc = await loadExample<Doc>('capacity', 'valid', 'national-2017-2022');
    doc.provenance.source = { da: 'Region\u0001 Nord\uFFFE', en: 'Region\u0001 Nord\uFFFE' };
    const el = document.createElement('praksis-capacity-gauge') as Widget;
    el.data = doc;
    (await fixture<HTMLDivElement>(html`<div style="width:480px"></div>`)).append(el);
    await settle(el);
    const svg = new DOMParser().parseFromString(await (await download(el, 'svg')).blob.text(), 'image/svg+xml');
    // The parser's message, not its element, so a failure reads as text.
    expect(svg.querySelector('parsererror')?.textContent ?? '').to.equal('');
    expect(svgWords(svg)).to.contain('Kilde:RegionNord');
    expect((await download(el, 'png')).blob.type).to.equal('image/png');
  });
});

describe('download events', () => {
  it('an embedder that does not cancel the event gets the file saved through a link', async () => {
    const el = await widget(CASES[0]!);
    const clicked: string[] = [];
    const realClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.href.slice(0, 5)}`);
    };
    try {
      const event = oneEvent(el, 'praksis-download');
      button(el, 'csv')!.click();
      await event;
      await new Promise((r) => setTimeout(r));
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
    }
    expect(clicked).to.deep.equal(['hele-landet.csv blob:']);
  });

  it('the event bubbles out of the shadow root, so a page can handle every widget in one place', async () => {
    const el = await widget(CASES[2]!);
    const seen: string[] = [];
    const listener = (event: Event) => {
      event.preventDefault();
      seen.push((event as CustomEvent<PraksisDownloadDetail>).detail.filename);
    };
    document.addEventListener('praksis-download', listener);
    try {
      button(el, 'csv')!.click();
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      document.removeEventListener('praksis-download', listener);
    }
    expect(seen).to.deep.equal(['henvisninger-fra-almen-praksis-2022.csv']);
  });
});
