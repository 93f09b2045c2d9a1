/**
 * Where JSON.parse gave up, as line:column, for error messages people can act on. V8 usually
 * says "at position N"; for the messages that don't, a small syntax scanner finds the spot.
 */

export interface TextPosition {
  line: number;
  column: number;
}

/** 1-based line and column (in characters) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}

/** The offset JSON.parse's message points at, or undefined when neither it nor the scanner can tell. */
export function parseErrorOffset(message: string, text: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  return syntaxErrorOffset(text);
}

/** The parser's complaint without the offset and the echoed input, which we report separately. */
export function parseErrorDetail(message: string): string {
  return message
    .replace(/\s+in JSON at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .trim();
}

class Stop extends Error {
  constructor(readonly at: number) {
    super(`JSON syntax error at ${at}`);
  }
}

/** Offset of the first JSON syntax error in `text`, or undefined if there is none. */
export function syntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const stop = (): never => {
    throw new Stop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const expect = (char: string) => (text.charAt(i) === char ? i++ : stop());
  const string = () => {
    expect('"');
    while (i < text.length) {
      const char = text.charAt(i);
      if (char === '"') return void i++;
      if (char < ' ') stop();
      if (char === '\\') {
        i++;
        if ('"\\/bfnrt'.includes(text.charAt(i)) && i < text.length) i++;
        else if (text.charAt(i) === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 5;
        else stop();
      } else i++;
    }
    stop();
  };
  const digits = () => {
    if (!/[0-9]/.test(text.charAt(i))) stop();
    while (/[0-9]/.test(text.charAt(i))) i++;
  };
  // Character by character, so the stop lands where V8's does (e.g. after a lone "-").
  const number = () => {
    if (text.charAt(i) === '-') i++;
    if (text.charAt(i) === '0') i++;
    else digits();
    if (text.charAt(i) === '.') {
      i++;
      digits();
    }
    if (text.charAt(i) === 'e' || text.charAt(i) === 'E') {
      i++;
      if (text.charAt(i) === '+' || text.charAt(i) === '-') i++;
      digits();
    }
  };
  const value = (): void => {
    space();
    const char = text.charAt(i);
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      i++;
      space();
      if (text.charAt(i) === close) return void i++;
      for (;;) {
        if (close === '}') {
          space();
          string();
          space();
          expect(':');
        }
        value();
        space();
        if (text.charAt(i) === ',') i++;
        else return void expect(close);
      }
    }
    if (char === '"') return string();
    if (char === '-' || /[0-9]/.test(char)) return number();
    const word = ['true', 'false', 'null'].find((w) => w[0] === char);
    if (word === undefined) stop();
    for (const letter of word ?? '') expect(letter);
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (error) {
    if (error instanceof Stop) return error.at;
    return undefined; // e.g. nesting too deep for the stack: no position rather than a crash
  }
}
