import { ExtractionError } from '../errors/errors.js';
import { hasVisibleText, loadInput, noTextError, throwIfAborted } from './read-input.js';
import { decodeWindows1252 } from './text-decoding.js';
import { appendParagraphUnits, minUnitChars } from './text-units.js';
import type { DocumentUnit, ExtractedDocument, ExtractInput, ExtractOptions, Extractor } from './types.js';

/**
 * Rich Text Format (.rtf: macOS TextEdit's default format, WordPad, "Rich Text" saves from Word), read by a small
 * RTF reader after the Microsoft RTF 1.9.1 specification: groups, control words and symbols; `\par` / `\line` as
 * line breaks, `\tab`, `\cell` / `\row` for tables; `\'hh` bytes in the document's code page (`\ansicpg`, else
 * Windows-1252) and `\uN` characters with their `\ucN` fallbacks skipped; destinations that are not body text (font,
 * colour and style tables, document info, pictures, objects, headers, footers, footnotes, field instructions and
 * every `\*` destination) left out, while a field's result (`\fldrslt`, e.g. a link's text) is kept.
 */

const ID = 'rtf';

export const rtfExtractor: Extractor = {
  id: ID,
  extensions: ['.rtf'],
  mediaTypes: ['application/rtf', 'text/rtf'],
  extract: extractRtf,
};

async function extractRtf(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { bytes, sourceName, displayPath } = await loadInput(input, ID, options.signal);
  // RTF is 7-bit ASCII (other characters are escaped); latin1 keeps any stray byte as it is.
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!/^\s*\{\\rtf/.test(source.slice(0, 64))) {
    if (!hasVisibleText(source)) throw noTextError(displayPath, ID);
    throw new ExtractionError(displayPath, 'this is not a Rich Text file (it does not start with "{\\rtf"); the file is damaged or has the wrong extension', { extractorId: ID });
  }
  throwIfAborted(options.signal);
  const text = rtfToText(source);
  if (!hasVisibleText(text)) throw noTextError(displayPath, ID);
  const units: DocumentUnit[] = [];
  appendParagraphUnits(text, units, { minChars: minUnitChars(text.length) });
  return { sourceFile: sourceName, format: ID, text, units, warnings: [], metadata: {} };
}

/** Destinations whose content is not body text. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer',
  'footerl', 'footerr', 'footerf', 'footnote', 'fldinst', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl',
  'generator', 'xmlnstbl', 'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'filetbl', 'pgdsctbl',
  'nonshppict', 'bkmkstart', 'bkmkend', 'annotation', 'atnid', 'atnauthor', 'expandedcolortbl',
]);
const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', tab: '\t', cell: ' | ', row: '\n', emdash: '\u2014', endash: '\u2013',
  bullet: '\u2022', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201C', rdblquote: '\u201D', emspace: ' ', enspace: ' ',
  qmspace: ' ', nestcell: ' | ', nestrow: '\n',
};

/** A control word, its optional numeric parameter and the one space that may end it (read in place). */
const CONTROL_WORD = /([a-zA-Z]{1,32})(-?\d{1,10})? ?/y;

interface GroupState {
  skip: boolean;
  /** Fallback characters after a `\uN`. */
  uc: number;
}

/** The body text of an RTF document: one line per paragraph, blank-line runs collapsed. */
export function rtfToText(rtf: string): string {
  let out = '';
  let bytes: number[] = [];
  let codePage = 1252;
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, uc: 1 };
  let pendingFallback = 0;
  const flushBytes = (): void => {
    if (bytes.length === 0) return;
    out += decodeBytes(bytes, codePage);
    bytes = [];
  };
  const emit = (text: string): void => {
    if (state.skip) return;
    flushBytes();
    out += text;
  };
  let index = 0;
  const length = rtf.length;
  while (index < length) {
    const char = rtf[index]!;
    if (char === '{') {
      stack.push(state);
      state = { ...state };
      index++;
      continue;
    }
    if (char === '}') {
      state = stack.pop() ?? state;
      pendingFallback = 0;
      index++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      index++;
      continue;
    }
    if (char !== '\\') {
      if (pendingFallback > 0) {
        pendingFallback--;
        index++;
        continue;
      }
      // A run of plain text, up to the next control character, at once.
      let end = index + 1;
      while (end < length) {
        const code = rtf.charCodeAt(end);
        if (code === 92 || code === 123 || code === 125 || code === 10 || code === 13) break;
        end++;
      }
      emit(rtf.slice(index, end));
      index = end;
      continue;
    }
    const next = rtf[index + 1];
    if (next === undefined) break;
    if (next === "'") {
      const value = Number.parseInt(rtf.slice(index + 2, index + 4), 16);
      index += 4;
      if (pendingFallback > 0) {
        pendingFallback--;
      } else if (!state.skip && Number.isFinite(value)) {
        bytes.push(value);
      }
      continue;
    }
    const nextCode = next.charCodeAt(0) | 32;
    if (nextCode < 97 || nextCode > 122) {
      index += 2;
      if (next === '*') state.skip = true; // an ignorable destination: none is body text
      else if (next === '~') emit('\u00A0');
      else if (next === '_') emit('-');
      else if (next === '\n' || next === '\r') emit('\n'); // `\` + line break is `\par` (TextEdit writes lines so)
      else if (next === '\\' || next === '{' || next === '}') emit(next);
      continue; // `\-` (optional hyphen), `\:` (index entry) and others are nothing
    }
    CONTROL_WORD.lastIndex = index + 1;
    const match = CONTROL_WORD.exec(rtf)!;
    index = CONTROL_WORD.lastIndex;
    const word = match[1]!;
    const parameter = match[2] === undefined ? undefined : Number(match[2]);
    if (SKIPPED_DESTINATIONS.has(word)) {
      state.skip = true;
    } else if (word === 'u' && parameter !== undefined) {
      emit(String.fromCharCode(parameter < 0 ? parameter + 65536 : parameter));
      pendingFallback = state.uc;
    } else if (word === 'uc' && parameter !== undefined) {
      state.uc = parameter;
    } else if (word === 'ansicpg' && parameter !== undefined) {
      codePage = parameter;
    } else if (word === 'bin' && parameter !== undefined) {
      index += parameter; // binary data
    } else if (word in SYMBOL_WORDS) {
      emit(SYMBOL_WORDS[word]!);
    }
  }
  flushBytes();
  return out
    .split('\n')
    .map((line) => line.replace(/(?: \| )+$/, '').replace(/[ \t\u00A0]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** RTF code pages (`\ansicpgN`) that are not `windows-N` in the WHATWG Encoding Standard. */
const CODE_PAGES: Readonly<Record<number, string>> = { 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 10000: 'macintosh', 65001: 'utf-8', 20127: 'utf-8' };
const decoders = new Map<number, (bytes: Uint8Array) => string>();

function decodeBytes(bytes: number[], codePage: number): string {
  let decode = decoders.get(codePage);
  if (decode === undefined) {
    // Node's TextDecoder reads "windows-1252" as Latin-1 (no curly quotes or dashes at 0x80-0x9F): ours does it right.
    decode = decodeWindows1252;
    if (codePage !== 1252) {
      try {
        const decoder = new TextDecoder(CODE_PAGES[codePage] ?? `windows-${codePage}`);
        decode = (input) => decoder.decode(input);
      } catch {
        // a code page this Node does not know: Windows-1252
      }
    }
    decoders.set(codePage, decode);
  }
  return decode(Uint8Array.from(bytes));
}
