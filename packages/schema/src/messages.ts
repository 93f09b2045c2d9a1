/**
 * Every message text the package produces at run time, in Danish and English. Plain words for the
 * people who publish the data; the JSON pointer next to a message says where. (Messages that
 * depend only on a schema, such as the words for a `pattern`, are written into the generated
 * schemas: scripts/lib/messages.mjs.)
 */
import type { LocalizedMessage } from './issue.js';

type Lang = keyof LocalizedMessage;

/** Text the same in both languages, a number (with a decimal comma in Danish), or text per language. */
type Arg = string | number | LocalizedMessage;

/** An argument in one language. Numbers: no grouping (bounds stay unambiguous), Danish decimal comma. */
const word = (arg: Arg, lang: Lang): string =>
  typeof arg === 'object' ? arg[lang] : lang === 'da' && typeof arg === 'number' ? String(arg).replace('.', ',') : String(arg);

/** A message from a Danish and an English template; each % takes the next argument. */
export function say(da: string, en: string, ...args: Arg[]): LocalizedMessage {
  const fill = (template: string, lang: Lang): string => {
    let i = 0;
    return template.replace(/%/g, () => word(args[i++] ?? '', lang));
  };
  return { da: fill(da, 'da'), en: fill(en, 'en') };
}

/** "a", "a or b", "a, b or c" in each language, with the last separator given per language. */
function list(items: readonly Arg[], da: string, en: string): LocalizedMessage {
  const join = (lang: Lang, or: string): string => {
    const words = items.map((item) => word(item, lang));
    const last = words.pop() ?? '';
    return words.length > 0 ? `${words.join(', ')} ${or} ${last}` : last;
  };
  return { da: join('da', da), en: join('en', en) };
}

/** A field name in each language's quotation marks. */
const quote = (name: string): LocalizedMessage => say('«%»', '"%"', name);

const TYPE_NAMES: Record<string, LocalizedMessage> = {
  string: { da: 'en tekststreng', en: 'a string' },
  integer: { da: 'et heltal', en: 'a whole number' },
  number: { da: 'et tal', en: 'a number' },
  boolean: { da: 'true eller false', en: 'true or false' },
  object: { da: 'et objekt', en: 'an object' },
  array: { da: 'en liste', en: 'an array' },
};

// Schema keywords

const mustBe = (what: Arg): LocalizedMessage => say('skal være %', 'must be %', what);

export const wrongType = (types: readonly string[]): LocalizedMessage =>
  mustBe(list(types.map((type) => TYPE_NAMES[type] ?? type), 'eller', 'or'));

/** A JSON value as a reader would type it: strings bare, anything else as JSON. */
const literal = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

export const notConst = (value: unknown): LocalizedMessage => mustBe(literal(value));

export const notInEnum = (values: readonly unknown[]): LocalizedMessage =>
  mustBe(say('en af: %', 'one of: %', values.map(literal).join(', ')));

export const missingField = (name: string): LocalizedMessage =>
  say('mangler påkrævet felt %', 'missing required field %', quote(name));

export const unknownField = (name: string): LocalizedMessage => say('ukendt felt %', 'unknown field %', quote(name));

export const notAllowed = (): LocalizedMessage => say('er ikke tilladt her', 'is not allowed here');

/**
 * The keywords that bound a size: the JSON type each applies to, the Danish and English
 * templates (% is the bound), then, where it reads differently, the pair for a bound of 1.
 */
export const BOUNDS = [
  ['minimum', 'number', 'skal være mindst %', 'must be at least %'],
  ['maximum', 'number', 'skal være højst %', 'must be at most %'],
  ['exclusiveMinimum', 'number', 'skal være større end %', 'must be greater than %'],
  ['exclusiveMaximum', 'number', 'skal være mindre end %', 'must be less than %'],
  ['minLength', 'string', 'skal være mindst % tegn', 'must be at least % characters', 'må ikke være tom', 'must not be empty'],
  ['maxLength', 'string', 'må højst være % tegn', 'must be at most % characters'],
  ['minItems', 'array', 'skal have mindst % elementer', 'must have at least % items', 'skal have mindst ét element', 'must have at least one item'],
  ['maxItems', 'array', 'må højst have % elementer', 'must have at most % items', 'må højst have ét element', 'must have at most one item'],
  ['minProperties', 'object', 'skal have mindst % felter', 'must have at least % fields', 'skal have mindst ét felt', 'must have at least one field'],
] as const;

export type Bound = (typeof BOUNDS)[number];

export const outOfBounds = ([, , da, en, daOne, enOne]: Bound, bound: number): LocalizedMessage =>
  bound === 1 && daOne ? say(daOne, enOne) : say(da, en, bound);

// Semantic checks

export const notARealDate = (): LocalizedMessage => say('er ikke en gyldig kalenderdato', 'is not a real calendar date');

/** A date or time before the one in `field`, which holds `value`. */
export const notBefore = (field: string, value: string): LocalizedMessage =>
  say('må ikke ligge før % (%)', 'must not be before % (%)', quote(field), value);

/** A time not later than the one in `field`, which holds `value`. */
export const notLaterThan = (field: string, value: string): LocalizedMessage =>
  say('skal være senere end % (%)', 'must be later than % (%)', quote(field), value);

export const doctorsNeeded = (): LocalizedMessage =>
  say(
    'skal angives, når normen gælder pr. læge (norm.basis «doctor»)',
    'is required when the norm counts per doctor (norm.basis "doctor")',
  );

export const trendOutOfOrder = (previous: string): LocalizedMessage =>
  say(
    'skal være senere end datoen før (%); trenden skal stå med ældste først',
    'must be later than the date before it (%); list the trend oldest first',
    previous,
  );

export const trendAfterAsOf = (asOf: string): LocalizedMessage =>
  say('må ikke ligge efter asOf (%)', 'must not be after asOf (%)', asOf);

export const bandNeedsBound = (): LocalizedMessage => say('mangler «from» eller «to»', 'needs "from" or "to"');

export const bandEmpty = (from: number): LocalizedMessage =>
  say('skal være større end «from» (%)', 'must be greater than "from" (%)', from);

export const bandOnlyFirstOpenBelow = (): LocalizedMessage =>
  say('kun det første bånd må udelade «from»', 'only the first band may leave out "from"');

export const bandOverlaps = (previousTo: number | undefined): LocalizedMessage =>
  previousTo === undefined
    ? say('overlapper båndet før, som ikke har nogen øvre grænse («to»)', 'overlaps the band before it, which has no upper bound ("to")')
    : say(
        'overlapper båndet før, som slutter ved %; båndene skal stå i rækkefølge',
        'overlaps the band before it, which ends at %; list the bands in order',
        previousTo,
      );

// Reading files (command line)

const READ_ERRORS: Record<string, LocalizedMessage> = {
  ENOENT: { da: 'filen findes ikke', en: 'no such file' },
  EISDIR: { da: 'er en mappe, ikke en fil', en: 'is a directory, not a file' },
  EACCES: { da: 'ingen adgang til filen', en: 'permission denied' },
};

export const unreadable = (reason: string): LocalizedMessage =>
  say('kan ikke læses: %', 'cannot be read: %', READ_ERRORS[reason] ?? reason);

/** The parser's own detail stays in English: it comes from the JavaScript engine. */
export const invalidJson = (at: { line: number; column: number } | undefined, detail: string): LocalizedMessage =>
  // line:column, as editors take it
  at ? say('ugyldig JSON ved %:%: %', 'invalid JSON at %:%: %', `${at.line}`, `${at.column}`, detail) : say('ugyldig JSON: %', 'invalid JSON: %', detail);

// Picking a schema

export const notAnObject = (): LocalizedMessage => say('skal være et JSON-objekt', 'must be a JSON object');

export const unknownSchema = (known: readonly string[], missing: boolean): LocalizedMessage =>
  say(missing ? 'mangler $schema; brug en af: %' : 'ukendt $schema; brug en af: %', missing ? 'missing $schema; use one of: %' : 'unknown $schema; use one of: %', known.join(', '));
