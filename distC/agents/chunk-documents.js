import { createHash } from 'node:crypto';
/** Fast token estimate used for chunking: about 4 characters per token for English prose (no tokenizer load). */
export const CHARS_PER_TOKEN = 4;
export function estimateTokens(text) {
    return Math.ceil(text.length / CHARS_PER_TOKEN);
}
/** First 12 hex characters of sha1(sourceFile): the stable prefix of every chunk id of that file. */
export function chunkIdPrefix(sourceFile) {
    return createHash('sha1').update(sourceFile).digest('hex').slice(0, 12);
}
/**
 * Split documents into token-bounded, overlapping chunks that keep their provenance. A chunk ends, by preference,
 * at a unit boundary (page, slide, sheet, row), else a blank line, a line break, a sentence end, a space; the
 * next chunk starts `overlapTokens` earlier, moved forward to the next such boundary. Linear in the text length.
 */
export function chunkDocuments(documents, options) {
    validateOptions(options);
    const chunks = [];
    for (const document of documents)
        chunkDocument(document, options, chunks);
    return chunks;
}
function validateOptions(options) {
    if (!Number.isFinite(options.maxTokens) || options.maxTokens < 16) {
        throw new RangeError(`chunkDocuments: maxTokens must be at least 16, got ${options.maxTokens}`);
    }
    if (!Number.isFinite(options.overlapTokens) || options.overlapTokens < 0 || options.overlapTokens * 2 > options.maxTokens) {
        throw new RangeError(`chunkDocuments: overlapTokens must be between 0 and half of maxTokens (${options.maxTokens / 2}), got ${options.overlapTokens}`);
    }
}
function chunkDocument(document, options, out) {
    const text = document.text;
    const maxChars = options.maxTokens * CHARS_PER_TOKEN;
    const overlapChars = options.overlapTokens * CHARS_PER_TOKEN;
    const prefix = chunkIdPrefix(document.sourceFile);
    const units = unitStarts(document);
    let start = skipWhitespace(text, 0);
    let index = 0;
    while (start < text.length) {
        let end = Math.min(text.length, start + maxChars);
        if (end < text.length) {
            // Never break in the first half of the window, so chunks stay close to maxTokens and the loop progresses.
            const lowest = start + Math.max(Math.floor(maxChars / 2), overlapChars + 1);
            end = bestBreak(text, units, lowest, end);
        }
        const slice = text.slice(start, end);
        const trimmedLength = slice.trimEnd().length;
        if (trimmedLength > 0) {
            const chunkText = slice.slice(0, trimmedLength);
            const unit = unitAt(units, start);
            out.push({
                id: `${prefix}:${index}`,
                sourceFile: document.sourceFile,
                unitKind: unit?.kind,
                unitIndex: unit?.index,
                startOffset: start,
                text: chunkText,
                tokens: estimateTokens(chunkText),
            });
            index += 1;
        }
        if (end >= text.length)
            break;
        // A unit boundary (page, slide, row...) is a natural seam: the next chunk starts there without overlap.
        const atUnitStart = unitAt(units, end)?.offset === end;
        const next = overlapChars > 0 && !atUnitStart ? bestStart(text, units, end - overlapChars, end) : end;
        start = skipWhitespace(text, Math.max(next, start + 1));
    }
}
/** Unit start offsets, ascending. Units without `offset` are located in the text in order (one linear pass). */
function unitStarts(document) {
    const result = [];
    let searchFrom = 0;
    for (const unit of document.units) {
        const offset = unit.offset ?? locateUnit(document.text, unit, searchFrom);
        if (offset === undefined)
            continue;
        searchFrom = offset;
        result.push({ offset, kind: unit.kind, index: unit.index });
    }
    result.sort((left, right) => left.offset - right.offset);
    return result;
}
function locateUnit(text, unit, from) {
    const probe = unit.text.trim().slice(0, 200);
    if (probe.length === 0)
        return undefined;
    const found = text.indexOf(probe, from);
    return found < 0 ? undefined : found;
}
/** The unit containing `offset` (the last unit starting at or before it). */
export function unitAt(units, offset) {
    let low = 0;
    let high = units.length - 1;
    let found;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const unit = units[middle];
        if (unit.offset <= offset) {
            found = unit;
            low = middle + 1;
        }
        else {
            high = middle - 1;
        }
    }
    return found;
}
/** Units of a document with their start offsets resolved, for mapping text offsets to page/slide/sheet. */
export function documentUnitStarts(document) {
    return unitStarts(document);
}
const PARAGRAPH = /\n[ \t]*\n/g;
const SENTENCE_END = /[.!?。！？]["')\]]?\s/g;
/** Last good break in (lowest, highest]: unit start, blank line, line break, sentence end, space; else `highest`. */
function bestBreak(text, units, lowest, highest) {
    const unit = unitAt(units, highest);
    if (unit !== undefined && unit.offset > lowest && unit.offset <= highest)
        return unit.offset;
    const window = text.slice(lowest, highest);
    const paragraph = lastMatchEnd(window, PARAGRAPH);
    if (paragraph !== undefined)
        return lowest + paragraph;
    const line = window.lastIndexOf('\n');
    if (line >= 0)
        return lowest + line + 1;
    const sentence = lastMatchEnd(window, SENTENCE_END);
    if (sentence !== undefined)
        return lowest + sentence;
    const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\t'));
    if (space >= 0)
        return lowest + space + 1;
    return highest;
}
/** First good start in [lowest, highest): after a blank line, a line break, a sentence end, a space; else `lowest`. */
function bestStart(text, units, lowest, highest) {
    const window = text.slice(lowest, highest);
    const unitIndex = firstUnitAtOrAfter(units, lowest);
    const unit = units[unitIndex];
    if (unit !== undefined && unit.offset < highest && unit.offset > lowest)
        return unit.offset;
    PARAGRAPH.lastIndex = 0;
    const paragraph = PARAGRAPH.exec(window);
    if (paragraph !== null)
        return lowest + paragraph.index + paragraph[0].length;
    const line = window.indexOf('\n');
    if (line >= 0)
        return lowest + line + 1;
    SENTENCE_END.lastIndex = 0;
    const sentence = SENTENCE_END.exec(window);
    if (sentence !== null)
        return lowest + sentence.index + sentence[0].length;
    const space = window.search(/\s/);
    if (space >= 0)
        return lowest + space + 1;
    return lowest;
}
function firstUnitAtOrAfter(units, offset) {
    let low = 0;
    let high = units.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (units[middle].offset < offset)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
function lastMatchEnd(window, pattern) {
    pattern.lastIndex = 0;
    let end;
    for (let match = pattern.exec(window); match !== null; match = pattern.exec(window)) {
        end = match.index + match[0].length;
        if (match[0].length === 0)
            pattern.lastIndex += 1;
    }
    return end;
}
function skipWhitespace(text, from) {
    let position = from;
    while (position < text.length && isSpace(text.charCodeAt(position)))
        position += 1;
    return position;
}
function isSpace(code) {
    return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0;
}
//# sourceMappingURL=chunk-documents.js.map