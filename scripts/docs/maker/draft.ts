/**
 * The chart maker's draft: what the editor pasted and chose, as one plain object that goes into the
 * browser's localStorage and into the URL fragment of the "reopen" link (a fragment is never sent
 * to a server). Pure, no DOM: tested in Node. A draft read back is checked field by field, so a
 * hand-edited link or an old draft cannot break the page; its texts come back whole, however long
 * (the validator names a text too long for its field, as it would before the reload).
 */
import { isConvertibleWidget, readDate, readNumber, type ColumnMapping, type ConvertibleWidget, type TableFormat } from '@praksis/widgets/convert/index.js';
import { isRecord, readStoredJson } from '../stored-json.js';

export type UiLang = 'da' | 'en';

/** The editor's text fields, as typed (dates and numbers in Danish or English). */
export interface MetaForm {
  title: string;
  unitKind: string;
  unitName: string;
  periodFrom: string;
  periodTo: string;
  asOf: string;
  source: string;
  publisher: string;
  url: string;
  licence: string;
  /** One caveat per line. */
  caveats: string;
  fictional: boolean;
  /** Alt text; added to the document only when filled in and the widget's schema has the field. */
  description: string;
  /** Referral sankey: `count` or `per-100-listed-patients`. */
  valueUnit: string;
  /** Referral sankey: counts below this are shown as "< N" (the document's `suppressBelow`). */
  suppressBelow: string;
  normValue: string;
  normBasis: string;
  normSource: string;
}

export interface Draft {
  v: 1;
  lang: UiLang;
  text: string;
  /** The format the editor set; undefined while the guess stands. */
  format?: TableFormat;
  widget: ConvertibleWidget;
  /** The mapping the editor set; undefined while the guess stands. */
  mapping?: ColumnMapping;
  meta: MetaForm;
  /** Where the editor serves the widget files, as typed; undefined for the page's default. */
  scriptBase?: string;
  /** Where the editor publishes the JSON document, as typed. */
  jsonUrl?: string;
}

export const EMPTY_META: MetaForm = {
  title: '',
  unitKind: 'practice',
  unitName: '',
  periodFrom: '',
  periodTo: '',
  asOf: '',
  source: '',
  publisher: '',
  url: '',
  licence: '',
  caveats: '',
  fictional: false,
  description: '',
  valueUnit: 'count',
  suppressBelow: '',
  normValue: '',
  normBasis: 'capacity',
  normSource: '',
};

export function emptyDraft(lang: UiLang = 'da'): Draft {
  return { v: 1, lang, text: '', widget: 'referral-sankey', meta: { ...EMPTY_META } };
}

/** The key of the draft in localStorage. */
export const DRAFT_KEY = 'praksis-maker-draft';

const clean = (text: string) => text.trim();

/**
 * The editor's fields as the part of the document the table does not hold: only what is filled
 * in, so the validator names what is missing. Dates and numbers are read as typed; one that does
 * not read is passed on as typed, so the validator reports it at its field. `title: false` and
 * `description: true` say whether the widget's schema has those fields.
 */
export function metaDocument(widget: ConvertibleWidget, form: MetaForm, options: { title?: boolean; description?: boolean } = {}): Record<string, unknown> {
  const date = (text: string) => readDate(text) ?? clean(text);
  const doc: Record<string, unknown> = {};
  const provenance: Record<string, unknown> = { fictional: form.fictional };
  // A title only where the schema has one (the capacity gauge's heading is its unit's name).
  if (options.title !== false && clean(form.title)) doc['title'] = clean(form.title);
  if (widget !== 'referral-sankey' && clean(form.unitName)) doc['unit'] = { kind: form.unitKind, name: clean(form.unitName) };
  if (widget === 'referral-sankey') doc['unit'] = form.valueUnit === 'per-100-listed-patients' ? 'per-100-listed-patients' : 'count';
  const period = clean(form.periodFrom) || clean(form.periodTo) ? { from: date(form.periodFrom), to: date(form.periodTo) } : undefined;
  if (period) {
    provenance['period'] = period;
    if (widget === 'referral-sankey') doc['period'] = period;
  }
  if (clean(form.asOf)) provenance['asOf'] = date(form.asOf);
  if (clean(form.source)) provenance['source'] = clean(form.source);
  if (clean(form.publisher)) provenance['publisher'] = clean(form.publisher);
  if (clean(form.url)) provenance['url'] = clean(form.url);
  if (clean(form.licence)) provenance['licence'] = clean(form.licence);
  const caveats = form.caveats.split(/\r?\n/).map(clean).filter((line) => line !== '');
  if (caveats.length > 0) provenance['caveats'] = caveats;
  doc['provenance'] = provenance;
  if (widget === 'capacity-gauge') {
    const norm: Record<string, unknown> = { basis: form.normBasis === 'doctor' ? 'doctor' : 'capacity' };
    if (clean(form.normValue)) {
      const reading = readNumber(form.normValue, ',');
      norm['value'] = reading.ok ? reading.value : clean(form.normValue);
    }
    if (clean(form.normSource)) norm['source'] = clean(form.normSource);
    doc['norm'] = norm;
  }
  if (widget === 'referral-sankey' && clean(form.suppressBelow)) {
    const reading = readNumber(form.suppressBelow, ',');
    doc['suppressBelow'] = reading.ok ? reading.value : clean(form.suppressBelow);
  }
  if (options.description && clean(form.description)) doc['description'] = clean(form.description);
  return doc;
}


function readFormat(value: unknown): TableFormat | undefined {
  if (!isRecord(value)) return undefined;
  const { separator, decimalMark, header } = value;
  if ((separator === '\t' || separator === ';' || separator === ',') && (decimalMark === ',' || decimalMark === '.') && typeof header === 'boolean') {
    return { separator, decimalMark, header };
  }
  return undefined;
}

function readMapping(value: unknown): ColumnMapping | undefined {
  if (!isRecord(value) || !isRecord(value['columns'])) return undefined;
  const index = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 1000 ? n : undefined);
  const columns: ColumnMapping['columns'] = {};
  for (const [key, n] of Object.entries(value['columns'])) {
    if (index(n) !== undefined && /^[a-zA-Z]{1,20}$/.test(key)) columns[key] = n as number;
  }
  const mapping: ColumnMapping = { columns };
  if (Array.isArray(value['staff'])) mapping.staff = value['staff'].filter((n) => index(n) !== undefined) as number[];
  if (typeof value['sender'] === 'string') mapping.sender = value['sender'];
  return mapping;
}

/** A draft from stored or linked JSON text, or undefined when it is not one. */
export function readDraft(text: string | null | undefined): Draft | undefined {
  const value = readStoredJson(text);
  if (!isRecord(value) || value['v'] !== 1 || typeof value['text'] !== 'string' || !isConvertibleWidget(value['widget'])) return undefined;
  const meta = { ...EMPTY_META };
  if (isRecord(value['meta'])) {
    for (const key of Object.keys(EMPTY_META) as (keyof MetaForm)[]) {
      const field = value['meta'][key];
      if (key === 'fictional') meta.fictional = field === true;
      else if (typeof field === 'string') meta[key] = field;
    }
  }
  const format = readFormat(value['format']);
  const mapping = readMapping(value['mapping']);
  const record = value;
  const address = (key: 'scriptBase' | 'jsonUrl') => {
    const field = record[key];
    return typeof field === 'string' ? { [key]: field } : {};
  };
  return {
    v: 1,
    lang: value['lang'] === 'en' ? 'en' : 'da',
    text: value['text'],
    widget: value['widget'],
    meta,
    ...(format ? { format } : {}),
    ...(mapping ? { mapping } : {}),
    ...address('scriptBase'),
    ...address('jsonUrl'),
  };
}

/** The fragment of the reopen link: "#draft=" and the draft as URI-encoded JSON. */
export function draftFragment(draft: Draft): string {
  return `#draft=${encodeURIComponent(JSON.stringify(draft))}`;
}

/** The draft in a URL's fragment, if it holds one. */
export function draftFromFragment(hash: string): Draft | undefined {
  const match = /^#?draft=(.*)$/s.exec(hash);
  if (!match) return undefined;
  try {
    return readDraft(decodeURIComponent(match[1] ?? ''));
  } catch {
    return undefined;
  }
}
