/**
 * Splitting text into units (paragraphs, Markdown sections) and building a document's text from units.
 * Unit texts are slices of the document text (V8 shares the characters), and `unit.offset` is where the
 * unit starts, so `text.slice(unit.offset, unit.offset + unit.text.length) === unit.text`.
 */
/** Upper bound on units per document: huge files get grouped units instead of millions of tiny objects. */
export const MAX_UNITS_PER_DOCUMENT = 50_000;
/** Sections longer than this are split at paragraph boundaries (each part keeps the section title). */
export const MAX_SECTION_CHARS = 16_000;
/** Smallest unit size (in characters) that keeps a document under `MAX_UNITS_PER_DOCUMENT` units. */
export function minUnitChars(totalChars) {
    return Math.ceil(totalChars / MAX_UNITS_PER_DOCUMENT);
}
const BLANK_LINES = /\n(?:[ \t\f\v]*\n)+/g;
/**
 * Appends paragraph units for `text[from, to)`. A paragraph is a run of lines between blank lines.
 * Consecutive paragraphs are merged while the unit is shorter than `minChars` (0 for one unit each).
 */
export function appendParagraphUnits(text, units, options = {}) {
    const from = options.from ?? 0;
    const to = options.to ?? text.length;
    const minChars = options.minChars ?? 0;
    const maxChars = options.maxChars ?? Infinity;
    const kind = options.kind ?? 'paragraph';
    let groupStart = -1;
    let groupEnd = -1;
    const flush = () => {
        if (groupStart === -1)
            return;
        pushTrimmedUnit(text, units, kind, groupStart, groupEnd, options.title);
        groupStart = -1;
    };
    BLANK_LINES.lastIndex = from;
    let start = from;
    while (start < to) {
        const match = BLANK_LINES.exec(text);
        const end = match && match.index < to ? match.index : to;
        if (hasNonBlank(text, start, end)) {
            if (groupStart !== -1 && end - groupStart > maxChars)
                flush();
            if (groupStart === -1)
                groupStart = start;
            groupEnd = end;
            if (groupEnd - groupStart >= minChars)
                flush();
        }
        if (!match || match.index >= to)
            break;
        start = match.index + match[0].length;
    }
    flush();
}
/**
 * Units for Markdown (or Markdown-ish text we produced): one per ATX (`# Title`) or setext heading,
 * ignoring headings inside fenced code. Text before the first heading is a section without a title.
 */
export function appendSectionUnits(text, units, options = {}) {
    const minChars = options.minChars ?? 0;
    let sectionStart = 0;
    let title;
    let fence;
    let previousLineStart = -1;
    let previousLineBlank = true;
    const emit = (end) => {
        if (end - sectionStart > MAX_SECTION_CHARS) {
            appendParagraphUnits(text, units, {
                from: sectionStart, to: end, kind: 'section', title, minChars: Math.max(minChars, MAX_SECTION_CHARS / 2), maxChars: MAX_SECTION_CHARS,
            });
        }
        else if (hasNonBlank(text, sectionStart, end)) {
            pushTrimmedUnit(text, units, 'section', sectionStart, end, title);
        }
    };
    let lineStart = frontMatterEnd(text);
    while (lineStart <= text.length) {
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 ? text.length : newline;
        const line = text.slice(lineStart, lineEnd);
        const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fenceMatch) {
            const marker = fenceMatch[1];
            if (fence === undefined)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
        }
        else if (fence === undefined) {
            const atx = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line) ?? /^ {0,3}(#{1,6})[ \t]*$/.exec(line);
            const setext = !previousLineBlank && previousLineStart >= 0 && /^ {0,3}(=+|-+)[ \t]*$/.test(line);
            let headingStart = -1;
            let headingTitle;
            if (atx) {
                headingStart = lineStart;
                headingTitle = (atx[2] ?? '').trim();
            }
            else if (setext && !/^\s*([-*+]|\d+[.)])\s/.test(text.slice(previousLineStart, lineStart))) {
                headingStart = previousLineStart;
                headingTitle = text.slice(previousLineStart, lineStart - 1).trim();
            }
            if (headingStart !== -1 && (headingStart - sectionStart >= minChars || units.length === 0)) {
                if (headingStart > sectionStart)
                    emit(headingStart);
                sectionStart = headingStart;
                title = headingTitle || undefined;
            }
        }
        previousLineBlank = line.trim() === '';
        previousLineStart = lineStart;
        if (newline === -1)
            break;
        lineStart = newline + 1;
    }
    emit(text.length);
    renumber(units);
}
/** End of a YAML front-matter block (`---` … `---` at the very start), where heading detection begins. */
function frontMatterEnd(text) {
    if (!text.startsWith('---\n'))
        return 0;
    const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(4, 64 * 1024));
    return close ? 4 + close.index + close[0].length : 0;
}
function renumber(units) {
    units.forEach((unit, position) => {
        unit.index = position + 1;
    });
}
function hasNonBlank(text, start, end) {
    for (let index = start; index < end; index++) {
        const code = text.charCodeAt(index);
        if (code !== 32 && code !== 10 && code !== 9 && code !== 13 && code !== 12 && code !== 11)
            return true;
    }
    return false;
}
function pushTrimmedUnit(text, units, kind, start, end, title) {
    while (start < end && isSpace(text.charCodeAt(start)))
        start++;
    while (end > start && isSpace(text.charCodeAt(end - 1)))
        end--;
    if (end <= start)
        return;
    const unit = { kind, index: units.length + 1, text: text.slice(start, end), offset: start };
    if (title)
        unit.title = title;
    units.push(unit);
}
function isSpace(code) {
    return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11;
}
/**
 * Builds a document's text from units, joined by a blank line, recording each unit's offset.
 * Text is collected in ~1 MB flat pieces so huge documents do not keep millions of small strings alive.
 */
export class DocumentTextBuilder {
    separator;
    /** Units so far; their `text` is filled in by `build()` (a slice of the final text). */
    units = [];
    lengths = [];
    pieces = [];
    /** Strings not yet joined into a piece; joined (into one flat string) every ~1 MiB. */
    pending = [];
    pendingLength = 0;
    length = 0;
    constructor(separator = '\n\n') {
        this.separator = separator;
    }
    addUnit(kind, text, options = {}) {
        const trimmed = text.trim();
        if (trimmed === '')
            return;
        if (this.length > 0)
            this.append(this.separator);
        // The unit does not keep `trimmed`: only the text pieces hold the characters until `build()`.
        const unit = { kind, index: options.index ?? this.units.length + 1, text: '', offset: this.length };
        if (options.title)
            unit.title = options.title;
        this.units.push(unit);
        this.lengths.push(trimmed.length);
        this.append(trimmed);
    }
    /** The full text, with every unit's `text` set to its slice of it. */
    build() {
        this.flushPending();
        const text = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
        this.pieces.length = 0;
        this.units.forEach((unit, position) => {
            unit.text = text.slice(unit.offset, unit.offset + this.lengths[position]);
        });
        return { text, units: this.units };
    }
    append(value) {
        this.pending.push(value);
        this.pendingLength += value.length;
        this.length += value.length;
        if (this.pendingLength >= 1 << 20)
            this.flushPending();
    }
    /** `join` builds one flat string, so no tree of concatenated strings (and its garbage) piles up. */
    flushPending() {
        if (this.pending.length === 0)
            return;
        this.pieces.push(this.pending.length === 1 ? flatten(this.pending[0]) : this.pending.join(''));
        this.pending = [];
        this.pendingLength = 0;
    }
}
/** Forces V8 to flatten a concatenated (rope) string so its parts can be garbage-collected. */
function flatten(value) {
    // Reading a character flattens a cons-string in V8; the result is the same text.
    void value.charCodeAt(value.length - 1);
    return value;
}
/**
 * Writes many small items (CSV rows, dataset records) as units, grouping consecutive items until a unit
 * reaches `minChars`, so a file with millions of rows still has at most `MAX_UNITS_PER_DOCUMENT` units
 * (when the estimate was low, neighbouring units are merged at the end).
 * A unit's `index` is the index of its first item; a grouped unit's title names the range, e.g. `rows 7–12`.
 */
export class GroupedUnitWriter {
    kind;
    minChars;
    separator;
    label;
    maxUnits;
    builder;
    lastIndexes = [];
    group = [];
    groupLength = 0;
    first = 0;
    last = 0;
    constructor(kind, minChars, separator, label, maxUnits = MAX_UNITS_PER_DOCUMENT) {
        this.kind = kind;
        this.minChars = minChars;
        this.separator = separator;
        this.label = label;
        this.maxUnits = maxUnits;
        this.builder = new DocumentTextBuilder(separator);
    }
    add(text, index) {
        if (text === '')
            return;
        if (this.group.length === 0)
            this.first = index;
        else
            this.groupLength += this.separator.length;
        this.group.push(text);
        this.groupLength += text.length;
        this.last = index;
        if (this.groupLength >= this.minChars)
            this.flush();
    }
    build() {
        this.flush();
        const { text, units } = this.builder.build();
        let current = units;
        let lasts = this.lastIndexes;
        while (current.length > this.maxUnits) {
            const merged = [];
            const mergedLasts = [];
            for (let position = 0; position < current.length; position += 2) {
                const head = current[position];
                const tail = current[position + 1];
                if (!tail) {
                    merged.push(head);
                    mergedLasts.push(lasts[position]);
                    continue;
                }
                const end = tail.offset + tail.text.length;
                merged.push({ kind: head.kind, index: head.index, title: `${this.label} ${head.index}–${lasts[position + 1]}`, text: text.slice(head.offset, end), offset: head.offset });
                mergedLasts.push(lasts[position + 1]);
            }
            current = merged;
            lasts = mergedLasts;
        }
        return { text, units: current };
    }
    flush() {
        if (this.group.length === 0)
            return;
        const title = this.last > this.first ? `${this.label} ${this.first}–${this.last}` : undefined;
        const before = this.builder.units.length;
        const text = this.group.length === 1 ? this.group[0] : this.group.join(this.separator);
        this.builder.addUnit(this.kind, text, { index: this.first, ...(title ? { title } : {}) });
        if (this.builder.units.length > before)
            this.lastIndexes.push(this.last);
        this.group = [];
        this.groupLength = 0;
    }
}
//# sourceMappingURL=text-units.js.map