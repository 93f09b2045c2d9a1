// What screen readers get from the gauge: one image whose name states the figures, described by
// the document's description (never by the figures again); no focusable marks.
import { expect, fixture, html } from '@open-wc/testing';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import type { CapacityGauge } from '@praksis/capacity-gauge';
import { loadExample, part } from '../../../test/helpers.js';
import { readingOrder } from '../../../test/a11y-tree.js';

async function gauge(data: unknown): Promise<CapacityGauge> {
  const el = await fixture<CapacityGauge>(html`<praksis-capacity-gauge lang="da" .data=${data}></praksis-capacity-gauge>`);
  await el.updateComplete;
  return el;
}

describe('<praksis-capacity-gauge> for screen readers', () => {
  it("names the gauge by its figures and describes it by the document's description, not the figures again", async () => {
    const data = await loadExample<Record<string, unknown>>('capacity', 'valid', 'national-2017-2022');
    const el = await gauge({ ...data, description: { da: 'Søjlen ligger lige over normtallet.', en: 'The bar lies just above the norm.' } });
    const img = (await readingOrder()).find((node) => node.role === 'image' && (node.name ?? '').includes('1.646'));
    expect(img, 'the gauge').to.not.equal(undefined);
    expect(img!.description).to.equal('Søjlen ligger lige over normtallet.');
    expect(img!.description).to.not.contain('1.646');
    expect(part(el, 'gauge')!.querySelector('[tabindex]'), 'no focusable marks').to.equal(null);
  });

  it('has no description without one', async () => {
    await gauge(await loadExample('capacity', 'valid', 'national-2017-2022'));
    const img = (await readingOrder()).find((node) => node.role === 'image' && (node.name ?? '').includes('1.646'));
    expect(img?.description ?? '').to.equal('');
  });
});
