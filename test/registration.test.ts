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
