import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import '@praksis/delegation-matrix/praksis-delegation-matrix.js';
import type { CapacityGauge } from '@praksis/capacity-gauge';
import type { ReferralSankey } from '@praksis/referral-sankey';
import { THEME_NAMES } from '@praksis/core';
import { checkThemeCss, parseThemeCss, themeColors, type Scheme } from '../packages/core/tooling/theme-check.js';
import { contrastRatio, type Rgb } from '../packages/core/tooling/color-contrast.js';
import { linkTheme, loadExample, part, unlinkThemes } from './helpers.js';

/** How the browser reports a hex colour. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** A computed `rgb(r, g, b)` as channels from 0 to 1. */
function channels(computed: string): Rgb {
  const m = /^rgba?\((\d+), (\d+), (\d+)/.exec(computed);
  if (!m) throw new Error(`not an rgb() colour: ${computed}`);
  return [Number(m[1]) / 255, Number(m[2]) / 255, Number(m[3]) / 255];
}


async function themeCss(name: string): Promise<string> {
  return (await fetch(`/packages/core/themes/${name}.css`)).text();
}

async function widgets(): Promise<{ gauge: CapacityGauge; sankey: ReferralSankey }> {
  const [capacity, flows] = await Promise.all([
    loadExample('capacity', 'valid', 'practice-per-doctor-norm-with-bands'),
    loadExample('referral-flows', 'valid', 'national-2022'),
  ]);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:640px">
    <praksis-capacity-gauge lang="da" .data=${capacity}></praksis-capacity-gauge>
    <praksis-referral-sankey lang="da" .data=${flows}></praksis-referral-sankey>
  </div>`);
  const gauge = wrapper.querySelector('praksis-capacity-gauge')!;
  const sankey = wrapper.querySelector('praksis-referral-sankey')!;
  await gauge.updateComplete;
  await sankey.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await sankey.updateComplete;
  return { gauge, sankey };
}

const style = (el: Element) => getComputedStyle(el);
const frameOf = (el: Element) => part(el, 'frame')!;
const barOf = (gauge: CapacityGauge) => part(gauge, 'gauge')!.querySelector('.bar')!;
const firstNodeOf = (sankey: ReferralSankey) => part(sankey, 'diagram')!.querySelector('.node.c0')!;

afterEach(async () => {
  unlinkThemes();
  await emulateMedia({ colorScheme: 'light' });
  await executeServerCommand('emulate-forced-colors', { active: false });
});

describe('shipped themes, linked on the page', () => {
  for (const name of THEME_NAMES) {
    it(`${name}: the widgets draw with the theme’s colours in every scheme it serves`, async () => {
      const css = await themeCss(name);
      const { properties, schemes } = parseThemeCss(css);
      await linkTheme(name);
      const { gauge, sankey } = await widgets();
      for (const scheme of schemes) {
        // A theme that serves one scheme holds it even when the reader prefers the other.
        const preference: Scheme = schemes.length === 1 ? (scheme === 'light' ? 'dark' : 'light') : scheme;
        await emulateMedia({ colorScheme: preference });
        const colors = themeColors(properties, scheme);
        for (const el of [gauge, sankey]) {
          expect(style(frameOf(el)).backgroundColor, `${name} ${scheme} background`).to.equal(rgb(colors['background']!));
          expect(style(frameOf(el)).color, `${name} ${scheme} text`).to.equal(rgb(colors['text']!));
          expect(style(frameOf(el)).borderTopColor).to.equal(rgb(colors['border']!));
        }
        expect(style(barOf(gauge)).fill).to.equal(rgb(colors['mark']!));
        expect(style(part(gauge, 'gauge')!.querySelector('.track')!).fill).to.equal(rgb(colors['track']!));
        expect(style(firstNodeOf(sankey)).fill).to.equal(rgb(colors['category-1']!));
      }
      // And the figures the test and the stories give for this theme say it passes.
      expect(checkThemeCss(name, css).flatMap((r) => r.failures)).to.deep.equal([]);
    });
  }

  it('dkfds: IBM Plex Sans first (no font fetched), squarer corners, a 4px focus ring', async () => {
    await linkTheme('dkfds');
    const { gauge } = await widgets();
    const frame = style(frameOf(gauge));
    expect(frame.fontFamily).to.match(/^"IBM Plex Sans", system-ui/);
    expect(frame.borderTopLeftRadius).to.equal('2px');
    expect(style(gauge).getPropertyValue('--_focus-width').trim()).to.equal('4px');
    expect(performance.getEntriesByType('resource').some((e) => /\.(woff2?|ttf|otf)(\?|$)/.test(e.name))).to.equal(false);
  });

  it('without a theme the widgets inherit the page’s font', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-family: Georgia, serif">
      <praksis-capacity-gauge .data=${await loadExample('capacity', 'valid', 'practice-minimal')}></praksis-capacity-gauge>
    </div>`);
    const gauge = wrapper.querySelector('praksis-capacity-gauge')!;
    await gauge.updateComplete;
    expect(style(frameOf(gauge)).fontFamily).to.equal('Georgia, serif');
  });

  it('dark pins the dark scheme; the theme attribute still wins over it', async () => {
    await linkTheme('dark');
    const { gauge } = await widgets();
    expect(style(gauge).colorScheme).to.equal('dark');
    gauge.theme = 'light';
    await gauge.updateComplete;
    expect(style(gauge).colorScheme).to.equal('light');
  });

  it('default follows the reader’s preference, like the built-in fallbacks', async () => {
    await linkTheme('default');
    const { gauge } = await widgets();
    expect(style(frameOf(gauge)).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(style(frameOf(gauge)).backgroundColor).to.equal('rgb(22, 25, 29)');
  });
});

describe('forced colours (Windows high contrast)', () => {
  for (const name of ['none', ...THEME_NAMES]) {
    it(`${name === 'none' ? 'no theme' : name}: text, frame and marks take the reader’s system colours`, async () => {
      if (name !== 'none') await linkTheme(name);
      await executeServerCommand('emulate-forced-colors', { active: true });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const probe = await fixture<HTMLDivElement>(html`<div style="color: CanvasText; background-color: Canvas">probe</div>`);
      const canvasText = style(probe).color;
      const canvas = style(probe).backgroundColor;
      const { gauge, sankey } = await widgets();
      for (const el of [gauge, sankey]) {
        expect(style(frameOf(el)).color).to.equal(canvasText);
        expect(style(frameOf(el)).backgroundColor).to.equal(canvas);
        expect(style(frameOf(el)).borderTopColor).to.equal(canvasText);
      }
      expect(style(barOf(gauge)).fill).to.equal(canvasText);
      expect(style(firstNodeOf(sankey)).stroke).to.equal(canvasText);
      // Every word drawn in the gauge's SVG, the scale's figures too: a scheme's muted grey can be
      // light on the system's light Canvas, or dark on a dark one.
      const words = [...gauge.shadowRoot!.querySelectorAll('svg text')];
      expect(words.length).to.be.greaterThan(5);
      for (const word of words) expect(style(word).fill, `${word.getAttribute('class')} ${word.textContent}`).to.equal(canvasText);

      // The matrix's bars keep their own SVG colours in forced-colours mode: the share on each
      // segment must stay readable on it.
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px">
        <praksis-delegation-matrix view="bars" .data=${await loadExample('delegation-matrix', 'valid', 'national-survey-2022')}></praksis-delegation-matrix>
      </div>`);
      const matrix = wrapper.querySelector('praksis-delegation-matrix')!;
      for (let i = 0; i < 3; i++) {
        await matrix.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      const labels = [...part(matrix, 'bars')!.querySelectorAll('svg text')];
      expect(labels.length).to.be.greaterThan(10);
      for (const label of labels) {
        // The piece it sits on, and the tones of its hatching when it stands for several columns.
        const piece = label.closest('g.segment')!;
        const fills = [style(piece.querySelector('rect')!).fill, ...[...piece.querySelectorAll('line.hatch')].map((l) => style(l).stroke)];
        for (const fill of fills) {
          const ratio = contrastRatio(channels(style(label).fill), channels(fill));
          expect(ratio, `${label.textContent} on ${piece.querySelector('rect')!.getAttribute('class')}`).to.be.at.least(4.5);
        }
      }
    });
  }
});

describe('a theme of your own (stories/design-system/example-theme.css)', () => {
  it('overrides a handful of properties, passes the checks and leaves the rest at their defaults', async () => {
    const href = '/stories/design-system/example-theme.css';
    const css = await (await fetch(href)).text();
    expect(checkThemeCss('example', css).flatMap((r) => r.failures)).to.deep.equal([]);
    await linkTheme(href);
    await emulateMedia({ colorScheme: 'dark' });
    const { gauge, sankey } = await widgets();
    expect(style(barOf(gauge)).fill).to.equal('rgb(0, 96, 90)');
    expect(style(frameOf(gauge)).fontFamily).to.equal('Georgia, "Times New Roman", serif');
    expect(style(frameOf(gauge)).borderTopLeftRadius).to.equal('0px');
    // Pinned to light, so the untouched background stays the light default for a dark-preferring reader.
    expect(style(frameOf(gauge)).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style(firstNodeOf(sankey)).fill).to.equal(rgb('#332288'));
  });
});
