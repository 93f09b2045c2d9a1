/**
 * JSON text to a value, the same way on every route: `src`, an inline
 * `<script type="application/json">`, praksis-validate, praksis-hours check, praksis-embed page.
 *
 * - A byte-order mark at the start is skipped.
 * - Where the text is not JSON is said as line:column, in words of our own in Danish and English
 *   (engines word and place their errors differently, and echo invisible characters raw).
 * - A key given twice in one object is reported at its pointer, with both positions: JSON.parse
 *   would silently keep the last.
 * - Nesting deeper than MAX_DEPTH is reported at its pointer before JSON.parse sees the text.
 *
 * The scan is iterative, so no text can exhaust the stack. It accepts exactly what JSON.parse
 * accepts (a test compares them); JSON.parse then builds the value, fast.
 */
import { MAX_DEPTH } from './depth.js';
import type { LocalizedMessage, ValidationIssue } from './issue.js';
import { jsonWords, type TextPosition } from './messages.js';
import { escapeToken } from './pointer.js';
import type { JsonWords } from './words.js';

export type { TextPosition } from './messages.js';

/** Where a text stops being JSON, and why. */
export interface JsonSyntaxError extends TextPosition {
  /** Why, without the position, e.g. "expected ":" after the field name but found "}"". */
  detail: LocalizedMessage;
}

export type ParsedJson =
  | { ok: true; data: unknown }
  /** Not JSON: one issue at "" ("invalid JSON at 3:7: …"), and `syntax` for routes that word it themselves. */
  | { ok: false; issues: [ValidationIssue]; syntax: JsonSyntaxError }
  /** JSON, but not a usable document: keys given twice, or nesting too deep; each issue at its pointer. */
  | { ok: false; issues: ValidationIssue[]; syntax?: undefined };

/** Duplicate keys reported at most (the first ones, in document order). */
const MAX_ISSUES = 50;

/** 1-based line and column (in characters, so an emoji is one) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const code = text.charCodeAt(i);
    // The second half of a surrogate pair is part of the character before it.
    if (code < 0xdc00 || code > 0xdfff || i === lineStart || !isHighSurrogate(text.charCodeAt(i - 1))) column++;
  }
  return { line, column };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Where the text stops being JSON, and why. */
class Stop {
  constructor(
    readonly at: number,
    readonly detail: LocalizedMessage,
  ) {}
}

/** An object or array being read: its closing character, its keys so far, the token of the value in it. */
interface Container {
  close: '}' | ']';
  /** Object keys seen so far, with the offset where each was first given. */
  keys?: Map<string, number>;
  token: string | number;
}

// Sticky patterns, each matching at one offset: faster than a character loop over long texts.
const SPACE = /[ \t\n\r]*/y;
// Control characters (below U+0020) must be escaped inside a string, so they end a plain run.
// eslint-disable-next-line no-control-regex
const PLAIN = /[^"\\\u0000-\u001f]*/y;

/** Reads JSON text into a value; never throws. */
export function parseJsonText(input: string): ParsedJson {
  return readJsonText(input, jsonWords);
}

/** parseJsonText with its messages from the factory given (words.ts). */
export function readJsonText(input: string, m: JsonWords): ParsedJson {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const scanned = scan(text, m);
  if (scanned instanceof Stop) {
    const at = lineColumn(text, scanned.at);
    return {
      ok: false,
      issues: [{ path: '', message: m.invalidJson(at, scanned.detail) }],
      syntax: { ...at, detail: scanned.detail },
    };
  }
  if (scanned.length > 0) return { ok: false, issues: scanned };
  return { ok: true, data: JSON.parse(text) as unknown };
}

/** Checks the text: a Stop where it is not JSON, else the issues with it as a document (often none). */
function scan(text: string, m: JsonWords): Stop | ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: Container[] = [];
  let i = 0;
  /** The character at `at`, undefined at the end of the text. */
  const found = (at: number): string | undefined => (at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : undefined);
  /** Stops at `at`, saying what should have come there (one of m.expectedPart's parts) instead of what did. */
  const expect = (what: Parameters<JsonWords['expectedPart']>[0], at = i): Stop => new Stop(at, m.expectedPart(what, found(at)));
  /** Stops where one of `chars` should have come. */
  const expectOneOf = (...chars: string[]): Stop => new Stop(i, m.expectedOneOf(chars, found(i)));
  const skip = (pattern: RegExp): void => {
    pattern.lastIndex = i;
    pattern.test(text);
    i = pattern.lastIndex;
  };
  const digits = (): boolean => {
    const start = i;
    while (text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
    return i > start;
  };
  const pointer = (): string => stack.map((c) => `/${escapeToken(c.token)}`).join('');

  /**
   * Skips a string from its opening quote to past its closing one; returns whether it has escapes.
   * Values are not built here: JSON.parse builds them once, and only keys are needed early.
   */
  const string = (): boolean | Stop => {
    i++;
    let escaped = false;
    for (skip(PLAIN); text.charAt(i) !== '"'; skip(PLAIN)) {
      if (i >= text.length) return expectOneOf('"');
      if (text.charAt(i) !== '\\') return new Stop(i, m.unescaped(text.charAt(i)));
      // One of the short escapes, or \u and four hex digits.
      escaped = true;
      const next = text.charAt(i + 1);
      if (next !== '' && '"\\/bfnrt'.includes(next)) i += 2;
      else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else return expect('escape', i + 1);
    }
    i++;
    return escaped;
  };

  /** An object's key, the colon after it and the space before its value; notes a key given twice. */
  const member = (container: Container, keys: Map<string, number>): Stop | undefined => {
    if (text.charAt(i) !== '"') return expect('name');
    const at = i;
    const escaped = string();
    if (escaped instanceof Stop) return escaped;
    const key = escaped ? (JSON.parse(text.slice(at, i)) as string) : text.slice(at + 1, i - 1);
    container.token = key;
    const first = keys.get(key);
    if (first === undefined) keys.set(key, at);
    else if (issues.length < MAX_ISSUES) issues.push({ path: pointer(), message: m.duplicateKey(lineColumn(text, first), lineColumn(text, at)) });
    skip(SPACE);
    if (text.charAt(i) !== ':') return expectOneOf(':');
    i++;
    skip(SPACE);
    return undefined;
  };

  skip(SPACE);
  for (;;) {
    // A value starts at i.
    const c = text.charAt(i);
    if (c === '{' || c === '[') {
      if (stack.length === MAX_DEPTH) return [{ path: pointer(), message: m.tooDeepInText(MAX_DEPTH, lineColumn(text, i)) }];
      const keys = c === '{' ? new Map<string, number>() : undefined;
      const container: Container = { close: keys ? '}' : ']', keys, token: keys ? '' : 0 };
      i++;
      skip(SPACE);
      if (text.charAt(i) !== container.close) {
        stack.push(container);
        const problem = keys && member(container, keys);
        if (problem) return problem;
        continue;
      }
      i++;
    } else if (c === '"') {
      const skipped = string();
      if (skipped instanceof Stop) return skipped;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, stopping where a digit is missing.
      if (c === '-') i++;
      if (text.charAt(i) === '0') i++;
      else if (!digits()) return expect('digit');
      if (text.charAt(i) === '.' && (i++, !digits())) return expect('digit');
      if (text.charAt(i) === 'e' || text.charAt(i) === 'E') {
        i++;
        if (text.charAt(i) === '+' || text.charAt(i) === '-') i++;
        if (!digits()) return expect('digit');
      }
    } else {
      const word = ['true', 'false', 'null'].find((w) => w[0] === c);
      if (word === undefined) return expect('value');
      // Stops at the first letter that differs, as in "tru}".
      for (const letter of word) {
        if (text.charAt(i) !== letter) return new Stop(i, m.expectedWord(word, found(i)));
        i++;
      }
    }
    // After a value: the end of its container (perhaps several), a comma, or the end of the text.
    for (;;) {
      skip(SPACE);
      const top = stack[stack.length - 1];
      if (!top) return i < text.length ? expect('end') : issues;
      const next = text.charAt(i);
      if (next === top.close) {
        stack.pop();
        i++;
        continue;
      }
      if (next !== ',') return expectOneOf(',', top.close);
      const comma = i++;
      skip(SPACE);
      if (text.charAt(i) === top.close) return new Stop(comma, m.trailingComma(top.close));
      if (top.keys) {
        const problem = member(top, top.keys);
        if (problem) return problem;
      } else top.token = (top.token as number) + 1;
      break;
    }
  }
}
