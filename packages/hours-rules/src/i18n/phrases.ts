/**
 * Sentence fragments in Danish and English for explanations. Built from fixed word lists, not
 * Intl, so output is identical in every runtime and costs no formatter construction.
 */
import { partsOf, type DayNumber } from '../time/civil.js';
import { formatTime } from '../time/clock.js';
import type { HourCategory, Lang, Localized } from '../declaration.js';
import type { Spans } from '../schedule/spans.js';

export type { Localized };

/** Builds a Localized from a function of the language. */
export function localized(make: (lang: Lang) => string): Localized {
  return { da: make('da'), en: make('en') };
}

const MONTHS: Record<Lang, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const WEEKDAY_NAMES: Record<Lang, readonly string[]> = {
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

export function weekdayName(weekday: number, lang: Lang): string {
  return WEEKDAY_NAMES[lang][weekday] ?? '';
}

/** "7. april 2026" / "7 April 2026". */
export function dateText(day: DayNumber, lang: Lang): string {
  const { year, month, day: d } = partsOf(day);
  const name = MONTHS[lang][month - 1] ?? '';
  return lang === 'da' ? `${d}. ${name} ${year}` : `${d} ${name} ${year}`;
}

/** When something happens: "om fredagen" / "on Fridays" for the regular week, "den 7. april 2026" for a date. */
export function dayPhrase(when: { day?: DayNumber; weekday: number }, lang: Lang): string {
  if (when.day !== undefined) return lang === 'da' ? `den ${dateText(when.day, lang)}` : `on ${dateText(when.day, lang)}`;
  return lang === 'da' ? `om ${weekdayName(when.weekday, lang)}en` : `on ${weekdayName(when.weekday, lang)}s`;
}

/** "a, b og c" / "a, b and c". */
export function listText(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'da' ? 'og' : 'and'} ${items[items.length - 1]}`;
}

/**
 * A count and its noun, singular for exactly 1 (the plural rule of whole numbers in Danish and
 * English): "1 krav", "1 requirement", "2 requirements". Counts here are small whole numbers, so
 * they are written without grouping.
 */
export function countText(count: number, [one, other]: readonly [string, string]): string {
  return `${count} ${count === 1 ? one : other}`;
}

const CATEGORY_HOURS: Record<HourCategory, Localized> = {
  consultation: { da: 'konsultationstider', en: 'consultation hours' },
  walkIn: { da: 'tider for åben konsultation', en: 'walk-in hours' },
  lateConsultation: { da: 'tider for sen konsultation', en: 'late consultation hours' },
  phone: { da: 'telefontider', en: 'phone hours' },
  doctorPhone: { da: 'lægens telefontid', en: "the doctor's telephone hours" },
  acutePhone: { da: 'akuttelefonens tider', en: 'acute phone hours' },
};

/** The hours of a kind of access, as the subject of "not stated": "akuttelefonens tider". */
export function categoryHours(category: HourCategory, lang: Lang): string {
  return CATEGORY_HOURS[category][lang];
}

export function spanText(from: number, to: number): string {
  return `${formatTime(from)}–${formatTime(to)}`;
}

export function spansText(spans: Spans, lang: Lang): string {
  return listText(
    spans.map(([from, to]) => spanText(from, to)),
    lang,
  );
}

// Templates split once into literal text (even indexes) and placeholder names (odd indexes).
const compiledTemplates = new Map<string, readonly string[]>();

/**
 * Replaces {name} placeholders with value(name), asking only for the names the template uses.
 * A name with no value is an error in the rule data, so it throws rather than print "{name}".
 */
export function fill(template: string, value: (name: string) => string | undefined): string {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiledTemplates.set(template, parts);
  }
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 0) {
      out += part;
    } else {
      const filled = value(part);
      if (filled === undefined) throw new Error(`Template placeholder {${part}} has no value`);
      out += filled;
    }
  }
  return out;
}
