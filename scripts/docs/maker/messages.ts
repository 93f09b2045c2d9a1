/** Every word of the chart maker, in Danish and English. */
import type { UiLang } from './draft.js';

const both = (da: string, en: string) => ({ da, en });

export const TEXT = {
  language: both('Sprog', 'Language'),
  dataHeading: both('1. Data', '1. Data'),
  dataLabel: both('Indsæt tabellen her (kopiér fra Excel, Google Sheets eller LibreOffice, eller CSV)', 'Paste the table here (copy from Excel, Google Sheets or LibreOffice, or CSV)'),
  dataHint: both('Tal skrives som i regnearket: 1.893.921, 34,9 eller 34,9 %. Intet sendes nogen steder hen.', 'Numbers as in the spreadsheet: 1.893.921, 34,9 or 34,9 %. Nothing is sent anywhere.'),
  openFile: both('… eller åbn en fil (CSV, TSV eller XLSX)', '… or open a file (CSV, TSV or XLSX)'),
  separator: both('Skilletegn', 'Separator'),
  tab: both('tabulator (fra regneark)', 'tab (from a spreadsheet)'),
  semicolon: both('semikolon ;', 'semicolon ;'),
  comma: both('komma ,', 'comma ,'),
  decimalMark: both('Decimaltegn', 'Decimal mark'),
  decimalComma: both('komma (1.893,5)', 'comma (1.893,5)'),
  decimalPoint: both('punktum (1,893.5)', 'point (1,893.5)'),
  headerRow: both('Første række er overskrifter', 'The first row holds the headings'),
  guessed: both('gættet', 'guessed'),
  tableCaption: (rows: number, shown: number) => {
    const da = (n: number) => n.toLocaleString('da-DK');
    const en = (n: number) => n.toLocaleString('en-GB');
    return both(
      `Tabellen, som den er læst: ${da(rows)} ${rows === 1 ? 'række' : 'rækker'}${shown < rows ? ` (de første ${da(shown)} vises)` : ''}`,
      `The table as read: ${en(rows)} ${rows === 1 ? 'row' : 'rows'}${shown < rows ? ` (the first ${en(shown)} shown)` : ''}`,
    );
  },
  row: both('Række', 'Row'),
  noData: both('Indsæt eller åbn en tabel for at begynde.', 'Paste or open a table to begin.'),
  fileError: both('Filen kunne ikke læses', 'The file could not be read'),
  widgetHeading: both('2. Grafik og kolonner', '2. Chart and columns'),
  widget: both('Grafik', 'Chart'),
  none: both('— ingen —', '— none —'),
  required: both('skal udfyldes', 'required'),
  sender: both('Afsender (når tabellen ikke har en »fra«-kolonne)', 'Sender (when the table has no “from” column)'),
  staffColumns: both('Faggrupper (kolonner)', 'Staff categories (columns)'),
  metaHeading: both('3. Kilde og tekst', '3. Source and text'),
  metaGuidance: both(
    'Grafikken viser kilde, dato og alle forbehold. Den fælder ingen dom: ingen rød/grøn farve og ingen rangliste. Skriv fakta, ikke vurderinger, og sig det, hvis tallene er fiktive.',
    'The chart shows the source, the date and every caveat. It passes no verdict: no red/green and no league table. Write facts, not judgements, and say so if the figures are fictional.',
  ),
  title: both('Overskrift', 'Title'),
  unitKind: both('Enhedens art', 'Kind of unit'),
  unitKinds: { practice: both('praksis', 'practice'), municipality: both('kommune', 'municipality'), region: both('region', 'region'), country: both('hele landet', 'country') },
  unitName: both('Enhedens navn', 'Name of the unit'),
  valueUnit: both('Tallene er', 'The figures are'),
  valueUnits: { count: both('antal henvisninger', 'numbers of referrals'), 'per-100-listed-patients': both('henvisninger pr. 100 tilmeldte patienter', 'referrals per 100 listed patients') },
  periodFrom: both('Periode fra', 'Period from'),
  periodTo: both('Periode til', 'Period to'),
  asOf: both('Opgjort pr. (dato)', 'As of (date)'),
  dateHint: both('fx 1.1.2022 eller 2022-01-01', 'e.g. 1.1.2022 or 2022-01-01'),
  source: both('Kilde (rapport, tabel)', 'Source (report, table)'),
  publisher: both('Udgiver', 'Publisher'),
  url: both('Kildens webadresse', 'Web address of the source'),
  licence: both('Licens', 'Licence'),
  caveats: both('Forbehold (ét pr. linje)', 'Caveats (one per line)'),
  fictional: both('Tallene er fiktive (et eksempel)', 'The figures are fictional (an example)'),
  description: both('Alternativ tekst (beskrivelse til skærmlæsere)', 'Alt text (description for screen readers)'),
  smallCountsGuidance: both(
    'Små tal kan pege på enkelte patienter (fx psykiatriske henvisninger fra én praksis). Saml eller fjern dem i regnearket, før du offentliggør: tallene står i JSON-dokumentet. Sæt desuden en grænse, så grafikken viser små antal som »< N« og lader dem ude af summerne.',
    'Small counts can point to single patients (e.g. psychiatric referrals from one practice). Group or remove them in the spreadsheet before you publish: the figures are in the JSON document. Also set a threshold, so the chart shows small counts as “< N” and leaves them out of the totals.',
  ),
  suppressBelow: both('Vis antal under denne grænse som »< N«', 'Show counts below this threshold as “< N”'),
  suppressHint: both('et helt tal, fx 5; kun for antal henvisninger', 'a whole number, e.g. 5; for numbers of referrals only'),
  notStatedGuidance: both(
    '»Ikke oplyst« er ikke 0: lad en celle stå tom, hvis tallet ikke kendes; den vises som ikke oplyst, ikke som 0 % eller »ikke involveret«.',
    '“Not stated” is not zero: leave a cell empty if the figure is not known; it is shown as not stated, not as 0 % or “not involved”.',
  ),
  normValue: both('Normtal', 'Norm'),
  normBasis: both('Normtallet gælder pr.', 'The norm counts per'),
  normBases: { capacity: both('kapacitet', 'capacity'), doctor: both('læge', 'doctor') },
  normSource: both('Normtallets kilde', 'Source of the norm'),
  normGuidance: both(
    'Normtallet er data med kilde, ikke en dom: fx 1.600 pr. kapacitet (overenskomsten) eller 1.200 pr. læge (DSAM).',
    'The norm is data with a source, not a verdict: e.g. 1,600 per capacity (the collective agreement) or 1,200 per GP (DSAM).',
  ),
  previewHeading: both('4. Forhåndsvisning', '4. Preview'),
  frame: (width: number, dark: boolean) => both(`${width} px, ${dark ? 'mørkt' : 'lyst'}`, `${width} px, ${dark ? 'dark' : 'light'}`),
  problemsOk: both('Dokumentet er gyldigt.', 'The document is valid.'),
  problemsCount: (n: number) => both(n === 1 ? 'Ét problem skal rettes:' : `${n} problemer skal rettes:`, n === 1 ? 'One problem to fix:' : `${n} problems to fix:`),
  pointer: both('JSON-pointer', 'JSON pointer'),
  notes: both('Bemærk', 'Note'),
  outHeading: both('5. Hent og indlejr', '5. Download and embed'),
  downloadJson: both('Hent JSON-dokumentet', 'Download the JSON document'),
  json: both('JSON-dokumentet', 'The JSON document'),
  copy: both('Kopiér', 'Copy'),
  copied: both('Kopieret', 'Copied'),
  copyFailed: both('Browseren tillod ikke at kopiere; markér teksten og kopiér den selv (Ctrl+C), eller hent dokumentet.', 'The browser did not allow copying; select the text and copy it yourself (Ctrl+C), or download the document.'),
  cut: (shown: number, total: number) =>
    both(
      `Feltet viser de første ${shown.toLocaleString('da-DK')} af ${total.toLocaleString('da-DK')} tegn; knappen kopierer det hele.`,
      `The box shows the first ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} characters; the button copies all of it.`,
    ),
  downloadSvg: both('Hent SVG', 'Download SVG'),
  downloadPng: both('Hent PNG', 'Download PNG'),
  images: both(
    'SVG og PNG tegner grafikken i 640 px, lys, som læseren ser den, med overskrift, kilde og den alternative tekst (i SVG-filen).',
    'SVG and PNG draw the chart at 640 px, light, as the reader sees it, with its title, source and alt text (in the SVG file).',
  ),
  imageFailed: (format: string) => both(`${format}-filen kunne ikke laves.`, `The ${format} file could not be made.`),
  sheet: (n: number) => both(`Ark (filen har ${n})`, `Sheet (the file has ${n})`),
  scriptBase: both('Hvor widget-filerne ligger på dit site', 'Where you serve the widget files'),
  jsonUrl: both('Hvor du lægger JSON-dokumentet (til script med adresse og iframe)', 'Where you publish the JSON document (for the script with URL and the iframe)'),
  snippetSrc: both('Script med adresse på JSON', 'Script with the JSON URL'),
  snippetInline: both('Script med JSON indeni', 'Script with the JSON inline'),
  snippetIframe: both('iframe', 'iframe'),
  snippetPage: both(
    'Side med grafikken (gem som .html): til en iframe, og med tal og kilde som tekst for læsere uden JavaScript',
    'Page with the chart (save as .html): for an iframe, with the figures and source as text for readers without JavaScript',
  ),
  needsUrl: both('Skriv først, hvor du lægger JSON-dokumentet (en https-adresse).', 'First give where you publish the JSON document (an https address).'),
  needsBase: both('Ret først, hvor du har widgetfilerne (se ovenfor).', 'First correct where you serve the widget files (see above).'),
  needsValid: both('Koden vises, når dokumentet er gyldigt.', 'The code appears once the document is valid.'),
  reopen: both('Link, der åbner værktøjet med de samme data (data ligger i linket efter #, som aldrig sendes til en server)', 'Link that reopens the maker with the same data (kept after the # in the link, which is never sent to a server)'),
  linkTooLong: both(
    'Tabellen er så stor, at linket er over 2 MB, og det kan browsere ikke åbne. Kladden er gemt i denne browser; del JSON-dokumentet eller regnearket i stedet.',
    'The table is so large that the link is over 2 MB, which browsers cannot open. The draft is kept in this browser; share the JSON document or the spreadsheet instead.',
  ),
  draftSaved: both('Kladden gemmes kun i din browser.', 'The draft is kept in your browser only.'),
  clearDraft: both('Slet kladden', 'Clear the draft'),
  cleared: both('Kladden er slettet.', 'The draft is cleared.'),
} as const;

export type Text = { da: string; en: string };

export function say(text: Text, lang: UiLang): string {
  return text[lang];
}
