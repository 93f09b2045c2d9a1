/**
 * The static SVG badge as a browser reads it: every example parses as SVG, is named by its title,
 * keeps its text inside the frame in the reader's font, and runs nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { badgeSvg, dkOk22, evaluate, type AccessibilityDeclaration } from '@praksis/hours-rules';
import { loadExample } from './helpers.js';

describe('the static SVG badge in a browser', () => {
  const EXAMPLE_NAMES = ['early-start-0730', 'holidays-with-substitute', 'meets-all', 'misses-late-consultation', 'not-stated-fields', 'recurring-closures', 'stale-verification'];

  it('every example parses as SVG, is named by its title, keeps its text inside the frame and runs nothing', async () => {
    for (const name of EXAMPLE_NAMES) {
      const doc = await loadExample<AccessibilityDeclaration>('accessibility-declaration', 'valid', name);
      const evaluation = evaluate(doc, { ruleSet: dkOk22, at: '2026-03-03T10:00' });
      const svgText = badgeSvg(doc, evaluation, { href: 'praksis-badge.html' });
      const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      expect(parsed.querySelector('parsererror'), name).to.equal(null);
      const svg = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.append(svg);
      expect(svg.querySelector('title')?.textContent, name).to.match(evaluation.overall === 'meets' ? /^Opfylder OK22/ : /^(Opfylder ikke|Kan ikke|Ikke vurderet)/);
      // Drawn in the reader's font, each line stays inside the badge (textLength fits it).
      const width = Number(svg.getAttribute('width'));
      for (const text of svg.querySelectorAll('text')) {
        const box = text.getBBox();
        expect(box.x + box.width, `${name}: ${text.textContent}`).to.be.at.most(width);
      }
      expect([...svg.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))).to.deep.equal([]);
      expect(svg.querySelectorAll('script, foreignObject')).to.have.length(0);
    }
  });
});
