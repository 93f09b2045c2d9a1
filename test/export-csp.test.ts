// A page with a strict Content-Security-Policy that does not allow images from blob: or data:.
// The policy is added with a <meta> element and cannot be taken back, so these tests have their own page.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import type { CapacityGauge } from '@praksis/capacity-gauge';
import { loadExample, part } from './helpers.js';

describe('downloads under a CSP without img-src blob: or data:', () => {
  const violations: string[] = [];
  before(() => {
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'";
    document.head.append(meta);
  });

  let el: CapacityGauge;
  beforeEach(async () => {
    el = await fixture<CapacityGauge>(
      html`<praksis-capacity-gauge lang="da" .data=${await loadExample('capacity', 'valid', 'national-2017-2022')}></praksis-capacity-gauge>`,
    );
    await el.updateComplete;
  });

  const press = (format: string) =>
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="download"]')].find((b) => b.textContent.trim() === format)!.click();
  const status = () => el.shadowRoot!.querySelector('[part~="downloads"] + [role="status"]')!;

  it('PNG says clearly that the page’s policy blocks it, and saves nothing', async () => {
    const saved: string[] = [];
    el.addEventListener('praksis-download', (e) => (e.preventDefault(), saved.push((e as CustomEvent<{ format: string }>).detail.format)));
    press('PNG');
    for (let i = 0; i < 50 && !status().textContent.trim(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(status().textContent).to.equal(
      'PNG kan ikke laves på denne side: sidens sikkerhedspolitik (Content-Security-Policy) tillader ikke billeder fra blob: eller data:. Hent SVG i stedet.',
    );
    expect(saved).to.deep.equal([]);
    // The browser blocked both ways of drawing the image (it reports only the scheme).
    await new Promise((r) => setTimeout(r, 50));
    expect(violations).to.include.members(['img-src blob', 'img-src data']);
    await expect(el).to.be.accessible();
  });

  it('SVG and CSV still work, and a later attempt clears the message', async () => {
    press('PNG');
    for (let i = 0; i < 50 && !status().textContent.trim(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(status().textContent).to.contain('Content-Security-Policy');
    el.addEventListener('praksis-download', (e) => e.preventDefault());
    for (const format of ['SVG', 'CSV']) {
      const event = oneEvent(el, 'praksis-download');
      press(format);
      expect(((await event) as CustomEvent<{ format: string }>).detail.format).to.equal(format.toLowerCase());
    }
    await el.updateComplete;
    expect(status().textContent).to.equal('');
    expect(part(el, 'downloads')).not.to.equal(null);
    // Loading the export code, the SVG snapshot and the CSV break no rule of the policy: the only
    // violations on this page are the two image sources PNG tried.
    expect(violations.filter((v) => v !== 'img-src blob' && v !== 'img-src data')).to.deep.equal([]);
  });
});
