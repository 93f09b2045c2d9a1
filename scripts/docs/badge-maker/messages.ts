/** Every word of the badge maker, in Danish and English. */
import { MAX_HREF_LENGTH, type HourCategory, type Service } from '@praksis/hours-rules';

export type MakerLang = 'da' | 'en';
type Text = Record<MakerLang, string>;

export const CATEGORY_LABEL: Record<HourCategory, Text> = {
  consultation: { da: 'Konsultation (tidsbestilling)', en: 'Consultation (by appointment)' },
  walkIn: { da: 'Åben konsultation', en: 'Walk-in consultation' },
  lateConsultation: { da: 'Sen konsultation', en: 'Late consultation' },
  phone: { da: 'Telefontid', en: 'Telephone hours' },
  doctorPhone: { da: 'Lægens telefontid', en: "The doctor's telephone hour" },
  acutePhone: { da: 'Akuttelefon', en: 'Acute line' },
};

export const SERVICE_LABEL: Record<Service, Text> = {
  onlineBooking: { da: 'Elektronisk tidsbestilling', en: 'Online booking' },
  onlinePrescriptionRenewal: { da: 'Elektronisk receptfornyelse', en: 'Online prescription renewal' },
  eConsultation: { da: 'E-konsultation', en: 'E-consultation' },
  videoConsultation: { da: 'Videokonsultation', en: 'Video consultation' },
};

export const DAY_LABEL: Record<string, Text> = {
  mon: { da: 'Mandag', en: 'Monday' },
  tue: { da: 'Tirsdag', en: 'Tuesday' },
  wed: { da: 'Onsdag', en: 'Wednesday' },
  thu: { da: 'Torsdag', en: 'Thursday' },
  fri: { da: 'Fredag', en: 'Friday' },
  sat: { da: 'Lørdag', en: 'Saturday' },
  sun: { da: 'Søndag', en: 'Sunday' },
};

export const STATUS_LABEL: Record<string, Text> = {
  met: { da: 'Opfyldt', en: 'Met' },
  'not-met': { da: 'Ikke opfyldt', en: 'Not met' },
  'not-stated': { da: 'Ikke oplyst', en: 'Not stated' },
  'not-applicable': { da: 'Gælder ikke', en: 'Not in force' },
};

export const T = {
  draftKept: { da: 'Det, du skriver, gemmes kun i denne browser, så intet går tabt, hvis siden lukkes.', en: 'What you type is kept in this browser only, so nothing is lost if the page is closed.' },
  clearDraft: { da: 'Slet kladden', en: 'Clear the draft' },
  cleared: { da: 'Kladden er slettet.', en: 'The draft is cleared.' },
  language: { da: 'Sprog', en: 'Language' },
  practice: { da: 'Praksis', en: 'Practice' },
  name: { da: 'Navn', en: 'Name' },
  ydernummer: { da: 'Ydernummer (6 cifre)', en: 'Provider number (ydernummer, 6 digits)' },
  phone: { da: 'Telefon', en: 'Telephone' },
  website: { da: 'Hjemmeside', en: 'Web site' },
  address: { da: 'Adresse', en: 'Address' },
  lastVerified: { da: 'Oplysningerne er bekræftet den', en: 'Information confirmed on' },
  week: { da: 'Den almindelige uge', en: 'The regular week' },
  weekHelp: {
    da: 'Skriv tider som 8, 08, 8.00 eller 08:00. En tom dag er lukket. Fjern fluebenet, hvis I ikke oplyser tiderne.',
    en: 'Write times as 8, 08, 8.00 or 08:00. An empty day is closed. Untick a kind of access you do not state.',
  },
  stated: { da: 'Oplyses', en: 'Stated' },
  from: { da: 'fra', en: 'from' },
  to: { da: 'til', en: 'to' },
  addInterval: { da: 'Tilføj tidsrum', en: 'Add a period' },
  copyMonday: { da: 'Kopiér mandag til alle hverdage', en: 'Copy Monday to every weekday' },
  copied: { da: 'Mandag er kopieret til tirsdag–fredag', en: 'Monday copied to Tuesday–Friday' },
  services: { da: 'Tjenester og aftaler', en: 'Services and arrangements' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  notStated: { da: 'Ikke oplyst', en: 'Not stated' },
  wait: { da: 'Sædvanlig ventetid (hverdage)', en: 'Usual waiting time (weekdays)' },
  bagom: { da: 'Bagom-nummer', en: 'Direct number for partners (bagom-nummer)' },
  bagomNumber: { da: 'Nummer', en: 'Number' },
  bagomPublic: { da: 'Et nummer', en: 'A number' },
  bagomNotPublic: { da: 'Ja, gives kun til samarbejdspartnere', en: 'Yes, given to partners only' },
  bagomNone: { da: 'Nej, intet bagom-nummer', en: 'No direct number' },
  acute: { da: 'Akutte henvendelser i dagtiden', en: 'Acute calls in the daytime' },
  acutePractice: { da: 'Praksis selv', en: 'The practice itself' },
  acuteSubstitute: { da: 'En stedfortræder', en: 'A substitute practice' },
  substituteName: { da: 'Stedfortræderens navn', en: "Substitute's name" },
  substitutePhone: { da: 'Stedfortræderens telefon', en: "Substitute's telephone" },
  substituteUrl: { da: 'Stedfortræderens hjemmeside (hvis I vil vise den)', en: "Substitute's web site (if you want to show it)" },
  substituteHours: { da: 'Stedfortræderens egne tider (hvis kendt)', en: "The substitute's own hours (if known)" },
  substituteHoursHelp: {
    da: 'Sæt flueben ved de tider, I kender. Så vurderes dagene ud fra dem; uden tider regnes stedfortræderen for at dække hele dagen.',
    en: 'Tick the hours you know. The days are then judged by them; without hours the substitute counts as covering the whole day.',
  },
  substitute: { da: 'Stedfortræder', en: 'Substitute' },
  closures: { da: 'Lukninger og ændrede tider', en: 'Closures and changed hours' },
  addClosure: { da: 'Tilføj lukning eller ændret tid', en: 'Add a closure or changed hours' },
  date: { da: 'Dato (første dag)', en: 'Date (first day)' },
  lastDate: { da: 'Til og med (tom: én dag)', en: 'Until (empty: one day)' },
  reason: { da: 'Årsag', en: 'Reason' },
  kind: { da: 'Hvad', en: 'What' },
  closedAllDay: { da: 'Lukket', en: 'Closed' },
  changedHours: { da: 'Ændrede tider', en: 'Changed hours' },
  changedKinds: { da: 'Hvilke tider ændres', en: 'Which hours change' },
  changedHelp: {
    da: 'Sæt flueben ved hver slags adgang, der ændres, og skriv de nye tider. Uden tider er den lukket de dage. Resten beholder de almindelige tider.',
    en: 'Tick each kind of access that changes and write its new hours. Without hours it is closed on those days. The rest keep their usual hours.',
  },
  changed: { da: 'ændres', en: 'changes' },
  weekdays: { da: 'Kun disse ugedage i perioden', en: 'Only these weekdays in the period' },
  weekdaysHelp: {
    da: 'Ingen valgt: mandag–fredag for ændrede tider, alle dage for en lukning.',
    en: 'None ticked: Monday to Friday for changed hours, every day for a closure.',
  },
  remove: { da: 'Fjern', en: 'Remove' },
  recurring: { da: 'Faste lukkedage', en: 'Recurring closures' },
  addRecurring: { da: 'Tilføj fast lukkedag', en: 'Add a recurring closure' },
  yearly: { da: 'Hvert år samme dato', en: 'Every year on a date' },
  monthly: { da: 'En bestemt ugedag i måneden', en: 'A weekday of every month' },
  day: { da: 'Dag', en: 'Day' },
  month: { da: 'Måned', en: 'Month' },
  nth: { da: 'Hvilken', en: 'Which' },
  weekday: { da: 'Ugedag', en: 'Weekday' },
  closedFrom: { da: 'Lukket fra kl. (tom: hele dagen)', en: 'Closed from (empty: all day)' },
  import: { da: 'Hent fra OSM eller schema.org', en: 'Import from OSM or schema.org' },
  importHelp: {
    da: 'Indsæt en OSM opening_hours-tekst, en JSON-LD-blok eller jeres eget JSON-dokument fra sidst; det bliver til et udkast her i formularen.',
    en: 'Paste an OSM opening_hours value, a JSON-LD block or your own JSON document from last time; it becomes a draft in this form.',
  },
  importButton: { da: 'Indlæs udkast', en: 'Load draft' },
  imported: { da: 'Udkastet er indlæst.', en: 'The draft is loaded.' },
  notCarried: { da: 'Kunne ikke overføres', en: 'Could not be carried over' },
  importInvalid: { da: 'Dokumentet er ikke gyldigt og er ikke indlæst; se hvorfor nedenfor.', en: 'The document is not valid and was not loaded; see why below.' },
  result: { da: 'Badge og vejledning', en: 'Badge and guidance' },
  problems: { da: 'Ret dette først', en: 'Fix this first' },
  guidance: { da: 'Krav for krav', en: 'Requirement by requirement' },
  change: { da: 'Det kan I ændre', en: 'What to change' },
  outputs: { da: 'Til hjemmesiden', en: 'For your web site' },
  outJson: { da: 'JSON-dokumentet', en: 'The JSON document' },
  outScript: { da: 'Indlejring med script (JSON-filen på jeres side)', en: 'Embed with a script (the JSON file on your site)' },
  outInline: { da: 'Indlejring med JSON i siden (sidebyggere uden filer)', en: 'Embed with the JSON in the page (site builders without files)' },
  outSvg: { da: 'Badge uden JavaScript (SVG)', en: 'Badge without JavaScript (SVG)' },
  outImg: { da: 'Badge som billede med link til detaljesiden', en: 'Badge as an image linking to the details page' },
  outDetails: { da: 'Detaljeside (HTML)', en: 'Details page (HTML)' },
  outJsonLd: { da: 'schema.org JSON-LD til søgemaskiner', en: 'schema.org JSON-LD for search engines' },
  outOsm: { da: 'OSM opening_hours (konsultationstider)', en: 'OSM opening_hours (consultation hours)' },
  notInOpeningHours: {
    da: 'JSON-LD og OSM viser kun konsultationstiderne. Disse tider ligger uden for dem og kommer ikke med; skriv dem også i konsultationstiderne, hvis de skal med:',
    en: 'JSON-LD and OSM show the consultation hours only. These hours lie outside them and are left out; add them to the consultation hours too if they should be shown:',
  },
  noOsm: { da: 'Ingen konsultationstider oplyst.', en: 'No consultation hours stated.' },
  detailsUrl: { da: 'Detaljesidens adresse', en: "The details page's address" },
  linkDropped: {
    da: `Adressen kan ikke bruges som link; badget linker ikke. Skriv en http(s)-adresse eller en adresse på jeres egen side, højst ${MAX_HREF_LENGTH} tegn.`,
    en: `The address cannot be a link, so the badge links nowhere. Give an http(s) address or one on your own site, at most ${MAX_HREF_LENGTH} characters.`,
  },
  scriptBase: { da: 'Hvor widget-filerne ligger', en: 'Where the widget files are' },
  needsBase: {
    da: 'Indlejringerne og detaljesiden vises, når adressen på widget-filerne er rettet (se ovenfor).',
    en: 'The embeds and the details page appear once the address of the widget files is corrected (see above).',
  },
  jsonUrl: { da: 'JSON-filens adresse', en: "The JSON file's address" },
  copy: { da: 'Kopiér', en: 'Copy' },
  copiedOut: { da: 'Kopieret', en: 'Copied' },
  copyFailed: { da: 'Kunne ikke kopiere: markér teksten i feltet og kopiér den selv.', en: 'Could not copy: select the text in the field and copy it yourself.' },
} satisfies Record<string, Text>;

export const NTH_LABEL: Record<string, Text> = {
  '1': { da: 'Første', en: 'First' },
  '2': { da: 'Anden', en: 'Second' },
  '3': { da: 'Tredje', en: 'Third' },
  '4': { da: 'Fjerde', en: 'Fourth' },
  '-1': { da: 'Sidste', en: 'Last' },
};

export const MONTH_LABEL: Text[] = [
  ['januar', 'January'], ['februar', 'February'], ['marts', 'March'], ['april', 'April'], ['maj', 'May'], ['juni', 'June'],
  ['juli', 'July'], ['august', 'August'], ['september', 'September'], ['oktober', 'October'], ['november', 'November'], ['december', 'December'],
].map(([da = '', en = '']) => ({ da, en }));
