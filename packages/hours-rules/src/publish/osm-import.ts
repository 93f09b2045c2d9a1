/**
 * Reads an OpenStreetMap `opening_hours` value (or schema.org's `openingHours` text, which uses
 * the same day and time notation) into draft consultation hours, recurring closures and dated
 * exceptions. The subset read is what `toOsm` writes plus the common forms (`24/7`, `closed`,
 * day lists and ranges); everything else is listed as not carried over, never guessed.
 */
import { WEEKDAYS, dayFromParts, formatDate, type Weekday } from '../time/civil.js';
import type { HoursException, OpeningInterval, RecurringClosure, WeekHours } from '@praksis/schema';
import { IMPORTED_REASON, type ImportResult, type NotCarried } from './draft.js';
import { OSM_DAYS, OSM_MONTHS } from './osm.js';

const DAY_BY_OSM = new Map(Object.entries(OSM_DAYS).map(([day, osm]) => [osm, day as Weekday]));
const MONTH_BY_OSM = new Map(OSM_MONTHS.map((m, i) => [m, i + 1]));

const TIME = String.raw`([01]\d|2[0-4]):([0-5]\d)`;
const TIMES = new RegExp(String.raw`^${TIME}-${TIME}(,${TIME}-${TIME})*$`);
const DATE = String.raw`(?:(\d{4}) )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ?(\d{1,2})`;
const DATES = new RegExp(String.raw`^${DATE}(?:-${DATE})?(?: |$)`);
const DAY_ITEM = /^(Mo|Tu|We|Th|Fr|Sa|Su)(?:\[(-1|[1-4])\])?(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$/;

const say = (da: string, en: string) => ({ da, en });

function intervals(times: string): OpeningInterval[] | undefined {
  if (times === 'off' || times === 'closed') return [];
  if (!TIMES.test(times)) return undefined;
  const out: OpeningInterval[] = [];
  for (const part of times.split(',')) {
    const [from = '', to = ''] = part.split('-');
    // 24:00 is an end only; an interval must end after it starts.
    if (from === '24:00' || (to > '24:00') || to <= from) return undefined;
    out.push({ from, to });
  }
  return out;
}

interface DaySelector {
  days: Weekday[];
  /** Set for "Th[1]": the nth weekday of the month. */
  nth?: 1 | 2 | 3 | 4 | -1;
}

function daySelector(text: string): DaySelector | undefined {
  const days: Weekday[] = [];
  let nth: DaySelector['nth'];
  for (const item of text.split(',')) {
    const m = DAY_ITEM.exec(item);
    if (!m) return undefined;
    const first = DAY_BY_OSM.get(m[1] ?? '');
    const last = m[3] ? DAY_BY_OSM.get(m[3]) : first;
    if (!first || !last) return undefined;
    if (m[2]) {
      if (m[3] || text.includes(',')) return undefined; // "Th[1]" alone only
      nth = Number(m[2]) as DaySelector['nth'];
    }
    const a = WEEKDAYS.indexOf(first);
    const b = WEEKDAYS.indexOf(last);
    for (let i = a; ; i = (i + 1) % 7) {
      const day = WEEKDAYS[i];
      if (day && !days.includes(day)) days.push(day);
      if (i === b) break;
    }
  }
  return { days, ...(nth ? { nth } : {}) };
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const iso = formatDate(dayFromParts(year, month, day));
  return iso === `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` ? iso : undefined;
}

/** Reads an OSM value into a draft; `regular` is consulted to read "Th[1] 08:00-12:00" as a closure from 12:00. */
export function fromOsm(value: string): ImportResult {
  const week: WeekHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  const recurringClosures: RecurringClosure[] = [];
  const exceptions: HoursException[] = [];
  const notCarried: NotCarried[] = [];
  const skip = (text: string, why: { da: string; en: string }) => notCarried.push({ text, why });
  for (const raw of value.split(';')) {
    const rule = raw.trim().replace(/\s+/g, ' ');
    if (rule === '') continue;
    if (rule === '24/7') {
      for (const day of WEEKDAYS) week[day] = [{ from: '00:00', to: '24:00' }];
      continue;
    }
    if (rule === 'PH off' || rule === 'PH closed') continue; // the engine closes public holidays anyway
    let rest = rule;
    const dates = DATES.exec(rest);
    if (dates) rest = rest.slice(dates[0].length).trim();
    const tokens = rest.split(' ');
    const times = intervals(tokens[tokens.length - 1] ?? '');
    const selectorText = tokens.slice(0, -1).join(' ');
    const selector = selectorText === '' ? undefined : daySelector(selectorText);
    if (times === undefined || (selectorText !== '' && !selector) || tokens.length > 2) {
      skip(rule, say('Kan ikke læses: kun ugedage, datoer og tider som «Mo-Fr 08:00-16:00» eller «Dec 24 off» læses.', 'Cannot be read: only weekdays, dates and times such as "Mo-Fr 08:00-16:00" or "Dec 24 off" are read.'));
      continue;
    }
    if (!dates) {
      if (!selector) {
        skip(rule, say('Tider uden ugedage kan ikke læses entydigt.', 'Times without weekdays cannot be read unambiguously.'));
      } else if (selector.nth !== undefined) {
        const day = selector.days[0] ?? 'mon';
        const closure = monthlyClosure(selector.nth, day, times, week[day] ?? []);
        if (closure) recurringClosures.push(closure);
        else skip(rule, say('Kun lukning hele dagen eller fra et klokkeslæt kan læses for en bestemt ugedag i måneden.', 'Only a closure all day or from a time can be read for the nth weekday of a month.'));
      } else {
        for (const day of selector.days) week[day] = times;
      }
      continue;
    }
    const [, y1, m1, d1, y2, m2, d2] = dates;
    const month1 = MONTH_BY_OSM.get(m1 as (typeof OSM_MONTHS)[number]) ?? 0;
    if (y1 === undefined) {
      // A yearly date: only closures all day are carried (a recurring closure).
      if (m2 === undefined && times.length === 0 && !selector) {
        recurringClosures.push({ yearly: `${String(month1).padStart(2, '0')}-${String(Number(d1)).padStart(2, '0')}`, reason: IMPORTED_REASON.da });
      } else {
        skip(rule, say('Kun lukning hele dagen kan læses for en dato uden år.', 'Only a closure all day can be read for a date without a year.'));
      }
      continue;
    }
    const first = isoDate(Number(y1), month1, Number(d1));
    const last = m2 === undefined ? first : isoDate(Number(y2 ?? y1), MONTH_BY_OSM.get(m2 as (typeof OSM_MONTHS)[number]) ?? 0, Number(d2));
    if (!first || !last || last < first || selector?.nth !== undefined) {
      skip(rule, say('Datoen kan ikke læses.', 'The date cannot be read.'));
      continue;
    }
    const exception: HoursException = {
      date: first,
      ...(last !== first ? { to: last } : {}),
      ...(selector && last !== first ? { weekdays: selector.days } : {}),
      reason: IMPORTED_REASON.da,
      ...(times.length === 0 ? { closed: true as const } : { hours: { consultation: times } }),
    };
    exceptions.push(exception);
  }
  if (exceptions.length || recurringClosures.length) {
    notCarried.push({
      text: IMPORTED_REASON.da,
      why: say('OSM angiver ingen årsag; lukninger og ændrede tider har fået årsagen «Særlige åbningstider». Ret den i redigeringen.', 'OSM states no reason; closures and changed hours were given the reason "Særlige åbningstider". Change it in the editor.'),
    });
  }
  return {
    draft: {
      hours: { consultation: week },
      ...(recurringClosures.length ? { recurringClosures } : {}),
      ...(exceptions.length ? { exceptions } : {}),
    },
    notCarried,
  };
}

/** "Th[1] off" or "Th[1] 08:00-12:00" (the regular day cut off at 12:00) as a monthly closure. */
function monthlyClosure(nth: NonNullable<DaySelector['nth']>, weekday: Weekday, times: OpeningInterval[], regular: readonly OpeningInterval[]): RecurringClosure | undefined {
  const base = { monthly: { nth, weekday }, reason: IMPORTED_REASON.da };
  if (times.length === 0) return base;
  const cut = times[times.length - 1]?.to ?? '';
  const expected = regular.filter((i) => i.from < cut).map((i) => ({ from: i.from, to: i.to > cut ? cut : i.to }));
  const same = expected.length === times.length && expected.every((i, k) => i.from === times[k]?.from && i.to === times[k]?.to);
  return same ? { ...base, from: cut } : undefined;
}
