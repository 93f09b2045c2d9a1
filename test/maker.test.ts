// The chart maker page, driven as an editor drives it: keyboard and clipboard. The national 2022
// referral table (DOMAIN figures) goes in as TSV with Danish thousands dots, comes out as a sankey,
// and its snippet draws the same seven numbers on a fresh page on another origin.
// Needs the CDN build (`npx rollup -c`): the snippet loads the autoloader from /cdn/ (test/routes-server.mjs).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '@praksis/widgets';
import { mountMaker, readyForOffline, type ChartMaker } from '../scripts/docs/maker/maker.js';
import { DRAFT_KEY } from '../scripts/docs/maker/draft.js';
import { xlsxWorkbook } from '../packages/widgets/test/xlsx-fixture.js';

const NATIONAL = [
  ['Speciallæge', '1.893.921'],
  ['Sygehus', '1.528.351'],
  ['Billeddiagnostisk', '863.861'],
  ['Fysioterapi', '835.769'],
  ['Psykolog', '176.464'],
  ['Fodterapi', '74.542'],
  ['Kommune', '47.656'],
] as const;
/** As Excel puts a selection on the clipboard: tabs between cells, CRLF after each row. */
const TSV = `Henvisningstype\tAntal\r\n${NATIONAL.map(([type, count]) => `${type}\t${count}`).join('\r\n')}\r\n`;
/** The same text as a textarea gives it back: line breaks as LF. */
const TSV_IN_BOX = TSV.replace(/\r\n/g, '\n');
const DESCRIPTION = 'Sankeydiagram: af 5,4 mio. henvisninger fra almen praksis i 2022 gik flest til speciallæge (1,9 mio.) og sygehus (1,5 mio.).';
const otherOrigin = location.origin.replace('//localhost', '//127.0.0.1');

/** A page-sized stylesheet: the docs site's, so the preview frames have their widths. */
before(async () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/scripts/docs/assets/site.css';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
  document.head.append(link);
  await loaded;
});

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

async function mount(options: Parameters<typeof mountMaker>[1] = {}): Promise<{ host: HTMLElement; maker: ChartMaker; storage: MemoryStorage }> {
  const host = await fixture<HTMLElement>(html`<div class="maker"></div>`);
  const storage = new MemoryStorage();
  const maker = mountMaker(host, { storage, href: 'https://docs.example/maker.html', ...options });
  return { host, maker, storage };
}

function el<T extends HTMLElement>(host: HTMLElement, selector: string): T {
  const found = host.querySelector<T>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
}

/** Presses Tab until the element is focused, as a keyboard user walks the form. */
async function tabTo(host: HTMLElement, selector: string): Promise<void> {
  const target = el(host, selector);
  for (let i = 0; i < 400 && document.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(document.activeElement, `Tab reaches ${selector}`).to.equal(target);
}

/** Types into a field by keyboard and leaves it with Tab (which commits it). */
async function typeInto(host: HTMLElement, selector: string, text: string): Promise<void> {
  await tabTo(host, selector);
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
}

/** A paste as the browser delivers it from the clipboard. */
function paste(target: HTMLElement, text: string): void {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
}

/** Runs `click` and returns the files it saved through a link (the blobs behind their `download`). */
async function savedFiles(click: () => unknown): Promise<{ name: string; blob: Blob }[]> {
  const clicked: HTMLAnchorElement[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
  };
  try {
    await click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  return Promise.all(clicked.map(async (link) => ({ name: link.download, blob: await (await fetch(link.href)).blob() })));
}

type Preview = LitElement & { data?: unknown };

/** Scrolls to each preview in turn, as a reader would, and waits until each has drawn the document. */
async function drawnPreviews(host: HTMLElement): Promise<Preview[]> {
  const previews = [...host.querySelectorAll<Preview>('.mk-frame > :not(figcaption)')];
  for (const preview of previews) {
    preview.scrollIntoView();
    await waitUntil(() => preview.data !== undefined && !preview.hasAttribute('data-stale'), 'a preview in view is given the latest document');
  }
  await Promise.all(previews.map((p) => p.updateComplete));
  return previews;
}

function problems(host: HTMLElement): string[] {
  return [...host.querySelectorAll('#mk-problems .mk-problem')].map((li) => (li.textContent ?? '').trim());
}

async function fillReferralMeta(host: HTMLElement): Promise<void> {
  await typeInto(host, '#mk-title', 'Henvisninger fra almen praksis 2022');
  await typeInto(host, '#mk-periodFrom', '1.1.2022');
  await typeInto(host, '#mk-periodTo', '31.12.2022');
  await typeInto(host, '#mk-source', 'BDO 2023, tabel 5.9a; MedCom');
  await typeInto(host, '#mk-publisher', 'Indenrigs- og Sundhedsministeriet');
}

describe('chart maker page', function () {
  this.timeout(60_000);

  it('national 2022 referral table: paste → sankey → snippet → the same seven numbers on a fresh page on another origin', async () => {
    const { host } = await mount();
    await tabTo(host, '#mk-data');
    paste(document.activeElement as HTMLElement, TSV);
    // The paste stays in the box, and the parsed table shows the guesses.
    expect(el<HTMLTextAreaElement>(host, '#mk-data').value).to.equal(TSV_IN_BOX);
    expect(el<HTMLSelectElement>(host, '#mk-separator').value).to.equal('\t');
    expect(el<HTMLSelectElement>(host, '#mk-decimal').value).to.equal(',');
    expect(el<HTMLInputElement>(host, '#mk-header').checked).to.equal(true);
    const cells = [...host.querySelectorAll('.mk-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells).to.deep.equal(NATIONAL.map(([type, count]) => [type, count]));
    // The sankey is chosen and its columns guessed from the Danish headings.
    expect(el<HTMLInputElement>(host, 'input[name="mk-widget"][value="referral-sankey"]').checked).to.equal(true);
    expect(el<HTMLSelectElement>(host, '#mk-col-to').value).to.equal('0');
    expect(el<HTMLSelectElement>(host, '#mk-col-value').value).to.equal('1');
    // Before the source and text are written, the problems say what is missing.
    expect(problems(host).length).to.be.greaterThan(0);
    expect(host.querySelector('#mk-snippet-inline')?.localName).to.equal('span');
    // Each names the form field it is about; its button takes the keyboard there.
    const goto = [...host.querySelectorAll<HTMLButtonElement>('#mk-problems .mk-goto')];
    expect(goto.map((button) => button.textContent)).to.include.members(['Overskrift', 'Periode fra', 'Kilde (rapport, tabel)', 'Udgiver']);
    goto.find((button) => button.textContent === 'Overskrift')!.click();
    expect(document.activeElement).to.equal(el(host, '#mk-title'));

    await fillReferralMeta(host);
    // The description (alt text) is asked for, and goes into the document and the snippet.
    await typeInto(host, '#mk-description', DESCRIPTION);
    await typeInto(host, '#mk-base', `${otherOrigin}/cdn/`);
    expect((JSON.parse(el<HTMLTextAreaElement>(host, '#mk-json').value) as { description: string }).description).to.equal(DESCRIPTION);
    expect(problems(host)).to.deep.equal([]);
    expect(el(host, '#mk-status').textContent).to.contain('Dokumentet er gyldigt.');

    // The previews: the real widget at 360 and 640 px, light and dark, drawing the document.
    const previews = await drawnPreviews(host);
    expect(previews.map((p) => p.localName)).to.deep.equal(Array(4).fill('praksis-referral-sankey'));
    expect(previews.map((p) => p.getAttribute('theme'))).to.deep.equal(['light', 'light', 'dark', 'dark']);
    expect(previews.map((p) => Math.round(p.getBoundingClientRect().width))).to.deep.equal([360, 640, 360, 640]);

    const snippet = el<HTMLTextAreaElement>(host, '#mk-snippet-inline').value;
    expect(snippet.split('\n')[0]).to.equal(`<script type="module" src="${otherOrigin}/cdn/praksis-autoloader.js" crossorigin="anonymous"></script>`);
    // Without script a reader gets the description, inside the element's fallback.
    expect(snippet).to.contain(`<p class="praksis-description">${DESCRIPTION}</p>`);
    // The page, read as a browser without script reads it: the figures and source as text, the data inside.
    const page = new DOMParser().parseFromString(el<HTMLTextAreaElement>(host, '#mk-snippet-page').value, 'text/html');
    expect(page.querySelector('script[type="module"]')?.getAttribute('src')).to.equal(`${otherOrigin}/cdn/praksis-embed.js`);
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).to.contain(`script-src 'self' ${otherOrigin};`);
    expect(page.querySelector('.praksis-figure')?.textContent).to.contain('5.420.564');
    expect(page.querySelector('.praksis-description')?.textContent).to.equal(DESCRIPTION);
    expect(JSON.parse(page.querySelector('praksis-referral-sankey > script')!.textContent)).to.deep.equal(JSON.parse(el<HTMLTextAreaElement>(host, '#mk-json').value));

    const frame = document.createElement('iframe');
    frame.title = 'Fresh host page';
    frame.style.width = '640px';
    frame.style.height = '600px';
    const messages: Record<string, unknown>[] = [];
    const listen = (event: MessageEvent) => {
      if (event.source === frame.contentWindow) messages.push({ ...(event.data as object), from: event.origin });
    };
    addEventListener('message', listen);
    frame.src = `${otherOrigin}/test/fixtures/maker/host.html`;
    document.body.append(frame);
    try {
      await waitUntil(() => messages.some((m) => m['type'] === 'maker-host-ready'), 'the host page is ready', { timeout: 20_000 });
      frame.contentWindow!.postMessage({ type: 'maker-snippet', html: snippet, tag: 'praksis-referral-sankey' }, otherOrigin);
      await waitUntil(() => messages.some((m) => m['type'] === 'maker-rendered' || m['type'] === 'maker-error'), 'the widget draws', { timeout: 20_000 });
      const answer = messages.find((m) => m['type'] === 'maker-rendered' || m['type'] === 'maker-error')!;
      expect(answer['type'], String(answer['reason'])).to.equal('maker-rendered');
      expect(answer['from']).to.equal(otherOrigin);
      expect(answer['from']).to.not.equal(location.origin);
      // The widget's table view there holds each receiver with its count, as pasted.
      for (const [type, count] of NATIONAL) expect(answer['table'], type).to.match(new RegExp(`${type}[^0-9]*${count.replace(/\./g, '\\.')}`));
      expect(answer['text']).to.contain('I alt 5.420.564 henvisninger');
      // The drawn widget stands in for its fallback text, and says the description itself.
      expect([answer['fallback'], answer['fallbackShown']]).to.deep.equal([DESCRIPTION, false]);
      expect(answer['text']).to.contain(DESCRIPTION);
    } finally {
      removeEventListener('message', listen);
      frame.remove();
    }
  });

  it('offline once loaded: cut off the network, it still pastes, opens a workbook and its second sheet, previews and saves JSON, SVG and PNG', async function () {
    // Requests are cut off through puppeteer, which drives Chromium only.
    if (navigator.userAgent.includes('Firefox/')) this.skip();
    const { host, maker } = await mount();
    expect(await readyForOffline(), 'the XLSX reader arrived').to.equal(true);
    await executeServerCommand('emulate-offline', { offline: true });
    try {
      // The network is gone for this page: a request to its own server fails.
      let reached = true;
      await fetch(`/package.json?offline-check=${Date.now()}`).catch(() => (reached = false));
      expect(reached, 'the page is offline').to.equal(false);

      paste(el(host, '#mk-data'), TSV.replace('47.656', 'x'));
      expect(problems(host)).to.include('Række 8, kolonne B (Antal): »x« er ikke et tal');

      // A workbook whose first sheet holds notes: the sheet choice shows, and the second is read.
      const workbook = xlsxWorkbook([
        { name: 'Noter', rows: [['Kilde: BDO 2023, tabel 5.9a']] },
        { name: 'Henvisninger 2022', rows: [['Henvisningstype', 'Antal'], ...NATIONAL.map(([type, count]) => [type, Number(count.replace(/\./g, ''))])] },
      ]);
      await maker.openFile(new File([workbook.slice().buffer], 'henvisninger.xlsx'));
      expect(el(host, '#mk-file-status').textContent).to.equal('');
      const sheet = el<HTMLSelectElement>(host, '#mk-sheet');
      expect([...sheet.options].map((option) => option.textContent)).to.deep.equal(['Noter', 'Henvisninger 2022']);
      expect(el(host, 'label[for="mk-sheet"]').textContent).to.contain('Ark');
      sheet.value = '1';
      sheet.dispatchEvent(new Event('change'));
      expect(host.querySelectorAll('.mk-table tbody tr').length).to.equal(7);
      expect(el<HTMLTextAreaElement>(host, '#mk-data').value.split('\n')[1]).to.equal('Speciallæge\t1893921');

      maker.setMeta('title', 'Henvisninger fra almen praksis 2022');
      maker.setMeta('periodFrom', '1.1.2022');
      maker.setMeta('periodTo', '31.12.2022');
      maker.setMeta('source', 'BDO 2023, tabel 5.9a; MedCom');
      maker.setMeta('publisher', 'Indenrigs- og Sundhedsministeriet');
      maker.setMeta('description', 'Flest henvisninger gik til speciallæge og sygehus.');
      expect(problems(host)).to.deep.equal([]);
      const previews = await drawnPreviews(host);
      for (const preview of previews) expect(preview.shadowRoot?.textContent, 'a drawn preview').to.contain('1.893.921');
      for (const preview of previews) expect(preview.shadowRoot?.querySelector('[role="alert"]'), 'no error in a preview').to.equal(null);

      const files = [
        ...(await savedFiles(() => el<HTMLButtonElement>(host, '#mk-download').click())),
        ...(await savedFiles(() => maker.downloadImage('svg'))),
        ...(await savedFiles(() => maker.downloadImage('png'))),
      ];
      expect(files.map((file) => file.name)).to.deep.equal(['referral-sankey.json', 'henvisninger-fra-almen-praksis-2022.svg', 'henvisninger-fra-almen-praksis-2022.png']);
      const doc = JSON.parse(await files[0]!.blob.text()) as { links: { value: number }[]; description: string };
      expect(doc.links.map((link) => link.value)).to.deep.equal(NATIONAL.map(([, count]) => Number(count.replace(/\./g, ''))));
      expect(doc.description).to.equal('Flest henvisninger gik til speciallæge og sygehus.');
      const svg = new DOMParser().parseFromString(await files[1]!.blob.text(), 'image/svg+xml');
      expect(svg.querySelector('svg > title')?.textContent).to.equal('Henvisninger fra almen praksis 2022');
      expect(svg.querySelector('svg > desc')?.textContent).to.equal('Flest henvisninger gik til speciallæge og sygehus.');
      expect(svg.documentElement.textContent).to.contain('1.893.921');
      expect(files[2]!.blob.type).to.equal('image/png');
      expect(files[2]!.blob.size).to.be.greaterThan(5000);
      expect(el(host, '#mk-image-status').textContent).to.equal('');
    } finally {
      await executeServerCommand('emulate-offline', { offline: false });
    }
  });

  it('nothing typed is lost: a field still being typed in, without leaving it, is in the stored draft', async () => {
    const { host, storage } = await mount();
    paste(el(host, '#mk-data'), TSV);
    await tabTo(host, '#mk-title');
    await sendKeys({ type: 'Henvisninger 20' });
    await tabTo(host, '#mk-description');
    await sendKeys({ type: 'Flest til speciallæge' });
    await tabTo(host, '#mk-json-url');
    await sendKeys({ type: 'https://www.example.dk/data/h.json' });
    // Reloaded at once: no pause, no change event, the caret still in the field.
    const reloaded = await mount({ storage: storage as unknown as Storage });
    expect(el<HTMLInputElement>(reloaded.host, '#mk-json-url').value).to.equal('https://www.example.dk/data/h.json');
    expect(el<HTMLInputElement>(reloaded.host, '#mk-title').value).to.equal('Henvisninger 20');
    expect(el<HTMLTextAreaElement>(reloaded.host, '#mk-description').value).to.equal('Flest til speciallæge');
    expect(el<HTMLTextAreaElement>(reloaded.host, '#mk-data').value).to.equal(TSV_IN_BOX);
    // Typing in the table box is kept the same way, before the pause that redraws.
    el<HTMLTextAreaElement>(host, '#mk-data').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'Tandlæge\t12' });
    expect(JSON.parse(storage.getItem(DRAFT_KEY)!).text).to.contain('Tandlæge\t12');
  });

  it('the required marks are the schema\'s: leaving a marked field empty is a problem at that field, an unmarked one never is', async () => {
    const capacity = 'År;Kapaciteter;Tilmeldte patienter\n2021;3.543;5.812.000\n2022;3.554;5.849.000\n';
    const survey = await (await fetch('/packages/widgets/test/fixtures/convert/delegation-survey.tsv')).text();
    const filled: Record<string, Partial<Record<string, string>>> = {
      'referral-sankey': { title: 'Henvisninger 2022', periodFrom: '1.1.2022', periodTo: '31.12.2022', source: 'BDO 2023', publisher: 'ISM', url: 'https://www.bdo.dk', licence: 'CC BY 4.0', caveats: 'Kun elektroniske henvisninger', description: 'Flest til speciallæge' },
      'capacity-gauge': { title: 'Kapacitet', unitName: 'Hele landet', asOf: '1.1.2022', periodFrom: '1.1.2022', periodTo: '31.12.2022', source: 'BDO 2023', publisher: 'ISM', url: 'https://www.bdo.dk', licence: 'CC BY 4.0', caveats: 'Tal i tusinder', description: 'Over normtallet', normValue: '1.600', normSource: 'Overenskomsten' },
      'delegation-matrix': { title: 'Opgaver', unitName: 'Lægerne i Egebæk', asOf: '1.1.2026', periodFrom: '1.1.2025', periodTo: '31.12.2025', source: 'Fiktivt eksempel', publisher: 'Praksis Widgets', url: 'https://example.org', licence: 'CC0', caveats: 'Fiktive tal', description: 'Personalet har sårbehandling' },
    };
    const tables: Record<string, string> = { 'referral-sankey': TSV, 'capacity-gauge': capacity, 'delegation-matrix': survey };
    for (const [widget, fields] of Object.entries(filled)) {
      const { host, maker } = await mount();
      paste(el(host, '#mk-data'), tables[widget]!);
      maker.setWidget(widget as Parameters<ChartMaker['setWidget']>[0]);
      for (const [key, value] of Object.entries(fields)) maker.setMeta(key as 'title', value!);
      expect(problems(host), `${widget} filled in`).to.deep.equal([]);
      for (const key of Object.keys(fields)) {
        const label = host.querySelector(`label[for="mk-${key}"]`);
        if (!label) continue; // not a field of this widget
        const marked = label.querySelector('.mk-required') !== null;
        expect(el(host, `#mk-${key}`).getAttribute('aria-required'), `${widget} ${key}`).to.equal(String(marked));
        const name = (label.textContent ?? '').replace(label.querySelector('.mk-required')?.textContent ?? '', '').trim();
        const named = () => [...host.querySelectorAll<HTMLButtonElement>('#mk-problems .mk-goto')].map((button) => button.textContent);
        // An optional period is optional as a whole: half of one is named at the half left empty.
        const pair = { periodFrom: 'periodTo', periodTo: 'periodFrom' }[key];
        maker.setMeta(key as 'title', '');
        if (marked || pair) expect(named(), `${widget}: empty ${key} is named`).to.include(name);
        if (!marked) {
          if (pair) maker.setMeta(pair as 'title', '');
          expect(problems(host), `${widget}: ${key} may stay empty`).to.deep.equal([]);
          if (pair) maker.setMeta(pair as 'title', fields[pair]!);
        }
        maker.setMeta(key as 'title', fields[key]!);
      }
    }
  });

  it('previews out of sight are not drawn while the editor types; they draw the latest document once in view', async () => {
    const { host, maker } = await mount();
    paste(el(host, '#mk-data'), TSV);
    el(host, '#mk-data').scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    const previews = [...host.querySelectorAll<Preview>('.mk-frame > :not(figcaption)')];
    expect(previews.length).to.equal(4);
    for (const title of ['H', 'He', 'Hen']) maker.setMeta('title', title);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    const offScreen = previews.filter((p) => p.getBoundingClientRect().top > innerHeight + 200);
    expect(offScreen.length, 'previews below the fold').to.be.greaterThan(0);
    for (const preview of offScreen) expect([preview.data, preview.hasAttribute('data-stale')], 'not given the document, and marked').to.deep.equal([undefined, true]);
    const drawn = await drawnPreviews(host);
    for (const preview of drawn) expect((preview.data as { title: string }).title).to.equal('Hen');
    // Out of sight again: they keep the older drawing, marked, until they are in view.
    el(host, '#mk-data').scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    maker.setMeta('title', 'Henvisninger');
    const stale = drawn.filter((p) => p.getBoundingClientRect().top > innerHeight + 200);
    expect(stale.length).to.be.greaterThan(0);
    for (const preview of stale) expect([(preview.data as { title: string }).title, preview.hasAttribute('data-stale')]).to.deep.equal(['Hen', true]);
    for (const preview of await drawnPreviews(host)) expect((preview.data as { title: string }).title).to.equal('Henvisninger');
  });

  it('the guidance on presenting the data shows where it applies: small counts for the sankey, not stated for the matrix, the norm for the gauge', async () => {
    const { host, maker } = await mount();
    paste(el(host, '#mk-data'), TSV.replace('47.656', '7'));
    await fillReferralMeta(host);
    const guidance = () => [...host.querySelectorAll('.mk-guidance')].map((p) => p.textContent ?? '');
    expect(guidance().some((text) => text.includes('Små tal kan pege på enkelte patienter'))).to.equal(true);
    expect(guidance().some((text) => text.includes('ingen rød/grøn farve'))).to.equal(true);
    await typeInto(host, '#mk-suppressBelow', '10');
    expect((JSON.parse(el<HTMLTextAreaElement>(host, '#mk-json').value) as { suppressBelow: number }).suppressBelow).to.equal(10);
    const [preview] = await drawnPreviews(host);
    expect(preview!.shadowRoot?.textContent).to.contain('< 10');
    maker.setMeta('suppressBelow', '4,5');
    expect([...host.querySelectorAll('#mk-problems .mk-goto')].map((b) => b.textContent)).to.include('Vis antal under denne grænse som »< N«');
    maker.setWidget('delegation-matrix');
    expect(guidance().some((text) => text.includes('»Ikke oplyst« er ikke 0'))).to.equal(true);
    expect(guidance().some((text) => text.includes('Små tal'))).to.equal(false);
    expect(host.querySelector('#mk-suppressBelow')).to.equal(null);
    maker.setWidget('capacity-gauge');
    expect(guidance().some((text) => text.includes('Normtallet er data med kilde, ikke en dom'))).to.equal(true);
  });

  it('a bad cell is named by row and column, the paste stays to fix, and fixing it clears the problem', async () => {
    const { host } = await mount();
    const bad = TSV.replace('1.528.351', '1,5 mio.');
    await tabTo(host, '#mk-data');
    paste(document.activeElement as HTMLElement, bad);
    await fillReferralMeta(host);
    expect(problems(host)).to.deep.equal(['Række 3, kolonne B (Antal): »1,5 mio.« er ikke et tal']);
    expect(el<HTMLTextAreaElement>(host, '#mk-data').value).to.equal(bad.replace(/\r\n/g, '\n'));
    // The pointer is in a detail, for those who want it.
    const row = 'Række 7';
    const withPointer = TSV.replace('74.542', '74.542,5');
    const box = el<HTMLTextAreaElement>(host, '#mk-data');
    box.value = '';
    box.focus();
    paste(box, withPointer);
    expect(problems(host)).to.deep.equal([`${row}, kolonne B (Antal): antallet skal være et helt tal, ikke »74.542,5«`]);
    box.value = '';
    paste(box, TSV);
    expect(problems(host)).to.deep.equal([]);
  });

  it('a wrong guess is fixed with one control: the decimal mark', async () => {
    const { host } = await mount();
    await tabTo(host, '#mk-data');
    paste(document.activeElement as HTMLElement, TSV);
    await fillReferralMeta(host);
    expect(problems(host)).to.deep.equal([]);
    await tabTo(host, '#mk-decimal');
    await sendKeys({ press: 'ArrowDown' });
    const select = el<HTMLSelectElement>(host, '#mk-decimal');
    if (select.value !== '.') {
      select.value = '.';
      select.dispatchEvent(new Event('change'));
    }
    // Read with a decimal point, "1.893.921" is Danish writing and "863.861" a thousands dot taken for a decimal point.
    expect(problems(host)[0]).to.equal('Række 2, kolonne B (Antal): »1.893.921« er skrevet på dansk, med punktum mellem tusinder; vælg decimaltegnet komma');
    expect(problems(host)).to.include('Række 4, kolonne B (Antal): »863.861« blev læst som et decimaltal, men punktummet er nok et tusindtalsskilletegn; vælg decimaltegnet komma');
  });

  it('English: the whole form and its problems switch language', async () => {
    const { host } = await mount();
    const lang = el<HTMLSelectElement>(host, '#mk-lang');
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    expect(host.getAttribute('lang')).to.equal('en');
    paste(el(host, '#mk-data'), TSV.replace('47.656', 'x'));
    expect(problems(host)).to.include('Row 8, column B (Antal): “x” is not a number');
    expect(el(host, '#mk-data-heading').textContent).to.equal('1. Data');
    expect(el(host, 'label[for="mk-title"]').textContent).to.contain('Title');
    const preview = host.querySelector('.mk-frame praksis-referral-sankey');
    expect(preview?.getAttribute('lang')).to.equal('en');
  });

  it('a file that is not a spreadsheet is refused with a message, and the paste is kept', async () => {
    const { host, maker } = await mount();
    paste(el(host, '#mk-data'), TSV);
    await maker.openFile(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'logo.png'));
    expect(el(host, '#mk-file-status').textContent).to.equal('Filen kunne ikke læses (logo.png): filen er ikke et regneark (CSV, TSV eller XLSX)');
    expect(el(host, '#mk-file-status').getAttribute('role')).to.equal('alert');
    expect(el<HTMLTextAreaElement>(host, '#mk-data').value).to.equal(TSV_IN_BOX);
  });

  it('a CSV file opens into the box, in the same table', async () => {
    const { host, maker } = await mount();
    const csv = `Henvisningstype;Antal\n${NATIONAL.map(([type, count]) => `${type};${count}`).join('\n')}\n`;
    await maker.openFile(new File([csv], 'henvisninger.csv', { type: 'text/csv' }));
    expect(el<HTMLTextAreaElement>(host, '#mk-data').value).to.equal(csv);
    expect(el<HTMLSelectElement>(host, '#mk-separator').value).to.equal(';');
    expect(host.querySelectorAll('.mk-table tbody tr').length).to.equal(7);
  });

  it('the draft lives in localStorage and in the reopen link; the clear button removes it', async () => {
    const { host, storage } = await mount();
    paste(el(host, '#mk-data'), TSV);
    await fillReferralMeta(host);
    expect(storage.getItem(DRAFT_KEY)).to.contain('1.893.921');
    expect(el<HTMLInputElement>(host, '#mk-reopen').value.startsWith('https://docs.example/maker.html#draft=')).to.equal(true);

    await typeInto(host, '#mk-base', 'https://cdn.example.dk/praksis/');
    await typeInto(host, '#mk-json-url', 'https://www.example.dk/data/h.json');
    const link = el<HTMLInputElement>(host, '#mk-reopen').value;
    // The link alone (no stored draft) reopens the same document, and the same embed code.
    const reopened = await mount({ href: link, storage: null });
    expect(el<HTMLTextAreaElement>(reopened.host, '#mk-data').value).to.equal(TSV_IN_BOX);
    expect(el<HTMLTextAreaElement>(reopened.host, '#mk-json').value).to.equal(el<HTMLTextAreaElement>(host, '#mk-json').value);
    for (const id of ['#mk-snippet-inline', '#mk-snippet-src', '#mk-snippet-iframe']) {
      expect(el<HTMLTextAreaElement>(reopened.host, id).value, id).to.equal(el<HTMLTextAreaElement>(host, id).value);
    }
    expect(el<HTMLTextAreaElement>(reopened.host, '#mk-snippet-src').value).to.contain('https://cdn.example.dk/praksis/praksis-autoloader.js');
    // A stored draft alone too.
    const restored = await mount({ storage: storage as unknown as Storage });
    expect(el<HTMLInputElement>(restored.host, '#mk-title').value).to.equal('Henvisninger fra almen praksis 2022');
    // A folder with a query would leave the files' own addresses broken: named at its field, and no code until corrected.
    await typeInto(host, '#mk-base', 'https://cdn.example.dk/praksis/?v=1');
    expect(el(host, '#mk-base-problem').textContent).to.match(/har en forespørgsel \(\?\) eller et anker \(#\)/);
    for (const id of ['#mk-snippet-inline', '#mk-snippet-src', '#mk-snippet-iframe', '#mk-snippet-page']) {
      expect(el(host, id).textContent, id).to.equal('Ret først, hvor du har widgetfilerne (se ovenfor).');
    }

    el<HTMLButtonElement>(host, '#mk-clear').click();
    expect(storage.getItem(DRAFT_KEY)).to.equal(null);
    expect(el<HTMLTextAreaElement>(host, '#mk-data').value).to.equal('');
    expect(el(host, '#mk-draft-status').textContent).to.equal('Kladden er slettet.');
  });

  it('the national capacity table (in thousands) becomes a gauge, the widget chosen by keyboard', async () => {
    const { host, maker } = await mount();
    const csv = 'År;Kapaciteter;Tilmeldte patienter (tusinder)\n2017;3.461;5.707\n2018;3.485;5.738\n2019;3.476;5.764\n2020;3.511;5.788\n2021;3.543;5.812\n2022;3.554;5.849\n';
    await maker.openFile(new File([csv], 'kapacitet.csv', { type: 'text/csv' }));
    await tabTo(host, 'input[name="mk-widget"][value="referral-sankey"]');
    // Arrow keys move through a radio group; the capacity gauge is next after the sankey.
    await sendKeys({ press: 'ArrowDown' });
    expect(el<HTMLInputElement>(host, 'input[name="mk-widget"][value="capacity-gauge"]').checked).to.equal(true);
    expect(el<HTMLSelectElement>(host, '#mk-col-date').value).to.equal('0');
    expect(el<HTMLSelectElement>(host, '#mk-col-capacities').value).to.equal('1');
    expect(el<HTMLSelectElement>(host, '#mk-col-listedPatients').value).to.equal('2');
    await typeInto(host, '#mk-unitName', 'Hele landet');
    await typeInto(host, '#mk-source', 'BDO 2023, tabel 5.1.3a');
    await typeInto(host, '#mk-publisher', 'Indenrigs- og Sundhedsministeriet');
    await typeInto(host, '#mk-normValue', '1.600');
    await typeInto(host, '#mk-normSource', 'Overenskomst om almen praksis');
    expect(problems(host)).to.deep.equal([]);
    expect(host.querySelector('.mk-notes')?.textContent).to.contain('er i tusinder; tallene er ganget med 1.000');
    const doc = JSON.parse(el<HTMLTextAreaElement>(host, '#mk-json').value) as { listedPatients: number; asOf: string; trend: unknown[] };
    expect([doc.listedPatients, doc.asOf, doc.trend.length]).to.deep.equal([5_849_000, '2022-01-01', 6]);
    const [gauge] = await drawnPreviews(host);
    expect(gauge!.localName).to.equal('praksis-capacity-gauge');
    expect(gauge!.shadowRoot?.querySelector('[part="figure"]')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('1.646 tilmeldte patienter pr. kapacitet');
  });

  it('10,000 rows: the bad cell among them is named; the boxes show the start of long texts and their buttons copy all of it', async () => {
    const copied: string[] = [];
    const { host } = await mount({ clipboard: { writeText: (text: string) => Promise.resolve(void copied.push(text)) } });
    const rows = Array.from({ length: 10_000 }, (_, i) => `Praksis ${Math.floor(i / 100)}\tAfdeling ${i % 100}\t${i === 6999 ? 'x' : (i + 1) * 3}`);
    const box = el<HTMLTextAreaElement>(host, '#mk-data');
    paste(box, `Fra\tTil\tAntal\r\n${rows.join('\r\n')}\r\n`);
    expect(problems(host)).to.include('Række 7001, kolonne C (Antal): »x« er ikke et tal');
    expect(host.querySelectorAll('.mk-table tbody tr').length).to.equal(50);
    expect(el(host, '.mk-table caption').textContent).to.contain('10.000 rækker (de første 50 vises)');

    // Fixed in the box, where it was pasted.
    box.value = box.value.replace('\tx\n', '\t21000\n');
    box.dispatchEvent(new Event('input'));
    await waitUntil(() => !problems(host).some((problem) => problem.startsWith('Række 7001')), 'the fix is read after the pause', { timeout: 10_000 });

    // The document is over a megabyte: its box shows the start, and says so.
    const json = el<HTMLTextAreaElement>(host, '#mk-json');
    expect(json.value.length).to.be.lessThan(50_000);
    expect(json.value.endsWith('\n…')).to.equal(true);
    expect(el(host, `#${json.getAttribute('aria-describedby')}`).textContent).to.match(/^Feltet viser de første [\d.]+ af [\d.]+ tegn; knappen kopierer det hele\.$/);
    el<HTMLButtonElement>(host, '#mk-json-copy').click();
    await waitUntil(() => copied.length === 1);
    expect((JSON.parse(copied[0]!) as { links: unknown[] }).links.length).to.equal(10_000);
    expect(el(host, '#mk-copy-status').textContent).to.equal('Kopieret: JSON-dokumentet');
    // So does the reopen link's; the copied link reopens the whole table.
    el<HTMLButtonElement>(host, '#mk-reopen-copy').click();
    await waitUntil(() => copied.length === 2);
    expect(el<HTMLInputElement>(host, '#mk-reopen').value.length).to.be.lessThan(50_000);
    const reopened = await mount({ href: copied[1]!, storage: null });
    expect(el<HTMLTextAreaElement>(reopened.host, '#mk-data').value).to.equal(box.value);
    expect(host.querySelector('#mk-reopen-too-long'), 'a link of 10,000 rows opens').to.equal(null);
    // A link no browser opens (over 2 MB) says so.
    reopened.maker.setText(`Til\tAntal\n${'Sygehus'.repeat(300_000)}\t1\n`, 'now');
    expect(el(reopened.host, '#mk-reopen-too-long').textContent).to.contain('linket er over 2 MB');
  });

  it('the JSON document downloads as a file, the same as shown, once it is valid', async () => {
    const { host } = await mount();
    paste(el(host, '#mk-data'), TSV);
    expect(el<HTMLButtonElement>(host, '#mk-download').disabled).to.equal(true);
    await fillReferralMeta(host);
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      el<HTMLButtonElement>(host, '#mk-download').click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked.length).to.equal(1);
    expect(clicked[0]!.download).to.equal('referral-sankey.json');
    expect(clicked[0]!.href.startsWith('blob:')).to.equal(true);
    const text = await (await fetch(clicked[0]!.href)).text();
    expect(JSON.parse(text)).to.deep.equal(JSON.parse(el<HTMLTextAreaElement>(host, '#mk-json').value));
    expect((JSON.parse(text) as { links: { value: number }[] }).links.map((link) => link.value)).to.deep.equal([1893921, 1528351, 863861, 835769, 176464, 74542, 47656]);
  });

  it('data strings stay text: markup in a cell is shown, never parsed', async () => {
    const { host } = await mount();
    paste(el(host, '#mk-data'), 'Henvisningstype\tAntal\r\n<img src=x onerror=alert(1)>\t12\r\nSygehus\t3\r\n');
    expect(host.querySelector('img')).to.equal(null);
    expect(host.querySelector('.mk-table td')?.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('passes axe with a table and problems shown', async () => {
    const { host } = await mount();
    paste(el(host, '#mk-data'), TSV.replace('47.656', 'x'));
    await drawnPreviews(host);
    await expect(host).to.be.accessible();
  });
});
