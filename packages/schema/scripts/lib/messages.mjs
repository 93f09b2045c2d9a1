// Messages that depend only on a schema, worked out when it is compiled and written into the
// compact schema (compile.mjs), so a widget carries only the words its schema can produce. The
// messages that depend on the data are in src/messages.ts; notInEnum is in both, and a test
// checks that they agree.

/** Friendly words for the patterns our schemas use, keyed by the exact pattern. */
const PATTERN_HINTS = {
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

/** "a", "a or b", "a, b or c". */
function list(items, or) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
}

/** A JSON value as a reader would type it: strings bare, anything else as JSON. */
const literal = (value) => (typeof value === 'string' ? value : JSON.stringify(value));

/** A string that does not match `pattern`. */
export function patternMessage(pattern) {
  return Object.hasOwn(PATTERN_HINTS, pattern)
    ? { ...PATTERN_HINTS[pattern] }
    : { da: `har ikke den forventede form (${pattern})`, en: `does not have the expected form (${pattern})` };
}

/** A value outside the allowed ones (as src/messages.ts words it). */
export function notInEnum(values) {
  const allowed = values.map(literal).join(', ');
  return { da: `skal være en af: ${allowed}`, en: `must be one of: ${allowed}` };
}

/** anyOf/oneOf whose branches only require fields, none given: "needs asOf or period". */
export function needsOneOf(alternatives) {
  return {
    da: `mangler ${list(alternatives.map((names) => list(names, 'og')), 'eller')}`,
    en: `needs ${list(alternatives.map((names) => list(names, 'and')), 'or')}`,
  };
}

/** oneOf [{required:[a]},{required:[b]}] when both are given. */
export function onlyOneOf(alternatives) {
  const da = alternatives.map((names) => list(names.map((n) => `«${n}»`), 'og'));
  const en = alternatives.map((names) => list(names.map((n) => `"${n}"`), 'and'));
  return { da: `angiv kun én af ${list(da, 'og')}`, en: `give only one of ${list(en, 'and')}` };
}

/** oneOf matching more than one branch. */
export function matchesSeveral() {
  return { da: 'passer på mere end én af de tilladte former', en: 'matches more than one of the allowed forms' };
}
