// The script-tag route for CMSs that accept only classic scripts: pages under test/fixtures/routes
// load dist/cdn/<version>/classic/*.js (served as /cdn/classic/) with a plain <script src> (no type="module") under a strict policy.
// Needs the CDN build (`npm run build:cdn`; `npm run test:browser` does it first).
import { expect, waitUntil } from '@open-wc/testing';

interface ClassicWindow extends Window {
  PraksisWidgets?: Record<string, unknown>;
}

/** Loads a page in an iframe and collects its policy violations (as a reader's console would show them). */
async function openPage(url: string): Promise<{ frame: HTMLIFrameElement; win: ClassicWindow; doc: Document; violations: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ClassicWindow & typeof globalThis;
  const violations: string[] = [];
  const observer = new win.ReportingObserver((reports) => reports.forEach((r) => violations.push(JSON.stringify(r.body))), {
    types: ['csp-violation'],
    buffered: true,
  });
  observer.observe();
  return { frame, win, doc: frame.contentDocument!, violations };
}

const shadowText = (el: Element | null, selector = '*'): string =>
  (el?.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('classic script route', function () {
  this.timeout(20_000);
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  it('a plain <script src> of the classic file defines the widget and draws inline JSON', async () => {
    const { frame, win, doc, violations } = await openPage('/test/fixtures/routes/classic.html');
    frames.push(frame);
    // The page's scripts (the test server adds a module script of its own to every page it serves).
    const scripts = [...doc.querySelectorAll('script:not([type="application/json"])')]
      .filter((script) => !script.getAttribute('src')?.startsWith('/__web-dev-server'))
      .map((script) => script.outerHTML);
    expect(scripts).to.deep.equal(['<script src="/cdn/classic/praksis-capacity-gauge.js"></script>']);
    const gauge = doc.querySelector('praksis-capacity-gauge')!;
    await waitUntil(() => gauge.shadowRoot?.querySelector('[part="figure"]'), 'the gauge draws', { timeout: 10_000 });
    expect(win.customElements.get('praksis-capacity-gauge') === win.PraksisWidgets?.CapacityGauge, 'the tag is the classic file’s class').to.equal(true);
    expect(shadowText(gauge, '[part="figure"]')).to.equal('1.650 tilmeldte patienter pr. kapacitet');
    expect(shadowText(gauge, '[part="fictional"]')).to.equal('Eksempel – fiktive data');
    expect(violations).to.deep.equal([]);
  });

  it('the all-in-one classic file defines all four widgets, which load their src', async () => {
    const { frame, win, doc, violations } = await openPage('/test/fixtures/routes/classic-all.html');
    frames.push(frame);
    const tags = ['praksis-capacity-gauge', 'praksis-delegation-matrix', 'praksis-hours-badge', 'praksis-referral-sankey'];
    await waitUntil(() => tags.every((tag) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part="footer"]')), 'every widget draws', {
      timeout: 10_000,
    });
    for (const tag of tags) expect(typeof win.customElements.get(tag), tag).to.equal('function');
    expect(Object.keys(win.PraksisWidgets ?? {})).to.include.members(['CapacityGauge', 'DelegationMatrix', 'HoursBadge', 'ReferralSankey', 'VERSION']);
    expect(shadowText(doc.querySelector('praksis-capacity-gauge'), '[part="figure"]')).to.equal('1,646 listed patients per capacity');
    expect(shadowText(doc.querySelector('praksis-referral-sankey'), '[part="summary"] p')).to.equal('5,420,564 referrals in all, 2022. The 3 largest flows:');
    expect(shadowText(doc.querySelector('praksis-hours-badge'), '[part="summary"]')).to.contain('Meets the OK22 accessibility requirements');
    expect(shadowText(doc.querySelector('praksis-delegation-matrix'), '[part="summary"]')).to.contain('11 tasks.');
    expect(violations).to.deep.equal([]);
  });
});
