import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import type { CapacityGauge } from '@praksis/capacity-gauge';
import type { PraksisErrorDetail } from '@praksis/core';
import { geometryBox, hangingFetch, loadExample, part, rowsOf, stubFetch, textOf, EXAMPLES } from '../../../test/helpers.js';

type ErrorEvent = CustomEvent<PraksisErrorDetail>;

const VALID = [
  'national-2017-2022',
  'practice-open-under-norm',
  'practice-closed-over-norm',
  'practice-minimal',
  'practice-per-doctor-norm-with-bands',
  'municipality-area-intake',
];

async function gauge(data: unknown, lang = 'da'): Promise<CapacityGauge> {
  const el = await fixture<CapacityGauge>(html`<praksis-capacity-gauge lang=${lang} .data=${data}></praksis-capacity-gauge>`);
  await el.updateComplete;
  return el;
}

const daNumber = (v: number) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(v);

describe('<praksis-capacity-gauge> with the national 2017–2022 series', () => {
  let el: CapacityGauge;
  beforeEach(async () => {
    el = await gauge(await loadExample('capacity', 'valid', 'national-2017-2022'));
  });

  it('shows 1.646 patients per capacity and how far that is from the norm', () => {
    expect(textOf(el, '[part="figure"]')).to.equal('1.646 tilmeldte patienter pr. kapacitet');
    expect(textOf(el, '.norm-sentence')).to.equal('46 (2,9 %) over normtallet på 1.600 pr. kapacitet.');
    expect(textOf(el, '.secondary')).to.contain('5.849.229 tilmeldte patienter på 3.554 lægekapaciteter');
    expect(textOf(el, '.secondary')).to.contain('3.753 læger, 1.559 patienter pr. læge');
  });

  it('names the source, the date and every caveat, and does not say fictional', () => {
    const footer = textOf(el, '[part="footer"]');
    expect(footer).to.contain('Kilde: BDO for Indenrigs- og Sundhedsministeriet (2023)');
    expect(footer).to.contain('Opgjort pr. 1. jan. 2022');
    expect(footer).to.contain('Patienttal for 2017–2021 er opgivet i hele tusinder i kilden.');
    expect(part(el, 'fictional')).to.equal(null);
  });

  it('draws the trend from 2017 to 2022 with a text alternative', () => {
    const trend = part(el, 'trend')!;
    expect(trend.querySelectorAll('circle')).to.have.length(6);
    expect(trend.querySelector('svg')!.getAttribute('aria-label')).to.equal(
      'Patienter pr. kapacitet: 1.649 i 2017 og 1.646 i 2022. Skalaen går fra 0 til 2.000. Stiplet linje: Normtal, 1.600 pr. kapacitet.',
    );
  });

  it('writes a trend of several counts in one year with its dates, never "2022–2022"', async () => {
    const doc = await loadExample<{ asOf: string; trend: { date: string; listedPatients: number; capacities: number }[] }>('capacity', 'valid', 'national-2017-2022');
    const quarterly = {
      ...doc,
      trend: [
        { date: '2021-07-01', listedPatients: 5_820_000, capacities: 3_540 },
        { date: '2021-10-01', listedPatients: 5_835_000, capacities: 3_548 },
        { date: '2022-01-01', listedPatients: 5_849_229, capacities: 3_554 },
      ],
    };
    const da = part(await gauge(quarterly), 'trend')!;
    expect(textOf(da, 'figcaption')).to.equal('Udvikling 1. jul. 2021–1. jan. 2022, patienter pr. kapacitet');
    expect(da.querySelector('svg')!.getAttribute('aria-label')).to.match(/^Patienter pr\. kapacitet: 1\.644 pr\. 1\. jul\. 2021 og 1\.646 pr\. 1\. jan\. 2022\./);
    const en = part(await gauge({ ...quarterly, trend: quarterly.trend.slice(0, 2) }, 'en'), 'trend')!;
    expect(textOf(en, 'figcaption')).to.equal('Trend 1 Jul 2021–1 Oct 2021, patients per capacity');
    expect(en.querySelector('svg')!.getAttribute('aria-label')).to.match(/^Patients per capacity: 1,644 on 1 Jul 2021 and 1,645 on 1 Oct 2021\./);
    expect([...en.querySelectorAll('.trend-ends:not(.trend-key) > span')].map((s) => s.textContent)).to.deep.equal(['1 Jul 2021: 1,644', '1 Oct 2021: 1,645']);
  });

  it('starts the trend at 0, prints the range on its axis and labels the dashed norm line', () => {
    const trend = part(el, 'trend')!;
    const svg = trend.querySelector('svg')!;
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal(['2.000', '0']);
    // 1,640–1,658 on a scale from 0 to 2,000: the dots lie within a few pixels of each other.
    const ys = [...svg.querySelectorAll('circle')].map((c) => c.getBoundingClientRect().top);
    const plot = svg.querySelector('line.tick')!.getBoundingClientRect().height;
    expect(Math.max(...ys) - Math.min(...ys)).to.be.below(plot * 0.02);
    const line = svg.querySelector('.trend-reference')!.getBoundingClientRect();
    const key = trend.querySelector('.trend-key')!;
    expect(textOf(key)).to.equal('Stiplet linje: Normtal, 1.600 pr. kapacitet.');
    expect(getComputedStyle(key.querySelector('.key')!).borderTopStyle).to.equal('dashed');
    const box = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll('text')) {
      const r = geometryBox(text);
      expect(r.left).to.be.at.least(box.left - 0.5);
      expect(r.top).to.be.at.least(box.top - 0.5);
      expect(r.bottom).to.be.at.most(box.bottom + 0.5);
    }
    expect(line.left).to.be.at.least(geometryBox(svg.querySelectorAll('text')[0]!).right);
  });

  it('gives the gauge a text alternative with the figure and the norm', () => {
    const label = part(el, 'gauge')!.getAttribute('aria-label')!;
    expect(label).to.contain('1.646 tilmeldte patienter pr. kapacitet');
    expect(label).to.equal('1.646 tilmeldte patienter pr. kapacitet. Normtal: 1.600.');
  });

  it('opens a table with the same numbers from a keyboard-operable button', async () => {
    const button = part(el, 'table-toggle') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.textContent.trim()).to.equal('Vis som tabel');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // A keyboard can reach (and so scroll) the table's box; it is named by the widget's title.
    const box = part(el, 'table')!;
    expect([box.tabIndex, box.getAttribute('role'), box.getAttribute('aria-label')]).to.deep.equal([0, 'region', textOf(el, '[part="title"]')]);
    const figures = rowsOf(part(el, 'table')!.querySelector('table')!);
    expect(figures).to.include('Tilmeldte patienter | 5.849.229');
    expect(figures).to.include('Lægekapaciteter | 3.554');
    expect(figures).to.include('Patienter pr. kapacitet | 1.646');
    expect(figures).to.include('Forskel fra normtal | +46 (2,9 %)');
    expect(figures).to.include('Andel af de tilmeldte patienter, der er 70 år eller derover | 14,8 %');
    const rows = rowsOf(part(el, 'table')!.querySelectorAll('table')[1]!);
    expect(rows).to.deep.equal([
      '1. jan. 2017 | 5.707.000 | 3.461 | 1.649',
      '1. jan. 2018 | 5.738.000 | 3.485 | 1.646',
      '1. jan. 2019 | 5.764.000 | 3.476 | 1.658',
      '1. jan. 2020 | 5.788.000 | 3.511 | 1.649',
      '1. jan. 2021 | 5.812.000 | 3.543 | 1.640',
      '1. jan. 2022 | 5.849.229 | 3.554 | 1.646',
    ]);
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(part(el, 'table')!.hidden).to.equal(true);
  });
});

describe('<praksis-capacity-gauge> renders every valid example', () => {
  for (const name of VALID) {
    it(`${name}: figure, title, source line and fictional label; passes axe`, async () => {
      const data = await loadExample<{
        listedPatients: number;
        capacities: number;
        doctors?: number;
        norm: { basis: string };
        unit: { name: string | { da: string } };
        provenance: { fictional: boolean };
      }>('capacity', 'valid', name);
      const el = await fixture<CapacityGauge>(html`<praksis-capacity-gauge></praksis-capacity-gauge>`);
      const rendered = oneEvent(el, 'praksis-render');
      el.data = data;
      await rendered;
      const value = data.norm.basis === 'doctor' ? data.listedPatients / data.doctors! : data.listedPatients / data.capacities;
      expect(textOf(el, '.value')).to.equal(daNumber(value));
      const title = typeof data.unit.name === 'string' ? data.unit.name : data.unit.name.da;
      expect(textOf(el, '[part="title"]')).to.equal(title);
      expect(part(el, 'title')!.getAttribute('role')).to.equal('heading');
      expect(textOf(el, '[part="footer"]')).to.match(/^.*Kilde: /);
      expect(part(el, 'fictional') !== null).to.equal(data.provenance.fictional);
      if (data.provenance.fictional) expect(textOf(el, '[part="fictional"]')).to.equal('Eksempel – fiktive data');
      expect(part(el, 'error')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('states open and closed intake in words, not colour alone', async () => {
    const open = await gauge(await loadExample('capacity', 'valid', 'practice-open-under-norm'));
    expect(textOf(open, '[part="intake"]')).to.contain('Åben for tilgang af nye patienter');
    const closed = await gauge(await loadExample('capacity', 'valid', 'practice-closed-over-norm'));
    expect(textOf(closed, '[part="intake"]')).to.contain('Lukket for tilgang af nye patienter siden 1. sep. 2025.');
    const area = await gauge(await loadExample('capacity', 'valid', 'municipality-area-intake'));
    expect(textOf(area, '[part="intake"]')).to.contain('9 af 14 praksis er lukket for tilgang af nye patienter.');
  });

  it('is neutral without bands and shades bands only with their source', async () => {
    const plain = await gauge(await loadExample('capacity', 'valid', 'practice-closed-over-norm'));
    expect(part(plain, 'gauge')!.querySelectorAll('.band')).to.have.length(0);
    const banded = await gauge(await loadExample('capacity', 'valid', 'practice-per-doctor-norm-with-bands'));
    expect(part(banded, 'gauge')!.querySelectorAll('.band')).to.have.length(3);
    expect(textOf(banded, '[part="legend"]')).to.contain('Intervaller (kilde: Fiktive bånd til eksemplet):');
    expect(textOf(banded, '[part="legend"]')).to.contain("DSAM's anbefaling (kilde: DSAM, høringssvar juli 2024");
    expect(part(banded, 'gauge')!.getAttribute('aria-label')).to.contain('Ligger i intervallet «1.000–1.400»');
  });

  it('shows context: patients 70+, shortage area and municipality type', async () => {
    const el = await gauge(await loadExample('capacity', 'valid', 'practice-closed-over-norm'));
    const pairs = [...part(el, 'context')!.querySelectorAll('div')].map(
      (d) => `${d.querySelector('dt')!.textContent.trim()}: ${d.querySelector('dd')!.textContent.trim()}`,
    );
    expect(pairs.map((p) => p.replace(/\s/g, ' '))).to.deep.equal([
      'Andel af de tilmeldte patienter, der er 70 år eller derover: 27,0 %',
      'Lægedækningstruet område: Ja',
      'Kommunetype: Landkommune',
    ]);
  });

  it('leaves out optional parts that the data does not have', async () => {
    const el = await gauge(await loadExample('capacity', 'valid', 'practice-minimal'));
    for (const name of ['intake', 'context', 'trend']) expect(part(el, name), name).to.equal(null);
    expect(part(el, 'gauge')!.querySelector('.comparison')).to.equal(null);
  });
});

/** A gauge with its JSON in a child script, built in the DOM as a CMS would write it. */
function withScript(json: string): HTMLElement {
  const el = document.createElement('praksis-capacity-gauge');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  return el;
}

describe('<praksis-capacity-gauge> data inputs', () => {
  it('loads a src URL, showing a loading status first', async () => {
    const el = await fixture<CapacityGauge>(
      html`<praksis-capacity-gauge src="${EXAMPLES}/capacity/valid/practice-minimal.json"></praksis-capacity-gauge>`,
    );
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    expect(textOf(el, '[part="status"]')).to.equal('Henter data …');
    await oneEvent(el, 'praksis-render');
    expect(textOf(el, '.value')).to.equal('1.480');
  });

  it('reads a child <script type="application/json">', async () => {
    const data = await loadExample('capacity', 'valid', 'practice-open-under-norm');
    const el = await fixture<CapacityGauge>(withScript(JSON.stringify(data)));
    await el.updateComplete;
    expect(textOf(el, '.value')).to.equal('1.425');
  });

  it('explains a child script that is not JSON', async () => {
    const el = await fixture<CapacityGauge>(withScript('{ "unit": '));
    await el.updateComplete;
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(textOf(el, '[part="error"]')).to.contain('er ikke gyldig JSON');
  });

  it('prefers the data property over src', async () => {
    const data = await loadExample('capacity', 'valid', 'practice-open-under-norm');
    const stub = stubFetch(hangingFetch);
    try {
      const el = await fixture<CapacityGauge>(html`<praksis-capacity-gauge src="/never.json" .data=${data}></praksis-capacity-gauge>`);
      await el.updateComplete;
      expect(textOf(el, '.value')).to.equal('1.425');
      expect(stub.calls).to.deep.equal([]);
    } finally {
      stub.restore();
    }
  });

  it('reports an HTTP error with its status and recovers with a good src', async () => {
    const el = await fixture<CapacityGauge>(html`<praksis-capacity-gauge src="/no-such-file.json"></praksis-capacity-gauge>`);
    const event = await oneEvent<ErrorEvent>(el, 'praksis-error');
    await el.updateComplete;
    expect(event.detail.errors[0].message).to.contain('status 404');
    expect(textOf(el, '[part="error"]')).to.contain('Data fra /no-such-file.json kunne ikke hentes: serveren svarede med status 404');
    el.src = `${EXAMPLES}/capacity/valid/practice-minimal.json`;
    await oneEvent(el, 'praksis-render');
    expect(part(el, 'error')).to.equal(null);
    expect(textOf(el, '.value')).to.equal('1.480');
  });

  it('times out a stalled src and says so', async () => {
    const stub = stubFetch(hangingFetch);
    try {
      const el = await fixture<CapacityGauge>(html`<praksis-capacity-gauge src="/slow.json" src-timeout="1000"></praksis-capacity-gauge>`);
      await oneEvent(el, 'praksis-error');
      await el.updateComplete;
      expect(textOf(el, '[part="error"]')).to.contain('intet svar inden for 1 s');
    } finally {
      stub.restore();
    }
  });

  it('aborts the request when src changes or the element is removed', async () => {
    const signals: AbortSignal[] = [];
    const stub = stubFetch((input, init) => {
      signals.push(init!.signal!);
      return hangingFetch(input, init);
    });
    try {
      const el = await fixture<CapacityGauge>(html`<praksis-capacity-gauge src="/first.json"></praksis-capacity-gauge>`);
      el.src = '/second.json';
      await el.updateComplete;
      expect(signals).to.have.length(2);
      expect(signals[0]!.aborted).to.equal(true);
      expect(signals[1]!.aborted).to.equal(false);
      el.remove();
      expect(signals[1]!.aborted).to.equal(true);
    } finally {
      stub.restore();
    }
  });

});

describe('<praksis-capacity-gauge> bad input', () => {

  it('renders markup in data strings as inert text', async () => {
    const data = await loadExample<Record<string, unknown>>('capacity', 'valid', 'practice-minimal');
    const evil = '<img src=x onerror=alert(1)>';
    const el = await gauge({ ...data, unit: { kind: 'practice', name: evil } });
    expect(textOf(el, '[part="title"]')).to.equal(evil);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

});

describe('<praksis-capacity-gauge> counts of one', () => {
  /** A fictional one-doctor practice: every count that a reader sees is 1 or 1.5. */
  async function single(lang: string, changes: Record<string, unknown>): Promise<CapacityGauge> {
    const data = await loadExample<Record<string, unknown>>('capacity', 'valid', 'practice-minimal');
    return gauge({ ...data, ...changes }, lang);
  }

  it('says "1 lægekapacitet", "1 læge" and "1,5 lægekapacitet" by the plural rules, in Danish and English', async () => {
    const da = await single('da', { listedPatients: 1, capacities: 1, doctors: 1 });
    expect(textOf(da, '[part="figure"]')).to.equal('1 tilmeldt patient pr. kapacitet');
    expect(textOf(da, '.secondary')).to.equal('1 tilmeldt patient på 1 lægekapacitet. 1 læge, 1 patient pr. læge.');
    const en = await single('en', { listedPatients: 1, capacities: 1, doctors: 1 });
    expect(textOf(en, '[part="figure"]')).to.equal('1 listed patient per capacity');
    expect(textOf(en, '.secondary')).to.equal('1 listed patient on 1 doctor capacity. 1 doctor, 1 patient per doctor.');
    const half = await single('da', { listedPatients: 2400, capacities: 1.5 });
    expect(textOf(half, '.secondary')).to.equal('2.400 tilmeldte patienter på 1,5 lægekapacitet.');
    const halfEn = await single('en', { listedPatients: 2400, capacities: 1.5 });
    expect(textOf(halfEn, '.secondary')).to.equal('2,400 listed patients on 1.5 doctor capacities.');
  });

  it('an area with one closed practice: "1 of 14 practices is closed"', async () => {
    const data = await loadExample<Record<string, unknown>>('capacity', 'valid', 'municipality-area-intake');
    const el = await gauge({ ...data, intake: { practicesOpen: 13, practicesClosed: 1 } }, 'en');
    expect(textOf(el, '[part="intake"]')).to.equal('◐ 1 of 14 practices is closed to new patients.');
  });
});

describe('<praksis-capacity-gauge> language', () => {
  it('follows the nearest lang and switches when it changes', async () => {
    const data = await loadExample('capacity', 'valid', 'national-2017-2022');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><praksis-capacity-gauge .data=${data}></praksis-capacity-gauge></div>`);
    const el = wrapper.querySelector('praksis-capacity-gauge')!;
    await el.updateComplete;
    expect(textOf(el, '[part="figure"]')).to.equal('1,646 listed patients per capacity');
    expect(textOf(el, '[part="title"]')).to.equal('Denmark');
    expect(textOf(el, '[part="footer"]')).to.contain('As of 1 Jan 2022');
    expect(textOf(el, '.norm-sentence')).to.equal('46 (2.9%) above the norm of 1,600 per capacity.');
    wrapper.lang = 'da';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(el, '[part="figure"]')).to.equal('1.646 tilmeldte patienter pr. kapacitet');
    el.lang = 'en-GB';
    await el.updateComplete;
    expect(textOf(el, '[part="title"]')).to.equal('Denmark');
    expect(textOf(el, '[part="table-toggle"]')).to.equal('Show as table');
  });

  it('labels fictional data in English', async () => {
    const el = await gauge(await loadExample('capacity', 'valid', 'practice-minimal'), 'en');
    expect(textOf(el, '[part="fictional"]')).to.equal('Example – fictional data');
  });
});

describe('<praksis-capacity-gauge> colour scheme', () => {
  const background = (el: Element) => getComputedStyle(part(el, 'frame')!).backgroundColor;
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(22, 25, 29)';
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('follows the reader’s preference unless the theme attribute pins it', async () => {
    const data = await loadExample('capacity', 'valid', 'practice-minimal');
    const el = await gauge(data);
    expect(background(el)).to.equal(LIGHT);
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(el)).to.equal(DARK);
    el.theme = 'light';
    await el.updateComplete;
    expect(background(el)).to.equal(LIGHT);
    await emulateMedia({ colorScheme: 'light' });
    el.theme = 'dark';
    await el.updateComplete;
    expect(background(el)).to.equal(DARK);
  });

  it('lets the embedder override a token', async () => {
    const data = await loadExample('capacity', 'valid', 'practice-minimal');
    const el = await gauge(data);
    el.style.setProperty('--praksis-color-mark', 'rgb(0, 96, 90)');
    expect(getComputedStyle(part(el, 'gauge')!.querySelector('.bar')!).fill).to.equal('rgb(0, 96, 90)');
  });
});
