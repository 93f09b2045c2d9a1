/**
 * Non-text contrast (WCAG 1.4.11), as the reader's browser paints it: every mark that carries
 * information reaches 3:1 against what it sits on and beside, or its outline does. Checked with the
 * widgets' own colours, with each shipped theme in each scheme it serves, and in forced colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '@praksis/widgets';
import { THEME_NAMES } from '@praksis/core';
import { parseThemeCss } from '../packages/core/tooling/theme-check.js';
import { contrastRatio, type Rgb } from '../packages/core/tooling/color-contrast.js';
import { linkTheme, loadExample, part, unlinkThemes } from './helpers.js';

const GRAPHIC = 3;

/** A computed `rgb(r, g, b)` as channels from 0 to 1. */
function channels(computed: string): Rgb {
  const m = /^rgba?\((\d+), (\d+), (\d+)/.exec(computed);
  if (!m) throw new Error(`not an rgb() colour: ${computed}`);
  return [Number(m[1]) / 255, Number(m[2]) / 255, Number(m[3]) / 255];
}

const style = (el: Element) => getComputedStyle(el);
const ratio = (a: string, b: string) => contrastRatio(channels(a), channels(b));
/** What draws a mark's edge: its stroke when it has one, else its fill. */
const edgeOf = (el: Element) => (style(el).stroke !== 'none' && parseFloat(style(el).strokeWidth) >= 1 ? style(el).stroke : style(el).fill);

/** The colour an element is drawn on: the nearest background that is not transparent. */
function backdropOf(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const bg = style(node).backgroundColor;
    if (!/^rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') return bg;
  }
  throw new Error('no background');
}

/** Collects every pair below 3:1, so a failure lists them all. */
class Pairs {
  readonly low: string[] = [];
  check(what: string, a: string, b: string): void {
    const r = ratio(a, b);
    if (r < GRAPHIC) this.low.push(`${what}: ${r.toFixed(2)}:1 (${a} / ${b})`);
  }
}

async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
}

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function draw(): Promise<{ gauge: Widget; matrix: Widget; sankey: Widget }> {
  const [capacity, survey, flows] = await Promise.all([
    loadExample('capacity', 'valid', 'practice-per-doctor-norm-with-bands'),
    loadExample('delegation-matrix', 'valid', 'national-survey-2022'),
    loadExample('referral-flows', 'valid', 'national-2022'),
  ]);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px">
    <praksis-capacity-gauge .data=${capacity}></praksis-capacity-gauge>
    <praksis-delegation-matrix view="bars" .data=${survey}></praksis-delegation-matrix>
    <praksis-referral-sankey .data=${flows}></praksis-referral-sankey>
  </div>`);
  const [gauge, matrix, sankey] = ['praksis-capacity-gauge', 'praksis-delegation-matrix', 'praksis-referral-sankey'].map(
    (tag) => wrapper.querySelector<Widget>(tag)!,
  ) as [Widget, Widget, Widget];
  for (const el of [gauge, matrix, sankey]) await settle(el);
  return { gauge, matrix, sankey };
}

/** Every information-carrying mark of the three charts against its neighbours; the pairs under 3:1. */
function lowContrast({ gauge, matrix, sankey }: { gauge: Widget; matrix: Widget; sankey: Widget }): string[] {
  const pairs = new Pairs();
  // The gauge: the bar on the track and the bands, the norm line across them, the comparison
  // marker on the background, each band's outline against its own tone, its neighbours' and the
  // background, and the bands' keys.
  const g = part(gauge, 'gauge')!;
  const background = style(part(gauge, 'frame')!).backgroundColor;
  const track = style(g.querySelector('.track')!).fill;
  const bar = style(g.querySelector('.bar')!).fill;
  const norm = style(g.querySelector('.norm')!).stroke;
  const bands = [...g.querySelectorAll('.band')];
  expect(bands.length, 'the example has bands').to.equal(3);
  pairs.check('gauge bar / track', bar, track);
  pairs.check('gauge norm / track', norm, track);
  const comparison = g.querySelector('.comparison');
  if (comparison) pairs.check('gauge comparison / background', style(comparison).fill, background);
  for (const [i, band] of bands.entries()) {
    const edge = edgeOf(band);
    const name = band.getAttribute('class')!;
    pairs.check(`${name} edge / background`, edge, background);
    pairs.check(`${name} edge / track`, edge, track);
    pairs.check(`${name} edge / its tone`, edge, style(band).fill);
    if (bands[i + 1]) pairs.check(`${name} edge / next band`, edge, style(bands[i + 1]!).fill);
    pairs.check(`gauge bar / ${name}`, bar, style(band).fill);
    pairs.check(`gauge norm / ${name}`, norm, style(band).fill);
  }
  for (const key of part(gauge, 'legend')!.querySelectorAll('.key')) {
    pairs.check(`gauge key ${key.className} border / background`, style(key).borderTopColor, background);
  }

  // The matrix bars: each piece's outline against what the bar is drawn on and its own tone (so it
  // shows against any neighbour), the hatching inside its piece, and the keys.
  const mBackground = style(part(matrix, 'frame')!).backgroundColor;
  const rects = [...part(matrix, 'bars')!.querySelectorAll('rect')];
  expect(rects.length).to.be.above(30);
  for (const rect of rects) {
    const name = `matrix ${rect.getAttribute('class')}`;
    const edge = edgeOf(rect);
    pairs.check(`${name} edge / background`, edge, backdropOf(rect));
    if (!rect.classList.contains('na')) pairs.check(`${name} edge / its tone`, edge, style(rect).fill);
    for (const line of rect.parentElement!.querySelectorAll('line.hatch')) {
      pairs.check(`${name} edge / its hatching`, edge, style(line).stroke);
    }
  }
  for (const key of part(matrix, 'legend')!.querySelectorAll('.bar-key')) {
    pairs.check(`matrix key ${key.className} border / background`, style(key).borderTopColor, mBackground);
  }

  // The sankey's nodes against the background (its flows are drawn with their nodes' colours).
  const sBackground = style(part(sankey, 'frame')!).backgroundColor;
  for (const node of part(sankey, 'diagram')!.querySelectorAll('.node')) {
    const best = Math.max(ratio(style(node).fill, sBackground), ratio(edgeOf(node), sBackground));
    if (best < GRAPHIC) pairs.low.push(`sankey ${node.getAttribute('class')}: ${best.toFixed(2)}:1`);
  }
  return pairs.low;
}


afterEach(async () => {
  unlinkThemes();
  await emulateMedia({ colorScheme: 'light' });
  await executeServerCommand('emulate-forced-colors', { active: false });
});

describe('non-text contrast of the marks (WCAG 1.4.11)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`built-in colours, ${scheme}: every mark 3:1 against its neighbours, or its outline`, async () => {
      await emulateMedia({ colorScheme: scheme });
      expect(lowContrast(await draw())).to.deep.equal([]);
    });
  }

  for (const name of THEME_NAMES) {
    it(`theme ${name}, in each scheme it serves: every mark 3:1 against its neighbours, or its outline`, async () => {
      const { schemes } = parseThemeCss(await (await fetch(`/packages/core/themes/${name}.css`)).text());
      await linkTheme(name);
      const widgets = await draw();
      for (const scheme of schemes) {
        await emulateMedia({ colorScheme: scheme });
        expect(lowContrast(widgets), `${name} ${scheme}`).to.deep.equal([]);
      }
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`forced colours over a ${scheme} page: every mark 3:1 against its neighbours, or its outline`, async () => {
      await emulateMedia({ colorScheme: scheme });
      await executeServerCommand('emulate-forced-colors', { active: true });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const low = lowContrast(await draw());
      expect(low, low.slice(0, 12).join('\n')).to.deep.equal([]);
    });
  }
});
