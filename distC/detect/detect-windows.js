/**
 * Texts up to 12 M characters are detected in one call, as they always were: some rules look at the whole text
 * (how much of it is FAQ-shaped, for instance), so windows can change what they decide. Past that, 1 MB windows:
 * the detections of a window (its conversations and their messages, ~25 MB of objects for 8 MB of FAQ text) are
 * live while it is consumed and get promoted into the old generation, which V8 then lets grow in proportion. One
 * 200 MB text file peaked at 668 MB with 8 MB windows, 644 MB with 2 MB and ~590 MB with 1 MB (with 16-bit dedup
 * rows and the keyword corpus sent in parts; bench/README.md). The margin still exceeds by far any conversation that
 * fits a fine-tuning example.
 */
export const DEFAULT_WINDOW_SIZES = { window: 1_000_000, margin: 128_000, lookback: 64_000, wholeUpTo: 12_000_000 };
/**
 * The detector's conversations for a large text, a window at a time, in order: memory holds one window's
 * detections instead of the whole text's (a 200 MB text's detections took ~650 MB at once, bench/README.md).
 *
 * Each window ends at a line break. Its conversations that end before the cut (a line start `margin` before the
 * window's end, moved back to the start of a conversation that crosses it) are final; the rest are detected
 * again by the next window, which starts `lookback` before the cut. A conversation is yielded only when it starts
 * at or after the end of the last one yielded, so nothing overlaps or repeats. A conversation longer than a window
 * makes the window grow until it fits. What can differ from one call over the whole text: an answer key or a
 * context more than a window away from its questions is not seen.
 */
export function* detectInWindows(detect, text, options, sizes = DEFAULT_WINDOW_SIZES) {
    if (text.length <= (sizes.wholeUpTo ?? sizes.window * 1.5)) {
        yield* detect(text, options);
        return;
    }
    let from = 0;
    let lastEnd = 0;
    let size = sizes.window;
    while (from < text.length) {
        let to = from + size;
        if (to >= text.length - sizes.window / 2)
            to = text.length;
        else
            to = lineEndAfter(text, to);
        const found = detect(text.slice(from, to), options);
        if (to === text.length) {
            for (const conversation of found)
                if (conversation.start + from >= lastEnd)
                    yield shift(conversation, from);
            return;
        }
        let cut = lineStartBefore(text, to - sizes.margin);
        const kept = [];
        for (const conversation of found) {
            const start = conversation.start + from;
            if (start < lastEnd)
                continue;
            if (conversation.end + from <= cut) {
                kept.push(conversation);
                continue;
            }
            if (start < cut)
                cut = start;
            break;
        }
        found.length = 0;
        let next = lineStartBefore(text, cut - sizes.lookback);
        if (next <= from)
            next = cut;
        if (next <= from) {
            // One conversation runs from the window's start past its cut: read a larger window from the same place.
            size *= 2;
            continue;
        }
        for (const conversation of kept) {
            const shifted = shift(conversation, from);
            lastEnd = shifted.end;
            yield shifted;
        }
        size = sizes.window;
        from = next;
    }
}
/** Offsets of a window's conversation made relative to the whole text (the objects are the detector's own). */
function shift(conversation, by) {
    if (by === 0)
        return conversation;
    conversation.start += by;
    conversation.end += by;
    for (const span of conversation.spans) {
        span.start += by;
        span.end += by;
    }
    return conversation;
}
/** The offset just past the line break at or after `position` (the text's end when there is none). */
function lineEndAfter(text, position) {
    const newline = text.indexOf('\n', position);
    return newline < 0 ? text.length : newline + 1;
}
/** The start of the line that holds `position`. */
function lineStartBefore(text, position) {
    if (position <= 0)
        return 0;
    return text.lastIndexOf('\n', position - 1) + 1;
}
//# sourceMappingURL=detect-windows.js.map