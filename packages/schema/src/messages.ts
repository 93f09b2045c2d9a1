/**
 * Every message text the package produces, in Danish and English. Plain words for the people who
 * publish the data; the JSON pointer next to a message says where.
 */
import type { LocalizedMessage } from './issue.js';

type Lang = keyof LocalizedMessage;

function both(da: string, en: string): LocalizedMessage {
  return { da, en };
}

/** Numbers as written in each language: no grouping (bounds stay unambiguous), Danish decimal comma. */
function num(value: number, lang: Lang): string {
  return lang === 'da' ? String(value).replace('.', ',') : String(value);
}

/** "a", "a or b", "a, b or c". */
function list(items: readonly string[], or: string): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1] ?? ''}`;
}

/** A JSON value as a reader would type it: strings bare, anything else as JSON. */
function literal(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const TYPE_NAMES: Record<string, LocalizedMessage> = {
  string: both('en tekststreng', 'a string'),
  integer: both('et heltal', 'a whole number'),
  number: both('et tal', 'a number'),
  boolean: both('true eller false', 'true or false'),
  object: both('et objekt', 'an object'),
  array: both('en liste', 'an array'),
  null: both('null', 'null'),
};

function typeName(type: string, lang: Lang): string {
  return TYPE_NAMES[type]?.[lang] ?? type;
}

// Schema keywords

export function wrongType(types: readonly string[]): LocalizedMessage {
  return both(
    `skal være ${list(types.map((t) => typeName(t, 'da')), 'eller')}`,
    `must be ${list(types.map((t) => typeName(t, 'en')), 'or')}`,
  );
}

export function notConst(value: unknown): LocalizedMessage {
  return both(`skal være ${literal(value)}`, `must be ${literal(value)}`);
}

export function notInEnum(values: readonly unknown[]): LocalizedMessage {
  const allowed = values.map(literal).join(', ');
  return both(`skal være en af: ${allowed}`, `must be one of: ${allowed}`);
}

export function missingField(name: string): LocalizedMessage {
  return both(`mangler påkrævet felt «${name}»`, `missing required field "${name}"`);
}

export function unknownField(name: string): LocalizedMessage {
  return both(`ukendt felt «${name}»`, `unknown field "${name}"`);
}

export function notAllowed(): LocalizedMessage {
  return both('er ikke tilladt her', 'is not allowed here');
}

export function tooFewFields(min: number): LocalizedMessage {
  return min === 1
    ? both('skal have mindst ét felt', 'must have at least one field')
    : both(`skal have mindst ${min} felter`, `must have at least ${min} fields`);
}

export function tooFewItems(min: number): LocalizedMessage {
  return min === 1
    ? both('skal have mindst ét element', 'must have at least one item')
    : both(`skal have mindst ${min} elementer`, `must have at least ${min} items`);
}

export function tooManyItems(max: number): LocalizedMessage {
  return max === 1
    ? both('må højst have ét element', 'must have at most one item')
    : both(`må højst have ${max} elementer`, `must have at most ${max} items`);
}

export function belowMinimum(min: number): LocalizedMessage {
  return both(`skal være mindst ${num(min, 'da')}`, `must be at least ${num(min, 'en')}`);
}

export function aboveMaximum(max: number): LocalizedMessage {
  return both(`skal være højst ${num(max, 'da')}`, `must be at most ${num(max, 'en')}`);
}

export function notAbove(limit: number): LocalizedMessage {
  return both(`skal være større end ${num(limit, 'da')}`, `must be greater than ${num(limit, 'en')}`);
}

export function notBelow(limit: number): LocalizedMessage {
  return both(`skal være mindre end ${num(limit, 'da')}`, `must be less than ${num(limit, 'en')}`);
}

export function tooShort(min: number): LocalizedMessage {
  return min === 1
    ? both('må ikke være tom', 'must not be empty')
    : both(`skal være mindst ${min} tegn`, `must be at least ${min} characters`);
}

export function tooLong(max: number): LocalizedMessage {
  return both(`må højst være ${max} tegn`, `must be at most ${max} characters`);
}

/** Friendly words for the patterns our schemas use; keyed by the exact pattern. */
const PATTERN_HINTS: Record<string, LocalizedMessage> = {
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$': both(
    'skal være en dato på formen ÅÅÅÅ-MM-DD',
    'must be a date written YYYY-MM-DD',
  ),
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': both(
    'skal være et klokkeslæt på formen TT:MM, fra 00:00 til 23:59',
    'must be a time written HH:MM, from 00:00 to 23:59',
  ),
  '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$': both(
    'skal være et klokkeslæt på formen TT:MM, fra 00:00 til 24:00',
    'must be a time written HH:MM, from 00:00 to 24:00',
  ),
  '^\\+?[0-9][0-9 ]{6,18}[0-9]$': both(
    'skal være et telefonnummer: cifre, evt. mellemrum og et + foran',
    'must be a telephone number: digits, optional spaces and a leading +',
  ),
  '^[0-9]{6}$': both('skal være seks cifre', 'must be six digits'),
  '^https?://[^\\s]+$': both(
    'skal være en webadresse, der begynder med http:// eller https:// (uden mellemrum)',
    'must be a web address starting with http:// or https:// (no spaces)',
  ),
};

export function patternMismatch(pattern: string): LocalizedMessage {
  return PATTERN_HINTS[pattern] ?? both(`har ikke den forventede form (${pattern})`, `does not have the expected form (${pattern})`);
}

/** For anyOf/oneOf whose branches only require fields: "needs asOf or period". */
export function needsOneOf(alternatives: readonly (readonly string[])[]): LocalizedMessage {
  const da = alternatives.map((names) => list([...names], 'og'));
  const en = alternatives.map((names) => list([...names], 'and'));
  return both(`mangler ${list(da, 'eller')}`, `needs ${list(en, 'or')}`);
}

/** For oneOf [{required:[a]},{required:[b]}] when both are given. */
export function onlyOneOf(alternatives: readonly (readonly string[])[]): LocalizedMessage {
  const da = alternatives.map((names) => list(names.map((n) => `«${n}»`), 'og'));
  const en = alternatives.map((names) => list(names.map((n) => `"${n}"`), 'and'));
  return both(`angiv kun én af ${list(da, 'og')}`, `give only one of ${list(en, 'and')}`);
}

/** Several acceptable forms of one value, each with its own complaint: "must be X, or must be Y". */
export function anyOfThese(messages: readonly LocalizedMessage[]): LocalizedMessage {
  const unique = (lang: Lang) => [...new Set(messages.map((message) => message[lang]))];
  return both(unique('da').join(', eller '), unique('en').join(', or '));
}

export function matchesSeveral(): LocalizedMessage {
  return both('passer på mere end én af de tilladte former', 'matches more than one of the allowed forms');
}

// Semantic checks

export function notARealDate(): LocalizedMessage {
  return both('er ikke en gyldig kalenderdato', 'is not a real calendar date');
}

export function periodEndsBeforeStart(from: string): LocalizedMessage {
  return both(`må ikke ligge før «from» (${from})`, `must not be before "from" (${from})`);
}

export function rangeEndsBeforeStart(date: string): LocalizedMessage {
  return both(`må ikke ligge før «date» (${date})`, `must not be before "date" (${date})`);
}

export function intervalNotAfterStart(from: string): LocalizedMessage {
  return both(`skal være senere end «from» (${from})`, `must be later than "from" (${from})`);
}

export function doctorsNeeded(): LocalizedMessage {
  return both(
    'skal angives, når normen gælder pr. læge (norm.basis «doctor»)',
    'is required when the norm counts per doctor (norm.basis "doctor")',
  );
}

export function trendOutOfOrder(previous: string): LocalizedMessage {
  return both(
    `skal være senere end datoen før (${previous}); trenden skal stå med ældste først`,
    `must be later than the date before it (${previous}); list the trend oldest first`,
  );
}

export function trendAfterAsOf(asOf: string): LocalizedMessage {
  return both(`må ikke ligge efter asOf (${asOf})`, `must not be after asOf (${asOf})`);
}

export function bandNeedsBound(): LocalizedMessage {
  return both('mangler «from» eller «to»', 'needs "from" or "to"');
}

export function bandEmpty(from: number): LocalizedMessage {
  return both(`skal være større end «from» (${num(from, 'da')})`, `must be greater than "from" (${num(from, 'en')})`);
}

export function bandOnlyFirstOpenBelow(): LocalizedMessage {
  return both('kun det første bånd må udelade «from»', 'only the first band may leave out "from"');
}

export function bandOverlaps(previousTo: number | undefined): LocalizedMessage {
  return previousTo === undefined
    ? both(
        'overlapper båndet før, som ikke har nogen øvre grænse («to»)',
        'overlaps the band before it, which has no upper bound ("to")',
      )
    : both(
        `overlapper båndet før, som slutter ved ${num(previousTo, 'da')}; båndene skal stå i rækkefølge`,
        `overlaps the band before it, which ends at ${num(previousTo, 'en')}; list the bands in order`,
      );
}

// Reading files (command line)

const READ_ERRORS: Record<string, LocalizedMessage> = {
  ENOENT: both('filen findes ikke', 'no such file'),
  EISDIR: both('er en mappe, ikke en fil', 'is a directory, not a file'),
  EACCES: both('ingen adgang til filen', 'permission denied'),
};

export function unreadable(reason: string): LocalizedMessage {
  const known = READ_ERRORS[reason];
  return known
    ? both(`kan ikke læses: ${known.da}`, `cannot be read: ${known.en}`)
    : both(`kan ikke læses: ${reason}`, `cannot be read: ${reason}`);
}

/** The parser's own detail stays in English: it comes from the JavaScript engine. */
export function invalidJson(at: { line: number; column: number } | undefined, detail: string): LocalizedMessage {
  const where = at ? `${at.line}:${at.column}` : ''; // line:column, as editors take it
  return at
    ? both(`ugyldig JSON ved ${where}: ${detail}`, `invalid JSON at ${where}: ${detail}`)
    : both(`ugyldig JSON: ${detail}`, `invalid JSON: ${detail}`);
}

// Picking a schema

export function notAnObject(): LocalizedMessage {
  return both('skal være et JSON-objekt', 'must be a JSON object');
}

export function unknownSchema(known: readonly string[], missing: boolean): LocalizedMessage {
  const ids = known.join(', ');
  return missing
    ? both(`mangler $schema; brug en af: ${ids}`, `missing $schema; use one of: ${ids}`)
    : both(`ukendt $schema; brug en af: ${ids}`, `unknown $schema; use one of: ${ids}`);
}
