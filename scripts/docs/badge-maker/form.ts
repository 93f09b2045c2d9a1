/**
 * The badge maker's form as typed (strings), and the declaration it stands for. Pure: the page
 * renders the form, this module turns it into a declaration (with the field of every problem) and a
 * draft from an import back into the form.
 */
import { HOUR_CATEGORIES, SERVICES, WEEKDAYS, type AccessibilityDeclaration, type HourCategory, type Service, type Weekday } from '@praksis/hours-rules';
import type { DraftDeclaration } from '@praksis/hours-rules/publish/draft.js';
import type { HoursException, OpeningInterval, RecurringClosure, SubstitutePractice, WeekHours } from '@praksis/schema';
import { parseClock } from './clock.js';

export const SCHEMA_ID = 'https://praksis-widgets.dk/schema/v1/accessibility-declaration.schema.json';
export const HVERDAGE: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export interface IntervalText {
  from: string;
  to: string;
}

export interface CategoryForm {
  /** Left unticked, the kind of access is not stated. */
  stated: boolean;
  /** Per day, the intervals as typed; a day with only empty intervals is closed. */
  days: Record<Weekday, IntervalText[]>;
}

export type ServiceAnswer = 'yes' | 'no' | 'not-stated';

export interface SubstituteForm {
  name: string;
  phone: string;
  /** The substitute's own hours on hverdage, where known: consultation and acute line. */
  consultationFrom?: string;
  consultationTo?: string;
  acuteFrom?: string;
  acuteTo?: string;
}

export interface ExceptionForm {
  date: string;
  to: string;
  reason: string;
  kind: 'closed' | 'hours';
  /** Changed consultation hours, for kind "hours". */
  from: string;
  until: string;
  substitute: SubstituteForm;
}

export interface RecurringForm {
  kind: 'yearly' | 'monthly';
  /** Day of the month and month (1–12) for yearly. */
  day: string;
  month: string;
  /** 1–4 or -1 (last) and the weekday, for monthly. */
  nth: string;
  weekday: Weekday;
  /** Closed from this time; empty for all day. */
  from: string;
  reason: string;
  substitute: SubstituteForm;
}

export interface BadgeForm {
  practice: { name: string; ydernummer: string; phone: string; website: string; address: string };
  lastVerified: string;
  hours: Record<HourCategory, CategoryForm>;
  services: Record<Service, ServiceAnswer>;
  usualWait: string;
  bagom: { kind: 'number' | 'not-public' | 'none' | 'not-stated'; number: string };
  acute: { kind: 'practice' | 'substitute' | 'not-stated' } & SubstituteForm;
  exceptions: ExceptionForm[];
  recurring: RecurringForm[];
}

/** A problem in the form: the JSON pointer in the declaration, and the form field's id. */
export interface FormProblem {
  path: string;
  field: string;
  message: { da: string; en: string };
}

const emptyWeek = (): Record<Weekday, IntervalText[]> =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, [{ from: '', to: '' }]])) as Record<Weekday, IntervalText[]>;

export const emptySubstitute = (): SubstituteForm => ({ name: '', phone: '' });

export function emptyForm(today: string): BadgeForm {
  return {
    practice: { name: '', ydernummer: '', phone: '', website: '', address: '' },
    lastVerified: today,
    hours: Object.fromEntries(
      HOUR_CATEGORIES.map((c) => [c, { stated: c !== 'walkIn' && c !== 'lateConsultation', days: emptyWeek() }]),
    ) as Record<HourCategory, CategoryForm>,
    services: Object.fromEntries(SERVICES.map((s) => [s, 'not-stated'])) as Record<Service, ServiceAnswer>,
    usualWait: '',
    bagom: { kind: 'not-stated', number: '' },
    acute: { kind: 'not-stated', ...emptySubstitute() },
    exceptions: [],
    recurring: [],
  };
}

export const emptyException = (): ExceptionForm => ({ date: '', to: '', reason: '', kind: 'closed', from: '', until: '', substitute: emptySubstitute() });
export const emptyRecurring = (): RecurringForm => ({ kind: 'yearly', day: '', month: '12', nth: '1', weekday: 'thu', from: '', reason: '', substitute: emptySubstitute() });

/** "Copy Monday to every hverdag": Tuesday to Friday get Monday's intervals. */
export function copyMondayToWeekdays(form: CategoryForm): CategoryForm {
  const monday = form.days.mon.map((i) => ({ ...i }));
  const days = { ...form.days };
  for (const day of HVERDAGE.slice(1)) days[day] = monday.map((i) => ({ ...i }));
  return { ...form, days };
}

/** The id of a time field, shared by the page (as the input's id) and the problems list. */
export const timeFieldId = (category: string, day: string, index: number, end: 'from' | 'to') => `bm-${category}-${day}-${index}-${end}`;

const notATime = (text: string) => ({
  da: `«${text}» er ikke et klokkeslæt; skriv fx 8, 08, 8.00 eller 08:00`,
  en: `“${text}” is not a time of day; write e.g. 8, 08, 8.00 or 08:00`,
});
const missingEnd = { da: 'angiv både start og slut', en: 'give both a start and an end' };

/** Intervals of a day as typed; problems for times that cannot be read. Empty rows are skipped. */
function readDay(rows: readonly IntervalText[], pointer: string, field: (i: number, end: 'from' | 'to') => string, problems: FormProblem[]): OpeningInterval[] {
  const out: OpeningInterval[] = [];
  rows.forEach((row, i) => {
    if (row.from.trim() === '' && row.to.trim() === '') return;
    const from = parseClock(row.from);
    const to = parseClock(row.to, true);
    const at = `${pointer}/${out.length}`;
    if (row.from.trim() === '' || row.to.trim() === '') {
      problems.push({ path: at, field: field(i, row.from.trim() === '' ? 'from' : 'to'), message: missingEnd });
      return;
    }
    if (!from) problems.push({ path: `${at}/from`, field: field(i, 'from'), message: notATime(row.from) });
    if (!to) problems.push({ path: `${at}/to`, field: field(i, 'to'), message: notATime(row.to) });
    if (from && to) out.push({ from, to });
  });
  return out;
}

/**
 * The substitute as declared; its own hours (the same on every hverdag) when given. `pointer` is
 * the substitute's, `field` the prefix of its form fields.
 */
function substituteOf(form: SubstituteForm, pointer: string, field: string, problems: FormProblem[]): SubstitutePractice | undefined {
  if (form.name.trim() === '' && form.phone.trim() === '') return undefined;
  const hours: NonNullable<SubstitutePractice['hours']> = {};
  const kinds = [
    ['consultation', form.consultationFrom ?? '', form.consultationTo ?? '', 'cons'],
    ['acutePhone', form.acuteFrom ?? '', form.acuteTo ?? '', 'acute'],
  ] as const;
  for (const [category, from, to, key] of kinds) {
    const day = readDay([{ from, to }], `${pointer}/hours/${category}/mon`, (_, end) => `${field}-sub-${key}-${end}`, problems);
    if (day.length) hours[category] = Object.fromEntries(HVERDAGE.map((d) => [d, day]));
  }
  return { name: form.name.trim(), phone: form.phone.trim(), ...(Object.keys(hours).length ? { hours } : {}) };
}

/** The declaration the form stands for, and the problems only the form can see (unreadable times). */
export function toDeclaration(form: BadgeForm): { declaration: AccessibilityDeclaration; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const hours: AccessibilityDeclaration['hours'] = {};
  for (const category of HOUR_CATEGORIES) {
    const c = form.hours[category];
    if (!c.stated) continue;
    const week: WeekHours = {};
    for (const day of WEEKDAYS) {
      week[day] = readDay(c.days[day], `/hours/${category}/${day}`, (i, end) => timeFieldId(category, day, i, end), problems);
    }
    hours[category] = week;
  }
  const p = form.practice;
  const declaration: AccessibilityDeclaration = {
    $schema: SCHEMA_ID,
    practice: {
      name: p.name.trim(),
      ydernummer: p.ydernummer.trim(),
      ...(p.address.trim() ? { address: p.address.trim() } : {}),
      ...(p.phone.trim() ? { phone: p.phone.trim() } : {}),
      ...(p.website.trim() ? { website: p.website.trim() } : {}),
    },
    lastVerified: form.lastVerified,
    hours,
    provenance: { source: { da: 'Praksisens egne oplysninger', en: "The practice's own information" }, publisher: p.name.trim() || 'Praksis', asOf: form.lastVerified, fictional: false },
  };
  const services = Object.fromEntries(
    SERVICES.map((s) => [s, form.services[s] === 'yes' ? true : form.services[s] === 'no' ? false : 'not-stated']),
  ) as NonNullable<AccessibilityDeclaration['services']>;
  declaration.services = services;
  if (form.usualWait.trim() !== '') declaration.usualWaitWeekdays = Number(form.usualWait.trim());
  if (form.bagom.kind === 'number') declaration.bagomNumber = form.bagom.number.trim();
  else if (form.bagom.kind !== 'not-stated') declaration.bagomNumber = form.bagom.kind;
  if (form.acute.kind === 'practice') declaration.acute = { handledBy: 'practice' };
  else if (form.acute.kind === 'substitute') declaration.acute = { handledBy: 'substitute', substitute: { name: form.acute.name.trim(), phone: form.acute.phone.trim() } };
  const exceptions: HoursException[] = form.exceptions.map((e, i) => {
    const substitute = substituteOf(e.substitute, `/exceptions/${i}/substitute`, `bm-exception-${i}`, problems);
    const changed = e.kind === 'hours' ? readDay([{ from: e.from, to: e.until }], `/exceptions/${i}/hours/consultation`, (_, end) => `bm-exception-${i}-${end === 'from' ? 'from' : 'until'}`, problems) : [];
    return {
      date: e.date,
      ...(e.to && e.to !== e.date ? { to: e.to } : {}),
      reason: e.reason.trim(),
      ...(e.kind === 'closed' ? { closed: true as const } : { hours: { consultation: changed } }),
      ...(substitute ? { substitute } : {}),
    };
  });
  if (exceptions.length) declaration.exceptions = exceptions;
  const recurring: RecurringClosure[] = form.recurring.map((r, i) => {
    const substitute = substituteOf(r.substitute, `/recurringClosures/${i}/substitute`, `bm-recurring-${i}`, problems);
    const from = r.from.trim() === '' ? undefined : parseClock(r.from);
    if (r.from.trim() !== '' && !from) problems.push({ path: `/recurringClosures/${i}/from`, field: `bm-recurring-${i}-from`, message: notATime(r.from) });
    const when =
      r.kind === 'yearly'
        ? { yearly: `${r.month.padStart(2, '0')}-${r.day.trim().padStart(2, '0')}` }
        : { monthly: { nth: Number(r.nth) as 1 | 2 | 3 | 4 | -1, weekday: r.weekday } };
    return { ...when, ...(from ? { from } : {}), reason: r.reason.trim(), ...(substitute ? { substitute } : {}) };
  });
  if (recurring.length) declaration.recurringClosures = recurring;
  return { declaration, problems };
}

/** The form field that shows a JSON pointer of the declaration (for the problems list's links). */
export function fieldForPointer(path: string): string {
  const parts = path.split('/').slice(1);
  const [top, a, b, c, d] = parts;
  if (top === 'practice' && a) return `bm-practice-${a}`;
  if (top === 'hours' && a && b) return timeFieldId(a, b, Number(c ?? 0), d === 'to' ? 'to' : 'from');
  if (top === 'exceptions' && a) return `bm-exception-${a}-${b === 'to' ? 'to' : b === 'reason' ? 'reason' : b === 'hours' ? 'from' : 'date'}`;
  if (top === 'recurringClosures' && a) return `bm-recurring-${a}-${b === 'from' ? 'from' : b === 'yearly' ? 'day' : 'reason'}`;
  if (top === 'lastVerified') return 'bm-lastVerified';
  if (top === 'usualWaitWeekdays') return 'bm-wait';
  if (top === 'bagomNumber') return 'bm-bagom-number';
  if (top === 'acute') return 'bm-acute-name';
  return 'bm-practice-name';
}

/** Puts an imported draft into the form: its hours, closures and practice details replace the form's. */
export function applyDraft(form: BadgeForm, draft: DraftDeclaration): BadgeForm {
  const next: BadgeForm = { ...form, practice: { ...form.practice }, hours: { ...form.hours } };
  for (const [key, value] of Object.entries(draft.practice ?? {})) {
    if (typeof value === 'string' && key in next.practice) next.practice[key as keyof BadgeForm['practice']] = value;
  }
  for (const category of HOUR_CATEGORIES) {
    const week = draft.hours[category];
    if (!week) continue;
    const days = emptyWeek();
    for (const day of WEEKDAYS) {
      const intervals = week[day] ?? [];
      if (intervals.length) days[day] = intervals.map((i) => ({ from: i.from, to: i.to }));
    }
    next.hours[category] = { stated: true, days };
  }
  if (draft.exceptions) {
    next.exceptions = draft.exceptions.map((e) => ({
      ...emptyException(),
      date: e.date,
      to: e.to ?? '',
      reason: e.reason && typeof e.reason === 'string' ? e.reason : '',
      kind: e.closed ? 'closed' : 'hours',
      from: e.hours?.consultation?.[0]?.from ?? '',
      until: e.hours?.consultation?.[0]?.to ?? '',
    }));
  }
  if (draft.recurringClosures) {
    next.recurring = draft.recurringClosures.map((r) => ({
      ...emptyRecurring(),
      kind: r.yearly ? 'yearly' : 'monthly',
      month: r.yearly ? String(Number(r.yearly.slice(0, 2))) : '12',
      day: r.yearly ? String(Number(r.yearly.slice(3, 5))) : '',
      nth: r.monthly ? String(r.monthly.nth) : '1',
      weekday: r.monthly?.weekday ?? 'thu',
      from: r.from ?? '',
      reason: typeof r.reason === 'string' ? r.reason : '',
    }));
  }
  return next;
}
