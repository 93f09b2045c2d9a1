import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@praksis/widgets';
import type { PraksisErrorDetail } from '@praksis/core';
import { part, textOf } from '../helpers.js';
import { BADGE_AT, exampleUrl, stateOf, until, WIDGETS } from './widgets.js';

// Real servers failing in real ways (routes in test/hostile/server.mjs), not a stubbed fetch.

type Widget = HTMLElement & { src?: string; updateComplete: Promise<boolean> };
type ErrorEvent = CustomEvent<PraksisErrorDetail>;

const GOOD = exampleUrl('capacity/valid/practice-minimal');
/** This server under another origin (127.0.0.1 instead of localhost): a cross-origin data server. */
const otherOrigin = () => `http://127.0.0.1:${location.port}`;

interface Failure {
  name: string;
  src: () => string;
  timeout?: number;
  da: (src: string) => string;
  en: (src: string) => string;
}

const FAILURES: Failure[] = [
  {
    name: '404',
    src: () => '/hostile/src/missing.json',
    da: (src) => `Data fra ${src} kunne ikke hentes: serveren svarede med status 404`,
    en: (src) => `Could not load data from ${src}: the server answered with status 404`,
  },
  {
    name: 'no answer within the timeout',
    src: () => '/hostile/src/no-answer.json',
    timeout: 400,
    da: (src) => `Data fra ${src} kunne ikke hentes: intet svar inden for 0,4 s`,
    en: (src) => `Could not load data from ${src}: no answer within 0.4 s`,
  },
  {
    name: 'CORS refusal (another origin without Access-Control-Allow-Origin)',
    src: () => `${otherOrigin()}${GOOD}`,
    da: (src) =>
      `Data fra ${src} kunne ikke hentes: serveren tillader ikke andre websteder at hente dataene (CORS)`,
    en: (src) =>
      `Could not load data from ${src}: the server does not allow other websites to load the data (CORS)`,
  },
  {
    name: 'dropped connection',
    src: () => '/hostile/src/dropped.json',
    da: (src) =>
      `Data fra ${src} kunne ikke hentes: serveren kunne ikke nås (netværksfejl, eller sidens CSP forbyder adressen)`,
    en: (src) =>
      `Could not load data from ${src}: the server could not be reached (network error, or the page's CSP forbids the address)`,
  },
  {
    name: 'an HTML page instead of JSON',
    src: () => '/hostile/src/login-page.json',
    da: (src) =>
      `Data fra ${src} kunne ikke hentes: svaret er ikke gyldig JSON ved 1:1: forventede en JSON-værdi, men fandt «<»`,
    en: (src) =>
      `Could not load data from ${src}: the response is not valid JSON at 1:1: expected a JSON value but found "<"`,
  },
  {
    name: 'a 20 MB document',
    src: () => `/hostile/src/huge.json?id=${Math.random()}`,
    da: (src) => `Data fra ${src} kunne ikke hentes: dokumentet er større end 5 MB`,
    en: (src) => `Could not load data from ${src}: the document is larger than 5 MB`,
  },
];

/** A widget that loads `src` in Danish; resolves with it and the praksis-error it fired. */
async function failing(src: string, timeout?: number, tag = 'praksis-capacity-gauge'): Promise<{ el: Widget; event: ErrorEvent }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="da"></div>`);
  const el = document.createElement(tag) as Widget;
  if (timeout) el.setAttribute('src-timeout', String(timeout));
  if (tag === 'praksis-hours-badge') el.setAttribute('at', BADGE_AT);
  el.src = src;
  const error = oneEvent<ErrorEvent>(el, 'praksis-error');
  wrapper.append(el);
  const event = await error;
  await el.updateComplete;
  return { el, event };
}

/** Sets a good `src` and waits until it is drawn with no error left. */
async function recovers(el: Widget, src = GOOD): Promise<void> {
  const rendered = oneEvent(el, 'praksis-render');
  el.src = src;
  await rendered;
  await el.updateComplete;
  expect(part(el, 'error')).to.equal(null);
  expect(textOf(el, '[part~="title"]')).to.not.equal('');
}

describe('src failures from real servers', function () {
  this.timeout(20_000);

  for (const failure of FAILURES) {
    it(`${failure.name}: its own message in Danish and English, praksis-error, an alert; a later good src recovers`, async () => {
      const src = failure.src();
      const { el, event } = await failing(src, failure.timeout);
      expect(event.detail.errors).to.deep.equal([{ path: '', message: failure.da(src) }]);
      const alert = part(el, 'error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(textOf(el, '[part="error"]')).to.equal(`Grafikken kan ikke vises, fordi dataene ikke kunne hentes. Tekniske detaljer ${failure.da(src)}`);
      el.parentElement!.lang = 'en';
      // The page-wide lang watcher is a MutationObserver: its callback comes after this task's microtasks.
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(textOf(el, '[part="error"]')).to.equal(`The chart cannot be shown because the data could not be loaded. Technical details ${failure.en(src)}`);
      await recovers(el);
    });
  }

  it('no two failures read alike', async () => {
    const said = await Promise.all(
      FAILURES.map(async (failure) => {
        const src = failure.src();
        const { event } = await failing(src, failure.timeout);
        return event.detail.errors[0].message.replace(src, '');
      }),
    );
    expect(new Set(said).size, said.join('\n')).to.equal(FAILURES.length);
  });

  for (const length of ['chunked', 'declared']) {
    it(`a 20 MB document (${length === 'declared' ? 'with' : 'without'} Content-Length) is not read to the end`, async () => {
      const id = `${length}-${Math.random()}`;
      await failing(`/hostile/src/huge.json?id=${id}&length=${length}`);
      // Give the server time to notice the connection closing.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const stats = (await (await fetch(`/hostile/src/huge-stats.json?id=${id}`)).json()) as { sent: number; complete: boolean };
      expect(stats.complete).to.equal(false);
      // Declared: stopped at the headers. Chunked: stopped at the 5 MB cap, plus what sockets and
      // buffers held by then and what was sent while the connection closed (measured: 65 KB and
      // 5.1 MB; reading to the end sends all 20 MB).
      expect(stats.sent).to.be.within(1, (length === 'declared' ? 1 : 8) * 1024 * 1024);
    });
  }

  it('a cross-origin server that allows it (Access-Control-Allow-Origin: *) is read', async () => {
    const { el } = await failing('/hostile/src/missing.json');
    await recovers(el, `${otherOrigin()}/hostile/src/cors-allowed/capacity/valid/practice-minimal.json`);
  });

  it('a slow network within the timeout: the loading status shows until the document arrives, then it draws', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="da"></div>`);
    const el = document.createElement('praksis-capacity-gauge') as Widget;
    el.setAttribute('src-timeout', '5000');
    el.src = '/hostile/src/slow/capacity/valid/practice-minimal.json?ms=1500';
    const started = performance.now();
    const rendered = oneEvent(el, 'praksis-render');
    wrapper.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const status = part(el, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(el, '[part="status"]')).to.equal('Henter data …');
    await rendered;
    expect(performance.now() - started).to.be.above(1400);
    expect(stateOf(el, '[part~="gauge"]')).to.equal('rendered');
  });

  for (const { tag, examples, chart } of WIDGETS) {
    it(`<${tag}>: a failing src shows the load error, a good one draws`, async () => {
      const { el, event } = await failing('/hostile/src/missing.json', undefined, tag);
      expect(event.detail.errors[0].message).to.contain('status 404');
      const rendered = oneEvent(el, 'praksis-render');
      el.src = exampleUrl(examples[0]);
      await rendered;
      await until(() => stateOf(el, chart) === 'rendered', 3000, `${tag} to draw`);
    });
  }
});
