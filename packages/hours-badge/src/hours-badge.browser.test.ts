import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@praksis/hours-badge/praksis-hours-badge.js';
import { HoursBadge } from '@praksis/hours-badge';
import type { ValidationIssue } from '@praksis/schema';
import { loadExample, part, rowsOf, textOf } from '../../../test/helpers.js';

type Declaration = Record<string, unknown> & { practice: Record<string, unknown>; exceptions?: Record<string, unknown>[] };

/** Tuesday 3 March 2026, 10:00 Copenhagen time. */
const AT = '2026-03-03T10:00:00+01:00';
const KIND = 'accessibility-declaration';

async function badge(name: string, { lang = 'da', variant = '', at = AT } = {}): Promise<HoursBadge> {
  const data = await loadExample(KIND, 'valid', name);
  const el = await fixture<HoursBadge>(
    html`<praksis-hours-badge lang=${lang} variant=${variant || 'compact'} at=${at} .data=${data}></praksis-hours-badge>`,
  );
  await el.updateComplete;
  return el;
}

const toggle = (el: HoursBadge) => part(el, 'toggle') as HTMLButtonElement;
/** Rendered at all: not display:none itself or through an ancestor. */
const visible = (node: Element | null) => node !== null && node.checkVisibility();

/** The badge's sentence, its symbol and the status it stands for, per example. */
const STATUSES = [
  {
    name: 'meets-all',
    title: 'Lægerne på Havnen (fiktiv)',
    symbol: '✓',
    summary: 'Opfylder OK22’s krav til tilgængelighed · ifølge praksisens oplysninger pr. 2. feb. 2026',
  },
  {
    name: 'misses-late-consultation',
    title: 'Lægehuset ved Kirken (fiktiv)',
    symbol: '✕',
    summary: 'Opfylder ikke OK22’s krav til tilgængelighed: 1 af 8 krav er ikke opfyldt · ifølge praksisens oplysninger pr. 2. feb. 2026',
  },
  {
    name: 'not-stated-fields',
    title: 'Lægen i Skovby (fiktiv)',
    symbol: '?',
    summary: 'Kan ikke vurderes fuldt efter OK22’s krav til tilgængelighed: 6 krav er ikke oplyst · ifølge praksisens oplysninger pr. 15. jan. 2026',
  },
  {
    name: 'stale-verification',
    title: 'Lægerne i Bakkedal (fiktiv)',
    symbol: '!',
    summary: 'Oplysningerne er mere end 12 måneder gamle · senest bekræftet 1. sep. 2024; ingen vurdering efter OK22’s krav til tilgængelighed',
  },
];

describe('<praksis-hours-badge> compact, one per status', () => {
  for (const s of STATUSES) {
    it(`${s.name}: symbol and words, the as-of date, the fictional label; detail closed; passes axe`, async () => {
      const el = await badge(s.name);
      expect(textOf(el, '[part="title"]')).to.equal(s.title);
      expect(textOf(el, '[part="summary"]')).to.equal(`${s.symbol}${s.summary}`);
      expect(part(el, 'symbol')!.getAttribute('aria-hidden')).to.equal('true');
      expect(textOf(el, '[part="summary"]')).to.not.match(/kvalitet|quality/i);
      // Compact and collapsed: the footer shows only the fictional label.
      expect(visible(part(el, 'fictional'))).to.equal(true);
      expect(textOf(el, '[part="fictional"]')).to.equal('Eksempel – fiktive data');
      const sourceLine = part(el, 'footer')!.querySelector(':scope > p:not([part])');
      expect(visible(sourceLine)).to.equal(false);
      expect(visible(part(el, 'table-toggle'))).to.equal(false);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'detail')!.hidden).to.equal(true);
      expect(el.getAttribute('variant')).to.equal('compact');
      await expect(el).to.be.accessible();
    });
  }

  it('is small: an inline box of at most 36em and a few lines, however wide the page', async () => {
    const el = await badge('meets-all');
    expect(getComputedStyle(el).display).to.equal('inline-block');
    const em = parseFloat(getComputedStyle(el).fontSize);
    const box = el.getBoundingClientRect();
    expect(box.width).to.be.at.most(36 * em + 0.5);
    expect(box.width).to.be.below(document.body.getBoundingClientRect().width);
    expect(box.height).to.be.below(8 * em * 1.45);
  });

  it('fires praksis-render once drawn', async () => {
    const el = await fixture<HoursBadge>(html`<praksis-hours-badge at=${AT}></praksis-hours-badge>`);
    const rendered = oneEvent(el, 'praksis-render');
    el.data = await loadExample(KIND, 'valid', 'meets-all');
    await rendered;
    expect(textOf(el, '[part="summary"]')).to.contain('Opfylder OK22’s krav');
  });
});

describe('<praksis-hours-badge> expands from the keyboard', () => {
  let el: HoursBadge;
  beforeEach(async () => {
    el = await badge('meets-all');
  });

  it('Enter opens the detail, Space closes it; focus stays on the button', async () => {
    const button = toggle(el);
    expect(button.tagName).to.equal('BUTTON');
    expect(button.getAttribute('aria-controls')).to.equal(part(el, 'detail')!.id);
    expect(textOf(button)).to.equal('Vis detaljer');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.expanded).to.equal(true);
    expect(part(el, 'detail')!.hidden).to.equal(false);
    expect(textOf(button)).to.equal('Skjul detaljer');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, 'detail')!.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('the detail: today, every rule with status and explanation, the week as a table; passes axe', async () => {
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(textOf(el, '[part="today"]')).to.contain('I dag: Åben nu · telefon til 12:30');
    expect(textOf(el, '[part="today"]')).to.contain('tlf. +45 70 00 02 01');
    const rules = [...part(el, 'rules')!.querySelectorAll('li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(rules).to.have.length(9);
    expect(rules[0]).to.equal(
      '✓ Dagtid kl. 8–16 på hverdage (opfyldt) Konsultation med eller uden tidsbestilling dækker kl. 08:00–16:00 alle hverdage. (OK22, åbningstider)',
    );
    expect(rules[8]).to.match(/^i Åben konsultation.* \(til orientering\) /);
    const table = part(el, 'hours') as HTMLTableElement;
    expect(table.caption!.textContent).to.equal('Faste ugentlige tider');
    expect([...table.tHead!.rows[0]!.cells].map((c) => c.textContent)).to.deep.equal([
      'Dag',
      'Konsultation',
      'Åben konsultation',
      'Telefon',
      'Lægens telefontid',
      'Akuttelefon',
    ]);
    expect(rowsOf(table)).to.deep.equal([
      'Mandag | 08:00–16:00 | 08:00–08:30 | 08:00–12:30 | 08:00–09:00 | 12:30–16:00',
      'Tirsdag | 08:00–18:00 | Lukket | 08:00–12:30 | 08:00–09:00 | 12:30–16:00',
      'Onsdag | 08:00–16:00 | Lukket | 08:00–12:30 | 08:00–09:00 | 12:30–16:00',
      'Torsdag | 08:00–16:00 | Lukket | 08:00–12:30 | 08:00–09:00 | 12:30–16:00',
      'Fredag | 08:00–16:00 | Lukket | 08:00–12:30 | 08:00–09:00 | 12:30–16:00',
      'Lørdag | Lukket | Lukket | Lukket | Lukket | Lukket',
      'Søndag | Lukket | Lukket | Lukket | Lukket | Lukket',
    ]);
    // Expanded, the whole footer and the table toggle are back.
    expect(visible(part(el, 'footer')!.querySelector(':scope > p:not([part])'))).to.equal(true);
    expect(textOf(el, '[part="footer"]')).to.contain('Praksisens egne oplysninger; ikke kontrolleret af andre.');
    expect(visible(part(el, 'table-toggle'))).to.equal(true);
    expect(part(el, 'website')!.getAttribute('href')).to.equal('https://laegerne-paa-havnen.example.dk/');
    await expect(el).to.be.accessible();
  });

  it('today’s status follows the at property', async () => {
    el.expanded = true;
    el.at = '2026-03-06T17:00:00+01:00';
    await el.updateComplete;
    expect(textOf(el, '[part="today"]')).to.contain('I dag: Lukket nu · åbner mandag kl. 08:00');
  });
});

describe('<praksis-hours-badge> at without an offset, and information dated later', () => {
  it('reads an at without an offset as Copenhagen time, whatever the browser’s zone', async () => {
    const el = await badge('meets-all', { variant: 'full', at: '2026-03-03T07:30' });
    expect(textOf(el, '[part="today"]')).to.contain('I dag: Lukket nu · åbner kl. 08:00');
    el.at = '2026-03-29T02:30'; // does not exist: read as 03:30 summer time, a Sunday
    await el.updateComplete;
    expect(textOf(el, '[part="today"]')).to.contain('I dag: Lukket nu · åbner i morgen kl. 08:00');
  });

  it('information confirmed after the moment judged gets no verdict; passes axe', async () => {
    const data = await loadExample<Declaration>(KIND, 'valid', 'meets-all');
    const el = await fixture<HoursBadge>(
      html`<praksis-hours-badge lang="en" at=${AT} .data=${{ ...data, lastVerified: '2027-01-01' }}></praksis-hours-badge>`,
    );
    await el.updateComplete;
    expect(textOf(el, '[part="summary"]')).to.equal(
      '!The information is dated after 3 Mar 2026, the date judged · confirmed 1 Jan 2027; no assessment against the OK22 accessibility requirements',
    );
    el.expanded = true;
    await el.updateComplete;
    expect(textOf(el, '[part="detail"]')).to.contain('The assessment below is based on information dated later and is for reference only.');
    await expect(el).to.be.accessible();
  });
});

describe('<praksis-hours-badge> statuses in the detail', () => {
  it('stale: says the rules below rest on old information', async () => {
    const el = await badge('stale-verification', { variant: 'full' });
    expect(textOf(el, '[part="detail"]')).to.contain('Vurderingen nedenfor bygger på de gamle oplysninger');
  });

  it('incomplete: the rules not stated say "ikke oplyst"', async () => {
    const el = await badge('not-stated-fields', { variant: 'full' });
    const rules = textOf(el, '[part="rules"]');
    expect(rules.match(/\(ikke oplyst\)/g)).to.have.length(6);
    expect(rowsOf(part(el, 'hours') as HTMLTableElement)[5]).to.equal('Lørdag | Ikke oplyst | Lukket');
  });

  it('does not meet: the rule not met is marked ✕ with its explanation', async () => {
    const el = await badge('misses-late-consultation', { variant: 'full' });
    const late = [...part(el, 'rules')!.querySelectorAll('li')].find((li) => li.classList.contains('not-met'))!;
    expect((late.textContent ?? '').replace(/\s+/g, ' ').trim()).to.match(
      /^✕ Sen konsultation efter kl\. 16 mindst én gang om ugen \(ikke opfyldt\) Ingen konsultation efter kl\. 16:00/,
    );
  });
});

describe('<praksis-hours-badge variant="full">', () => {
  let el: HoursBadge;
  beforeEach(async () => {
    el = await badge('holidays-with-substitute', { variant: 'full' });
  });

  it('shows the detail without a toggle, with closures and their substitute; passes axe', async () => {
    expect(part(el, 'toggle')).to.equal(null);
    expect(part(el, 'detail')!.hidden).to.equal(false);
    expect(getComputedStyle(el).display).to.equal('block');
    const closures = [...part(el, 'closures')!.querySelectorAll('li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(closures).to.deep.equal([
      '7. apr. 2026: Kursus efter påske – lukket. Stedfortræder: Lægerne i Nordby (fiktiv), tlf. +45 70 00 03 01.',
      '6. jul. 2026–24. jul. 2026: Sommerferie – lukket. Stedfortræder: Lægerne i Nordby (fiktiv), tlf. +45 70 00 03 01.',
      '23. dec. 2026: Lukker tidligt før jul – ændrede tider: konsultation 08:00–12:00; telefon 08:00–10:00; akuttelefon 10:00–12:00. Stedfortræder: Lægerne i Nordby (fiktiv), tlf. +45 70 00 03 01.',
      '24. dec. 2026: Juleaftensdag – lukket. Stedfortræder: Lægerne i Nordby (fiktiv), tlf. +45 70 00 03 01.',
    ]);
    const link = part(el, 'closures')!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://nordby-laegerne.example.dk/');
    expect(link.textContent).to.equal('Lægerne i Nordby (fiktiv)');
    await expect(el).to.be.accessible();
  });

  it('narrower than its week table: the table scrolls in a focusable, named region; passes axe', async () => {
    el.style.width = '220px';
    await el.updateComplete;
    const region = part(el, 'hours')!.parentElement!;
    expect(region.scrollWidth).to.be.above(region.clientWidth);
    expect(region.tabIndex).to.equal(0);
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.equal('Faste ugentlige tider');
    await expect(el).to.be.accessible();
  });

  it('on a closed day names the reason and the substitute', async () => {
    el.at = '2026-04-07T09:00:00+02:00';
    await el.updateComplete;
    const today = textOf(el, '[part="today"]');
    expect(today).to.contain('I dag: Lukket nu (Kursus efter påske) · åbner i morgen kl. 08:00');
    expect(today).to.contain('Stedfortræder: Lægerne i Nordby (fiktiv), tlf. +45 70 00 03 01.');
    // The course day is past the next day: it is no longer listed as upcoming once over.
    el.at = '2026-04-08T09:00:00+02:00';
    await el.updateComplete;
    expect(textOf(el, '[part="closures"]')).to.not.contain('Kursus efter påske');
  });

  it('offers the requirements as a table too', async () => {
    const button = part(el, 'table-toggle') as HTMLButtonElement;
    button.click();
    await el.updateComplete;
    const rows = rowsOf(part(el, 'table')!.querySelector('table')!);
    expect(rows).to.have.length(9);
    expect(rows[0]).to.match(/^Dagtid kl\. 8–16 på hverdage \| opfyldt \| Konsultation med eller uden tidsbestilling dækker/);
    expect(rows[5]!.split(' | ').slice(1)).to.deep.equal(['opfyldt', 'Tilbyder videokonsultation. (OK22, videokonsultation)']);
    await expect(el).to.be.accessible();
  });
});

describe('<praksis-hours-badge> in English', () => {
  it('words, dates, table and button in English', async () => {
    const el = await badge('meets-all', { lang: 'en' });
    expect(textOf(el, '[part="summary"]')).to.equal(
      "✓Meets the OK22 accessibility requirements · according to the practice's own information as of 2 Feb 2026",
    );
    expect(textOf(el, '[part="title"]')).to.equal('The Harbour Practice (fictional)');
    expect(textOf(toggle(el))).to.equal('Show details');
    expect(textOf(el, '[part="fictional"]')).to.equal('Example – fictional data');
    toggle(el).click();
    await el.updateComplete;
    expect(textOf(el, '[part="today"]')).to.contain('Today: Open now · telephone until 12:30');
    expect(rowsOf(part(el, 'hours') as HTMLTableElement)[1]).to.equal('Tuesday | 08:00–18:00 | Closed | 08:00–12:30 | 08:00–09:00 | 12:30–16:00');
    expect(textOf(el, '[part="rules"]')).to.contain('Daytime 08–16 on weekdays (met)');
    await expect(el).to.be.accessible();
  });

  it('follows the nearest lang and switches when it changes', async () => {
    const data = await loadExample(KIND, 'valid', 'stale-verification');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><praksis-hours-badge at=${AT} .data=${data}></praksis-hours-badge></div>`);
    const el = wrapper.querySelector('praksis-hours-badge')!;
    await el.updateComplete;
    expect(textOf(el, '[part="summary"]')).to.equal(
      '!The information is more than 12 months old · last confirmed 1 Sept 2024; no assessment against the OK22 accessibility requirements',
    );
    wrapper.lang = 'da';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(el, '[part="summary"]')).to.match(/^!Oplysningerne er mere end 12 måneder gamle/);
  });
});

describe('<praksis-hours-badge> bad input', () => {

  it('an unreadable at falls back to now; a moment before any rule set says so', async () => {
    const data = await loadExample(KIND, 'valid', 'meets-all');
    const el = await fixture<HoursBadge>(html`<praksis-hours-badge at="not a date" .data=${data}></praksis-hours-badge>`);
    await el.updateComplete;
    expect(part(el, 'summary')).to.not.equal(null);
    expect(part(el, 'error')).to.equal(null);
    el.at = '2021-06-01T10:00:00+02:00';
    await el.updateComplete;
    expect(textOf(el, '[part="summary"]')).to.equal('Der er ingen regler for tilgængelighed, der gælder 1. jun. 2021.');
  });

  it('renders markup in data strings as inert text', async () => {
    const data = await loadExample<Declaration>(KIND, 'valid', 'meets-all');
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<HoursBadge>(
      html`<praksis-hours-badge variant="full" at=${AT} .data=${{ ...data, practice: { ...data.practice, name: evil } }}></praksis-hours-badge>`,
    );
    await el.updateComplete;
    expect(textOf(el, '[part="title"]')).to.equal(evil);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});

/** The badge with validation switched off, to test its own link guard behind the schema's. */
class UncheckedBadge extends HoursBadge {
  protected override validateData(): ValidationIssue[] {
    return [];
  }
}
customElements.define('unchecked-hours-badge', UncheckedBadge);

describe('<praksis-hours-badge> links only with http(s)', () => {
  it('the schema rejects a javascript: website, and nothing becomes a link', async () => {
    const data = await loadExample<Declaration>(KIND, 'valid', 'holidays-with-substitute');
    const bad = { ...data, practice: { ...data.practice, website: 'javascript:alert(1)' } };
    const el = await fixture<HoursBadge>(html`<praksis-hours-badge variant="full" at=${AT} .data=${bad}></praksis-hours-badge>`);
    await el.updateComplete;
    expect(textOf(el, '[part="error"]')).to.contain('/practice/website');
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
  });

  it('even unvalidated, javascript: and data: URLs are never rendered as links', async () => {
    const data = await loadExample<Declaration>(KIND, 'valid', 'holidays-with-substitute');
    const exceptions = data.exceptions!.map((e, i) => ({
      ...e,
      substitute: { ...(e.substitute as object), url: i === 0 ? 'JavaScript:alert(1)' : 'data:text/html,<script>alert(1)</script>' },
    }));
    const bad = { ...data, practice: { ...data.practice, website: 'javascript:alert(1)' }, exceptions };
    const el = await fixture<UncheckedBadge>(html`<unchecked-hours-badge variant="full" at=${AT} .data=${bad}></unchecked-hours-badge>`);
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    expect(textOf(el, '[part="closures"]')).to.contain('Stedfortræder: Lægerne i Nordby (fiktiv), tlf. +45 70 00 03 01.');
    expect(part(el, 'website')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    // The good URL in the same data still links.
    const good = { ...data, exceptions: [exceptions[1], data.exceptions![0]] };
    el.data = good;
    await el.updateComplete;
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://strandby-laegerne.example.dk/', 'https://nordby-laegerne.example.dk/']);
  });
});
