// The arrow keys belong to the grid: a focused cell is a grid cell, so NVDA and JAWS switch to
// focus mode on it; and what the cell says is said once.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@praksis/delegation-matrix/praksis-delegation-matrix.js';
import type { DelegationMatrix } from '@praksis/delegation-matrix';
import { loadExample, part } from '../../../test/helpers.js';
import { focusPath } from '../../../test/a11y-tree.js';

async function matrix(data: unknown): Promise<DelegationMatrix> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:960px"><praksis-delegation-matrix .data=${data}></praksis-delegation-matrix></div>`);
  const el = wrapper.querySelector('praksis-delegation-matrix')!;
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  return el;
}

describe('<praksis-delegation-matrix> and screen readers’ browse mode', () => {
  it('takes focus on grid cells of a grid, and each cell’s figure is said once', async () => {
    const data = await loadExample<Record<string, unknown>>('delegation-matrix', 'valid', 'national-survey-2022');
    const el = await matrix({ ...data, description: 'Redaktionens beskrivelse.' });
    expect(part(el, 'matrix')!.getAttribute('role')).to.equal('grid');
    part(el, 'skip-chart')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown']) {
      await sendKeys({ press: key });
      const path = await focusPath();
      const cell = path[path.length - 1]!;
      expect(cell.role, key).to.equal('gridcell');
      expect(cell.name, key).to.match(/\d|ikke/);
      // No description that reads the name (its figure) again.
      expect(cell.description ?? '', key).to.not.contain(cell.name);
    }
  });
});
