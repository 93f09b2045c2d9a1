/**
 * The badge maker's draft: the form as typed, with the addresses and the language, kept in the
 * browser's localStorage at every change, so that a reload or a closed tab loses nothing typed.
 * Pure, no DOM: tested in Node. A stored draft is read back against the shape of an empty form,
 * field by field, so an old or hand-edited draft cannot break the page.
 */
import { emptyException, emptyForm, emptyRecurring, emptyRow, type BadgeForm } from './form.js';
import type { MakerLang } from './messages.js';
import { isRecord, readStoredJson } from '../stored-json.js';

/** The key of the draft in localStorage. */
export const BADGE_DRAFT_KEY = 'praksis-badge-maker-draft';

export interface BadgeDraft {
  v: 1;
  lang: MakerLang;
  form: BadgeForm;
  /** The addresses as typed; left out when the draft has none. */
  detailsUrl?: string;
  jsonUrl?: string;
  scriptBase?: string;
}


/** What each list of the form holds, by the list's key; a list not named here repeats its first item's shape. */
const ITEMS: Readonly<Record<string, () => unknown>> = { exceptions: emptyException, recurring: emptyRecurring, rows: emptyRow, weekdays: () => '' };

/**
 * `value` in the shape of `template`: its texts and ticks where they have the template's type, the
 * template's own elsewhere; keys the template does not have are dropped.
 */
function conform<T>(template: T, value: unknown, key = ''): T {
  if (typeof template === 'string') return (typeof value === 'string' ? value : template) as T;
  if (typeof template === 'boolean') return (typeof value === 'boolean' ? value : template) as T;
  if (Array.isArray(template)) {
    const first: unknown = template[0];
    const item = ITEMS[key] ?? (first === undefined ? undefined : () => first);
    return (Array.isArray(value) && item ? value.map((v) => conform(item(), v)) : template) as T;
  }
  if (!isRecord(template)) return template;
  if (!isRecord(value)) return template;
  return Object.fromEntries(Object.entries(template).map(([k, t]) => [k, conform(t, value[k], k)])) as T;
}

/** A draft from stored text, or undefined when it is none; `today` dates an empty form's verification. */
export function readBadgeDraft(text: string | null | undefined, today: string): BadgeDraft | undefined {
  const value = readStoredJson(text);
  if (!isRecord(value) || value['v'] !== 1 || !isRecord(value['form'])) return undefined;
  const record = value;
  const address = (key: 'detailsUrl' | 'jsonUrl' | 'scriptBase') => (typeof record[key] === 'string' ? { [key]: record[key] } : {});
  return {
    v: 1,
    lang: value['lang'] === 'en' ? 'en' : 'da',
    form: conform(emptyForm(today), value['form']),
    ...address('detailsUrl'),
    ...address('jsonUrl'),
    ...address('scriptBase'),
  };
}
