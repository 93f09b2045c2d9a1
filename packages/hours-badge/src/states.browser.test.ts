import { expect, fixture, html } from '@open-wc/testing';
import '@praksis/hours-badge/praksis-hours-badge.js';
import { TYPE_SCALE } from '@praksis/core';
import { HoursBadge } from '@praksis/hours-badge';
import { loadExample, part } from '../../../test/helpers.js';

/** Tuesday 3 March 2026, 10:00 Copenhagen time. */
const AT = '2026-03-03T10:00:00+01:00';
const STATES = ['meets-all', 'misses-late-consultation', 'not-stated-fields', 'stale-verification'];

async function badge(name: string, expanded = false): Promise<HoursBadge> {
  const data = await loadExample('accessibility-declaration', 'valid', name);
  const el = await fixture<HoursBadge>(html`<praksis-hours-badge at=${AT} ?expanded=${expanded} .data=${data}></praksis-hours-badge>`);
  await el.updateComplete;
  return el;
}

const frameOf = (el: HoursBadge) => el.shadowRoot!.querySelector('.frame')!;

/** What the eye gets of a state apart from the glyph itself and any colour. */
function look(el: HoursBadge) {
  const frame = getComputedStyle(frameOf(el));
  const summary = getComputedStyle(part(el, 'summary')!);
  const symbol = getComputedStyle(part(el, 'symbol')!);
  return {
    frame: `${frame.borderTopStyle} ${frame.borderTopWidth}`,
    shape: `${symbol.borderTopStyle} ${symbol.borderTopLeftRadius}`,
    text: `${summary.fontWeight} ${summary.fontStyle}`,
    words: (part(el, 'summary')!.lastElementChild!.textContent ?? '').split(/\s+/).slice(0, 3).join(' '),
  };
}

describe('<praksis-hours-badge> the state at a glance, without verdict colours', () => {
  it('the four states differ in frame line, symbol shape and wording, not only the glyph', async () => {
    const looks = [];
    for (const name of STATES) looks.push(look(await badge(name)));
    for (const key of ['frame', 'shape', 'words'] as const) {
      expect(new Set(looks.map((l) => l[key])).size, `${key}: ${looks.map((l) => l[key]).join(' / ')}`).to.equal(4);
    }
    // The heavy frame and bold sentence of "does not meet"; dotted and italic when out of date.
    expect(looks[1]!.text).to.match(/^(600|700)/);
    expect(looks[3]!.frame).to.match(/^dotted/);
    expect(looks[2]!.frame).to.match(/^dashed/);
  });

  it('every state keeps the text colour: the frame and symbol are never red or green', async () => {
    for (const name of STATES) {
      const el = await badge(name);
      const text = getComputedStyle(part(el, 'summary')!).color;
      expect(getComputedStyle(part(el, 'symbol')!).borderTopColor, name).to.equal(text);
      const frame = getComputedStyle(frameOf(el)).borderTopColor;
      const [r, g, b] = frame.match(/\d+/g)!.map(Number) as [number, number, number];
      // A grey or the text colour: no channel stands out.
      expect(Math.max(r, g, b) - Math.min(r, g, b), `${name}: ${frame}`).to.be.below(24);
    }
  });
});

describe('<praksis-hours-badge> expanded', () => {
  it('has its own padding and a title one step up the type scale; compact keeps the small ones', async () => {
    const compact = await badge('meets-all');
    const expanded = await badge('meets-all', true);
    const pad = (el: HoursBadge) => parseFloat(getComputedStyle(frameOf(el)).paddingLeft);
    const body = parseFloat(getComputedStyle(frameOf(expanded)).fontSize);
    expect(pad(expanded)).to.be.above(pad(compact));
    expect(pad(expanded)).to.be.closeTo(body, 0.5);
    const title = (el: HoursBadge) => parseFloat(getComputedStyle(part(el, 'title')!).fontSize) / body;
    expect(title(compact)).to.be.closeTo(1, 0.01);
    expect(title(expanded)).to.be.closeTo(TYPE_SCALE, 0.01);
  });

  it('lists the requirement that is not met first, then those not stated', async () => {
    const misses = await badge('misses-late-consultation', true);
    const first = part(misses, 'rules')!.querySelector('li')!;
    expect(first.className).to.equal('not-met');
    expect(first.textContent).to.contain('Sen konsultation efter kl. 16');
    const stated = await badge('not-stated-fields', true);
    const classes = [...part(stated, 'rules')!.querySelectorAll('li')].map((li) => li.className);
    expect(classes.lastIndexOf('not-stated')).to.be.below(classes.indexOf('met'));
    // The table view lists them in the same order as the list.
    stated.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await stated.updateComplete;
    const tableRows = [...stated.shadowRoot!.querySelectorAll('[part="table"] tbody th')].map((th) => th.textContent);
    const listRows = [...part(stated, 'rules')!.querySelectorAll('li strong')].map((s) => s.textContent);
    expect(tableRows).to.deep.equal(listRows);
  });
});
