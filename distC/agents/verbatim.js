/**
 * The verbatim rule of identify mode: a message must be an exact, contiguous copy of the source text. Comparison is
 * whitespace-normalised (any run of whitespace equals one space) and folds typographic quotes, dashes, the ellipsis
 * character and Markdown emphasis marks (`*`, backtick) that the extractor may have added. The content kept is
 * always the source's own slice, so what is stored appears in the source exactly.
 */
const FOLDED = {
    '\u2018': "'",
    '\u2019': "'",
    '\u201a': "'",
    '\u201b': "'",
    '\u2032': "'",
    '\u201c': '"',
    '\u201d': '"',
    '\u201e': '"',
    '\u201f': '"',
    '\u2033': '"',
    '\u00ab': '"',
    '\u00bb': '"',
    '\u2010': '-',
    '\u2011': '-',
    '\u2012': '-',
    '\u2013': '-',
    '\u2014': '-',
    '\u2015': '-',
    '\u2212': '-',
    '\u2026': '...',
};
const IGNORED = new Set(['*', '`', '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad']);
export function toMatchable(original) {
    const parts = [];
    const origin = new Int32Array(original.length * 3 + 1);
    let length = 0;
    let pendingSpace = -1;
    for (let index = 0; index < original.length; index += 1) {
        const char = original[index];
        if (/\s/.test(char)) {
            if (pendingSpace < 0)
                pendingSpace = index;
            continue;
        }
        if (IGNORED.has(char))
            continue;
        if (pendingSpace >= 0) {
            if (length > 0) {
                parts.push(' ');
                origin[length] = pendingSpace;
                length += 1;
            }
            pendingSpace = -1;
        }
        const folded = FOLDED[char] ?? char;
        for (const piece of folded) {
            parts.push(piece);
            origin[length] = index;
            length += 1;
        }
    }
    return { text: parts.join(''), origin: origin.subarray(0, length), original };
}
/**
 * Where `needle` occurs in `haystack` (normalised comparison), searching from original offset `from`.
 * `undefined` when it does not occur, or when the needle is empty after normalisation.
 */
export function findVerbatim(haystack, needle, from = 0) {
    const normalisedNeedle = toMatchable(needle).text;
    if (normalisedNeedle.length === 0)
        return undefined;
    const fromNormalised = firstNormalisedAtOrAfter(haystack.origin, from);
    const found = haystack.text.indexOf(normalisedNeedle, fromNormalised);
    if (found < 0)
        return undefined;
    const lastIndex = found + normalisedNeedle.length - 1;
    const start = haystack.origin[found];
    const end = extendOverClosingMarks(haystack.original, start, haystack.origin[lastIndex] + 1);
    return { start, end };
}
/** `**bold**` at the end of a span: include the closing marks when the span holds an odd number of them. */
function extendOverClosingMarks(original, start, end) {
    let extended = end;
    for (const mark of ['*', '`']) {
        let count = 0;
        for (let index = start; index < extended; index += 1)
            if (original[index] === mark)
                count += 1;
        if (count % 2 === 1)
            while (original[extended] === mark)
                extended += 1;
    }
    return extended;
}
function firstNormalisedAtOrAfter(origin, offset) {
    let low = 0;
    let high = origin.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (origin[middle] < offset)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
//# sourceMappingURL=verbatim.js.map