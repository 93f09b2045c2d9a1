import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@praksis/delegation-matrix/praksis-delegation-matrix.js';
import type { DelegationMatrix } from '@praksis/delegation-matrix';
import { paintSvg } from '@praksis/core/svg-painter.js';
import { loadExample, part } from '../../../test/helpers.js';

const SURVEY = 'national-survey-2022';

async function bars(width = 960, lang = 'da'): Promise<DelegationMatrix> {
  const data = await loadExample('delegation-matrix', 'valid', SURVEY);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px" lang=${lang}>
    <praksis-delegation-matrix .data=${data} view="bars"></praksis-delegation-matrix>
  </div>`);
  const el = wrapper.querySelector('praksis-delegation-matrix')!;
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  return el;
}

/** A computed rgb() colour as the image writes it. */
const hex = (rgb: string) => `#${rgb.match(/\d+/g)!.slice(0, 3).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
const barSvgs = (el: DelegationMatrix) => [...part(el, 'bars')!.querySelectorAll<SVGSVGElement>('svg')];

describe('<praksis-delegation-matrix view="bars"> legibility', () => {
  for (const width of [960, 360]) {
    it(`at ${width} px the centre marks never cross a figure, though "shared equally" straddles the centre`, async () => {
      const el = await bars(width);
      let straddling = 0;
      for (const svg of barSvgs(el)) {
        const centre = svg.querySelector<SVGPathElement>('path.centre')!;
        const x = centre.getBBox().x;
        // The centre is drawn: above and below the bar.
        expect(centre.isPointInStroke(new DOMPoint(x, 1))).to.equal(true);
        expect(centre.isPointInStroke(new DOMPoint(x, 31))).to.equal(true);
        for (const text of svg.querySelectorAll('text')) {
          const box = text.getBBox();
          if (box.x < x && box.x + box.width > x) straddling += 1;
          for (let y = box.y; y <= box.y + box.height; y += 1) {
            for (let dx = -1; dx <= 1; dx++) {
              expect(centre.isPointInStroke(new DOMPoint(x + dx, y)), `${text.textContent} at ${y}`).to.equal(false);
            }
          }
        }
      }
      if (width === 960) expect(straddling, 'figures over the centre').to.be.at.least(1);
    });
  }

  it('heads the index column, over the index figures', async () => {
    for (const lang of ['da', 'en']) {
      const el = await bars(960, lang);
      const heading = el.shadowRoot!.querySelector('.axis .bar-index')!;
      expect(heading.textContent).to.equal(lang === 'da' ? 'Indeks' : 'Index');
      expect(heading.checkVisibility()).to.equal(true);
      const head = heading.getBoundingClientRect();
      const first = part(el, 'bars')!.querySelector('li .bar-index')!.getBoundingClientRect();
      expect(head.bottom).to.be.at.most(first.top + 0.5);
      // The same column: the heading's right edge lines up with the figures'.
      expect(head.right).to.be.closeTo(first.right, 1);
      expect(head.left).to.be.below(first.right);
    }
  });

  it('draws one task as one bar: every piece full height on one band, none stacked, the combined share one hatched piece', async () => {
    const el = await bars();
    let combined = 0;
    for (const svg of barSvgs(el)) {
      const rects = [...svg.querySelectorAll('rect')].map((r) => ({ box: r.getBBox(), cls: r.getAttribute('class')! }));
      expect(new Set(rects.map((r) => `${r.box.y} ${r.box.height}`)).size, svg.getAttribute('aria-label')!).to.equal(1);
      expect(rects[0]!.box.height).to.equal(24);
      const sorted = [...rects].sort((a, b) => a.box.x - b.box.x);
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i]!.box.x).to.be.at.least(sorted[i - 1]!.box.x + sorted[i - 1]!.box.width - 0.01);
      }
      for (const r of rects.filter((r) => r.cls.includes('combined'))) {
        combined += 1;
        // Its hatching stays inside it.
        for (const line of svg.querySelectorAll('line.hatch')) {
          const b = (line as SVGLineElement).getBBox();
          if (b.x + b.width <= r.box.x || b.x >= r.box.x + r.box.width) continue;
          expect(b.x).to.be.at.least(r.box.x);
          expect(b.x + b.width).to.be.at.most(r.box.x + r.box.width);
          expect(b.y).to.be.at.least(r.box.y);
        }
      }
    }
    expect(combined, 'the survey has combined shares').to.be.at.least(2);
    const hatched = el.shadowRoot!.querySelector('.key.hatched')!;
    expect(getComputedStyle(hatched).backgroundImage).to.match(/repeating-linear-gradient\(135deg/);
    expect(hatched.parentElement!.textContent).to.contain('Skravering: én andel for flere kolonner');
  });
});

describe('<praksis-delegation-matrix view="bars"> in forced colours', () => {
  afterEach(() => executeServerCommand('emulate-forced-colors', { active: false }));

  for (const forced of [false, true]) {
    it(`${forced ? 'forced colours' : 'normal colours'}: each key swatch has the colour of its marks, and is not an empty box`, async () => {
      if (forced) await executeServerCommand('emulate-forced-colors', { active: true });
      const el = await bars();
      expect(matchMedia('(forced-colors: active)').matches).to.equal(forced);
      const canvas = getComputedStyle(el.shadowRoot!.querySelector('.frame')!).backgroundColor;
      const keys = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.bar-key')];
      expect(keys.length).to.be.at.least(6);
      let compared = 0;
      for (const tone of [1, 2, 3, 4, 5]) {
        const key = el.shadowRoot!.querySelector(`.bar-key.d${tone}`)!;
        const mark = el.shadowRoot!.querySelector(`[part="bars"] rect.d${tone}`);
        const swatch = getComputedStyle(key).backgroundColor;
        expect(swatch, `d${tone}`).to.not.equal(canvas);
        if (mark) {
          expect(swatch, `d${tone}`).to.equal(getComputedStyle(mark).fill);
          // The outline too: the key's border and the mark's stroke are one colour, or in forced
          // colours the system's text colour, the key's outline on the system background.
          const border = getComputedStyle(key).borderTopColor;
          expect(border).to.equal(forced ? getComputedStyle(el.shadowRoot!.querySelector('.frame')!).color : getComputedStyle(mark).stroke);
          compared += 1;
        }
      }
      expect(compared).to.be.at.least(4);
      // The hatched key keeps its hatching; the key to the share without a figure is an empty dashed box, like its marks.
      expect(getComputedStyle(el.shadowRoot!.querySelector('.bar-key.hatched')!).backgroundImage).to.not.equal('none');
      const na = getComputedStyle(el.shadowRoot!.querySelector('.bar-key.na')!);
      const naMark = getComputedStyle(el.shadowRoot!.querySelector('[part="bars"] rect.na')!);
      expect(na.backgroundColor).to.equal(naMark.fill);
      expect(na.borderTopStyle).to.equal('dashed');
      expect(naMark.strokeDasharray).to.not.equal('none');
    });
  }
});

describe('<praksis-delegation-matrix view="bars"> as an image', () => {
  it('the SVG download draws the hatched key as hatching, in the colours of the hatched pieces', async () => {
    const el = await bars();
    const key = el.shadowRoot!.querySelector('.bar-key.hatched')!.getBoundingClientRect();
    const frame = el.shadowRoot!.querySelector('.frame')!;
    const origin = frame.getBoundingClientRect();
    const image = new DOMParser().parseFromString(paintSvg(frame, 'test', 'da').svg, 'image/svg+xml');
    // The painter fills the key's box with a pattern: the first tone as ground, the second as stripes.
    const fill = [...image.querySelectorAll('rect')].find(
      (r) =>
        Math.abs(Number(r.getAttribute('x')) - (key.left - origin.left)) < 0.5 &&
        Math.abs(Number(r.getAttribute('y')) - (key.top - origin.top)) < 0.5 &&
        /^url\(#/.test(r.getAttribute('fill') ?? ''),
    );
    expect(fill, 'a patterned rectangle over the key').to.not.equal(undefined);
    const pattern = image.getElementById(fill!.getAttribute('fill')!.slice(5, -1))!;
    expect(pattern.tagName).to.equal('pattern');
    // Upright stripes turned 45° clockwise: rising to the right, like the pieces' hatching.
    expect(pattern.getAttribute('patternTransform')).to.equal('rotate(45)');
    const piece = part(el, 'bars')!.querySelector('rect.combined')!;
    const hatch = piece.parentElement!.querySelector('line.hatch')!;
    expect([...pattern.querySelectorAll('rect')].map((r) => r.getAttribute('fill'))).to.deep.equal([
      hex(getComputedStyle(piece).fill),
      hex(getComputedStyle(hatch).stroke),
    ]);
  });
});
