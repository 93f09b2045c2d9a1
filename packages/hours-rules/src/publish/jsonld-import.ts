/**
 * Reads a schema.org JSON-LD block (pasted as JSON or as its `<script>` element) into a draft:
 * the practice's name, telephone, address and web site, consultation hours from
 * `openingHoursSpecification` (or `openingHours` text), telephone hours from contact points whose
 * `contactType` `toJsonLd` writes, and dated closures and changed hours from
 * `specialOpeningHoursSpecification`. What it cannot place is listed, never guessed.
 */
import { parseJsonText } from '@praksis/schema';
import type { HoursException, OpeningInterval, WeekHours } from '@praksis/schema';
import type { HourCategory } from '../declaration.js';
import { holidayOn } from '../time/holidays.js';
import { parseDate, type Weekday } from '../time/civil.js';
import { IMPORTED_REASON, type DraftDeclaration, type ImportResult, type NotCarried } from './draft.js';
import { CONTACT_TYPES, END_OF_DAY } from './jsonld.js';
import { fromOsm } from './osm-import.js';

type Node = Record<string, unknown>;
const say = (da: string, en: string) => ({ da, en });

const DAY_NAMES: Record<string, Weekday> = {
  monday: 'mon',
  tuesday: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  friday: 'fri',
  saturday: 'sat',
  sunday: 'sun',
};

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** "https://schema.org/Monday", "http://schema.org/Monday" or "Monday". */
function weekday(value: unknown): Weekday | undefined {
  const text = str(value) ?? (isNode(value) ? str(value['@id']) : undefined);
  return text ? DAY_NAMES[text.replace(/^https?:\/\/schema\.org\//, '').toLowerCase()] : undefined;
}

/** "08:00", "08:00:00" → "08:00"; closes 23:59:59 → "24:00". */
function time(value: unknown, end: boolean): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  if (end && text === END_OF_DAY) return '24:00';
  const m = /^([01]\d|2[0-3]):([0-5]\d)(?::00)?$/.exec(text);
  return m ? `${m[1]}:${m[2]}` : undefined;
}

/** The node describing the practice: the first with opening hours or a MedicalClinic/Physician type. */
function findPractice(root: unknown): Node | undefined {
  const candidates = list(isNode(root) && root['@graph'] ? root['@graph'] : root).filter(isNode);
  return candidates.find((n) => n.openingHoursSpecification || n.openingHours) ?? candidates[0];
}

interface Spec {
  days: Weekday[];
  from?: string;
  to?: string;
  validFrom?: string;
  validThrough?: string;
  closed: boolean;
}

function readSpec(value: unknown): Spec | undefined {
  if (!isNode(value)) return undefined;
  const days = list(value.dayOfWeek).map(weekday);
  if (days.some((d) => d === undefined)) return undefined;
  const from = time(value.opens, false);
  const to = time(value.closes, true);
  const validFrom = str(value.validFrom)?.slice(0, 10);
  const validThrough = str(value.validThrough)?.slice(0, 10) ?? validFrom;
  // Dates that are not in the calendar, or a range that ends before it starts, cannot be placed.
  for (const date of [validFrom, validThrough]) if (date !== undefined && parseDate(date) === undefined) return undefined;
  if (validFrom && validThrough && validThrough < validFrom) return undefined;
  if (validFrom === undefined && value.validThrough !== undefined) return undefined;
  const closed = (from === '00:00' && (to === '00:00' || value.closes === '00:00:00')) || (value.opens === undefined && value.closes === undefined);
  if (!closed && (!from || !to || to <= from)) return undefined;
  return { days: days as Weekday[], ...(closed ? {} : { from, to }), ...(validFrom ? { validFrom } : {}), ...(validThrough ? { validThrough } : {}), closed };
}

function weekFrom(specs: readonly Spec[]): WeekHours {
  const week: WeekHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  for (const spec of specs) {
    if (spec.closed || !spec.from || !spec.to) continue;
    for (const day of spec.days) week[day] = [...(week[day] ?? []), { from: spec.from, to: spec.to }];
  }
  return week;
}

function specsOf(node: Node, key: string, notCarried: NotCarried[]): Spec[] {
  const specs: Spec[] = [];
  for (const value of list(node[key])) {
    const spec = readSpec(value);
    if (spec) specs.push(spec);
    else notCarried.push({ text: JSON.stringify(value), why: say(`En angivelse i «${key}» kan ikke læses.`, `An entry of "${key}" cannot be read.`) });
  }
  return specs;
}

/** Special hours grouped by dates and weekdays: one exception each. */
function exceptionsFrom(specs: readonly Spec[], notCarried: NotCarried[]): HoursException[] {
  const groups = new Map<string, Spec[]>();
  for (const spec of specs) {
    if (!spec.validFrom || !spec.validThrough) {
      notCarried.push({ text: JSON.stringify(spec), why: say('Særlige åbningstider uden datoer kan ikke placeres.', 'Special hours without dates cannot be placed.') });
      continue;
    }
    const k = `${spec.validFrom}/${spec.validThrough}/${spec.days.join(',')}`;
    groups.set(k, [...(groups.get(k) ?? []), spec]);
  }
  const out: HoursException[] = [];
  for (const group of groups.values()) {
    const { validFrom = '', validThrough = '', days } = group[0] as Spec;
    const single = validFrom === validThrough;
    // A public holiday is closed without saying so; a closed special day on one is not an exception.
    if (single && group.every((s) => s.closed) && holidayOn(validFrom)) continue;
    const hours: OpeningInterval[] = group.filter((s) => !s.closed && s.from && s.to).map((s) => ({ from: s.from ?? '', to: s.to ?? '' }));
    out.push({
      date: validFrom,
      ...(single ? {} : { to: validThrough }),
      ...(!single && days.length ? { weekdays: days } : {}),
      reason: IMPORTED_REASON.da,
      ...(hours.length === 0 ? { closed: true as const } : { hours: { consultation: hours } }),
    });
  }
  return out;
}

/** Reads pasted JSON-LD (JSON text or a `<script type="application/ld+json">` block). */
export function fromJsonLd(text: string): ImportResult {
  const notCarried: NotCarried[] = [];
  const json = text.trim().replace(/^<script[^>]*>/i, '').replace(/<\/script>\s*$/i, '');
  const parsed = parseJsonText(json);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    return { draft: { hours: {} }, notCarried: [{ text: first?.path ?? '', why: first?.message ?? say('Ikke JSON.', 'Not JSON.') }] };
  }
  const node = findPractice(parsed.data);
  if (!node) return { draft: { hours: {} }, notCarried: [{ text: json.slice(0, 80), why: say('Ingen praksis fundet i JSON-LD.', 'No practice found in the JSON-LD.') }] };
  const draft: DraftDeclaration = { hours: {} };
  const practice: NonNullable<DraftDeclaration['practice']> = {};
  const name = str(node.name);
  if (name) practice.name = name;
  const phone = str(node.telephone);
  if (phone) practice.phone = phone;
  const url = str(node.url);
  if (url && /^https?:\/\//.test(url)) practice.website = url;
  const address = node.address;
  if (typeof address === 'string') practice.address = address;
  else if (isNode(address)) {
    const parts = [address.streetAddress, [address.postalCode, address.addressLocality].filter(Boolean).join(' ')].filter((p) => typeof p === 'string' && p !== '');
    if (parts.length) practice.address = parts.join(', ');
  }
  const id = list(node.identifier).find((i) => isNode(i) && i.propertyID === 'ydernummer');
  if (isNode(id) && /^\d{6}$/.test(String(id.value))) practice.ydernummer = String(id.value);
  draft.practice = practice;

  if (node.openingHoursSpecification) {
    const specs = specsOf(node, 'openingHoursSpecification', notCarried);
    const regular = specs.filter((s) => !s.validFrom);
    draft.hours.consultation = weekFrom(regular);
    const dated = specs.filter((s) => s.validFrom);
    if (dated.length) draft.exceptions = exceptionsFrom(dated, notCarried);
  } else if (node.openingHours !== undefined) {
    const osm = fromOsm(list(node.openingHours).filter((v) => typeof v === 'string').join('; '));
    draft.hours.consultation = osm.draft.hours.consultation;
    notCarried.push(...osm.notCarried);
  }
  const byType = new Map(Object.entries(CONTACT_TYPES).map(([category, type]) => [type, category as HourCategory]));
  for (const point of list(node.contactPoint).filter(isNode)) {
    const category = byType.get(str(point.contactType) ?? '');
    if (!category) {
      notCarried.push({ text: JSON.stringify(point.contactType ?? null), why: say('Kontaktpunktet svarer ikke til en af telefontiderne.', 'The contact point is not one of the telephone kinds.') });
      continue;
    }
    const specs = specsOf(point, 'hoursAvailable', notCarried);
    // Dated telephone hours would be read as the regular week; the form's changed hours take them instead.
    for (const spec of specs.filter((s) => s.validFrom)) {
      notCarried.push({ text: JSON.stringify(spec), why: say('Telefontider med datoer kan ikke placeres; skriv dem som ændrede tider.', 'Dated telephone hours cannot be placed; enter them as changed hours.') });
    }
    draft.hours[category] = weekFrom(specs.filter((s) => !s.validFrom));
  }
  const special = specsOf(node, 'specialOpeningHoursSpecification', notCarried);
  if (special.length) draft.exceptions = [...(draft.exceptions ?? []), ...exceptionsFrom(special, notCarried)];
  if (draft.exceptions?.length) {
    notCarried.push({ text: IMPORTED_REASON.da, why: say('schema.org angiver ingen årsag; særlige dage har fået årsagen «Særlige åbningstider».', 'schema.org states no reason; special days were given the reason "Særlige åbningstider".') });
  }
  notCarried.push({
    text: 'services, usualWaitWeekdays, bagomNumber, acute',
    why: say('Digitale tjenester, ventetid, bagom-nummer og akutordning findes ikke i schema.org-formatet; udfyld dem i redigeringen.', 'Digital services, waiting time, the bagom-nummer and the acute arrangement have no place in schema.org; fill them in in the editor.'),
  });
  return { draft, notCarried };
}
