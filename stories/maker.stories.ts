import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@praksis/widgets';
// The docs site's stylesheet, for the maker's form and the preview frames' widths; applied inside
// the story's shadow root only, so it does not restyle the other stories.
import siteCss from '../scripts/docs/assets/site.css?raw';
import { emptyDraft, draftFragment, type Draft } from '../scripts/docs/maker/draft.js';
import { mountMaker } from '../scripts/docs/maker/maker.js';
import { xlsxWorkbook } from '../packages/widgets/test/xlsx-fixture.js';

/** The national 2022 referral table as a spreadsheet puts it on the clipboard (BDO 2023, tabel 5.9a). */
const REFERRALS_TSV =
  'Henvisningstype\tAntal\r\nSpeciallæge\t1.893.921\r\nSygehus\t1.528.351\r\nBilleddiagnostisk\t863.861\r\nFysioterapi\t835.769\r\nPsykolog\t176.464\r\nFodterapi\t74.542\r\nKommune\t47.656\r\n';
/** The national capacity table, patients in thousands (BDO 2023, tabel 5.1.3a). */
const CAPACITY_CSV = 'År;Kapaciteter;Tilmeldte patienter (tusinder)\n2017;3.461;5.707\n2018;3.485;5.738\n2019;3.476;5.764\n2020;3.511;5.788\n2021;3.543;5.812\n2022;3.554;5.849\n';

interface Args {
  lang: 'da' | 'en';
  draft?: Partial<Draft>;
  /** A file opened once the maker is there, as the editor would with the file field. */
  file?: () => File;
}

/** A maker opened from a reopen link holding the draft; it keeps no draft of its own here. */
function maker({ lang, draft, file }: Args): HTMLElement {
  const frame = document.createElement('div');
  const root = frame.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(siteCss.replace(/:root/g, ':host'));
  root.adoptedStyleSheets = [sheet];
  const host = document.createElement('div');
  host.className = 'maker';
  root.append(host);
  const full: Draft = { ...emptyDraft(lang), ...draft, lang };
  const made = mountMaker(host, { storage: null, href: `https://praksis-widgets.dk/maker.html${draftFragment(full)}` });
  if (file) void made.openFile(file());
  return frame;
}

const meta: Meta<Args> = {
  title: 'Tools/Chart maker (Lav en grafik)',
  args: { lang: 'da' },
  argTypes: { lang: { control: 'inline-radio', options: ['da', 'en'] } },
  render: (args) => html`${maker(args)}`,
};
export default meta;

type Story = StoryObj<Args>;

/** Empty, as an editor finds it. */
export const Empty: Story = {};

/** The national 2022 referral table pasted, with its source: a valid sankey, its embed code and its page for readers without JavaScript. */
export const ReferralsPasted: Story = {
  args: {
    draft: {
      text: REFERRALS_TSV,
      widget: 'referral-sankey',
      meta: {
        ...emptyDraft().meta,
        title: 'Henvisninger fra almen praksis, 2022',
        periodFrom: '1.1.2022',
        periodTo: '31.12.2022',
        source: 'BDO for Indenrigs- og Sundhedsministeriet (2023), tabel 5.9a; MedCom',
        publisher: 'Indenrigs- og Sundhedsministeriet',
      },
    },
  },
};

/** A cell that is not a number: the problem names row and column; the paste stays to fix. */
export const ProblemInACell: Story = {
  args: { draft: { ...ReferralsPasted.args!.draft, text: REFERRALS_TSV.replace('1.528.351', 'ca. 1,5 mio.') } },
};

/** The capacity table in thousands: the latest year on the gauge, six years of trend. */
export const CapacityInThousands: Story = {
  args: {
    draft: {
      text: CAPACITY_CSV,
      widget: 'capacity-gauge',
      meta: {
        ...emptyDraft().meta,
        unitKind: 'country',
        unitName: 'Hele landet',
        normValue: '1.600',
        normSource: 'Overenskomst om almen praksis',
        source: 'BDO for Indenrigs- og Sundhedsministeriet (2023), tabel 5.1.3a',
        publisher: 'Indenrigs- og Sundhedsministeriet',
      },
    },
  },
};

/** The same in English. */
export const English: Story = { args: { ...ReferralsPasted.args, lang: 'en' } };

/**
 * With the alt text, a small-count threshold and the addresses of the embed code: the description
 * is in the document and, as text for readers without script, in both script snippets.
 */
export const AltTextAndThreshold: Story = {
  args: {
    draft: {
      ...ReferralsPasted.args!.draft,
      meta: {
        ...ReferralsPasted.args!.draft!.meta!,
        description: 'Sankeydiagram: af 5,4 mio. henvisninger fra almen praksis i 2022 gik flest til speciallæge (1,9 mio.) og sygehus (1,5 mio.).',
        suppressBelow: '10',
      },
      scriptBase: 'https://cdn.example.dk/praksis/',
      jsonUrl: 'https://www.example.dk/data/henvisninger-2022.json',
    },
  },
};

/** A workbook opened whose first sheet holds notes: the sheet choice is offered under the file field. */
export const WorkbookWithSheets: Story = {
  args: {
    file: () => {
      const counts = REFERRALS_TSV.trim().split('\r\n').slice(1).map((line) => line.split('\t') as [string, string]);
      const bytes = xlsxWorkbook([
        { name: 'Noter', rows: [['Kilde: BDO for Indenrigs- og Sundhedsministeriet (2023), tabel 5.9a']] },
        { name: 'Henvisninger 2022', rows: [['Henvisningstype', 'Antal'], ...counts.map(([type, count]) => [type, Number(count.replace(/\./g, ''))])] },
      ]);
      return new File([bytes.slice().buffer], 'henvisninger-2022.xlsx');
    },
  },
};
