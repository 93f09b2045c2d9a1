// Contrast as the reader sees it, computed from the browser's own styles in every shipped theme and
// scheme and in forced colours: words keep 4.5:1 during a path highlight (WCAG 1.4.3), flows and
// nodes keep 3:1 against the background (1.4.11), and colours say nothing that is not there.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import type { ReferralSankey } from '@praksis/referral-sankey';
import { THEME_NAMES } from '@praksis/core';
import { contrastRatio, type Rgb } from '../../core/tooling/color-contrast.js';
import { linkTheme, loadExample, part, unlinkThemes } from '../../../test/helpers.js';

type Rgba = readonly [number, number, number, number];

/** A computed `rgb()` / `rgba()` colour as channels from 0 to 1, with its alpha. */
function rgba(computed: string): Rgba {
  const m = /^rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)(?:, ([\d.]+))?\)$/.exec(computed);
  if (!m) throw new Error(`not an rgb() colour: ${computed}`);
  return [Number(m[1]) / 255, Number(m[2]) / 255, Number(m[3]) / 255, m[4] === undefined ? 1 : Number(m[4])];
}

/** The colour `paint` (fill or stroke) of `el` as it lands on `background`: its alpha, its paint opacity and every opacity up to the SVG. */
function seen(el: Element, paint: 'fill' | 'stroke', background: Rgb): Rgb {
  const style = getComputedStyle(el);
  const [r, g, b, alpha] = rgba(style[paint]);
  let a = alpha * Number(style[paint === 'fill' ? 'fillOpacity' : 'strokeOpacity']);
  for (let node: Element | null = el; node && node.tagName.toLowerCase() !== 'div'; node = node.parentElement) {
    a *= Number(getComputedStyle(node).opacity);
  }
  return [r * a + background[0] * (1 - a), g * a + background[1] * (1 - a), b * a + background[2] * (1 - a)];
}

async function sankey(name: string, linkColor?: 'source' | 'target'): Promise<ReferralSankey> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:720px"></div>`);
  const el: ReferralSankey = document.createElement('praksis-referral-sankey');
  el.setAttribute('lang', 'da');
  if (linkColor) el.setAttribute('link-color', linkColor);
  wrapper.append(el);
  el.data = await loadExample('referral-flows', 'valid', name);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

/** The drawn marks, and the overlay that draws the highlight over them. */
const svgOf = (el: ReferralSankey) => part(el, 'diagram')!.querySelector('svg.marks')!;
const overlayOf = (el: ReferralSankey) => part(el, 'diagram')!.querySelector('svg.overlay')!;
const backgroundOf = (el: ReferralSankey): Rgb => rgba(getComputedStyle(part(el, 'frame')!).backgroundColor).slice(0, 3) as unknown as Rgb;
/** Highlights the path through the first flow, from the keyboard: the tab stop, then one step down. */
async function highlight(el: ReferralSankey): Promise<void> {
  const stop = part(el, 'diagram')!.querySelector<SVGElement>('[tabindex="0"]')!;
  stop.focus();
  stop.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
  await el.updateComplete;
  expect(overlayOf(el).classList.contains('active')).to.equal(true);
}


/** Every look the sankey ships: no theme and each theme, light and dark, and forced colours. */
const LOOKS: { name: string; theme?: string; scheme?: 'light' | 'dark'; forced?: boolean }[] = [
  { name: 'built-in, light', scheme: 'light' },
  { name: 'built-in, dark', scheme: 'dark' },
  ...THEME_NAMES.flatMap((theme) => (['light', 'dark'] as const).map((scheme) => ({ name: `${theme}, ${scheme}`, theme, scheme }))),
  { name: 'forced colours (high contrast)', forced: true },
  // A dark theme's colours must not stay where the system's take over (Windows' light palettes).
  { name: 'forced colours over the dark theme', theme: 'dark', forced: true },
];

afterEach(async () => {
  unlinkThemes();
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await executeServerCommand('emulate-forced-colors', { active: false });
});

async function look(l: (typeof LOOKS)[number]): Promise<void> {
  if (l.theme) await linkTheme(l.theme);
  // Transitions off, so the computed opacities are the final ones (one call: each sets every feature).
  await emulateMedia({ colorScheme: l.scheme ?? 'light', reducedMotion: 'reduce' });
  if (l.forced) await executeServerCommand('emulate-forced-colors', { active: true });
}

describe('<praksis-referral-sankey> contrast', () => {
  for (const l of LOOKS) {
    it(`${l.name}: every label keeps 4.5:1 during a highlight; flows and nodes keep 3:1, at rest and on the path`, async () => {
      await look(l);
      const el = await sankey('practice-small-counts-fictional');
      const bg = backgroundOf(el);
      const svg = svgOf(el);
      const overlay = overlayOf(el);
      /** Every flow and node of `marks` keeps 3:1: a flow's band (a suppressed flow's dashed line), a node's outline. */
      const check = (what: string, marks: Element[]) => {
        for (const link of marks.filter((m) => m.classList.contains('link'))) {
          const paint = link.classList.contains('suppressed') ? 'stroke' : 'fill';
          const ratio = contrastRatio(seen(link, paint, bg), bg);
          expect(ratio, `${what}: flow ${link.getAttribute('data-k') ?? link.getAttribute('data-on')} ${paint}`).to.be.at.least(3);
        }
        for (const node of marks.filter((m) => m.classList.contains('node'))) {
          expect(contrastRatio(seen(node, 'stroke', bg), bg), `${what}: node ${node.getAttribute('data-k') ?? node.getAttribute('data-on')} outline`).to.be.at.least(3);
        }
      };
      check('at rest', [...svg.querySelectorAll('.link, .node')]);
      await highlight(el);
      // One rect in the background colour fades every mark under it, the words included...
      const dim = overlay.querySelector('.dim')!;
      const [box, over] = [svg.getBoundingClientRect(), dim.getBoundingClientRect()];
      expect([over.x, over.y, over.width, over.height].map(Math.round)).to.deep.equal([box.x, box.y, box.width, box.height].map(Math.round));
      expect(rgba(getComputedStyle(dim).fill).slice(0, 3), 'the shade is the background').to.deep.equal([...bg]);
      expect(Number(getComputedStyle(dim).fillOpacity), 'and hides most of what is under it').to.be.at.least(0.8);
      // ...so each word is drawn again above it, where it was, and keeps 4.5:1 there.
      const words = [...svg.querySelectorAll('.labels tspan, .headings text')];
      const again = [...part(el, 'diagram')!.querySelectorAll('svg.words :is(.labels tspan, .headings text)')];
      expect(words.length, 'labels and headings').to.be.greaterThan(2);
      expect(again.map((t) => t.textContent)).to.deep.equal(words.map((t) => t.textContent));
      for (const [i, text] of again.entries()) {
        expect(dim.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING, `${text.textContent} is drawn above the shade`).to.not.equal(0);
        expect(text.checkVisibility({ visibilityProperty: true }), `${text.textContent} is shown`).to.equal(true);
        const [a, b] = [text.getBoundingClientRect(), words[i]!.getBoundingClientRect()];
        expect([a.x, a.y].map(Math.round), text.textContent).to.deep.equal([b.x, b.y].map(Math.round));
        expect(contrastRatio(seen(text, 'fill', bg), bg), `${text.textContent} during the highlight`).to.be.at.least(4.5);
      }
      const path = [...overlay.querySelectorAll('[data-on]')];
      expect(path.length, 'marks on the path').to.be.greaterThan(1);
      for (const m of path) expect(dim.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      check('on the path', path);
    });
  }
});

describe('<praksis-referral-sankey> labels in forced colours', () => {
  // The halo round each label is the ground its words are read on; a scheme's background there
  // (dark.css, theme="dark") would put CanvasText words on a dark ring in a light system palette.
  for (const theme of [undefined, 'dark', 'dkfds']) {
    it(`${theme ?? 'no theme'}: every label's halo is the system's Canvas, its words 4.5:1 on it`, async () => {
      if (theme) await linkTheme(theme);
      await executeServerCommand('emulate-forced-colors', { active: true });
      const el = await sankey('national-2022');
      const canvas = getComputedStyle(part(el, 'frame')!).backgroundColor;
      const labels = [...svgOf(el).querySelectorAll('.labels text')];
      expect(labels.length).to.be.greaterThan(3);
      for (const label of labels) {
        expect(getComputedStyle(label).stroke, label.textContent).to.equal(canvas);
        const ground = rgba(getComputedStyle(label).stroke).slice(0, 3) as unknown as Rgb;
        for (const word of label.querySelectorAll('tspan')) {
          expect(contrastRatio(seen(word, 'fill', ground), ground), word.textContent).to.be.at.least(4.5);
        }
      }
    });
  }
});

describe('<praksis-referral-sankey> colours that say only what is there', () => {
  it('the thinnest flows are drawn like the widest: same opacity, no heavier edge', async () => {
    const el = await sankey('practice-small-counts-fictional');
    // A ribbon is "M x0,top C … V bottom C …": its thickness is the length of that vertical edge.
    const thickness = (path: Element) => {
      const n = (path.getAttribute('d') ?? '').split(/[^\d.-]+/).filter(Boolean).map(Number);
      return n[8]! - n[7]!;
    };
    const flows = [...svgOf(el).querySelectorAll('.link:not(.suppressed)')].sort((a, b) => thickness(a) - thickness(b));
    const thin = getComputedStyle(flows[0]!);
    const wide = getComputedStyle(flows[flows.length - 1]!);
    expect(thickness(flows[0]!)).to.be.below(3);
    expect(thickness(flows[flows.length - 1]!)).to.be.above(20);
    expect(thin.fillOpacity).to.equal(wide.fillOpacity);
    expect(thin.strokeWidth).to.equal(wide.strokeWidth);
    expect(thin.strokeOpacity).to.equal(wide.strokeOpacity);
  });

  // (In the other examples the data puts a specialty in its parent's group, on purpose: one colour.)
  for (const name of ['national-2022', 'by-region-fictional']) {
    it(`${name}: no colour stands for nodes in two columns, and the senders' colour paints no flow`, async () => {
      const el = await sankey(name);
      const nodes = [...svgOf(el).querySelectorAll<SVGRectElement>('.node')];
      const columnOf = new Map(nodes.map((n) => [n, Math.round(n.x.baseVal.value)]));
      const colored = nodes.filter((n) => [...n.classList].some((c) => /^c\d$/.test(c)));
      const columnsOf = new Map<string, Set<number>>();
      for (const n of colored) {
        const fill = getComputedStyle(n).fill;
        columnsOf.set(fill, (columnsOf.get(fill) ?? new Set()).add(columnOf.get(n)!));
      }
      for (const [fill, columns] of columnsOf) expect(columns.size, `${fill} in ${columns.size} columns`).to.equal(1);
      // Flows take their target's colour: a node nothing flows into has none of the palette's.
      const leftmost = Math.min(...columnOf.values());
      for (const n of nodes.filter((x) => columnOf.get(x) === leftmost)) expect(n.classList.contains('neutral'), n.getAttribute('data-k')!).to.equal(true);
      // Every flow has the colour of the node it goes to.
      for (const link of svgOf(el).querySelectorAll('.link:not(.suppressed)')) {
        const colour = getComputedStyle(link).color;
        expect(nodes.some((n) => getComputedStyle(n).color === colour && !n.classList.contains('neutral'))).to.equal(true);
      }
    });
  }

  it('three stages: one colour per group of the data, the senders neutral', async () => {
    const el = await sankey('three-stage-fictional');
    const nodes = [...svgOf(el).querySelectorAll('.node')];
    expect(nodes.filter((n) => n.classList.contains('neutral'))).to.have.length(2);
    // speciallæge, sygehus, billeddiagnostik and fysioterapi, and their sub-specialties in their colour.
    expect(new Set(nodes.filter((n) => !n.classList.contains('neutral')).map((n) => getComputedStyle(n).fill)).size).to.equal(4);
  });

  it('by region: Region Hovedstaden and Fysioterapi no longer share a colour', async () => {
    const el = await sankey('by-region-fictional');
    const byLabel = (label: string) => {
      const text = [...svgOf(el).querySelectorAll('.labels text')].find((t) => t.textContent.includes(label))!;
      return svgOf(el).querySelector(`[data-k="n${text.getAttribute('data-n')}"]`)!;
    };
    expect(getComputedStyle(byLabel('Region Hovedstaden')).fill).to.not.equal(getComputedStyle(byLabel('Fysioterapi')).fill);
  });

  it('link-color="source": the senders carry the colours and the receivers are neutral', async () => {
    const el = await sankey('national-2022', 'source');
    const nodes = [...svgOf(el).querySelectorAll('.node')];
    expect(nodes.filter((n) => !n.classList.contains('neutral')).map((n) => n.getAttribute('data-k'))).to.deep.equal(['n0']);
  });
});
