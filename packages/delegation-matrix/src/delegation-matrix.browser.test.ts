import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '@praksis/delegation-matrix/praksis-delegation-matrix.js';
import type { DelegationMatrix } from '@praksis/delegation-matrix';
import { loadExample, part, rowsOf, textOf } from '../../../test/helpers.js';


const KIND = 'delegation-matrix';
const SURVEY = 'national-survey-2022';
const PRACTICES = ['practice-low', 'practice-medium', 'practice-high'];

/** Two frames: the ResizeObserver reports the width, and the element draws for it. */
async function settle(el: DelegationMatrix): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  await el.updateComplete;
}

/** A matrix in a box of `width` px. */
async function matrix(data: unknown, { width = 960, lang = 'da', view = 'table', sort = 'data' } = {}): Promise<DelegationMatrix> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px" lang=${lang}>
      <praksis-delegation-matrix .data=${data} view=${view} sort=${sort}></praksis-delegation-matrix>
    </div>`,
  );
  const el = wrapper.querySelector('praksis-delegation-matrix')!;
  await settle(el);
  return el;
}

const grid = (el: Element) => el.shadowRoot!.querySelector<HTMLTableElement>('table[role="grid"]')!;
const cellText = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A row header's task label, without its marks and description: its first text. */
const labelOf = (th: Element) => [...th.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!.textContent!.trim();

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

/** The accessible names the browser gives to nodes of `role` (Chromium's accessibility tree). */
async function accessibleNames(role: string): Promise<string[]> {
  const names: string[] = [];
  const walk = (node: AxNode): void => {
    if (node.role === role) names.push(node.name ?? '');
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return names;
}
const rowHeaders = (el: Element) => [...grid(el).tBodies[0]!.rows].map((r) => cellText(r.cells[0]!));

describe('<praksis-delegation-matrix> with the national survey', () => {
  let el: DelegationMatrix;
  beforeEach(async () => {
    el = await matrix(await loadExample(KIND, 'valid', SURVEY));
  });

  it('is a real table: caption, column headers and row headers with scope', () => {
    const table = grid(el);
    expect(cellText(table.caption!)).to.equal('Hvem håndterer opgaven? Andel af praksis, der svarer (andel af praksis i procent)');
    const heads = [...table.tHead!.rows[0]!.cells];
    expect(heads.every((th) => th.tagName === 'TH' && th.getAttribute('scope') === 'col')).to.equal(true);
    expect(heads.map(cellText)).to.deep.equal([
      'Opgave',
      'Udelukkende læge',
      'Primært læge',
      'Deles ligeligt',
      'Primært personale',
      'Udelukkende personale',
      'Indeks',
    ]);
    const bodyRows = [...table.tBodies[0]!.rows];
    expect(bodyRows).to.have.length(11);
    expect(bodyRows.every((r) => r.cells[0]!.tagName === 'TH' && r.cells[0]!.getAttribute('scope') === 'row')).to.equal(true);
    expect(table.getAttribute('aria-describedby')).to.equal('summary');
  });

  it('shows the source figures as printed, combined shares spanning their columns', () => {
    const rows = rowsOf(grid(el));
    expect(rows[0]).to.equal('Kronikerkontrol, Kontrol af borgere med kroniske lidelser | 30 % | 56 % | 13 % | ikke oplyst | 2,5–2,9');
    expect(rows[1]).to.equal('Diagnostiske test, note 1, Lungefunktionsmålinger, blodprøver m.v. | ikke oplyst | 90 % | 3,7–4,8');
    expect(rows[2]).to.equal('Almindelige konsultationer, note 2 | 59 % | 40 % | 1 % | ikke oplyst | 1,8–2,5');
    expect(rows[3]).to.equal('Vaccinationer, note 3 | ikke oplyst | 36 % | 2,0–3,8');
    const chronic = grid(el).tBodies[0]!.rows[0]!;
    expect(chronic.cells[1]!.colSpan).to.equal(2);
    expect(grid(el).tBodies[0]!.rows[3]!.cells[1]!.colSpan).to.equal(3);
  });

  it('keeps "not reported" apart from zero', () => {
    const certificates = [...grid(el).tBodies[0]!.rows].find((r) => cellText(r.cells[0]!).startsWith('Attester'))!;
    expect(cellText(certificates.cells[5]!)).to.equal('0 %');
    expect(certificates.cells[5]!.classList.contains('na')).to.equal(false);
    const missing = [...grid(el).querySelectorAll('td.na')];
    expect(missing).to.have.length(4);
    for (const td of missing) expect(cellText(td)).to.equal('ikke oplyst');
  });

  it('marks the fictional tasks, the task reserved for doctors, and never shows colour alone', () => {
    const tags = [...grid(el).querySelectorAll('.tag')].map((t) => labelOf(t.closest('th')!));
    expect(tags).to.deep.equal(['Attester', 'Børneundersøgelser', 'Sygebesøg', 'E-konsultationer', 'Sårbehandling', 'Gynækologiske undersøgelser', 'Besvarelse af korrespondance']);
    expect(textOf(el, '[part="notes"]')).to.contain('7 af 11 opgaver har fiktive tal, markeret «fiktiv».');
    expect(cellText(grid(el).tBodies[0]!.rows[4]!.cells[0]!)).to.equal('Attester, lægeforbeholdt opgave §, fiktiv');
    for (const td of grid(el).querySelectorAll('td')) expect(cellText(td), td.className).to.not.equal('');
    expect(part(el, 'fictional')).to.equal(null);
  });

  it('always shows the notes, including the probable misprint for vaccinations', () => {
    const notes = textOf(el, '[part="notes"]');
    expect(notes).to.contain('Vaccinationer: Kilden skriver, at vaccinationer i 36 % af praksis');
    expect(notes).to.contain('sandsynligvis en trykfejl i kilden. Tallet er gengivet uændret.');
    expect(notes).to.contain('Diagnostiske test: Kilden skriver «cirka 90 %».');
  });

  it('gives screen readers a summary with the main figures', () => {
    const summary = part(el, 'summary')!;
    expect(summary.id).to.equal('summary');
    expect(summary.classList.contains('visually-hidden')).to.equal(true);
    const text = textOf(el, '[part="summary"]');
    expect(text).to.contain('11 opgaver. 1 opgave er lægeforbeholdt. Tal og farver: andel af praksis pr. opgave, i procent.');
    expect(text).to.contain('Mest hos lægen: Attester (indeks 1,2). Mest hos personalet: Diagnostiske test (indeks 3,7–4,8).');
    expect(text).to.contain('Brug piletasterne');
  });

  it('has a legend for the shares, the index and the marks, and the survey size', () => {
    const legend = textOf(el, '[part="legend"]');
    expect(legend).to.contain('Tal og farver: andel af praksis pr. opgave, i procent.');
    expect(legend).to.contain('0–19 %');
    expect(legend).to.contain('80–100 %');
    expect(legend).to.contain('Delegationsindeks fra 1 (kun læge) til 5 (kun personale)');
    expect(legend).to.contain('Lægeforbeholdt opgave');
    expect(textOf(el, '.kicker')).to.equal('Antal praksis i alt: 567');
  });

  it('colours share cells by a sequential step that matches the figure', () => {
    const chronic = grid(el).tBodies[0]!.rows[0]!;
    expect(chronic.cells[1]!.className).to.contain('s2');
    expect(chronic.cells[2]!.className).to.contain('s3');
    const diagnostic = grid(el).tBodies[0]!.rows[1]!;
    expect(diagnostic.cells[2]!.className).to.contain('s5');
    const s5 = getComputedStyle(diagnostic.cells[2]!).backgroundColor;
    const s1 = getComputedStyle(chronic.cells[3]!).backgroundColor;
    expect(s5).to.not.equal(s1);
  });

  it('passes axe', async () => {
    await expect(el).to.be.accessible();
  });

  it('opens the same numbers as a plain table', async () => {
    (part(el, 'table-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const plain = part(el, 'table')!.querySelector('table')!;
    expect(plain.getAttribute('role')).to.equal(null);
    expect(rowsOf(plain)[0]).to.equal(rowsOf(grid(el))[0]);
    await expect(el).to.be.accessible();
  });
});

describe('<praksis-delegation-matrix> with fictional practices (lav, middel, høj)', () => {
  for (const name of PRACTICES) {
    it(`${name}: a grid of levels with symbols, text for screen readers, the fictional label; passes axe`, async () => {
      const data = await loadExample<{ columns: unknown[]; rows: unknown[] }>(KIND, 'valid', name);
      const el = await matrix(data, { width: 1400 });
      const table = grid(el);
      expect(table.tHead!.rows[0]!.cells).to.have.length(data.columns.length + 1, 'no index column for staff');
      expect(table.tBodies[0]!.rows).to.have.length(data.rows.length);
      for (const td of table.querySelectorAll('td:not(.na)')) {
        expect(td.querySelector('.sym')!.getAttribute('aria-hidden')).to.equal('true');
        expect(['●', '◐', '○']).to.include(td.querySelector('.sym')!.textContent);
        expect(['Udfører selvstændigt', 'Assisterer', 'Ikke involveret']).to.include(td.querySelector('.visually-hidden')!.textContent.trim());
      }
      const reserved = [...table.tBodies[0]!.rows].filter((r) => r.cells[0]!.textContent.includes(', lægeforbeholdt opgave'));
      expect(reserved.map((r) => labelOf(r.cells[0]!))).to.deep.equal(['Medicinordination', 'Attester', 'Henvisninger']);
      expect([...part(el, 'legend')!.querySelectorAll('li')].map(cellText)).to.deep.equal([
        '○Ikke involveret',
        '◐Assisterer',
        '●Udfører selvstændigt',
        '§Lægeforbeholdt opgave',
      ]);
      expect(textOf(el, '[part="fictional"]')).to.equal('Eksempel – fiktive data');
      expect(textOf(el, '[part="footer"]')).to.contain('Det er ikke en vurdering af kvaliteten.');
      await expect(el).to.be.accessible();
    });
  }

  it('lav: staff do reception and lab tests; the summary counts who performs what', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', 'practice-low'), { width: 1100 });
    const rows = rowsOf(grid(el));
    expect(rows[0]).to.equal('Reception og telefon | ○ Ikke involveret | ○ Ikke involveret | ● Udfører selvstændigt | ◐ Assisterer');
    const summary = textOf(el, '[part="summary"]');
    expect(summary).to.contain('10 opgaver. 3 opgaver er lægeforbeholdte.');
    expect(summary).to.contain('Læge: udfører selvstændigt ved 8 af 10 opgaver.');
    expect(summary).to.contain('Lægesekretær: udfører selvstændigt ved 1 af 10 opgaver.');
  });

  it('høj: staff perform most tasks independently', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', 'practice-high'), { width: 1400 });
    expect(textOf(el, '[part="summary"]')).to.contain('Sygeplejerske: udfører selvstændigt ved 5 af 10 opgaver.');
    expect(textOf(el, '[part="notes"]')).to.contain('Medicinordination: Farmakonomen forbereder medicingennemgange; lægen ordinerer.');
  });

  it('shows a cell that was not measured as such, not as a level', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', 'practice-low'), { width: 1100 });
    const visits = [...grid(el).tBodies[0]!.rows].find((r) => cellText(r.cells[0]!) === 'Sygebesøg')!;
    expect(cellText(visits.cells[2]!)).to.equal('ikke målt');
    expect(visits.cells[2]!.classList.contains('na')).to.equal(true);
    expect(visits.cells[2]!.querySelector('.sym')).to.equal(null);
  });
});

describe('<praksis-delegation-matrix> keyboard', () => {
  let el: DelegationMatrix;
  let table: HTMLTableElement;
  const focused = () => el.shadowRoot!.activeElement as HTMLTableCellElement;
  const at = () => [(focused().parentElement as HTMLTableRowElement).rowIndex, Number(focused().dataset.c)];
  const tabStops = () => [...table.querySelectorAll('[tabindex="0"]')];

  beforeEach(async () => {
    el = await matrix(await loadExample(KIND, 'valid', SURVEY));
    table = grid(el);
  });

  it('has one tab stop, the first data cell, and Tab reaches it after the section before the chart', async () => {
    expect(tabStops()).to.have.length(1);
    expect(cellText(tabStops()[0]!)).to.equal('30 %');
    const before = document.createElement('button');
    before.textContent = 'før';
    el.before(before);
    before.focus();
    // "Gå til tabellen med tallene" and "Spring forbi grafikken" come first, then the grid.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(cellText(focused())).to.equal('30 %');
    before.remove();
  });

  it('moves with the arrow keys, over spans, and keeps one tab stop (roving tabindex)', async () => {
    (tabStops()[0] as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(cellText(focused())).to.equal('56 %');
    expect(at()).to.deep.equal([1, 3]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(cellText(focused())).to.equal('30 %');
    expect(at()).to.deep.equal([1, 1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(cellText(focused())).to.equal('ikke oplyst');
    expect(focused().colSpan).to.equal(3);
    await sendKeys({ press: 'ArrowRight' });
    expect(cellText(focused())).to.equal('90 %');
    await sendKeys({ press: 'ArrowUp' });
    expect(cellText(focused())).to.equal('13 %');
    await sendKeys({ press: 'ArrowUp' });
    expect(cellText(focused())).to.equal('Primært personale');
    await sendKeys({ press: 'ArrowUp' });
    expect(cellText(focused())).to.equal('Primært personale', 'stops at the top');
    await el.updateComplete;
    expect(tabStops()).to.deep.equal([focused()]);
  });

  it('leaves Alt and Meta (⌘) with an arrow, Home or End to the browser: history, line ends', () => {
    const start = tabStops()[0] as HTMLElement;
    start.focus();
    for (const key of ['ArrowRight', 'ArrowDown', 'End', 'Home']) {
      for (const modifier of [{ altKey: true }, { metaKey: true }]) {
        const event = new KeyboardEvent('keydown', { key, ...modifier, bubbles: true, composed: true, cancelable: true });
        focused().dispatchEvent(event);
        expect(event.defaultPrevented, `${key} ${JSON.stringify(modifier)}`).to.equal(false);
        expect(focused()).to.equal(start);
      }
    }
  });

  it('Home and End go to the ends of the row; Ctrl+Home and Ctrl+End to the corners', async () => {
    (tabStops()[0] as HTMLElement).focus();
    await sendKeys({ press: 'End' });
    expect(cellText(focused())).to.equal('2,5–2,9');
    await sendKeys({ press: 'Home' });
    expect(cellText(focused())).to.contain('Kronikerkontrol');
    expect(focused().getAttribute('scope')).to.equal('row');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    expect(at()).to.deep.equal([11, 6]);
    await sendKeys({ press: 'ArrowRight' });
    expect(at()).to.deep.equal([11, 6], 'stops at the edge');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    expect(cellText(focused())).to.equal('Opgave');
    await el.updateComplete;
    expect(tabStops()).to.deep.equal([focused()]);
  });

  it('new data without the row of the focused cell hands the focus to the tab stop, not to the page', async () => {
    const rows = table.tBodies[0]!.rows;
    (rows[rows.length - 1]!.querySelector('[data-c]') as HTMLElement).focus();
    const doc = await loadExample<{ rows: { id: string }[]; cells: { row: string }[] }>(KIND, 'valid', SURVEY);
    const kept = doc.rows.slice(0, 2);
    el.data = { ...doc, rows: kept, cells: doc.cells.filter((c) => kept.some((r) => r.id === c.row)) };
    await el.updateComplete;
    table = grid(el);
    expect(table.tBodies[0]!.rows).to.have.length(2);
    expect(focused()?.matches('[data-c][tabindex="0"]'), 'a grid cell, the tab stop, has the focus').to.equal(true);
  });

  it('shows a visible focus ring', async () => {
    (tabStops()[0] as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    const style = getComputedStyle(focused());
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('a click moves the tab stop to the clicked cell', async () => {
    const target = table.tBodies[0]!.rows[2]!.cells[2]!;
    target.focus();
    await el.updateComplete;
    expect(tabStops()).to.deep.equal([target]);
  });
});

describe('<praksis-delegation-matrix> sorting and bars', () => {
  it('keeps the data order by default and sorts by index on request', async () => {
    const data = await loadExample(KIND, 'valid', SURVEY);
    const plain = await matrix(data);
    expect(rowHeaders(plain)[0]).to.contain('Kronikerkontrol');
    const sorted = await matrix(data, { sort: 'index' });
    const order = rowHeaders(sorted).map((h) => h.split(/[ ,]/)[0]);
    expect(order[0]).to.equal('Attester');
    expect(order[order.length - 1]).to.equal('Diagnostiske');
    const indices = [...grid(sorted).tBodies[0]!.rows].map((r) => {
      const [low = 0, high = low] = cellText(r.cells[r.cells.length - 1]!)
        .split('–')
        .map((v) => Number(v.replace(',', '.')));
      return (low + high) / 2;
    });
    expect(indices).to.deep.equal([...indices].sort((a, b) => a - b));
  });

  it('draws one diverging bar per task with a text alternative and the shared legend', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', SURVEY), { view: 'bars', sort: 'index' });
    expect(grid(el)).to.equal(null);
    const bars = [...part(el, 'bars')!.querySelectorAll('li')];
    expect(bars).to.have.length(11);
    expect(textOf(bars[0]!, '.bar-label')).to.contain('Attester');
    const svgs = bars.map((b) => b.querySelector('svg')!);
    expect(svgs.every((s) => s.getAttribute('role') === 'img')).to.equal(true);
    const chronic = bars.find((b) => b.textContent.includes('Kronikerkontrol'))!.querySelector('svg')!;
    expect(chronic.getAttribute('aria-label')!.replace(/\u00a0/g, ' ')).to.equal(
      'Kronikerkontrol: Udelukkende læge + Primært læge 30 %, Deles ligeligt 56 %, Primært personale 13 %, Udelukkende personale ikke oplyst. Indeks 2,5–2,9.',
    );
    // 30 % combined: one piece in the doctor-only tone, hatched with the mainly-doctor tone.
    expect([...chronic.querySelectorAll('rect')].map((r) => r.getAttribute('class'))).to.deep.equal(['d1 combined', 'd3', 'd4', 'na']);
    expect(new Set([...chronic.querySelectorAll('line.hatch')].map((l) => l.getAttribute('class')))).to.deep.equal(new Set(['hatch d2']));
    const centre = chronic.querySelector<SVGPathElement>('path.centre')!.getBBox().x;
    const shared = chronic.querySelectorAll('rect')[1]!;
    const x = Number(shared.getAttribute('x'));
    expect(x).to.be.below(centre);
    expect(x + Number(shared.getAttribute('width'))).to.be.above(centre);
    const legend = textOf(el, '[part="legend"]');
    expect(legend).to.contain('Udelukkende læge');
    expect(legend).to.contain('Skravering: én andel for flere kolonner');
    expect(legend).to.contain('Andel uden tal');
    expect(textOf(el, '[part="notes"]')).to.contain('trykfejl');
    await expect(el).to.be.accessible();
  });

  it('bars fill the box and stay inside it', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', SURVEY), { view: 'bars', width: 800 });
    for (const svg of part(el, 'bars')!.querySelectorAll('svg')) {
      const box = svg.getBoundingClientRect();
      const outer = svg.parentElement!.getBoundingClientRect();
      expect(box.width).to.be.within(outer.width - 1, outer.width + 1);
      for (const rect of svg.querySelectorAll('rect')) {
        const r = rect.getBoundingClientRect();
        expect(r.left).to.be.at.least(box.left - 0.5);
        expect(r.right).to.be.at.most(box.right + 0.5);
      }
    }
  });

  it('practice data has no bars: view="bars" stays a table', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', 'practice-medium'), { view: 'bars', width: 1100 });
    expect(part(el, 'bars')).to.equal(null);
    expect(grid(el)).to.not.equal(null);
  });
});

describe('<praksis-delegation-matrix> narrow widths', () => {
  it('switches to one card per task on a phone, with the text at full size', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', SURVEY), { width: 320 });
    expect(grid(el)).to.equal(null);
    const cards = [...part(el, 'cards')!.querySelectorAll(':scope > li')];
    expect(cards).to.have.length(11);
    const pairs = [...cards[0]!.querySelectorAll('dl > div')].map((d) => `${d.querySelector('dt')!.textContent.trim()}: ${cellText(d.querySelector('dd')!)}`);
    expect(pairs).to.deep.equal([
      'Udelukkende læge + Primært læge: 30 %',
      'Deles ligeligt: 56 %',
      'Primært personale: 13 %',
      'Udelukkende personale: ikke oplyst',
      'Indeks: 2,5–2,9',
    ]);
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect(getComputedStyle(cards[0]!.querySelector('dd')!).fontSize).to.equal(getComputedStyle(frame).fontSize);
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
    expect(textOf(el, '[part="notes"]')).to.contain('trykfejl');
    await expect(el).to.be.accessible();
  });

  it('practice cards say each level in words', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', 'practice-high'), { width: 360 });
    const first = part(el, 'cards')!.querySelector('li')!;
    expect(cellText(first.querySelector('dd')!)).to.equal('○ Ikke involveret');
  });

  it('becomes a table again when the box grows', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', SURVEY), { width: 320 });
    expect(part(el, 'cards')).to.not.equal(null);
    el.parentElement!.style.width = '1000px';
    await settle(el);
    expect(part(el, 'cards')).to.equal(null);
    expect(grid(el)).to.not.equal(null);
  });

  it('bars put the task above its bar on a phone', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', SURVEY), { width: 360, view: 'bars' });
    const li = part(el, 'bars')!.querySelector('li')!;
    const label = li.querySelector('.bar-label')!.getBoundingClientRect();
    const svg = li.querySelector('svg')!.getBoundingClientRect();
    expect(label.bottom).to.be.at.most(svg.top + 0.5);
    expect(svg.width).to.be.above(200);
  });
});

describe('<praksis-delegation-matrix> what a screen reader gets', () => {
  it('names each row header in words, its marks set apart from its label', async () => {
    await matrix(await loadExample(KIND, 'valid', SURVEY));
    const names = (await accessibleNames('rowheader')).map((n) => n.replace(/\s+/g, ' '));
    expect(names).to.have.length(11);
    // Words with separators, never "Sygebesøgfiktiv" or "Vaccinationernote 3".
    for (const name of names) expect(name, name).to.not.match(/[a-zæøå](fiktiv|note|lægeforbeholdt)/i);
    expect(names.find((n) => n.startsWith('Sygebesøg'))).to.match(/^Sygebesøg ?, fiktiv$/);
    expect(names.find((n) => n.startsWith('Vaccinationer'))).to.match(/^Vaccinationer ?, note 3$/);
    expect(names.find((n) => n.startsWith('Attester'))).to.match(/^Attester ?, lægeforbeholdt opgave ?, fiktiv$/);
    expect(names.find((n) => n.startsWith('Diagnostiske'))).to.match(/^Diagnostiske test ?, note 1 ?, Lungefunktionsmålinger, blodprøver m\.v\.$/);
  });

  it('names them in English too', async () => {
    await matrix(await loadExample(KIND, 'valid', SURVEY), { lang: 'en' });
    const names = (await accessibleNames('rowheader')).map((n) => n.replace(/\s+/g, ' '));
    expect(names.find((n) => n.startsWith('Certificates'))).to.match(/^Certificates ?, task reserved for doctors ?, fictional$/);
    expect(names.find((n) => n.startsWith('Home visits'))).to.match(/^Home visits ?, fictional$/);
  });
});

describe('<praksis-delegation-matrix> with counts of practices', () => {
  it('says the cells are counts and the colours shares of each task’s practices, everywhere it shows them', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', 'area-counts'));
    const legend = textOf(el, '[part="legend"]');
    expect(legend).to.contain('Tal: antal praksis. Farver: andel af opgavens praksis, i procent.');
    expect(cellText(grid(el).caption!)).to.equal('Hvem håndterer opgaven? Antal praksis (antal praksis)');
    expect(textOf(el, '.kicker')).to.equal('Antal praksis i alt: 12');
    expect(rowsOf(grid(el))[0]).to.equal('Kronikerkontrol | 1 | 3 | 6 | 2 | 0 | 2,8');
    // Home visits: 10 of the 12 practices answered, so its figures are out of 10, and it says so.
    expect(rowsOf(grid(el))[3]).to.equal('Sygebesøg (n = 10), note 1 | 4 | 3 | 2 | 1 | ikke målt | 2,0');
    expect(textOf(el, '[part="summary"]')).to.contain('Tal: antal praksis. Farver: andel af opgavens praksis, i procent.');
  });

  it('labels the bars with the counts the table shows, and names each task’s base', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', 'area-counts'), { view: 'bars' });
    const bars = [...part(el, 'bars')!.querySelectorAll('li')];
    const chronic = bars[0]!.querySelector('svg')!;
    expect([...chronic.querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal(['1', '3', '6', '2']);
    expect(chronic.getAttribute('aria-label')).to.equal(
      'Kronikerkontrol: Udelukkende læge 1, Primært læge 3, Deles ligeligt 6, Primært personale 2, Udelukkende personale 0. Indeks 2,8.',
    );
    expect(bars[3]!.querySelector('svg')!.getAttribute('aria-label')).to.match(/^Sygebesøg \(n\u00a0=\u00a010\): Udelukkende læge 4,/);
    expect(textOf(el, '[part="legend"]')).to.contain('Tal: antal praksis.');
    expect(textOf(el, '.caption')).to.equal('Hvem håndterer opgaven? Antal praksis (antal praksis)');
    await expect(el).to.be.accessible();
  });

  it('in English: numbers of practices', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', 'area-counts'), { lang: 'en' });
    expect(textOf(el, '[part="legend"]')).to.contain("Figures: number of practices. Colours: share of the task's practices, in per cent.");
    expect(cellText(grid(el).caption!)).to.equal('Who handles the task? Number of practices (number of practices)');
  });
});

describe('<praksis-delegation-matrix> with one task', () => {
  it('says "1 opgave", "1 opgave er lægeforbeholdt" and "1 af 1 opgave"', async () => {
    const data = await loadExample<{ rows: { id: string }[]; cells: { row: string }[] }>(KIND, 'valid', 'practice-low');
    const row = { ...data.rows[8]!, fictional: true };
    const one = { ...data, rows: [row], cells: data.cells.filter((c) => c.row === row.id) };
    const el = await matrix(one, { width: 1100 });
    expect(part(el, 'error')).to.equal(null);
    expect(textOf(el, '[part="summary"]')).to.contain('1 opgave. 1 opgave er lægeforbeholdt.');
    expect(textOf(el, '[part="summary"]')).to.contain('Læge: udfører selvstændigt ved 1 af 1 opgave.');
    expect(textOf(el, '[part="notes"]')).to.contain('1 af 1 opgave har fiktive tal, markeret «fiktiv».');
    const en = await matrix(one, { width: 1100, lang: 'en' });
    expect(textOf(en, '[part="summary"]')).to.contain('1 task. 1 task is reserved for doctors.');
    expect(textOf(en, '[part="notes"]')).to.contain('1 of 1 task has fictional figures, marked “fictional”.');
  });
});

describe('<praksis-delegation-matrix> bad input', () => {

  it('renders markup in data strings as inert text', async () => {
    const data = await loadExample<{ rows: { label: unknown }[] }>(KIND, 'valid', 'practice-low');
    const evil = '<img src=x onerror=alert(1)>';
    data.rows[0]!.label = evil;
    const el = await matrix(data, { width: 1100 });
    expect(cellText(grid(el).tBodies[0]!.rows[0]!.cells[0]!)).to.equal(evil);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

});

describe('<praksis-delegation-matrix> in English', () => {
  it('speaks English throughout', async () => {
    const el = await matrix(await loadExample(KIND, 'valid', SURVEY), { lang: 'en' });
    expect(textOf(el, '[part="title"]')).to.equal('General practice, Denmark');
    expect(rowsOf(grid(el))[0]).to.equal('Chronic-care check-ups, Check-ups of patients with chronic conditions | 30% | 56% | 13% | not reported | 2.5–2.9');
    expect(textOf(el, '[part="summary"]')).to.contain('Most with the doctor: Certificates (index 1.2). Most with staff: Diagnostic tests (index 3.7–4.8).');
    expect(textOf(el, '[part="notes"]')).to.contain('7 of 11 tasks have fictional figures, marked “fictional”.');
    expect(textOf(el, '[part="notes"]')).to.contain('probably a misprint in the source');
    expect(textOf(el, '[part="legend"]')).to.contain('Task reserved for doctors');
    expect(textOf(el, '.kicker')).to.equal('Total number of practices: 567');
    expect(textOf(el, '[part="summary"]')).to.contain('11 tasks. 1 task is reserved for doctors. Figures and colours: share of practices per task, in per cent.');
    const practice = await matrix(await loadExample(KIND, 'valid', 'practice-medium'), { lang: 'en', width: 1100 });
    expect(rowsOf(grid(practice))[2]).to.equal('Vaccinations | ○ Not involved | ● Performs independently | ○ Not involved | ○ Not involved | ◐ Assists');
    expect(textOf(practice, '[part="fictional"]')).to.equal('Example – fictional data');
  });
});
