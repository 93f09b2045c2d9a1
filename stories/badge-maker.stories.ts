import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@praksis/hours-badge/praksis-hours-badge.js';
import { badgeSvg, dkOk22, evaluate, type AccessibilityDeclaration } from '@praksis/hours-rules';
import { mountBadgeMaker } from '../scripts/docs/badge-maker/badge-maker.js';
import { formFromDeclaration } from '../scripts/docs/badge-maker/form-import.js';
import holidays from '../packages/schema/examples/accessibility-declaration/valid/holidays-with-substitute.json';
import recurring from '../packages/schema/examples/accessibility-declaration/valid/recurring-closures.json';
import missesLate from '../packages/schema/examples/accessibility-declaration/valid/misses-late-consultation.json';
import notStated from '../packages/schema/examples/accessibility-declaration/valid/not-stated-fields.json';

/** The static SVG badge (no JavaScript on the embedding page), drawn from a declaration at a moment. */
interface SvgArgs {
  data: unknown;
  at: string;
  lang: 'da' | 'en';
}

/** Parses the SVG text into nodes: the story shows exactly the file a practice would upload. */
function svgNode(svg: string): Node {
  return document.importNode(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement, true);
}

const meta: Meta<SvgArgs> = {
  title: 'Tools/Badge maker',
  args: { data: recurring, at: '2026-12-01T10:00', lang: 'da' },
  argTypes: { lang: { control: 'inline-radio', options: ['da', 'en'] }, at: { control: 'text' }, data: { control: 'object' } },
  render: ({ data, at, lang }) => {
    const doc = data as AccessibilityDeclaration;
    return html`${svgNode(badgeSvg(doc, evaluate(doc, { ruleSet: dkOk22, at }), { lang, href: 'praksis-badge.html' }))}`;
  },
};
export default meta;
type Story = StoryObj<SvgArgs>;

/** Meets the rules, with recurring closures (24 and 31 December, 5 June, first Thursday from 12:00). */
export const StaticSvgMeets: Story = {};
/** No late consultation: "Opfylder ikke alle …", hatched bar. */
export const StaticSvgDoesNotMeet: Story = { args: { data: missesLate, at: '2026-03-03T10:00' } };
/** Information missing: "Kan ikke vurderes", never drawn as meeting. */
export const StaticSvgIncomplete: Story = { args: { data: notStated, at: '2026-03-03T10:00' } };
/** More than 12 months old: "Ikke vurderet: oplysningerne er forældede". */
export const StaticSvgStale: Story = { args: { at: '2028-12-01T10:00' } };
/** English. */
export const StaticSvgEnglish: Story = { args: { lang: 'en' } };

/** The whole badge maker: the form, the live badge, the guidance and the outputs. */
export const Maker: Story = {
  render: () => {
    const host = document.createElement('div');
    host.className = 'badge-maker';
    mountBadgeMaker(host, { now: () => Date.parse('2026-12-01T09:00:00Z') });
    return host;
  },
};

/**
 * The maker keeping what is typed in the browser's localStorage, as on the docs site: type, reload
 * the story, and the form is as it was; *Slet kladden* empties it.
 */
export const MakerKeepingTheDraft: Story = {
  render: () => {
    const host = document.createElement('div');
    host.className = 'badge-maker';
    mountBadgeMaker(host, { now: () => Date.parse('2026-12-01T09:00:00Z'), storage: localStorage });
    return host;
  },
};

/**
 * The maker with a declaration loaded back into it (as pasting the JSON document does): closures
 * and changed hours, a range on Wednesdays only with changed consultation and telephone hours, and
 * a substitute's own week.
 */
export const MakerWithClosures: Story = {
  render: () => {
    const host = document.createElement('div');
    host.className = 'badge-maker';
    const maker = mountBadgeMaker(host, { now: () => Date.parse('2026-03-02T09:00:00Z') });
    const doc = structuredClone(holidays) as AccessibilityDeclaration;
    doc.exceptions = [
      ...(doc.exceptions ?? []),
      {
        date: '2026-09-02',
        to: '2026-09-30',
        weekdays: ['wed'],
        reason: 'Kursus onsdage',
        hours: { consultation: [{ from: '08:00', to: '12:00' }], phone: [{ from: '08:00', to: '10:00' }] },
        substitute: {
          name: 'Lægehuset Torvet (fiktiv)',
          phone: '+45 70 50 60 70',
          hours: { consultation: { wed: [{ from: '12:00', to: '16:00' }] } },
        },
      },
    ];
    maker.form = formFromDeclaration(doc).form;
    maker.update();
    return host;
  },
};
