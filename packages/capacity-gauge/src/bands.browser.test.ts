import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import type { CapacityGauge } from '@praksis/capacity-gauge';
import { loadExample, part } from '../../../test/helpers.js';

async function gauge(): Promise<CapacityGauge> {
  const data = await loadExample('capacity', 'valid', 'practice-per-doctor-norm-with-bands');
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:640px"><praksis-capacity-gauge .data=${data}></praksis-capacity-gauge></div>`);
  const el = wrapper.querySelector('praksis-capacity-gauge')!;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

const TONES = ['low', 'mid', 'high'];
const band = (el: CapacityGauge, tone: string) => getComputedStyle(part(el, 'gauge')!.querySelector(`.band.band-${tone}`)!);
const key = (el: CapacityGauge, tone: string) => getComputedStyle(part(el, 'legend')!.querySelector(`.key.band-${tone}`)!);

describe('<praksis-capacity-gauge> bands and their keys', () => {
  afterEach(() => executeServerCommand('emulate-forced-colors', { active: false }));

  it('each band and its key share a tone and an outline', async () => {
    const el = await gauge();
    for (const tone of TONES) {
      expect(key(el, tone).backgroundColor, tone).to.equal(band(el, tone).fill);
      expect(key(el, tone).borderTopColor, tone).to.equal(band(el, tone).stroke);
    }
  });

  it('in forced colours the bands and keys are told apart by line style, the same on both', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    const el = await gauge();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const bandLines = TONES.map((tone) => band(el, tone).strokeDasharray);
    const keyLines = TONES.map((tone) => key(el, tone).borderTopStyle);
    expect(new Set(bandLines).size, bandLines.join(' / ')).to.equal(3);
    expect(keyLines).to.deep.equal(['solid', 'dashed', 'dotted']);
    // Solid, long dashes, short dots: the key draws what the band does.
    expect(bandLines[0]).to.equal('none');
    const [dash] = bandLines[1]!.split(',').map(parseFloat);
    const [dot] = bandLines[2]!.split(',').map(parseFloat);
    expect(dash).to.be.above(dot!);
    for (const tone of TONES) expect(band(el, tone).stroke).to.equal(key(el, tone).borderTopColor);
  });
});
