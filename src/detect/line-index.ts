/**
 * One linear pass over the text that records, per line, its offsets, indentation and block kind
 * (blank, fenced code, front matter / HTML comment, heading, underline, thematic break).
 * Every detector works on this table instead of splitting the text, so no line is copied and
 * offsets always point into the original string.
 */

export const LineKind = {
  text: 0,
  blank: 1,
  /** A code-fence delimiter or a line inside a fenced code block. */
  fence: 2,
  /** YAML front matter or a line of an HTML comment (`<!-- ... -->`). */
  meta: 3,
  /** ATX heading (`## Title`). */
  atxHeading: 4,
  /** The title line of a setext (Markdown) or reStructuredText underlined heading. */
  underlinedTitle: 5,
  /** The underline (`-----`, `=====`, `~~~~~`) of such a heading. */
  underline: 6,
  /** Thematic break (`---`, `***`, `___` on their own line). */
  rule: 7,
} as const;
export type LineKindValue = (typeof LineKind)[keyof typeof LineKind];

export interface LineIndex {
  text: string;
  count: number;
  /** Offset of the first character of each line. */
  start: Int32Array;
  /** Offset just past the last character of each line (before `\r\n` / `\n`). */
  end: Int32Array;
  /** Offset of the first non-space character (equal to `end` on blank lines). */
  first: Int32Array;
  /** Leading indentation in columns (tab = 4). */
  indent: Uint16Array;
  kind: Uint8Array;
  /** Heading level (1–6) for heading lines, 0 otherwise. */
  level: Uint8Array;
  /** True when the document uses ATX headings (so `=`/`-` underlines follow Markdown levels). */
  markdownHeadings: boolean;
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const HASH = 35;

/** Punctuation characters that reStructuredText accepts as section adornment. */
const ADORNMENT = new Set('=-~^"\'`#*+_:.'.split('').map((character) => character.charCodeAt(0)));

export function createLineIndex(text: string): LineIndex {
  // Count lines first so the typed arrays are allocated once.
  let count = 1;
  for (let position = text.indexOf('\n'); position !== -1; position = text.indexOf('\n', position + 1)) count++;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const first = new Int32Array(count);
  const indent = new Uint16Array(count);
  const kind = new Uint8Array(count);
  const level = new Uint8Array(count);

  let lineStart = 0;
  for (let line = 0; line < count; line++) {
    let lineEnd = text.indexOf('\n', lineStart);
    const next = lineEnd === -1 ? text.length + 1 : lineEnd + 1;
    if (lineEnd === -1) lineEnd = text.length;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === CR) lineEnd--;
    let position = lineStart;
    let columns = 0;
    while (position < lineEnd) {
      const code = text.charCodeAt(position);
      if (code === SPACE) columns++;
      else if (code === TAB) columns += 4 - (columns % 4);
      else break;
      position++;
    }
    start[line] = lineStart;
    end[line] = lineEnd;
    first[line] = position;
    indent[line] = Math.min(columns, 65535);
    kind[line] = position === lineEnd ? LineKind.blank : LineKind.text;
    lineStart = next;
  }

  const index: LineIndex = { text, count, start, end, first, indent, kind, level, markdownHeadings: false };
  classifyBlocks(index);
  return index;
}

function classifyBlocks(index: LineIndex): void {
  const { text, count, first, end, indent, kind, level } = index;
  let line = 0;
  // YAML front matter: `---` on the very first line up to the next `---` / `...`.
  if (count > 1 && isExactly(text, first[0]!, end[0]!, '---') && indent[0] === 0) {
    for (let close = 1; close < count && close < 200; close++) {
      if (isExactly(text, first[close]!, end[close]!, '---') || isExactly(text, first[close]!, end[close]!, '...')) {
        for (let meta = 0; meta <= close; meta++) kind[meta] = LineKind.meta;
        line = close + 1;
        break;
      }
    }
  }

  let fenceChar = 0;
  let fenceLength = 0;
  let inComment = false;
  const adornmentOrder: number[] = [];
  const underlines: number[] = [];
  for (; line < count; line++) {
    if (kind[line] === LineKind.blank) continue;
    const firstOffset = first[line]!;
    const lineEnd = end[line]!;
    const code = text.charCodeAt(firstOffset);
    if (fenceChar !== 0) {
      kind[line] = LineKind.fence;
      if (code === fenceChar && runLength(text, firstOffset, lineEnd, code) >= fenceLength && onlySpacesAfterRun(text, firstOffset, lineEnd, code)) {
        fenceChar = 0;
      }
      continue;
    }
    if (inComment) {
      kind[line] = LineKind.meta;
      if (containsText(text, firstOffset, lineEnd, '-->')) inComment = false;
      continue;
    }
    if (indent[line]! <= 3 && (code === 96 || code === 126)) {
      const length = runLength(text, firstOffset, lineEnd, code);
      // A backtick fence's info string cannot contain backticks (CommonMark 4.5).
      if (length >= 3 && (code === 126 || !containsCode(text, firstOffset + length, lineEnd, 96))) {
        if (!(code === 126 && onlySpacesAfterRun(text, firstOffset, lineEnd, code) && isUnderlineOf(index, line))) {
          kind[line] = LineKind.fence;
          fenceChar = code;
          fenceLength = length;
          continue;
        }
      }
    }
    if (code === 60 && text.startsWith('<!--', firstOffset)) {
      kind[line] = LineKind.meta;
      if (!containsText(text, firstOffset + 4, lineEnd, '-->')) inComment = true;
      continue;
    }
    if (code === HASH && indent[line]! <= 3) {
      const hashes = runLength(text, firstOffset, lineEnd, HASH);
      const after = firstOffset + hashes;
      if (hashes <= 6 && (after === lineEnd || text.charCodeAt(after) === SPACE || text.charCodeAt(after) === TAB)) {
        kind[line] = LineKind.atxHeading;
        level[line] = hashes;
        index.markdownHeadings = true;
        continue;
      }
    }
    if (ADORNMENT.has(code) && onlySpacesAfterRun(text, firstOffset, lineEnd, code)) {
      const length = runLength(text, firstOffset, lineEnd, code);
      if (length >= 3 && isUnderlineOf(index, line)) {
        kind[line] = LineKind.underline;
        kind[line - 1] = LineKind.underlinedTitle;
        if (!adornmentOrder.includes(code)) adornmentOrder.push(code);
        underlines.push(line);
        continue;
      }
      if (length >= 3 && (code === 45 || code === 42 || code === 95)) {
        kind[line] = LineKind.rule;
        continue;
      }
    }
    if ((code === 45 || code === 42 || code === 95) && isSpacedRule(text, firstOffset, lineEnd, code)) {
      kind[line] = LineKind.rule;
    }
  }

  for (const underline of underlines) {
    const code = text.charCodeAt(first[underline]!);
    let headingLevel: number;
    if (index.markdownHeadings && code === 61) headingLevel = 1;
    else if (index.markdownHeadings && code === 45) headingLevel = 2;
    else headingLevel = adornmentOrder.indexOf(code) + (index.markdownHeadings ? 3 : 1);
    level[underline - 1] = Math.min(headingLevel, 6);
    level[underline] = level[underline - 1]!;
  }
}

/**
 * An underline belongs to a one-line title: the previous line is plain text at the same indentation,
 * and the line before that is blank, the start, or an overline.
 */
function isUnderlineOf(index: LineIndex, line: number): boolean {
  if (line === 0) return false;
  const title = line - 1;
  if (index.kind[title] !== LineKind.text || index.indent[title]! > 3 || index.indent[line]! > 3) return false;
  if (title === 0) return true;
  const before = index.kind[title - 1];
  return before === LineKind.blank || before === LineKind.meta || before === LineKind.rule || before === LineKind.underline;
}

/** Whether `needle` occurs inside [from, to); never looks past `to` (an unclosed comment stays linear). */
function containsText(text: string, from: number, to: number, needle: string): boolean {
  const head = needle.charCodeAt(0);
  for (let position = from; position + needle.length <= to; position++) {
    if (text.charCodeAt(position) === head && text.startsWith(needle, position)) return true;
  }
  return false;
}

function containsCode(text: string, from: number, to: number, code: number): boolean {
  for (let position = from; position < to; position++) if (text.charCodeAt(position) === code) return true;
  return false;
}

function runLength(text: string, from: number, to: number, code: number): number {
  let position = from;
  while (position < to && text.charCodeAt(position) === code) position++;
  return position - from;
}

function onlySpacesAfterRun(text: string, from: number, to: number, code: number): boolean {
  let position = from;
  while (position < to && text.charCodeAt(position) === code) position++;
  while (position < to) {
    const character = text.charCodeAt(position);
    if (character !== SPACE && character !== TAB) return false;
    position++;
  }
  return true;
}

/** `* * *` or `- - -` (CommonMark thematic break with spaces). */
function isSpacedRule(text: string, from: number, to: number, code: number): boolean {
  let marks = 0;
  for (let position = from; position < to; position++) {
    const character = text.charCodeAt(position);
    if (character === code) marks++;
    else if (character !== SPACE && character !== TAB) return false;
  }
  return marks >= 3;
}

function isExactly(text: string, from: number, to: number, value: string): boolean {
  let stop = to;
  while (stop > from && (text.charCodeAt(stop - 1) === SPACE || text.charCodeAt(stop - 1) === TAB)) stop--;
  return stop - from === value.length && text.startsWith(value, from);
}

/** End offset of the line with trailing whitespace removed. */
export function trimmedEnd(index: LineIndex, line: number): number {
  const { text } = index;
  const from = index.first[line]!;
  let stop = index.end[line]!;
  while (stop > from && isSpaceCode(text.charCodeAt(stop - 1))) stop--;
  return stop;
}

export function isSpaceCode(code: number): boolean {
  return code === SPACE || code === TAB || code === CR || code === 10 || code === 0xa0 || code === 0x3000;
}

export function isHeading(index: LineIndex, line: number): boolean {
  const lineKind = index.kind[line];
  return lineKind === LineKind.atxHeading || lineKind === LineKind.underlinedTitle;
}

/** Offsets of a heading's text (without `#` markers, closing hashes or surrounding spaces). */
export function headingText(index: LineIndex, line: number): { start: number; end: number } {
  const { text } = index;
  let from = index.first[line]!;
  let to = trimmedEnd(index, line);
  if (index.kind[line] === LineKind.atxHeading) {
    from += index.level[line]!;
    while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
    // Optional closing sequence: `## Title ##`.
    let closing = to;
    while (closing > from && text.charCodeAt(closing - 1) === HASH) closing--;
    if (closing < to && (closing === from || isSpaceCode(text.charCodeAt(closing - 1)))) {
      to = closing;
      while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
    }
    // The PPTX extractor's `## Slide 3: Title`: the title is the heading's text.
    SLIDE_PREFIX.lastIndex = from;
    if (SLIDE_PREFIX.test(text) && SLIDE_PREFIX.lastIndex < to) from = SLIDE_PREFIX.lastIndex;
  }
  return { start: from, end: to };
}

const SLIDE_PREFIX = /Slide [0-9]{1,4}: /y;

/** The last non-blank line in [from, to), or -1. */
export function lastNonBlank(index: LineIndex, from: number, to: number): number {
  for (let line = to - 1; line >= from; line--) if (index.kind[line] !== LineKind.blank) return line;
  return -1;
}

/** The first non-blank line in [from, to), or -1. */
export function firstNonBlank(index: LineIndex, from: number, to: number): number {
  for (let line = from; line < to; line++) if (index.kind[line] !== LineKind.blank) return line;
  return -1;
}

/** Whether the document says it is an FAQ in its title (first heading, first lines, or page metadata). */
export function isFaqTitled(index: LineIndex): boolean {
  const { text } = index;
  let checked = 0;
  for (let line = 0; line < index.count && checked < 4; line++) {
    const lineKind = index.kind[line];
    if (lineKind === LineKind.blank || lineKind === LineKind.underline || lineKind === LineKind.rule) continue;
    if (lineKind === LineKind.meta) {
      // Front matter or an HTML comment holding page metadata, e.g. `"Title": "Frequently Asked Questions (FAQ)"`.
      const slice = text.slice(index.first[line]!, index.end[line]!);
      if (/title["']?\s*[:=]/i.test(slice) && FAQ_WORDS.test(slice)) return true;
      continue;
    }
    checked++;
    const slice = text.slice(index.first[line]!, index.end[line]!);
    if (FAQ_WORDS.test(slice) && slice.length < 120) return true;
    if (isHeading(index, line)) return false;
  }
  return false;
}

export const FAQ_WORDS = /\bFAQs?\b|frequently[ \t]+asked[ \t]+questions/i;
