/**
 * Every message text the package produces, in Danish and English. Plain words for the people who
 * publish the data; the JSON pointer next to a message says where. Messages that depend only on a
 * schema (what a `pattern` asks for, "needs asOf or period") are made here too, from the schema
 * node: the generated schemas carry no words, since every page with valid data loads them.
 *
 * The code that finds problems is handed `words` (at the end) rather than importing this module
 * (words.ts says why): a widget's page loads it only when a document has problems.
 */
import { explainFailure } from './explain.js';
import type { LocalizedMessage, ValidationIssue } from './issue.js';
import { sortByDocumentOrder } from './document-order.js';
import { hasOwn } from './json-values.js';
import type { Alternatives, BoundKeyword, SchemaObject } from './schema-node.js';

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

/**
 * Letters, digits, punctuation and symbols: what shows on screen (not spaces, controls, format
 * characters), less the default-ignorable ones and the blank Braille pattern, which are letters or
 * symbols that draw nothing (U+3164 HANGUL FILLER, U+2800). The schemas' "visible" pattern.
 */
const VISIBLE = /(?![\p{DI}\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;

/** One character as a reader can see it: itself when visible, else its code point, e.g. U+200B. */
export const visibleChar = (char: string): string =>
  VISIBLE.test(char) ? char : `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Longest piece of the data a message repeats. */
const SHOWN_LENGTH = 60;

/**
 * Text from the data as a message may repeat it: characters that don't show (zero-width spaces,
 * controls, a byte-order mark) as their code points, in brackets so they stand out, and cut short.
 */
export function shown(text: string): string {
  const chars = [...text];
  const head = chars.slice(0, SHOWN_LENGTH).map((c) => (c === ' ' || VISIBLE.test(c) ? c : `[${visibleChar(c)}]`));
  return head.join('') + (chars.length > SHOWN_LENGTH ? '…' : '');
}

/** A field name (or other text from the data) in each language's quotation marks. */
export const quote = (name: string): LocalizedMessage => say('«%»', '"%"', shown(name));

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

/**
 * Friendly words for the patterns the schemas use, keyed by the exact pattern; any other pattern is
 * named as written.
 */
const PATTERN_HINTS: Record<string, LocalizedMessage> = {
  '^(19[0-9]{2}|20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$': {
    da: 'skal være en dato på formen ÅÅÅÅ-MM-DD fra år 1900 til 2100',
    en: 'must be a date written YYYY-MM-DD, in the years 1900 to 2100',
  },
  '(?![\\p{DI}\\u2800])[\\p{L}\\p{N}\\p{P}\\p{S}]': {
    da: 'skal indeholde mindst ét synligt tegn, ikke kun mellemrum eller usynlige tegn',
    en: 'must contain at least one visible character, not only spaces or invisible characters',
  },
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': {
    da: 'skal være et klokkeslæt på formen TT:MM, fra 00:00 til 23:59',
    en: 'must be a time written HH:MM, from 00:00 to 23:59',
  },
  '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$': {
    da: 'skal være et klokkeslæt på formen TT:MM, fra 00:00 til 24:00',
    en: 'must be a time written HH:MM, from 00:00 to 24:00',
  },
  '^\\+?[0-9][0-9 ]{6,18}[0-9]$': {
    da: 'skal være et telefonnummer: cifre, evt. mellemrum og et + foran',
    en: 'must be a telephone number: digits, optional spaces and a leading +',
  },
  '^[0-9]{6}$': { da: 'skal være seks cifre', en: 'must be six digits' },
  '^https?://[^\\s]+$': {
    da: 'skal være en webadresse, der begynder med http:// eller https:// (uden mellemrum)',
    en: 'must be a web address starting with http:// or https:// (no spaces)',
  },
};

/** A string that does not match `pattern`. */
export const patternMismatch = (pattern: string): LocalizedMessage =>
  hasOwn(PATTERN_HINTS, pattern) ? { ...PATTERN_HINTS[pattern]! } : say('har ikke den forventede form (%)', 'does not have the expected form (%)', pattern);

/** The fields each branch of an anyOf/oneOf requires, where its branches only require fields (`none: 'fields'`). */
const requiredOf = ({ of }: Pick<Alternatives, 'of'>): string[][] => of.map((branch) => [...((branch as SchemaObject).required ?? [])]);

/** The values a branch allows, where every branch is a closed set (`none: 'values'`): its const, its enum, or true and false. */
const valuesOf = (branch: SchemaObject): readonly unknown[] => (hasOwn(branch, 'const') ? [branch.const] : (branch.enum ?? [true, false]));

/** anyOf/oneOf whose branches only require fields, none given: "needs asOf or period". */
export const needsOneOf = (alternatives: readonly (readonly string[])[]): LocalizedMessage =>
  say('mangler %', 'needs %', list(alternatives.map((names) => list(names, 'og', 'and')), 'eller', 'or'));

/** oneOf [{required:[a]},{required:[b]}] when both are given. */
export const onlyOneOf = (alternatives: readonly (readonly string[])[]): LocalizedMessage =>
  say('angiv kun én af %', 'give only one of %', list(alternatives.map((names) => list(names.map(quote), 'og', 'and')), 'og', 'and'));

export const matchesSeveral = (): LocalizedMessage => say('passer på mere end én af de tilladte former', 'matches more than one of the allowed forms');

/** A value that matches no branch of an anyOf/oneOf whose `none` says how to explain that. */
export const noBranchMatches = (alternatives: Pick<Alternatives, 'of' | 'none'>): LocalizedMessage =>
  alternatives.none === 'fields' ? needsOneOf(requiredOf(alternatives)) : notInEnum(alternatives.of.flatMap((branch) => valuesOf(branch as SchemaObject)));

/** A value that matches more than one branch of a oneOf. */
export const severalMatch = (alternatives: Pick<Alternatives, 'of' | 'none'>): LocalizedMessage =>
  alternatives.none === 'fields' ? onlyOneOf(requiredOf(alternatives)) : matchesSeveral();

export const missingField = (name: string): LocalizedMessage =>
  say('mangler påkrævet felt %', 'missing required field %', quote(name));

export const unknownField = (name: string): LocalizedMessage => say('ukendt felt %', 'unknown field %', quote(name));

export const notAllowed = (): LocalizedMessage => say('er ikke tilladt her', 'is not allowed here');

/**
 * What each keyword that bounds a size (BOUND_KEYWORDS in schema-node.ts) says: the Danish and
 * English templates (% is the bound), then, where it reads differently, the pair for a bound of 1.
 */
const BOUND_WORDS: Record<BoundKeyword, readonly [string, string] | readonly [string, string, string, string]> = {
  minimum: ['skal være mindst %', 'must be at least %'],
  maximum: ['skal være højst %', 'must be at most %'],
  exclusiveMinimum: ['skal være større end %', 'must be greater than %'],
  exclusiveMaximum: ['skal være mindre end %', 'must be less than %'],
  minLength: ['skal være mindst % tegn', 'must be at least % characters', 'må ikke være tom', 'must not be empty'],
  maxLength: ['må højst være % tegn', 'must be at most % characters'],
  minItems: ['skal have mindst % elementer', 'must have at least % items', 'skal have mindst ét element', 'must have at least one item'],
  maxItems: ['må højst have % elementer', 'must have at most % items', 'må højst have ét element', 'must have at most one item'],
  minProperties: ['skal have mindst % felter', 'must have at least % fields', 'skal have mindst ét felt', 'must have at least one field'],
};

/** A value beyond the bound of `keyword`. */
export const outOfBounds = (keyword: BoundKeyword, bound: number): LocalizedMessage => {
  const words = BOUND_WORDS[keyword];
  return bound === 1 && words.length === 4 ? say(words[2], words[3]) : say(words[0], words[1], bound);
};

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

export const afterAsOf = (asOf: string): LocalizedMessage =>
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

// Reading JSON text (json-text.ts). Positions are line:column, as editors take them.

/** Line and column (1-based, in characters) of a place in a text. */
export interface TextPosition {
  line: number;
  column: number;
}

const place = ({ line, column }: TextPosition): string => `${line}:${column}`;

export const invalidJson = (at: TextPosition, detail: LocalizedMessage): LocalizedMessage =>
  say('ugyldig JSON ved %: %', 'invalid JSON at %: %', place(at), detail);

/** A character as a message shows it: visible ones quoted, invisible ones by code point. */
export function character(char: string): LocalizedMessage {
  if (!VISIBLE.test(char)) return say('det usynlige tegn %', 'the invisible character %', visibleChar(char));
  return char === '"' ? say('«"»', "'\"'") : quote(char);
}

/** The things a JSON text can hold where a reader expected one and found another. */
export const JSON_PARTS = {
  value: { da: 'en JSON-værdi', en: 'a JSON value' },
  name: { da: 'et feltnavn i dobbelte anførselstegn', en: 'a field name in double quotes' },
  digit: { da: 'et ciffer', en: 'a digit' },
  escape: { da: 'en escape-sekvens som \\n, \\" eller \\u00e6', en: 'an escape sequence such as \\n, \\" or \\u00e6' },
  end: { da: 'slutningen af teksten', en: 'the end of the text' },
  /** One of these characters, e.g. "," or "}". */
  oneOf: (...chars: string[]): LocalizedMessage => list(chars.map(character), 'eller', 'or'),
};

/** Why a text is not JSON: what should have come, and what did (a character, or the end). */
export const expected = (what: LocalizedMessage, char: string | undefined): LocalizedMessage =>
  say('forventede %, men fandt %', 'expected % but found %', what, char === undefined ? JSON_PARTS.end : character(char));

export const trailingComma = (close: string): LocalizedMessage =>
  say('et komma må ikke stå lige før %', 'a comma must not come right before %', character(close));

export const unescaped = (char: string): LocalizedMessage =>
  say('% skal skrives med escape (fx \\n) inde i en tekst', '% must be escaped (e.g. \\n) inside a string', character(char));

/** A key given twice in one object: JSON.parse would silently keep only the last. */
export const duplicateKey = (first: TextPosition, again: TextPosition): LocalizedMessage =>
  say('står to gange i samme objekt, ved % og ved %; angiv hvert felt én gang', 'is given twice in the same object, at % and at %; give each field once', place(first), place(again));

/** Nesting beyond MAX_DEPTH (depth.ts), where in the text if it came as text. */
export const tooDeep = (max: number, at?: TextPosition): LocalizedMessage =>
  at
    ? say('er indlejret for dybt: mere end % niveauer (ved %)', 'is nested too deeply: more than % levels (at %)', max, place(at))
    : say('er indlejret for dybt: mere end % niveauer', 'is nested too deeply: more than % levels', max);

// Picking a schema

export const notAnObject = (): LocalizedMessage => say('skal være et JSON-objekt', 'must be a JSON object');

export const unknownSchema = (known: readonly string[], missing: boolean): LocalizedMessage =>
  say(missing ? 'mangler $schema; brug en af: %' : 'ukendt $schema; brug en af: %', missing ? 'missing $schema; use one of: %' : 'unknown $schema; use one of: %', known.join(', '));

// Said about one kind of document only (checks/<kind>.ts)

const flowTexts = {
  duplicateId: (id: string, first: number): LocalizedMessage =>
    say('id % er allerede brugt af /nodes/%', 'id % is already used by /nodes/%', quote(id), first),
  unknownNode: (id: string): LocalizedMessage => say('ingen knude har id %', 'no node has the id %', quote(id)),
  selfLink: (id: string): LocalizedMessage => say('går fra % til sig selv (et kredsløb)', 'goes from % to itself (a cycle)', quote(id)),
  cycle: (ids: readonly string[]): LocalizedMessage =>
    say('danner et kredsløb: %; strømme skal gå én vej', 'forms a cycle: %; flows must go one way', ids.map(shown).join(' → ')),
  duplicateLink: (source: string, target: string, first: number): LocalizedMessage =>
    say('strømmen % → % står allerede i /links/%', 'the flow % → % is already given in /links/%', quote(source), quote(target), first),
  countNotWhole: (): LocalizedMessage =>
    say('skal være et helt antal henvisninger, når «unit» er «count»', 'must be a whole number of referrals when "unit" is "count"'),
  notFinite: (): LocalizedMessage => say('skal være et endeligt tal', 'must be a finite number'),
  negative: (): LocalizedMessage => say('må ikke være negativ', 'must not be negative'),
  nothingToDraw: (): LocalizedMessage => say('alle strømme er 0: der er intet at vise', 'every flow is 0: there is nothing to show'),
  isolated: (id: string): LocalizedMessage => say('knuden % indgår ikke i nogen strøm', 'node % is not part of any flow', quote(id)),
  stageNeeded: (): LocalizedMessage =>
    say('mangler «stage»: dokumentet har «stages», så hver knude skal have sin kolonne', 'missing "stage": the document has "stages", so every node needs its column'),
  stageWithoutStages: (): LocalizedMessage =>
    say('«stage» kræver en liste «stages» med kolonnernes overskrifter', '"stage" needs a "stages" list with the column headings'),
  /** Integers only: no decimal comma to add. */
  stageOutOfRange: (count: number): LocalizedMessage =>
    say('skal være mindre end %, antallet af «stages»', 'must be less than %, the number of "stages"', count),
  stageBackwards: (source: string, sourceStage: number, target: string, targetStage: number): LocalizedMessage =>
    say(
      'går fra % (kolonne %) til % (kolonne %); strømme skal gå mod højre',
      'goes from % (column %) to % (column %); flows must go left to right',
      quote(source),
      sourceStage,
      quote(target),
      targetStage,
    ),
};

const hoursTexts = {
  weekdaysNeedRange: (): LocalizedMessage => say('gælder kun for en periode; angiv også «to»', 'applies to a range only; give "to" as well'),
  weekdayRepeated: (): LocalizedMessage => say('står allerede i listen', 'is already in the list'),
  weekdaysMatchNoDate: (): LocalizedMessage => say('rammer ingen dato mellem «date» og «to»', 'matches no date between "date" and "to"'),
  conflictingException: (other: string, date: string): LocalizedMessage =>
    say(
      'strider mod % den %: begge gælder den dag og er lige specifikke, så ingen af dem går forud; saml dem i én undtagelse, eller gør den ene kortere eller til færre ugedage',
      'conflicts with % on %: both apply that day and are equally specific, so neither takes precedence; combine them into one exception, or make one shorter or for fewer weekdays',
      other,
      date,
    ),
  noSuchYearlyDate: (): LocalizedMessage => say('er ikke en dato, der findes i noget år', 'is not a date that exists in any year'),
};

const matrixTexts = {
  onlyWith: (what: string): LocalizedMessage => say('kun ved «%»', 'only with "%"', what),
  usedTwice: (id: string): LocalizedMessage => say('«%» er brugt før', '"%" is used twice', id),
  unknownRow: (id: string): LocalizedMessage => say('ukendt række «%»', 'unknown row "%"', id),
  unknownColumn: (id: string): LocalizedMessage => say('ukendt kolonne «%»', 'unknown column "%"', id),
  notAdjacent: (): LocalizedMessage => say('skal være nabokolonner i rækkefølge', 'must be adjacent columns, in order'),
  alreadyHasValue: (row: string, column: string, cell: number): LocalizedMessage =>
    say('«%» har allerede en værdi i «%» (celle %)', '"%" already has a value in "%" (cell %)', row, column, cell),
  needsCell: (column: string): LocalizedMessage =>
    say('mangler en celle for kolonnen «%» (et tal eller null)', 'needs a cell for column "%" (a value or null)', column),
  sumOver: (sum: number, whole: number): LocalizedMessage => say('summen % er mere end %', 'adds up to %, more than %', sum, whole),
  sumUnder: (sum: number, whole: number): LocalizedMessage =>
    say('summen % er mindre end %, og ingen værdi mangler', 'adds up to %, less than %, with no value missing', sum, whole),
};

// The factories (words.ts), one per part of the validation that words issues, so that a bundle of
// one validator keeps only the words it can say. Each message by its name, made from plain
// arguments (keywords, names, numbers, positions) or from a message of the same factory.

/**
 * What the schema keywords and the checks say (validator.ts, kind.ts), and how they describe what
 * they find beyond words: in document order, and for a value that matches no branch of an
 * anyOf/oneOf, the problems of the branch most likely meant.
 */
export const schemaWords = {
  order: <T extends ValidationIssue>(issues: readonly T[], data: unknown): T[] => sortByDocumentOrder(issues, data),
  explainFailure: (alternatives: Pick<Alternatives, 'of' | 'none' | 'types'>, results: readonly ValidationIssue[][], data: unknown, pointer: string): ValidationIssue[] =>
    alternatives.none ? [{ path: pointer, message: noBranchMatches(alternatives) }] : explainFailure(alternatives, results, data, pointer, wrongType),
  severalMatch,
  notAllowed,
  wrongType,
  notConst,
  notInEnum,
  patternMismatch,
  missingField,
  unknownField,
  outOfBounds,
  /** A value handed over nested too deeply (no text, so no position). */
  tooDeep: (max: number): LocalizedMessage => tooDeep(max),
};

/** What reading JSON text says (json-text.ts). */
export const jsonWords = {
  invalidJson,
  /** What should have come in JSON text: one of JSON_PARTS, and what came instead (undefined: the end). */
  expectedPart: (part: Exclude<keyof typeof JSON_PARTS, 'oneOf'>, char: string | undefined): LocalizedMessage => expected(JSON_PARTS[part], char),
  expectedOneOf: (chars: readonly string[], char: string | undefined): LocalizedMessage => expected(JSON_PARTS.oneOf(...chars), char),
  /** The rest of true, false or null. */
  expectedWord: (literal: string, char: string | undefined): LocalizedMessage => expected(quote(literal), char),
  trailingComma,
  unescaped,
  duplicateKey,
  /** Nesting too deep in JSON text, with where in the text. */
  tooDeepInText: (max: number, at: TextPosition): LocalizedMessage => tooDeep(max, at),
};

/** What the provenance rules say (checks/provenance.ts), which every kind's rules say too. */
export const provenanceWords = { notARealDate, notBefore };

/** What each kind's rules say (checks/<kind>.ts). */
export const capacityWords = {
  ...provenanceWords,
  doctorsNeeded,
  trendOutOfOrder,
  afterAsOf,
  bandNeedsBound,
  bandEmpty,
  bandOnlyFirstOpenBelow,
  bandOverlaps,
};
export const referralFlowWords = { ...provenanceWords, ...flowTexts };
export const hoursWords = { ...provenanceWords, notLaterThan, ...hoursTexts };
export const matrixWords = { ...provenanceWords, ...schemaWords, ...matrixTexts };

/** Every message: what the element loads, as a part of its own, when a document has problems. No two factories give one name two meanings (test/words.test.ts). */
export const words = { ...schemaWords, ...jsonWords, ...capacityWords, ...referralFlowWords, ...hoursWords, ...matrixWords };
