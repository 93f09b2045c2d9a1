/**
 * The badge maker's form as typed (strings), and the declaration it stands for. Pure: the page
 * renders the form, this module turns it into a declaration, with the form field of every problem.
 * The way back (a declaration or an imported draft into the form) is in form-import.ts.
 */
import { HOUR_CATEGORIES, SERVICES, WEEKDAYS, type AccessibilityDeclaration, type HourCategory, type Service, type Weekday } from '@praksis/hours-rules';
import { validateDocument } from '@praksis/schema';
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
  /** Its web site, if given. */
  url: string;
  /** The substitute's own week per kind of access, where known; unticked kinds are not given. */
  hours: Record<HourCategory, CategoryForm>;
}

/** One kind of access on the dates of a "changed hours" exception. */
export interface ChangedForm {
  /** Ticked, the kind gets the rows' hours on those dates (no rows: closed); unticked, it keeps its own. */
  changed: boolean;
  rows: IntervalText[];
}

export interface ExceptionForm {
  date: string;
  /** The last date of a range; empty (or the same date) for one day. */
  to: string;
  /** For a range: the weekdays it applies on; none ticked is the engine's default. */
  weekdays: Weekday[];
  reason: string;
  kind: 'closed' | 'hours';
  /** For kind "hours": the kinds of access changed and their hours. */
  changed: Record<HourCategory, ChangedForm>;
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
  acute: { kind: 'practice' | 'substitute' | 'not-stated'; substitute: SubstituteForm };
  exceptions: ExceptionForm[];
  recurring: RecurringForm[];
}

/** A problem in the form: the JSON pointer in the declaration, and the form field's id. */
export interface FormProblem {
  path: string;
  field: string;
  message: { da: string; en: string };
}

export const emptyRow = (): IntervalText => ({ from: '', to: '' });

export const emptyWeek = (): Record<Weekday, IntervalText[]> => Object.fromEntries(WEEKDAYS.map((d) => [d, [emptyRow()]])) as Record<Weekday, IntervalText[]>;

const perCategory = <T>(make: (category: HourCategory) => T): Record<HourCategory, T> =>
  Object.fromEntries(HOUR_CATEGORIES.map((c) => [c, make(c)])) as Record<HourCategory, T>;

export const emptySubstitute = (): SubstituteForm => ({ name: '', phone: '', url: '', hours: perCategory(() => ({ stated: false, days: emptyWeek() })) });

export function emptyForm(today: string): BadgeForm {
  return {
    practice: { name: '', ydernummer: '', phone: '', website: '', address: '' },
    lastVerified: today,
    hours: perCategory((c) => ({ stated: c !== 'walkIn' && c !== 'lateConsultation', days: emptyWeek() })),
    services: Object.fromEntries(SERVICES.map((s) => [s, 'not-stated'])) as Record<Service, ServiceAnswer>,
    usualWait: '',
    bagom: { kind: 'not-stated', number: '' },
    acute: { kind: 'not-stated', substitute: emptySubstitute() },
    exceptions: [],
    recurring: [],
  };
}

export const emptyException = (): ExceptionForm => ({
  date: '',
  to: '',
  weekdays: [],
  reason: '',
  kind: 'closed',
  // Changed hours are usually consultation hours: that kind starts ticked.
  changed: perCategory((c) => ({ changed: c === 'consultation', rows: [emptyRow()] })),
  substitute: emptySubstitute(),
});
export const emptyRecurring = (): RecurringForm => ({ kind: 'yearly', day: '', month: '12', nth: '1', weekday: 'thu', from: '', reason: '', substitute: emptySubstitute() });

/** "Copy Monday to every hverdag": Tuesday to Friday get Monday's intervals. */
export function copyMondayToWeekdays(form: CategoryForm): CategoryForm {
  const monday = form.days.mon.map((i) => ({ ...i }));
  const days = { ...form.days };
  for (const day of HVERDAGE.slice(1)) days[day] = monday.map((i) => ({ ...i }));
  return { ...form, days };
}

/** A range of dates, as the form has it: a last date after the first. */
export const isRange = (e: Pick<ExceptionForm, 'date' | 'to'>): boolean => e.to !== '' && e.to !== e.date;

// Field ids, shared by the page (as the inputs' ids) and the problems list's links.
/** A time field of a week grid; `grid` is the grid's prefix, e.g. "bm-phone" or "bm-exception-0-sub-consultation". */
export const gridFieldId = (grid: string, day: string, index: number, end: 'from' | 'to') => `${grid}-${day}-${index}-${end}`;
/** A time field of the regular week. */
export const timeFieldId = (category: string, day: string, index: number, end: 'from' | 'to') => gridFieldId(`bm-${category}`, day, index, end);
/** The grid prefix of a substitute's own week; `owner` is the substitute's owner, e.g. "bm-exception-0". */
export const substituteGrid = (owner: string, category: string) => `${owner}-sub-${category}`;
/** A time field of an exception's changed hours. */
export const changedFieldId = (exception: number, category: string, index: number, end: 'from' | 'to') => `bm-exception-${exception}-${category}-${index}-${end}`;

const notATime = (text: string) => ({
  da: `«${text}» er ikke et klokkeslæt; skriv fx 8, 08, 8.00 eller 08:00`,
  en: `“${text}” is not a time of day; write e.g. 8, 08, 8.00 or 08:00`,
});
const missingEnd = { da: 'angiv både start og slut', en: 'give both a start and an end' };

/**
 * The form field of each interval written, by its pointer in the declaration: empty and unreadable
 * rows are left out of the declaration, so an interval's index there may be less than its row's.
 */
type IntervalFields = Map<string, (end: 'from' | 'to') => string>;

/** Intervals of a day as typed; problems for times that cannot be read. Empty rows are skipped. */
function readDay(rows: readonly IntervalText[], pointer: string, field: (i: number, end: 'from' | 'to') => string, problems: FormProblem[], fields: IntervalFields): OpeningInterval[] {
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
    if (from && to) {
      fields.set(`${pointer}/${out.length}`, (end) => field(i, end));
      out.push({ from, to });
    }
  });
  return out;
}

/** A grid's week: every day written, an empty one as closed. */
function readWeek(c: CategoryForm, pointer: string, grid: string, problems: FormProblem[], fields: IntervalFields): WeekHours {
  const week: WeekHours = {};
  for (const day of WEEKDAYS) week[day] = readDay(c.days[day], `${pointer}/${day}`, (i, end) => gridFieldId(grid, day, i, end), problems, fields);
  return week;
}

/**
 * The substitute as declared, with its own hours for the kinds ticked where the engine reads them
 * (`withHours`: a substitute for closed days, not the acute arrangement's, whose line is the
 * practice's acute telephone). `owner` prefixes its fields.
 */
function substituteOf(form: SubstituteForm, pointer: string, owner: string, problems: FormProblem[], fields: IntervalFields, withHours = true): SubstitutePractice | undefined {
  const stated = withHours ? HOUR_CATEGORIES.filter((c) => form.hours[c].stated) : [];
  if (form.name.trim() === '' && form.phone.trim() === '' && form.url.trim() === '' && stated.length === 0) return undefined;
  const hours: NonNullable<SubstitutePractice['hours']> = {};
  for (const category of stated) hours[category] = readWeek(form.hours[category], `${pointer}/hours/${category}`, substituteGrid(owner, category), problems, fields);
  const url = form.url.trim();
  return { name: form.name.trim(), phone: form.phone.trim(), ...(url ? { url } : {}), ...(stated.length ? { hours } : {}) };
}

function exceptionOf(e: ExceptionForm, i: number, problems: FormProblem[], fields: IntervalFields): HoursException {
  const substitute = substituteOf(e.substitute, `/exceptions/${i}/substitute`, `bm-exception-${i}`, problems, fields);
  const hours: NonNullable<HoursException['hours']> = {};
  if (e.kind === 'hours') {
    for (const category of HOUR_CATEGORIES) {
      const changed = e.changed[category];
      if (changed.changed) hours[category] = readDay(changed.rows, `/exceptions/${i}/hours/${category}`, (k, end) => changedFieldId(i, category, k, end), problems, fields);
    }
  }
  const range = isRange(e);
  // Written in the week's order, so the document does not depend on the order of ticking.
  const weekdays = WEEKDAYS.filter((d) => e.weekdays.includes(d));
  return {
    date: e.date,
    ...(range ? { to: e.to } : {}),
    ...(range && weekdays.length ? { weekdays } : {}),
    reason: e.reason.trim(),
    ...(e.kind === 'closed' ? { closed: true as const } : { hours }),
    ...(substitute ? { substitute } : {}),
  };
}

function recurringOf(r: RecurringForm, i: number, problems: FormProblem[], fields: IntervalFields): RecurringClosure {
  const substitute = substituteOf(r.substitute, `/recurringClosures/${i}/substitute`, `bm-recurring-${i}`, problems, fields);
  const from = r.from.trim() === '' ? undefined : parseClock(r.from);
  if (r.from.trim() !== '' && !from) problems.push({ path: `/recurringClosures/${i}/from`, field: `bm-recurring-${i}-from`, message: notATime(r.from) });
  const when =
    r.kind === 'yearly'
      ? { yearly: `${r.month.padStart(2, '0')}-${r.day.trim().padStart(2, '0')}` }
      : { monthly: { nth: Number(r.nth) as 1 | 2 | 3 | 4 | -1, weekday: r.weekday } };
  return { ...when, ...(from ? { from } : {}), reason: r.reason.trim(), ...(substitute ? { substitute } : {}) };
}

/**
 * The declaration the form stands for, the problems only the form can see (unreadable times), and
 * the form field that shows a pointer of this declaration (for the validator's problems).
 */
export function toDeclaration(form: BadgeForm): { declaration: AccessibilityDeclaration; problems: FormProblem[]; fieldFor: (path: string) => string } {
  const problems: FormProblem[] = [];
  const fields: IntervalFields = new Map();
  const hours: AccessibilityDeclaration['hours'] = {};
  for (const category of HOUR_CATEGORIES) {
    if (form.hours[category].stated) hours[category] = readWeek(form.hours[category], `/hours/${category}`, `bm-${category}`, problems, fields);
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
  declaration.services = Object.fromEntries(
    SERVICES.map((s) => [s, form.services[s] === 'yes' ? true : form.services[s] === 'no' ? false : 'not-stated']),
  );
  // Digits only: Number() would also read "0x10" or "1e3", which nobody means as days.
  const wait = form.usualWait.trim();
  if (wait !== '') declaration.usualWaitWeekdays = /^\d+$/.test(wait) ? Number(wait) : Number.NaN;
  if (form.bagom.kind === 'number') declaration.bagomNumber = form.bagom.number.trim();
  else if (form.bagom.kind !== 'not-stated') declaration.bagomNumber = form.bagom.kind;
  if (form.acute.kind === 'practice') declaration.acute = { handledBy: 'practice' };
  else if (form.acute.kind === 'substitute') {
    const substitute = substituteOf(form.acute.substitute, '/acute/substitute', 'bm-acute', problems, fields, false) ?? { name: '', phone: '' };
    declaration.acute = { handledBy: 'substitute', substitute };
  }
  const exceptions = form.exceptions.map((e, i) => exceptionOf(e, i, problems, fields));
  if (exceptions.length) declaration.exceptions = exceptions;
  const recurring = form.recurring.map((r, i) => recurringOf(r, i, problems, fields));
  if (recurring.length) declaration.recurringClosures = recurring;
  const fieldFor = (path: string) => {
    const interval = /^(.*\/\d+)(?:\/(from|to))?$/.exec(path);
    const field = interval ? fields.get(interval[1]!) : undefined;
    return field ? field(interval![2] === 'to' ? 'to' : 'from') : fieldForPointer(path);
  };
  return { declaration, problems, fieldFor };
}

/** The field of a pointer inside a substitute (`rest` after ".../substitute"); `owner` prefixes its fields. */
function substituteField(owner: string, rest: readonly string[]): string {
  const [key, category, day, index, end] = rest;
  if (key === 'hours' && category && day) return gridFieldId(substituteGrid(owner, category), day, Number(index ?? 0), end === 'to' ? 'to' : 'from');
  if (key === 'hours') return `${owner}-sub-consultation-stated`;
  return `${owner}-sub-${key === 'phone' || key === 'url' ? key : 'name'}`;
}

/** The form field that shows a JSON pointer of the declaration (for the problems list's links). */
export function fieldForPointer(path: string): string {
  const parts = path.split('/').slice(1);
  const [top, a, b, c, d, e] = parts;
  if (top === 'practice' && a) return `bm-practice-${a}`;
  if (top === 'hours' && a && b) return timeFieldId(a, b, Number(c ?? 0), d === 'to' ? 'to' : 'from');
  if (top === 'exceptions' && a) {
    const owner = `bm-exception-${a}`;
    if (b === 'substitute') return substituteField(owner, parts.slice(3));
    if (b === 'hours' && c) return changedFieldId(Number(a), c, Number(d ?? 0), e === 'to' ? 'to' : 'from');
    if (b === 'hours') return `${owner}-consultation-changed`;
    if (b === 'weekdays') return `${owner}-weekday-mon`;
    return `${owner}-${b === 'to' ? 'to' : b === 'reason' ? 'reason' : 'date'}`;
  }
  if (top === 'recurringClosures' && a) {
    const owner = `bm-recurring-${a}`;
    if (b === 'substitute') return substituteField(owner, parts.slice(3));
    return `${owner}-${b === 'from' ? 'from' : b === 'yearly' ? 'day' : b === 'monthly' ? 'nth' : 'reason'}`;
  }
  if (top === 'acute' && a === 'substitute') return substituteField('bm-acute', parts.slice(2));
  // The provenance's date is the date verified; its publisher is the practice's name.
  if (top === 'lastVerified' || (top === 'provenance' && a === 'asOf')) return 'bm-lastVerified';
  if (top === 'usualWaitWeekdays') return 'bm-wait';
  if (top === 'bagomNumber') return 'bm-bagom-number';
  if (top === 'acute') return 'bm-acute';
  return 'bm-practice-name';
}

/**
 * Every problem of the form, each at the field to change: the times it cannot read, then what the
 * validator says about the declaration. A field whose text could not be read is named once.
 */
export function checkForm(form: BadgeForm): { declaration: AccessibilityDeclaration; problems: FormProblem[] } {
  const { declaration, problems, fieldFor } = toDeclaration(form);
  const issues = validateDocument(declaration)
    .issues.map((issue) => ({ path: issue.path, field: fieldFor(issue.path), message: issue.message }))
    // One value may stand at two pointers (the date verified is also the provenance's date): said once.
    .filter((issue, i, all) => !problems.some((p) => p.field === issue.field) && all.findIndex((other) => other.field === issue.field && other.message.en === issue.message.en) === i);
  return { declaration, problems: [...problems, ...issues] };
}
