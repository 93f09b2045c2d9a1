/**
 * The badge maker, filled in by keyboard only (Tab, typing, arrow keys, Space and Enter) with a
 * real practice's week: phones 08:00–12:30 then an acute line to 16:00, the doctor's phone hour
 * 08–09, late consultation Tuesday to 18:00, a summer closure with a substitute, closed 24 December
 * every year. Then the badge, the guidance and each output are checked.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@praksis/widgets';
import { validateDocument } from '@praksis/schema';
import { dkOk22, evaluate, openNow, type AccessibilityDeclaration } from '@praksis/hours-rules';
import { loadExample } from './helpers.js';
import { mountBadgeMaker, type BadgeMaker } from '../scripts/docs/badge-maker/badge-maker.js';

const NOW = Date.parse('2026-12-01T09:00:00Z');

async function mount(): Promise<{ host: HTMLElement; maker: BadgeMaker }> {
  const host = await fixture<HTMLElement>(html`<div class="badge-maker"></div>`);
  const maker = mountBadgeMaker(host, { now: () => NOW, clipboard: { writeText: async () => {} } });
  (document.activeElement as HTMLElement | null)?.blur();
  return { host, maker };
}

/** The elements Tab stops at, in order, as far as the DOM tells (a date input has several stops, a radio group one). */
const tabStops = () =>
  [...document.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href], summary, [tabindex]')].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLInputElement).disabled && el.checkVisibility() && !(el instanceof HTMLInputElement && el.type === 'radio'),
  );

/**
 * Moves the focus with Tab (or Shift+Tab, for a field earlier in the page) until it is on #id. The
 * stops between here and there are pressed in one command, short of the target; single presses
 * then land on it, so a field Tab cannot reach still fails.
 */
async function tabTo(id: string): Promise<HTMLElement> {
  for (let i = 0; i < 600; i++) {
    const active = document.activeElement as HTMLElement | null;
    if (active?.id === id) return active;
    const target = document.getElementById(id);
    if (!target) throw new Error(`no #${id}`);
    const backwards = active && active !== document.body && Boolean(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    const stops = tabStops();
    const from = active ? stops.indexOf(active) : -1;
    const to = stops.indexOf(target);
    const between = from >= 0 && to >= 0 ? Math.abs(to - from) - 1 : 0;
    await executeServerCommand('press-keys', { key: 'Tab', times: Math.max(1, between), shift: backwards });
  }
  throw new Error(`#${id} cannot be reached with Tab`);
}

/** Clears the field with End and Backspace, then types, as a reader correcting a field would. */
async function typeInto(id: string, text: string): Promise<void> {
  const field = (await tabTo(id)) as HTMLInputElement;
  await sendKeys({ press: 'End' });
  for (let i = field.value.length; i > 0; i--) await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await nextFrame(); // the maker renders a change in the next frame
}

async function press(id: string, key: string, times = 1): Promise<void> {
  await tabTo(id);
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
  await nextFrame();
}

/** Types a date into a native date input in the order the browser's locale shows its parts. */
async function typeDate(id: string, iso: string): Promise<void> {
  await tabTo(id);
  const [year = '', month = '', day = ''] = iso.split('-');
  const order = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2027, 6, 5))
    .map((p) => p.type)
    .filter((t) => t === 'year' || t === 'month' || t === 'day');
  for (const part of order) await sendKeys({ type: part === 'year' ? year : part === 'month' ? month : day });
  await nextFrame();
}

const value = (host: HTMLElement, id: string) => (host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)?.value ?? '');
const rule = (host: HTMLElement, id: string) => host.querySelector<HTMLElement>(`#bm-rules li[data-rule="${id}"]`);

/** The real practice's week, typed with every accepted way of writing a time. */
async function fillRealWeek(host: HTMLElement): Promise<void> {
  await typeInto('bm-practice-name', 'Lægerne i Egebæk');
  await typeInto('bm-practice-ydernummer', '123456');
  await typeInto('bm-practice-phone', '+45 70 11 22 33');
  // Consultation 08–16 Monday, copied to every hverdag, then Tuesday to 18:00.
  await typeInto('bm-consultation-mon-0-from', '8');
  await typeInto('bm-consultation-mon-0-to', '16');
  await press('bm-consultation-copy', 'Enter');
  expect(value(host, 'bm-consultation-fri-0-to')).to.equal('16');
  await typeInto('bm-consultation-tue-0-to', '18.00');
  // Phones 08:00–12:30, the doctor's hour 08–09, the acute line 12:30–16:00.
  await typeInto('bm-phone-mon-0-from', '08:00');
  await typeInto('bm-phone-mon-0-to', '12.30');
  await press('bm-phone-copy', 'Enter');
  await typeInto('bm-doctorPhone-mon-0-from', '08');
  await typeInto('bm-doctorPhone-mon-0-to', '9');
  await press('bm-doctorPhone-copy', 'Enter');
  await typeInto('bm-acutePhone-mon-0-from', '12:30');
  await typeInto('bm-acutePhone-mon-0-to', '16');
  await press('bm-acutePhone-copy', 'Enter');
  // Services: yes to all four (the first option is "not stated", the second "yes").
  for (const service of ['onlineBooking', 'onlinePrescriptionRenewal', 'eConsultation', 'videoConsultation']) {
    await press(`bm-service-${service}`, 'ArrowDown');
  }
  await typeInto('bm-wait', '3');
  await press('bm-bagom', 'ArrowDown', 2); // "given to partners only"
  await press('bm-acute', 'ArrowDown'); // the practice itself
  // The summer closure with a substitute.
  await press('bm-add-exception', 'Enter');
  expect(document.activeElement?.id, 'the new row gets the focus').to.equal('bm-exception-0-date');
  await typeDate('bm-exception-0-date', '2027-07-05');
  await typeDate('bm-exception-0-to', '2027-07-23');
  await typeInto('bm-exception-0-reason', 'Sommerferie');
  await typeInto('bm-exception-0-sub-name', 'Lægehuset Torvet');
  await typeInto('bm-exception-0-sub-phone', '+45 70 50 60 70');
  // Closed 24 December every year (December is the default month).
  await press('bm-add-recurring', 'Enter');
  await typeInto('bm-recurring-0-day', '24');
  await typeInto('bm-recurring-0-reason', 'Juleaften');
}

describe('badge maker, filled in once by keyboard', function () {
  // Every field is reached with Tab, one key at a time, on a shared machine; the week is typed
  // once and each test below leaves the form as it found it.
  this.timeout(240_000);
  // Not a fixture: fixtures are removed after each test, and this form lives through all three.
  const host = document.createElement('div');
  host.className = 'badge-maker';
  before(async () => {
    // The built page preloads every module its scripts import, the badge's on-demand detail and
    // table too (`offline` in scripts/docs/site.config.mjs); here modules are served one by one,
    // so they are loaded first, as those preloads do, before what the page fetches is watched.
    await Promise.all([import('@praksis/hours-badge/view/detail.js'), import('@praksis/hours-badge/view/table.js')]);
    document.body.append(host);
    mountBadgeMaker(host, { now: () => NOW, clipboard: { writeText: async () => {} } });
    (document.activeElement as HTMLElement | null)?.blur();
    observer.observe({ type: 'resource' });
    await fillRealWeek(host);
  });
  after(() => host.remove());
  /** What the page fetches once the maker is loaded (an observer sees every entry, whatever the buffer holds). */
  const fetched: string[] = [];
  const observer = new PerformanceObserver((list) => fetched.push(...list.getEntries().map((e) => e.name)));
  after(() => observer.disconnect());

  it('a real practice, typed by keyboard: the badge, the guidance and every output', async () => {
    expect([...host.querySelectorAll('#bm-problems li')].map((li) => li.textContent)).to.deep.equal([]);

    // The live result, from the engine.
    expect(host.querySelector('#bm-summary')?.textContent).to.match(/^Opfylder OK22’s krav til tilgængelighed ifølge praksisens egne oplysninger pr\. 1\. december 2026/);
    for (const li of host.querySelectorAll<HTMLElement>('#bm-rules li')) {
      expect(['met', 'not-applicable'], li.dataset['rule']).to.include(li.dataset['status']);
    }
    expect(host.querySelectorAll('.bm-advice')).to.have.length(0);
    const svgPreview = host.querySelector('#bm-svg-preview svg');
    expect(svgPreview?.querySelector('title')?.textContent).to.equal('Opfylder OK22’s krav til tilgængelighed – ifølge praksisens oplysninger pr. 1. december 2026');
    const badge = host.querySelector('praksis-hours-badge');
    expect(badge?.getAttribute('variant')).to.equal('full');

    // The JSON document: valid, and what was typed.
    const doc = JSON.parse(value(host, 'bm-out-json')) as AccessibilityDeclaration;
    expect(validateDocument(doc).issues).to.deep.equal([]);
    expect(doc.hours.consultation?.tue).to.deep.equal([{ from: '08:00', to: '18:00' }]);
    expect(doc.hours.phone?.fri).to.deep.equal([{ from: '08:00', to: '12:30' }]);
    expect(doc.hours.doctorPhone?.wed).to.deep.equal([{ from: '08:00', to: '09:00' }]);
    expect(doc.hours.acutePhone?.thu).to.deep.equal([{ from: '12:30', to: '16:00' }]);
    expect(doc.exceptions).to.deep.equal([
      { date: '2027-07-05', to: '2027-07-23', reason: 'Sommerferie', closed: true, substitute: { name: 'Lægehuset Torvet', phone: '+45 70 50 60 70' } },
    ]);
    expect(doc.recurringClosures).to.deep.equal([{ yearly: '12-24', reason: 'Juleaften' }]);
    expect(doc.services).to.deep.equal({ onlineBooking: true, onlinePrescriptionRenewal: true, eConsultation: true, videoConsultation: true });
    expect(doc.bagomNumber).to.equal('not-public');
    expect(evaluate(doc, { ruleSet: dkOk22, at: NOW }).overall).to.equal('meets');
    // 24 December is a hverdag closed without a substitute: judged when it is within the horizon.
    expect(evaluate(doc, { ruleSet: dkOk22, at: '2026-12-21T09:00' }).overall).to.equal('does-not-meet');

    // The embed snippets.
    const inline = value(host, 'bm-out-inline');
    const parsed = new DOMParser().parseFromString(`<!doctype html><body>${inline}`, 'text/html');
    const json = parsed.querySelector('praksis-hours-badge script[type="application/json"]')?.textContent ?? '';
    expect(JSON.parse(json)).to.deep.equal(doc);
    // The element carries its fallback: the practice, the verdict and the source, as text.
    const script = new DOMParser().parseFromString(`<!doctype html><body>${value(host, 'bm-out-script')}`, 'text/html');
    const badgeEl = script.querySelector('praksis-hours-badge[lang="da"][src="/praksis/hours.json"]');
    // By default from the docs site's own CDN folder, so the snippet works as pasted.
    expect(script.querySelector('script[type="module"]')?.getAttribute('src')).to.equal(new URL('cdn/praksis-autoloader.js', document.baseURI).href);
    expect([...(badgeEl?.querySelectorAll('.praksis-fallback p') ?? [])].map((p) => p.className)).to.deep.equal(['praksis-title', 'praksis-figure', 'praksis-source']);
    expect(badgeEl?.querySelector('.praksis-figure')?.textContent).to.match(/^Opfylder OK22’s krav til tilgængelighed/);

    // The static badge: the verdict, linked to the details page, inert.
    const svg = value(host, 'bm-out-svg');
    expect(svg).to.contain('>Opfylder OK22’s krav til tilgængelighed</text>');
    expect(svg).to.contain('<a href="praksis-badge.html">');
    expect(svg).not.to.match(/<script|\son[a-z]+=/i);
    expect(value(host, 'bm-out-img')).to.match(/^<a href="praksis-badge\.html"><img src="praksis-badge\.svg" alt="Opfylder OK22’s krav til tilgængelighed – ifølge praksisens oplysninger pr\. 1\. december 2026" width="\d+" height="58"><\/a>$/);
    const details = value(host, 'bm-out-details');
    expect(details).to.match(/<praksis-hours-badge variant="full">/);
    expect(details).to.contain('Lægerne i Egebæk');

    // Search engines and maps.
    const ld = JSON.parse(value(host, 'bm-out-jsonld').replace(/^<script[^>]*>|<\/script>\s*$/g, ''));
    expect(ld['@type']).to.equal('MedicalClinic');
    const special = ld.specialOpeningHoursSpecification as { validFrom: string; validThrough: string; opens: string; closes: string }[];
    expect(special.some((s) => s.validFrom === '2026-12-24' && s.opens === '00:00' && s.closes === '00:00')).to.equal(true);
    expect(special.some((s) => s.validFrom === '2027-07-05' && s.validThrough === '2027-07-23')).to.equal(true);
    expect(value(host, 'bm-out-osm')).to.equal('Mo,We-Fr 08:00-16:00; Tu 08:00-18:00; Dec 24 off; 2027 Jul 05-2027 Jul 23 off; PH off');

    // A folder for the widget files with a query: named at its field, and no embed or details page until corrected.
    expect(host.querySelector('#bm-out-needs-base')).to.equal(null);
    await typeInto('bm-script-base', 'https://cdn.example.dk/praksis/?v=1');
    expect(host.querySelector('#bm-script-base-problem')?.textContent).to.match(/har en forespørgsel \(\?\) eller et anker \(#\)/);
    expect(['bm-out-script', 'bm-out-inline', 'bm-out-details'].map((id) => host.querySelector(`#${id}`))).to.deep.equal([null, null, null]);
    expect(host.querySelector('#bm-out-needs-base')?.textContent).to.equal('Indlejringerne og detaljesiden vises, når adressen på widget-filerne er rettet (se ovenfor).');

    // Offline once loaded: filling in the week, judging it and writing every output fetched and sent nothing.
    fetched.push(...observer.takeRecords().map((e) => e.name));
    expect(fetched).to.deep.equal([]);
    await expect(host).to.be.accessible();
  });

  it('guidance: without the late consultation, what to change', async () => {
    await typeInto('bm-consultation-tue-0-to', '16');
    expect(host.querySelector('#bm-summary')?.textContent).to.match(/^Opfylder ikke OK22’s krav/);
    const late = rule(host, 'late-consultation');
    expect(late?.dataset['status']).to.equal('not-met');
    expect(late?.querySelector('.bm-advice')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Det kan I ændre: Tilføj mindst én konsultation efter kl. 16:00 på en hverdag.',
    );
    expect(value(host, 'bm-out-svg')).to.contain('>Opfylder ikke alle OK22’s krav til tilgængelighed</text>');
    // English, from the same rule set.
    await press('bm-lang', 'ArrowDown');
    expect(rule(host, 'late-consultation')?.querySelector('.bm-advice')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'What to change: Add at least one consultation after 16:00 on a weekday.',
    );
    await press('bm-lang', 'ArrowUp');
    await typeInto('bm-consultation-tue-0-to', '18');
    expect(host.querySelector('#bm-summary')?.textContent).to.match(/^Opfylder OK22/);
  });

  it('a time that cannot be read names its field and pointer, and no badge is drawn', async () => {
    await typeInto('bm-phone-wed-0-to', '25');
    const problems = [...host.querySelectorAll('#bm-problems li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(problems).to.deep.equal(['/hours/phone/wed/0/to (Telefontid, Onsdag, til): «25» er ikke et klokkeslæt; skriv fx 8, 08, 8.00 eller 08:00']);
    expect(host.querySelector('#bm-problems a')?.getAttribute('href')).to.equal('#bm-phone-wed-0-to');
    expect(host.querySelector('#bm-out-svg')).to.equal(null);
    await typeInto('bm-phone-wed-0-to', '12:30');
    expect(host.querySelector('#bm-out-svg')).to.not.equal(null);
  });

  it("a range on Wednesdays only with changed hours for two kinds of access, and a substitute's own week, by keyboard", async () => {
    await press('bm-add-exception', 'Enter');
    await typeDate('bm-exception-1-date', '2027-03-01');
    expect(host.querySelector('#bm-exception-1-weekday-wed'), 'no weekdays for a single date').to.equal(null);
    await typeDate('bm-exception-1-to', '2027-03-31');
    await press('bm-exception-1-weekday-wed', 'Space');
    await typeInto('bm-exception-1-reason', 'Kursus onsdage');
    await press('bm-exception-1-kind', 'ArrowDown'); // changed hours
    await typeInto('bm-exception-1-consultation-0-from', '8');
    await typeInto('bm-exception-1-consultation-0-to', '12');
    await press('bm-exception-1-phone-changed', 'Space');
    await typeInto('bm-exception-1-phone-0-from', '8.00');
    await typeInto('bm-exception-1-phone-0-to', '10');
    await press('bm-exception-1-phone-add', 'Enter');
    expect(document.activeElement?.id, 'the new interval gets the focus').to.equal('bm-exception-1-phone-1-from');
    await sendKeys({ type: '13' });
    await typeInto('bm-exception-1-phone-1-to', '14');
    // The two kinds of access the agreement does not require, each in its own grid.
    await press('bm-walkIn-stated', 'Space');
    await typeInto('bm-walkIn-mon-0-from', '8');
    await typeInto('bm-walkIn-mon-0-to', '8.30');
    await press('bm-lateConsultation-stated', 'Space');
    await typeInto('bm-lateConsultation-tue-0-from', '18');
    await typeInto('bm-lateConsultation-tue-0-to', '19');
    // The summer substitute's own consultation hours, 08–14 on hverdage, behind their disclosure.
    await press('bm-exception-0-sub-hours-toggle', 'Enter');
    await press('bm-exception-0-sub-consultation-stated', 'Space');
    await typeInto('bm-exception-0-sub-consultation-mon-0-from', '8');
    await typeInto('bm-exception-0-sub-consultation-mon-0-to', '14');
    await press('bm-exception-0-sub-consultation-copy', 'Enter');

    expect([...host.querySelectorAll('#bm-problems li')].map((li) => li.textContent)).to.deep.equal([]);
    const doc = JSON.parse(value(host, 'bm-out-json')) as AccessibilityDeclaration;
    expect(doc.exceptions?.[1]).to.deep.equal({
      date: '2027-03-01',
      to: '2027-03-31',
      weekdays: ['wed'],
      reason: 'Kursus onsdage',
      hours: { consultation: [{ from: '08:00', to: '12:00' }], phone: [{ from: '08:00', to: '10:00' }, { from: '13:00', to: '14:00' }] },
    });
    expect(doc.hours.walkIn).to.deep.equal({ mon: [{ from: '08:00', to: '08:30' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] });
    expect(doc.hours.lateConsultation?.tue).to.deep.equal([{ from: '18:00', to: '19:00' }]);
    // Past the consultation hours (to 18:00 on Tuesdays), so JSON-LD and OSM leave it out, and say so.
    expect(host.querySelector('#bm-not-in-opening-hours')?.textContent).to.contain('Sen konsultation');
    expect(doc.exceptions?.[0]?.substitute?.hours?.consultation?.fri).to.deep.equal([{ from: '08:00', to: '14:00' }]);
    expect(doc.exceptions?.[0]?.substitute?.hours?.acutePhone).to.equal(undefined);
    // The engine: Wednesdays only, and the substitute's 14:00 leaves the summer's afternoons uncovered.
    expect(openNow(doc, 'phone', '2027-03-03T11:00').status).to.equal('closed');
    expect(openNow(doc, 'phone', '2027-03-04T11:00').status).to.equal('open');
    expect(evaluate(doc, { ruleSet: dkOk22, at: '2027-07-01T09:00' }).rules.find((r) => r.id === 'daytime')?.status).to.equal('not-met');
    // The outputs say the weekday where the format can.
    const ld = JSON.parse(value(host, 'bm-out-jsonld').replace(/^<script[^>]*>|<\/script>\s*$/g, ''));
    expect(ld.specialOpeningHoursSpecification).to.deep.include({
      '@type': 'OpeningHoursSpecification',
      validFrom: '2027-03-01',
      validThrough: '2027-03-31',
      dayOfWeek: ['https://schema.org/Wednesday'],
      opens: '08:00',
      closes: '12:00',
    });
    expect(value(host, 'bm-out-osm')).to.contain('; 2027 Mar 01-2027 Mar 31 We 08:00-12:00; 2027 Jul 05-2027 Jul 23 off; PH off');
    await expect(host).to.be.accessible();

    // As found: walk-in and late consultation not stated, the substitute's hours unticked, the course removed (the focus goes to "add").
    await press('bm-walkIn-stated', 'Space');
    await press('bm-lateConsultation-stated', 'Space');
    await press('bm-exception-0-sub-consultation-stated', 'Space');
    await press('bm-exception-1-remove', 'Enter');
    expect(document.activeElement?.id).to.equal('bm-add-exception');
    expect(JSON.parse(value(host, 'bm-out-json')).exceptions).to.have.length(1);
    expect(JSON.parse(value(host, 'bm-out-json')).hours.walkIn).to.equal(undefined);
  });
});

describe('badge maker, typing', () => {
  it('keys pressed within one frame render once, in the next frame; the draft holds each key at once', async () => {
    const host = await fixture<HTMLElement>(html`<div class="badge-maker"></div>`);
    const kept = new Map<string, string>();
    const storage = { getItem: (key: string) => kept.get(key) ?? null, setItem: (key: string, text: string) => void kept.set(key, text), removeItem: (key: string) => void kept.delete(key) };
    const maker = mountBadgeMaker(host, { now: () => NOW, clipboard: { writeText: async () => {} }, storage });
    const renders = { count: 0 };
    const update = maker.update.bind(maker);
    maker.update = () => {
      renders.count += 1;
      update();
    };
    const field = host.querySelector<HTMLInputElement>('#bm-practice-name')!;
    for (const name of ['L', 'Læ', 'Læg', 'Læge', 'Lægen']) {
      field.value = name;
      field.dispatchEvent(new Event('input'));
      const draft = JSON.parse([...kept.values()][0] ?? '{}') as { form?: { practice?: { name?: string } } };
      expect(draft.form?.practice?.name, 'the draft, at once').to.equal(name);
    }
    expect(renders.count, 'nothing rendered before the frame').to.equal(0);
    await nextFrame();
    expect(renders.count).to.equal(1);
    expect(maker.form.practice.name).to.equal('Lægen');
    expect(field.value).to.equal('Lægen');
  });
});

describe('badge maker imports', function () {
  this.timeout(120_000);

  it("today is Denmark's date, a copy the browser refuses says what to do instead, and so does a link that cannot be one; what is typed outlives the page", async () => {
    const host = await fixture<HTMLElement>(html`<div class="badge-maker"></div>`);
    const kept = new Map<string, string>();
    const storage = { getItem: (key: string) => kept.get(key) ?? null, setItem: (key: string, text: string) => void kept.set(key, text), removeItem: (key: string) => void kept.delete(key) };
    // 23:30 UTC on New Year's Eve is already 1 January in Copenhagen.
    const maker = mountBadgeMaker(host, { now: () => Date.parse('2026-12-31T23:30:00Z'), clipboard: { writeText: () => Promise.reject(new Error('denied')) }, storage });
    expect(value(host, 'bm-lastVerified')).to.equal('2027-01-01');
    Object.assign(maker.form.practice, { name: 'Lægerne i Egebæk', ydernummer: '123456' });
    maker.update();
    await press('bm-out-json-copy', 'Enter');
    await new Promise((resolve) => setTimeout(resolve));
    expect(host.querySelector('#bm-status')?.textContent).to.equal('Kunne ikke kopiere: markér teksten i feltet og kopiér den selv.');
    // A details page address that cannot be a link: said beside the field, and no link anywhere.
    await typeInto('bm-details-url', 'javascript:alert(1)');
    expect(host.querySelector('#bm-details-url-problem')?.textContent).to.match(/^Adressen kan ikke bruges som link/);
    expect(value(host, 'bm-out-img')).not.to.contain('javascript');
    expect(value(host, 'bm-out-svg')).not.to.contain('javascript');
    // The page closed and opened again: the form as typed, the unusable address too; then cleared.
    host.remove();
    const again = await fixture<HTMLElement>(html`<div class="badge-maker"></div>`);
    mountBadgeMaker(again, { now: () => Date.parse('2027-01-02T09:00:00Z'), storage });
    expect([value(again, 'bm-practice-name'), value(again, 'bm-lastVerified'), value(again, 'bm-details-url')]).to.deep.equal(['Lægerne i Egebæk', '2027-01-01', 'javascript:alert(1)']);
    await press('bm-clear', 'Enter');
    expect([value(again, 'bm-practice-name'), again.querySelector('#bm-status')?.textContent]).to.deep.equal(['', 'Kladden er slettet.']);
    expect(kept.has('praksis-badge-maker-draft')).to.equal(false);
  });


  it('an OSM value pasted in becomes a draft, with what could not be carried over', async () => {
    const { host } = await mount();
    // An empty form names what is missing in words beside each pointer.
    const first = [...host.querySelectorAll('#bm-problems li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(first.some((t) => t?.startsWith('/practice/name (Navn):')), first.join(' | ')).to.equal(true);
    await typeInto('bm-import', 'Mo-Fr 08:00-15:30; Th[1] 08:00-12:00; Dec 24 off; sunrise-sunset');
    await press('bm-import-button', 'Enter');
    expect(value(host, 'bm-consultation-mon-0-from')).to.equal('08:00');
    expect(value(host, 'bm-consultation-fri-0-to')).to.equal('15:30');
    expect(value(host, 'bm-recurring-0-from')).to.equal('12:00');
    expect(host.querySelector<HTMLSelectElement>('#bm-recurring-0-kind')?.value).to.equal('monthly');
    expect(value(host, 'bm-recurring-1-day')).to.equal('24');
    const notCarried = [...host.querySelectorAll('#bm-not-carried li')].map((li) => li.textContent ?? '');
    expect(notCarried.some((t) => t.startsWith('sunrise-sunset'))).to.equal(true);
  });

  it("the maker's own JSON document comes back whole; an invalid one loads nothing and is named by pointer", async () => {
    const { host } = await mount();
    const paste = async (text: string) => {
      const field = host.querySelector<HTMLTextAreaElement>('#bm-import');
      if (!field) throw new Error('no import field');
      field.value = text;
      field.dispatchEvent(new Event('input'));
      await press('bm-import-button', 'Enter');
    };
    const doc = await loadExample<AccessibilityDeclaration>('accessibility-declaration', 'valid', 'holidays-with-substitute');
    await paste(JSON.stringify({ ...doc, lastVerified: 'i går' }));
    expect(host.querySelector('#bm-status')?.textContent).to.contain('ikke gyldigt');
    expect([...host.querySelectorAll('#bm-not-carried code')].map((c) => c.textContent)).to.include('/lastVerified');
    expect(value(host, 'bm-practice-name'), 'nothing half-read').to.equal('');

    await paste(JSON.stringify(doc));
    expect(value(host, 'bm-practice-name')).to.equal(typeof doc.practice.name === 'string' ? doc.practice.name : doc.practice.name.da);
    const back = JSON.parse(value(host, 'bm-out-json')) as AccessibilityDeclaration;
    for (const at of ['2026-03-02T10:00', '2026-07-08T10:00', '2026-12-21T10:00']) {
      expect(evaluate(back, { ruleSet: dkOk22, at }).rules.map((r) => r.status), at).to.deep.equal(evaluate(doc, { ruleSet: dkOk22, at }).rules.map((r) => r.status));
    }
    expect([...host.querySelectorAll('#bm-not-carried code')].map((c) => c.textContent)).to.include('/acute/note');
    expect(value(host, 'bm-exception-0-sub-url')).to.equal(doc.exceptions?.[0]?.substitute?.url);
  });

  it('a JSON-LD block pasted in fills the practice and the hours', async () => {
    const { host } = await mount();
    const block = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      name: 'Lægehuset Nord',
      openingHoursSpecification: [{ '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday'], opens: '07:30', closes: '15:00' }],
    });
    await typeInto('bm-import', block);
    await press('bm-import-button', 'Enter');
    expect(value(host, 'bm-practice-name')).to.equal('Lægehuset Nord');
    expect(value(host, 'bm-consultation-mon-0-from')).to.equal('07:30');
    expect(value(host, 'bm-consultation-tue-0-from')).to.equal('');
  });
});
