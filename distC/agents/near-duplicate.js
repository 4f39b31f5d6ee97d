/** Jaccard similarity of character 3-grams at or above which two user turns count as near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
/** Lower-case, punctuation dropped, whitespace collapsed: the form user turns are compared in. */
export function normalizeTurn(text) {
    return text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function trigrams(normalized) {
    const grams = new Set();
    const padded = ` ${normalized} `;
    for (let index = 0; index + 3 <= padded.length; index += 1)
        grams.add(padded.slice(index, index + 3));
    return grams;
}
export function jaccard(left, right) {
    if (left.size === 0 && right.size === 0)
        return 1;
    const [small, large] = left.size <= right.size ? [left, right] : [right, left];
    let shared = 0;
    for (const gram of small)
        if (large.has(gram))
            shared += 1;
    return shared / (left.size + right.size - shared);
}
/**
 * Remembers the user turns of conversations (hybrid mode: the identified ones) and tells whether a new conversation
 * repeats them: exact when its normalised user turns equal a remembered conversation's, near when its first user
 * turn is at least `threshold` similar (character 3-gram Jaccard) to any remembered user turn.
 */
export class UserTurnIndex {
    threshold;
    exact = new Set();
    turns = [];
    constructor(threshold = NEAR_DUPLICATE_THRESHOLD) {
        this.threshold = threshold;
    }
    get size() {
        return this.exact.size;
    }
    add(messages) {
        const userTurns = messages.filter((message) => message.role === 'user').map((message) => normalizeTurn(message.content));
        this.exact.add(userTurns.join('\n'));
        for (const turn of userTurns) {
            if (turn.length === 0)
                continue;
            const grams = trigrams(turn);
            this.turns.push({ grams, size: grams.size });
        }
    }
    find(messages) {
        const userTurns = messages.filter((message) => message.role === 'user').map((message) => normalizeTurn(message.content));
        if (this.exact.has(userTurns.join('\n')))
            return 'exact';
        const first = userTurns[0];
        if (first === undefined || first.length === 0)
            return undefined;
        const grams = trigrams(first);
        for (const turn of this.turns) {
            // Jaccard >= t needs min/max size >= t: skip the rest cheaply.
            const ratio = turn.size < grams.size ? turn.size / grams.size : grams.size / turn.size;
            if (ratio < this.threshold)
                continue;
            if (jaccard(grams, turn.grams) >= this.threshold)
                return 'near';
        }
        return undefined;
    }
}
//# sourceMappingURL=near-duplicate.js.map