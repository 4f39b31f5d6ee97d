/**
 * Where a JSON text stops being valid, as line and column. Node 20's `JSON.parse` messages no longer
 * carry a position ("Unexpected token '}', ..." is not valid JSON"), so on failure this small scanner
 * (RFC 8259 grammar) walks the text once more to find the first offending character.
 */

export interface JsonErrorPosition {
  offset: number;
  line: number;
  column: number;
  problem: string;
}

class JsonSyntaxError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

export function findJsonErrorPosition(text: string): JsonErrorPosition | undefined {
  let at = 0;
  const fail = (problem: string): never => {
    throw new JsonSyntaxError(at, at >= text.length ? 'unexpected end of the file' : `${problem} (found ${JSON.stringify(text[at])})`);
  };
  const space = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, at)) at += word.length;
    else fail('expected a value');
  };
  const string = (): void => {
    at++;
    while (at < text.length && text[at] !== '"') {
      const code = text.charCodeAt(at);
      if (code < 0x20) fail('control character inside a string');
      if (text[at] === '\\') {
        at++;
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail('bad \\u escape');
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? '')) {
          fail('bad escape');
        }
      }
      at++;
    }
    if (at >= text.length) fail('unterminated string');
    at++;
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match || match[0] === '-') fail('bad number');
    at += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      at++;
      space();
      if (text[at] === '}') return void at++;
      for (;;) {
        space();
        if (text[at] !== '"') fail('expected a property name in double quotes');
        string();
        space();
        if (text[at] !== ':') fail("expected ':' after the property name");
        at++;
        value();
        space();
        if (text[at] === ',') at++;
        else if (text[at] === '}') return void at++;
        else fail("expected ',' or '}'");
      }
    } else if (char === '[') {
      at++;
      space();
      if (text[at] === ']') return void at++;
      for (;;) {
        value();
        space();
        if (text[at] === ',') at++;
        else if (text[at] === ']') return void at++;
        else fail("expected ',' or ']'");
      }
    } else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else fail('expected a value');
  };
  try {
    value();
    space();
    if (at < text.length) fail('unexpected text after the JSON value');
    return undefined;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    return { offset: error.offset, line, column: error.offset - before.lastIndexOf('\n'), problem: error.message };
  }
}

/** Where and why a JSON text does not parse (`problem at line L, column C`), else the parser's message. */
export function describeJsonError(error: unknown, source: string): string {
  const position = findJsonErrorPosition(source);
  if (position) return `${position.problem} at line ${position.line}, column ${position.column}`;
  return error instanceof Error ? error.message : String(error);
}
