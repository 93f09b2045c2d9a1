import { expect } from '@open-wc/testing';
import { defineElement, VERSION } from '@praksis/core';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import { CapacityGauge } from '@praksis/capacity-gauge';

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const real = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = real;
  }
  return warnings;
}

describe('registration', () => {
  it('ignores a second definition of the same version silently', () => {
    const warnings = captureWarnings(() => {
      defineElement('praksis-capacity-gauge', CapacityGauge);
      defineElement('praksis-capacity-gauge', class extends CapacityGauge {});
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('praksis-capacity-gauge')).to.equal(CapacityGauge);
  });

  it('warns once, naming both versions, when another version is on the page', () => {
    const warnings = captureWarnings(() => {
      defineElement('praksis-capacity-gauge', class extends CapacityGauge {}, '9.9.9');
      defineElement('praksis-capacity-gauge', class extends CapacityGauge {}, '9.9.9');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(VERSION);
    expect(warnings[0]).to.contain('9.9.9');
    expect(customElements.get('praksis-capacity-gauge')).to.equal(CapacityGauge);
  });

  it('defines a new tag once', () => {
    class Probe extends HTMLElement {}
    expect(() => {
      defineElement('praksis-probe-element', Probe);
      defineElement('praksis-probe-element', Probe);
    }).to.not.throw();
    expect(customElements.get('praksis-probe-element')).to.equal(Probe);
  });
});

describe('an element used before its tag is defined', () => {
  it('keeps the properties set on it and the JSON inside it, and draws with them once the tag is defined', async () => {
    // The matrix's registration module is imported only below: until then its elements are plain ones.
    expect(customElements.get('praksis-delegation-matrix')).to.equal(undefined);
    const doc = await (await fetch('/packages/schema/examples/delegation-matrix/valid/national-survey-2022.json')).json();
    const early = document.createElement('praksis-delegation-matrix') as unknown as HTMLElement & Record<string, unknown>;
    Object.assign(early, { data: doc, theme: 'dark', headingLevel: 2, downloads: 'csv', viewMode: 'bars' });
    const holder = document.createElement('div');
    holder.innerHTML = '<praksis-delegation-matrix></praksis-delegation-matrix>';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(doc);
    holder.firstElementChild!.append(script);
    document.body.append(early, holder);
    try {
      await import('@praksis/delegation-matrix/praksis-delegation-matrix.js');
      for (const el of [early, holder.firstElementChild as HTMLElement & Record<string, unknown>]) {
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="title"]'), `${el === early ? 'properties' : 'inline JSON'}: drawn`).to.not.equal(null);
        expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      }
      expect(early.data).to.equal(doc);
      expect(early.getAttribute('theme')).to.equal('dark');
      expect(early.getAttribute('view')).to.equal('bars');
      expect(early.shadowRoot!.querySelector('[part~="title"]')!.getAttribute('aria-level')).to.equal('2');
      expect([...early.shadowRoot!.querySelectorAll('[part~="download"]')].map((b) => b.textContent.trim())).to.deep.equal(['CSV']);
    } finally {
      early.remove();
      holder.remove();
    }
  });
});
