import { expect } from '@open-wc/testing';
import type { CspReport } from './csp-page.js';
import { visit } from './frame.js';
import { WIDGETS } from './widgets.js';

/** The policy docs/csp.md gives embedders; test/hostile/server.mjs serves csp.html with it. */
const policy = (trustedTypes: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;

const visitCsp = (via: string, trustedTypes: string, extra = '') =>
  visit<CspReport>(`/test/hostile/csp.html?via=${via}&tt=${encodeURIComponent(trustedTypes)}${extra}`, 'hostile-csp');

/** Every widget drawn from inline JSON, `src` and `data`, every invalid one an error panel, all in English at the end. */
function expectAllDrawn(report: CspReport): void {
  const expected = WIDGETS.flatMap(({ tag }) =>
    ['inline', 'src', 'property', 'invalid'].map((how) => ({ tag, how, state: how === 'invalid' ? 'error' : 'rendered' })),
  );
  expect(report.widgets.map(({ tag, how, state }) => ({ tag, how, state }))).to.deep.equal(expected);
  expect(report.tooltip, 'sankey tooltip shown and placed').to.equal(true);
  // Every widget saves its SVG, and its CSV where it has one (the badge has no table of data).
  expect(report.downloads).to.deep.equal(
    WIDGETS.flatMap(({ tag }) => [`${tag} SVG image/svg+xml;charset=utf-8 made`, ...(tag === 'praksis-hours-badge' ? [] : [`${tag} CSV text/csv;charset=utf-8 made`])]),
  );
  for (const widget of report.widgets.filter((w) => w.state === 'rendered')) {
    expect(widget.title, `${widget.tag} (${widget.how}) title`).to.not.equal('');
    expect(widget.lang, `${widget.tag} (${widget.how}) table toggle after opening it and switching to English`).to.equal('Hide table');
  }
}

describe('strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(40_000);

  it('the page really is served with the policy', async () => {
    const response = await fetch('/test/hostile/csp.html?tt=lit-html');
    expect(response.headers.get('content-security-policy')).to.equal(policy('lit-html'));
  });

  it('library from npm (one module graph): all widgets draw, no violation with trusted-types lit-html', async () => {
    const report = await visitCsp('source', 'lit-html');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expectAllDrawn(report);
  });

  it('all-in-one CDN file: all widgets draw, no violation with trusted-types lit-html', async () => {
    const report = await visitCsp('all-in-one', 'lit-html');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expectAllDrawn(report);
  });

  it("one CDN file per widget: all widgets draw, no violation with trusted-types lit-html 'allow-duplicates'", async () => {
    const report = await visitCsp('separate', "lit-html 'allow-duplicates'");
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expectAllDrawn(report);
  });

  it('a src that connect-src does not allow: the widget says the address may be blocked by CSP (the load and its CORS check are reported)', async () => {
    const report = await visitCsp('source', 'lit-html', '&blocked');
    const blocked = report.widgets.find((w) => w.how === 'blocked')!;
    const url = `http://127.0.0.1:${location.port}/packages/schema/examples/capacity/valid/practice-minimal.json`;
    expect(blocked.state).to.equal('error');
    expect(blocked.error).to.equal(`Could not load data from ${url}: the server could not be reached (network error, or the page's CSP forbids the address)`);
    expect(report.violations.map((v) => `${v.directive} ${v.blocked}`)).to.deep.equal(Array(2).fill(`connect-src ${url}`));
    expect(report.errors).to.deep.equal([]);
  });

  it("one CDN file per widget without 'allow-duplicates': each further copy of Lit is refused its policy (why the guide asks for it)", async () => {
    const report = await visitCsp('separate', 'lit-html');
    expect(report.violations.map((v) => `${v.directive} ${v.sample}`)).to.deep.equal(Array(3).fill('trusted-types lit-html'));
    const drawn = new Set(report.widgets.filter((w) => w.state === 'rendered').map((w) => w.tag));
    expect(drawn.size).to.equal(1);
  });
});
