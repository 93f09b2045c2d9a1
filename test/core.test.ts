import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { PraksisElement, defineElement, type PraksisErrorDetail } from '@praksis/core';
import type { Provenance, ValidationIssue } from '@praksis/schema';
import { part, textOf } from './helpers.js';

interface Doc {
  provenance: Provenance;
  explode?: 'validate' | 'render';
}

/** A minimal widget whose validation or drawing can be made to fail, to test the base element's guard. */
class FragileWidget extends PraksisElement<Doc> {
  protected override validateData(data: unknown): ValidationIssue[] {
    if ((data as Doc).explode === 'validate') throw new Error('validator bug');
    return [];
  }
  protected override titleOf(): string {
    return 'Fragile';
  }
  protected override provenanceOf(doc: Doc): Provenance {
    return doc.provenance;
  }
  protected override renderBody(doc: Doc): TemplateResult {
    if (doc.explode === 'render') throw new Error('drawing bug');
    return html`<p class="body">drawn</p>`;
  }
  protected override renderTable(): TemplateResult {
    return html`<table></table>`;
  }
}
defineElement('praksis-fragile-widget', FragileWidget);

const provenance: Provenance = { source: 'Test', publisher: 'Test', asOf: '2026-01-01', fictional: true };

function silenced<T>(run: () => Promise<T>): Promise<{ result: T; logged: unknown[] }> {
  const logged: unknown[] = [];
  const real = console.error;
  console.error = (...args: unknown[]) => logged.push(...args);
  return run()
    .then((result) => ({ result, logged }))
    .finally(() => (console.error = real));
}

describe('PraksisElement guards', () => {
  it('draws valid data and fires praksis-render', async () => {
    const el = await fixture<FragileWidget>(html`<praksis-fragile-widget></praksis-fragile-widget>`);
    const rendered = oneEvent(el, 'praksis-render');
    el.data = { provenance };
    await rendered;
    expect(textOf(el, '.body')).to.equal('drawn');
  });

  for (const where of ['validate', 'render'] as const) {
    it(`turns an exception while ${where === 'validate' ? 'validating' : 'drawing'} into an alert and an event, and logs it`, async () => {
      const { result, logged } = await silenced(async () => {
        const el = await fixture<FragileWidget>(html`<praksis-fragile-widget></praksis-fragile-widget>`);
        const errored = oneEvent<CustomEvent<PraksisErrorDetail>>(el, 'praksis-error');
        el.data = { provenance, explode: where };
        const event = await errored;
        await el.updateComplete;
        return { el, event };
      });
      expect(result.event.detail.errors[0].message).to.equal('der opstod en uventet fejl under visningen');
      expect(part(result.el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(logged.some((e) => e instanceof Error && /bug/.test(e.message))).to.equal(true);
    });
  }
});
