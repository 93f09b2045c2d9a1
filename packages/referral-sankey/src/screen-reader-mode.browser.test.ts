// The arrow keys belong to the diagram: its region is an application, so NVDA and JAWS switch to
// focus mode inside it instead of reading on in browse mode.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import type { ReferralSankey } from '@praksis/referral-sankey';
import { loadExample, part } from '../../../test/helpers.js';
import { focusPath, readingOrder } from '../../../test/a11y-tree.js';

async function sankey(data: unknown, lang = 'da'): Promise<ReferralSankey> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:640px"><praksis-referral-sankey lang=${lang} .data=${data}></praksis-referral-sankey></div>`);
  const el = wrapper.querySelector('praksis-referral-sankey')!;
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  await el.updateComplete;
  return el;
}

describe('<praksis-referral-sankey> and screen readers’ browse mode', () => {
  it('has focus inside an application region that says it is a sankey diagram, in Danish and English', async () => {
    for (const [lang, roledescription] of [['da', 'sankeydiagram'], ['en', 'sankey diagram']] as const) {
      const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'), lang);
      part(el, 'skip-chart')!.focus();
      // From the section before the chart, Tab reaches the diagram's one tab stop.
      await sendKeys({ press: 'Tab' });
      // Focus is on the region itself or on a mark inside it: either way screen readers are in focus mode.
      const path = await focusPath();
      const region = path.find((node) => node.role === 'application');
      expect(region, path.map((node) => node.role).join(' > ')).to.not.equal(undefined);
      expect(region!.roledescription).to.equal(roledescription);
      expect(region!.name).to.not.equal('');
      // After an arrow key, focus is still inside it.
      await sendKeys({ press: 'ArrowDown' });
      const after = await focusPath();
      expect(after.some((node) => node.role === 'application'), after.map((node) => node.role).join(' > ')).to.equal(true);
      el.parentElement!.remove();
    }
  });

  it("is described by the document's description", async () => {
    const data = await loadExample<Record<string, unknown>>('referral-flows', 'valid', 'national-2022');
    await sankey({ ...data, description: 'Redaktionens beskrivelse af diagrammet.' });
    const region = (await readingOrder()).find((node) => node.role === 'application');
    expect(region?.description ?? '').to.contain('Redaktionens beskrivelse af diagrammet.');
  });
});
