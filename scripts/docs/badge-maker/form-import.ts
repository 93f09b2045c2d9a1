/**
 * The way back into the badge maker's form: an imported draft (from OSM or schema.org), or a whole
 * declaration (the maker's own JSON document, brought back to be changed next year). What the form
 * has no field for is listed, never dropped silently. Pure.
 */
import { fromJsonLd, fromOsm, HOUR_CATEGORIES, SERVICES, WEEKDAYS, type AccessibilityDeclaration, type NotCarried } from '@praksis/hours-rules';
import { parseJsonText, validateDocument } from '@praksis/schema';
import type { DraftDeclaration } from '@praksis/hours-rules/publish/draft.js';
import type { HoursException, OpeningInterval, RecurringClosure, SubstitutePractice, Text, WeekHours } from '@praksis/schema';
import {
  emptyException,
  emptyForm,
  emptyRecurring,
  emptyRow,
  emptySubstitute,
  SCHEMA_ID,
  type BadgeForm,
  type CategoryForm,
  type ExceptionForm,
  type IntervalText,
  type RecurringForm,
  type ServiceAnswer,
  type SubstituteForm,
} from './form.js';

/** The Danish text of a name (the form is Danish first); the English one is listed as not carried. */
const plain = (text: Text | undefined): string => (text === undefined ? '' : typeof text === 'string' ? text : (text.da ?? text.en ?? ''));

const rows = (day: readonly OpeningInterval[] | undefined): IntervalText[] => (day?.length ? day.map((i) => ({ from: i.from, to: i.to })) : [emptyRow()]);

/** A stated week as a grid; a day left out shows as closed (listed by `unstatedDays`). */
function weekForm(week: WeekHours | undefined): CategoryForm {
  return { stated: week !== undefined, days: Object.fromEntries(WEEKDAYS.map((d) => [d, rows(week?.[d])])) as CategoryForm['days'] };
}

function substituteForm(substitute: SubstitutePractice | undefined): SubstituteForm {
  const form = emptySubstitute();
  if (!substitute) return form;
  form.name = plain(substitute.name);
  form.phone = substitute.phone;
  form.url = substitute.url ?? '';
  for (const category of HOUR_CATEGORIES) form.hours[category] = weekForm(substitute.hours?.[category]);
  return form;
}

export function exceptionForm(e: HoursException): ExceptionForm {
  const form = emptyException();
  form.date = e.date;
  form.to = e.to ?? '';
  form.weekdays = [...(e.weekdays ?? [])];
  form.reason = plain(e.reason);
  form.kind = e.closed ? 'closed' : 'hours';
  if (e.hours) {
    for (const category of HOUR_CATEGORIES) {
      const day = e.hours[category];
      form.changed[category] = { changed: day !== undefined, rows: rows(day) };
    }
  }
  form.substitute = substituteForm(e.substitute);
  return form;
}

export function recurringForm(r: RecurringClosure): RecurringForm {
  return {
    ...emptyRecurring(),
    kind: r.yearly ? 'yearly' : 'monthly',
    month: r.yearly ? String(Number(r.yearly.slice(0, 2))) : '12',
    day: r.yearly ? String(Number(r.yearly.slice(3, 5))) : '',
    nth: r.monthly ? String(r.monthly.nth) : '1',
    weekday: r.monthly?.weekday ?? 'thu',
    from: r.from ?? '',
    reason: plain(r.reason),
    substitute: substituteForm(r.substitute),
  };
}

/** Puts an imported draft into the form: its hours, closures and practice details replace the form's. */
export function applyDraft(form: BadgeForm, draft: DraftDeclaration): BadgeForm {
  const next: BadgeForm = { ...form, practice: { ...form.practice }, hours: { ...form.hours } };
  for (const [key, value] of Object.entries(draft.practice ?? {})) {
    if (key in next.practice) next.practice[key as keyof BadgeForm['practice']] = plain(value);
  }
  for (const category of HOUR_CATEGORIES) {
    const week = draft.hours[category];
    if (week) next.hours[category] = weekForm(week);
  }
  if (draft.exceptions) next.exceptions = draft.exceptions.map(exceptionForm);
  if (draft.recurringClosures) next.recurring = draft.recurringClosures.map(recurringForm);
  return next;
}

const say = (da: string, en: string) => ({ da, en });

/** What of a declaration the form has no field for, each at its JSON pointer. */
function notCarriedOf(declaration: AccessibilityDeclaration): NotCarried[] {
  const out: NotCarried[] = [];
  const walk = (value: unknown, pointer: string, parentKey: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${pointer}/${i}`, parentKey));
    if (typeof value !== 'object' || value === null) return;
    const node = value as Record<string, unknown>;
    // A name or reason in two languages: the form keeps the Danish.
    if (typeof node['da'] === 'string' && typeof node['en'] === 'string' && ['name', 'reason', 'address'].includes(parentKey)) {
      out.push({ text: pointer, why: say('Kun den danske tekst kommer med i formularen.', 'Only the Danish text is carried into the form.') });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      const at = `${pointer}/${key}`;
      if (key === 'note') out.push({ text: at, why: say('Formularen har ikke plads til noter.', 'The form has no place for notes.') });
      else if (at === '/acute/substitute/hours') {
        out.push({ text: at, why: say('Akutordningens tider står under Akuttelefon; stedfortræderens egne tider indgår ikke i vurderingen.', "The acute arrangement's hours are the acute line's; the substitute's own hours play no part in the verdict.") });
      }
      else walk(child, at, key);
    }
  };
  walk(declaration.practice, '/practice', 'practice');
  walk(declaration.acute, '/acute', 'acute');
  walk(declaration.exceptions, '/exceptions', 'exceptions');
  walk(declaration.recurringClosures, '/recurringClosures', 'recurringClosures');
  for (const category of HOUR_CATEGORIES) {
    const week = declaration.hours[category];
    if (!week) continue;
    walk(week, `/hours/${category}`, category);
    // Days left out of a stated week are not stated; the form's grid shows every day.
    for (const day of WEEKDAYS) {
      if (week[day] === undefined) out.push({ text: `/hours/${category}/${day}`, why: say('Dagen er ikke oplyst; formularen viser den som lukket.', 'The day is not stated; the form shows it as closed.') });
    }
  }
  if (declaration.description !== undefined) out.push({ text: '/description', why: say('Formularen skriver ikke en beskrivelse.', 'The form writes no description.') });
  out.push({ text: '/provenance', why: say('Formularen skriver selv kilden: praksisens egne oplysninger.', "The form writes the source itself: the practice's own information.") });
  return out;
}

/** A whole declaration as the form, and what the form could not take. */
export function formFromDeclaration(declaration: AccessibilityDeclaration): { form: BadgeForm; notCarried: NotCarried[] } {
  const form = emptyForm(declaration.lastVerified);
  for (const category of HOUR_CATEGORIES) form.hours[category] = weekForm(declaration.hours[category]);
  const filled = applyDraft(form, {
    practice: declaration.practice,
    hours: declaration.hours,
    exceptions: declaration.exceptions ?? [],
    recurringClosures: declaration.recurringClosures ?? [],
  });
  for (const service of SERVICES) {
    const answer = declaration.services?.[service];
    filled.services[service] = (answer === true ? 'yes' : answer === false ? 'no' : 'not-stated') satisfies ServiceAnswer;
  }
  filled.usualWait = declaration.usualWaitWeekdays === undefined ? '' : String(declaration.usualWaitWeekdays);
  const bagom = declaration.bagomNumber;
  filled.bagom = bagom === undefined ? { kind: 'not-stated', number: '' } : bagom === 'not-public' || bagom === 'none' ? { kind: bagom, number: '' } : { kind: 'number', number: bagom };
  const acute = declaration.acute;
  // The acute substitute's own hours have no field: it answers the practice's acute telephone.
  const acuteSubstitute = acute?.handledBy === 'substitute' ? { ...acute.substitute, hours: undefined } : undefined;
  filled.acute = { kind: acute?.handledBy ?? 'not-stated', substitute: substituteForm(acuteSubstitute) };
  return { form: filled, notCarried: notCarriedOf(declaration) };
}

export interface PastedImport {
  /** The form to show: the import's, or the form unchanged when nothing could be loaded. */
  form: BadgeForm;
  notCarried: NotCarried[];
  /** False when the text was a declaration that is not valid: nothing was loaded. */
  loaded: boolean;
}

/**
 * What pasted text does to the form: the maker's own JSON document (all of it, when valid), a
 * JSON-LD block (JSON or its script element) or an OSM value (a draft of the hours and closures).
 */
export function importPasted(form: BadgeForm, pasted: string): PastedImport {
  const text = pasted.trim();
  const parsed = text.startsWith('{') ? parseJsonText(text) : undefined;
  const data: unknown = parsed?.ok ? parsed.data : undefined;
  if (typeof data === 'object' && data !== null && (data as { $schema?: unknown }).$schema === SCHEMA_ID) {
    const issues = validateDocument(data).issues;
    // Nothing half-read: an invalid document leaves the form as it was, each problem named at its pointer.
    if (issues.length) return { form, notCarried: issues.map((issue) => ({ text: issue.path || '/', why: issue.message })), loaded: false };
    const whole = formFromDeclaration(data as AccessibilityDeclaration);
    return { ...whole, loaded: true };
  }
  const result = /^[{[<]/.test(text) ? fromJsonLd(text) : fromOsm(text);
  return { form: applyDraft(form, result.draft), notCarried: result.notCarried, loaded: true };
}
