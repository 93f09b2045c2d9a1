/**
 * Every word of the embed-code page's interface, in Danish and English. The interface follows the
 * nearest `lang` of its host element (English if none) and its own language switch; the snippet's
 * language is a separate choice.
 */
import type { TemplateResult } from 'lit';
import { html } from 'lit';

export type UiLang = 'da' | 'en';

export interface EmbedCodeMessages {
  interfaceLanguage: string;
  otherLanguage: string;
  start: string;
  checking: string;
  widgetAndData: string;
  widget: string;
  dataFrom: string;
  fromUrl: string;
  fromJson: string;
  jsonUrl: string;
  urlHint: TemplateResult;
  jsonDocument: string;
  checkAndPreview: string;
  loadExample: string;
  loadInvalidExample: string;
  snippetOptions: string;
  language: string;
  pageLanguage: string;
  yourPageLanguage: string;
  yourPageLanguageHint: string;
  loader: string;
  loaderAuto: string;
  loaderWidget: string;
  base: string;
  baseHint: TemplateResult;
  parent: string;
  parentHint: TemplateResult;
  result: string;
  problems: string;
  wholeDocument: string;
  useInstead: (tag: string) => string;
  preview: string;
  previewEmpty: string;
  code: string;
  route: string;
  routes: Record<'src' | 'inline' | 'iframe', string>;
  noData: string;
  needsUrl: string;
  baseFirst: string;
  codeLabel: string;
  copy: string;
  codeEmpty: string;
  copied: string;
  copyFailed: string;
  noteSrc: string;
  noteInline: string;
  noteIframe: TemplateResult;
  noteRelative: TemplateResult;
  noteBadParent: TemplateResult;
  noteFallback: string;
  giveUrl: string;
  serverAnswered: (status: string) => string;
  unreadable: string;
  pasteFirst: string;
  otherKind: (kind: string, tag: string, wanted: string, other?: string) => string;
  valid: (kind: string) => string;
  problemCount: (count: number) => string;
  exampleFailed: (name: string) => string;
}

export const MESSAGES: Record<UiLang, EmbedCodeMessages> = {
  en: {
    interfaceLanguage: 'Language of this page',
    otherLanguage: 'Dansk',
    start: 'Choose a widget, give the data, then press “Check and preview”.',
    checking: 'Checking…',
    widgetAndData: 'Widget and data',
    widget: 'Widget',
    dataFrom: 'Data from',
    fromUrl: 'a JSON URL',
    fromJson: 'JSON pasted here',
    jsonUrl: 'JSON URL',
    urlHint: html`An http(s) address, or a path on your site such as <code>/data/capacity.json</code>. The docs site can only read it if the
      server allows other sites to (CORS).`,
    jsonDocument: 'JSON document',
    checkAndPreview: 'Check and preview',
    loadExample: 'Load an example',
    loadInvalidExample: 'Load an example with a mistake',
    snippetOptions: 'Snippet options',
    language: 'Language',
    pageLanguage: 'The page’s language (Danish if none)',
    yourPageLanguage: 'Your page’s language',
    yourPageLanguageHint: 'The snippet sets no lang, so the widget speaks the language of the page you paste it into: its fallback text is written in this one.',
    loader: 'Script',
    loaderAuto: 'The autoloader: any widget on the page',
    loaderWidget: 'This widget’s own file',
    base: 'Where you serve the widget files',
    baseHint: html`The folder of one version with the files from <code>dist/cdn/&lt;version&gt;/</code> (<code>npm run build</code>). By
      default this site’s own copy.`,
    parent: 'Your site’s address (iframe only)',
    parentHint: html`Such as <code>https://www.example.dk</code>: the embed page then tells only that site its height. Left empty, it tells
      whichever page frames it.`,
    result: 'Result',
    problems: 'Problems',
    wholeDocument: '(document)',
    useInstead: (tag) => `Use <${tag}> instead`,
    preview: 'Preview',
    previewEmpty: 'The widget appears here after a check.',
    code: 'Code',
    route: 'Route',
    routes: { src: 'Script tag with a JSON URL', inline: 'Script tag with the JSON inline', iframe: 'iframe (for a CMS that strips scripts)' },
    noData: 'Check valid data first.',
    needsUrl: 'Needs a JSON URL: give one under “Data”.',
    baseFirst: 'Correct where you serve the widget files first.',
    codeLabel: 'Code to paste into your page',
    copy: 'Copy code',
    codeEmpty: 'The code appears here once the data is valid.',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: the code is selected, press Ctrl+C (⌘C on a Mac).',
    noteSrc: 'The widget fetches the URL from the reader’s browser: a file on another site must allow that (CORS).',
    noteInline: 'The data travels with the page; update the snippet when the data changes.',
    noteIframe: html`The frame loads <code>embed.html</code> and the host script <code>praksis-embed-resizer.js</code> from the folder above;
      both come with the iframe build. The script resizes only iframes marked <code>data-praksis-embed</code>: keep that attribute. Without
      the script (a CMS that strips scripts) the frame keeps its fixed height.`,
    noteRelative: html`<strong>Give a full https:// URL:</strong> a relative one is read from where embed.html is, not from your page.`,
    noteBadParent: html`<strong>Your site’s address is not an http(s) address:</strong> the code leaves it out, and the frame tells any page
      its height.`,
    noteFallback:
      'Inside the element is its fallback: the title, key figure and source as text, which readers see until the widget draws, and keep if its script cannot run. A module script from another site runs only if that server sends Access-Control-Allow-Origin.',
    giveUrl: 'Give the address of a JSON document: an http(s) URL or a path on your site.',
    serverAnswered: (status) => `The server answered ${status}.`,
    unreadable:
      'Could not load the URL: the network failed, or the server does not let other sites read the file (CORS). The widget on your page needs the same permission, unless the file is on your own site.',
    pasteFirst: 'Paste a JSON document first.',
    otherKind: (kind, tag, wanted, other) => `This is a “${kind}” document; <${tag}> reads “${wanted}” documents.${other ? ` Use <${other}> for it.` : ''}`,
    valid: (kind) => `Valid ${kind} document: the preview shows it, and the code is ready to copy.`,
    problemCount: (count) => `${count === 1 ? 'One problem' : `${count} problems`} found. Fix ${count === 1 ? 'it' : 'them'} to get the code.`,
    exampleFailed: (name) => `Could not load the example ${name}.`,
  },
  da: {
    interfaceLanguage: 'Sidens sprog',
    otherLanguage: 'English',
    start: 'Vælg en widget, angiv data, og tryk så på “Tjek og vis”.',
    checking: 'Tjekker …',
    widgetAndData: 'Widget og data',
    widget: 'Widget',
    dataFrom: 'Data fra',
    fromUrl: 'en JSON-adresse',
    fromJson: 'JSON indsat her',
    jsonUrl: 'JSON-adresse',
    urlHint: html`En http(s)-adresse eller en sti på jeres websted, fx <code>/data/capacity.json</code>. Dokumentationssitet kan kun læse den, hvis
      serveren tillader andre websteder det (CORS).`,
    jsonDocument: 'JSON-dokument',
    checkAndPreview: 'Tjek og vis',
    loadExample: 'Hent et eksempel',
    loadInvalidExample: 'Hent et eksempel med en fejl',
    snippetOptions: 'Valg for koden',
    language: 'Sprog',
    pageLanguage: 'Sidens sprog (dansk, hvis intet er angivet)',
    yourPageLanguage: 'Sproget på jeres side',
    yourPageLanguageHint: 'Snippetten angiver ikke lang, så widgeten taler sproget på den side, I indsætter den i: dens fallbacktekst skrives på dette sprog.',
    loader: 'Script',
    loaderAuto: 'Autoloaderen: alle widgets på siden',
    loaderWidget: 'Denne widgets egen fil',
    base: 'Hvor I har widgetfilerne',
    baseHint: html`Mappen for én version med filerne fra <code>dist/cdn/&lt;version&gt;/</code> (<code>npm run build</code>). Som
      udgangspunkt dette websteds egen kopi.`,
    parent: 'Jeres websteds adresse (kun iframe)',
    parentHint: html`Fx <code>https://www.example.dk</code>: indlejringssiden fortæller så kun det websted sin højde. Står feltet tomt, fortæller
      den det til enhver side, der viser den.`,
    result: 'Resultat',
    problems: 'Problemer',
    wholeDocument: '(dokumentet)',
    useInstead: (tag) => `Brug <${tag}> i stedet`,
    preview: 'Forhåndsvisning',
    previewEmpty: 'Widgetten vises her efter et tjek.',
    code: 'Kode',
    route: 'Vej',
    routes: { src: 'Script-tag med en JSON-adresse', inline: 'Script-tag med JSON i koden', iframe: 'iframe (til et CMS, der fjerner scripts)' },
    noData: 'Tjek gyldige data først.',
    needsUrl: 'Kræver en JSON-adresse: angiv en under “Data”.',
    baseFirst: 'Ret først, hvor I har widgetfilerne.',
    codeLabel: 'Kode til at sætte ind på jeres side',
    copy: 'Kopiér koden',
    codeEmpty: 'Koden vises her, når data er gyldige.',
    copied: 'Kopieret til udklipsholderen.',
    copyFailed: 'Kunne ikke kopiere: koden er markeret, tryk Ctrl+C (⌘C på en Mac).',
    noteSrc: 'Widgetten henter adressen fra læserens browser: en fil på et andet websted skal tillade det (CORS).',
    noteInline: 'Data følger med siden; opdatér koden, når data ændrer sig.',
    noteIframe: html`Rammen henter <code>embed.html</code> og værtsscriptet <code>praksis-embed-resizer.js</code> fra mappen ovenfor; begge
      følger med iframe-udgaven. Scriptet ændrer kun højden på iframes mærket <code>data-praksis-embed</code>: behold den attribut. Uden
      scriptet (et CMS, der fjerner scripts) beholder rammen sin faste højde.`,
    noteRelative: html`<strong>Angiv en fuld https://-adresse:</strong> en relativ læses fra der, hvor embed.html ligger, ikke fra jeres side.`,
    noteBadParent: html`<strong>Jeres websteds adresse er ikke en http(s)-adresse:</strong> koden udelader den, og rammen fortæller enhver side
      sin højde.`,
    noteFallback:
      'Inde i elementet står dets reservetekst: titel, nøgletal og kilde som tekst, som læseren ser, indtil widgetten er tegnet, og beholder, hvis dens script ikke kan køre. Et modulscript fra et andet websted kører kun, hvis den server sender Access-Control-Allow-Origin.',
    giveUrl: 'Angiv adressen på et JSON-dokument: en http(s)-adresse eller en sti på jeres websted.',
    serverAnswered: (status) => `Serveren svarede ${status}.`,
    unreadable:
      'Kunne ikke hente adressen: netværket svigtede, eller serveren lader ikke andre websteder læse filen (CORS). Widgetten på jeres side skal have samme tilladelse, medmindre filen ligger på jeres eget websted.',
    pasteFirst: 'Indsæt først et JSON-dokument.',
    otherKind: (kind, tag, wanted, other) => `Dette er et “${kind}”-dokument; <${tag}> læser “${wanted}”-dokumenter.${other ? ` Brug <${other}> til det.` : ''}`,
    valid: (kind) => `Gyldigt ${kind}-dokument: forhåndsvisningen viser det, og koden er klar til at kopiere.`,
    problemCount: (count) => `${count === 1 ? 'Ét problem' : `${count} problemer`} fundet. Ret ${count === 1 ? 'det' : 'dem'} for at få koden.`,
    exampleFailed: (name) => `Kunne ikke hente eksemplet ${name}.`,
  },
};
