/**
 * Finding the JSON value in an LLM reply: code fences, prose before/after, trailing commas, JSON typed with curly
 * quotes, and replies cut off at the output token limit. Pure string work, linear-ish in the reply length.
 */
const FENCE = /```[A-Za-z0-9_-]*[ \t]*\r?\n([\s\S]*?)(?:```|$)/g;
const MAX_START_POSITIONS = 20;
export function extractJsonValue(text) {
    const candidates = [];
    for (const match of text.matchAll(FENCE))
        candidates.push({ text: match[1], repairs: ['code_fence'] });
    candidates.push({ text, repairs: [] });
    let firstFailure;
    for (const candidate of candidates) {
        const result = parseCandidate(candidate.text);
        if (result.ok)
            return { ok: true, value: result.value, repairs: [...candidate.repairs, ...result.repairs] };
        firstFailure ??= result;
        if (result.unterminated)
            firstFailure = result;
    }
    return { ok: false, ...(firstFailure ?? { error: 'no JSON found', unterminated: false }) };
}
function parseCandidate(raw) {
    const repairs = [];
    let text = raw.trim();
    if (!text.includes('"') && /[\u201c\u201d]/.test(text)) {
        // The whole JSON was typed with curly double quotes (no straight ones at all), so they must be the delimiters.
        text = text.replace(/[\u201c\u201d]/g, '"');
        repairs.push('smart_quotes');
    }
    const direct = tryParse(text);
    if (direct.ok)
        return { ok: true, value: direct.value, repairs: [...repairs, ...direct.repairs] };
    let starts = 0;
    let unterminated = false;
    let lastError = direct.error;
    for (let position = 0; position < text.length && starts < MAX_START_POSITIONS; position += 1) {
        const char = text[position];
        if (char !== '{' && char !== '[')
            continue;
        starts += 1;
        const end = findClosing(text, position);
        if (end === 'unterminated') {
            // Every later bracket is nested inside this one: parsing an inner object would silently lose the rest.
            unterminated = true;
            break;
        }
        if (end === 'mismatch')
            continue;
        const parsed = tryParse(text.slice(position, end + 1));
        if (parsed.ok && parsed.value !== null && typeof parsed.value === 'object') {
            return { ok: true, value: parsed.value, repairs: [...repairs, 'surrounding_text', ...parsed.repairs] };
        }
        if (!parsed.ok)
            lastError = parsed.error;
    }
    if (starts === 0)
        return { ok: false, error: 'the reply holds no JSON object or array', unterminated: false };
    return { ok: false, error: unterminated ? 'the JSON is cut off before it ends' : `invalid JSON: ${lastError}`, unterminated };
}
function tryParse(text) {
    try {
        return { ok: true, value: JSON.parse(text), repairs: [] };
    }
    catch (error) {
        const withoutCommas = removeTrailingCommas(text);
        if (withoutCommas !== text) {
            try {
                return { ok: true, value: JSON.parse(withoutCommas), repairs: ['trailing_commas'] };
            }
            catch {
                // fall through to the original error
            }
        }
        return { ok: false, error: error.message };
    }
}
/** Index of the bracket closing the one at `start`, skipping strings; or why there is none. */
export function findClosing(text, start) {
    const stack = [];
    let inString = false;
    for (let index = start; index < text.length; index += 1) {
        const char = text[index];
        if (inString) {
            if (char === '\\')
                index += 1;
            else if (char === '"')
                inString = false;
            continue;
        }
        if (char === '"')
            inString = true;
        else if (char === '{')
            stack.push('}');
        else if (char === '[')
            stack.push(']');
        else if (char === '}' || char === ']') {
            if (stack.pop() !== char)
                return 'mismatch';
            if (stack.length === 0)
                return index;
        }
    }
    return 'unterminated';
}
/** Drop commas that directly precede `}` or `]` (outside strings). */
export function removeTrailingCommas(text) {
    let result = '';
    let inString = false;
    for (let index = 0; index < text.length; index += 1) {
        const char = text[index];
        if (inString) {
            result += char;
            if (char === '\\' && index + 1 < text.length) {
                result += text[index + 1];
                index += 1;
            }
            else if (char === '"')
                inString = false;
            continue;
        }
        if (char === '"')
            inString = true;
        if (char === ',') {
            let next = index + 1;
            while (next < text.length && /\s/.test(text[next]))
                next += 1;
            if (text[next] === '}' || text[next] === ']')
                continue;
        }
        result += char;
    }
    return result;
}
/**
 * For a reply cut off mid-way: the complete objects of the array under `"<key>": [` (or of a top-level array),
 * parsed one by one. `undefined` when no such array starts in the text.
 */
export function salvageTruncatedArray(text, key) {
    const keyPattern = new RegExp(`"${key}"\\s*:\\s*\\[`);
    const keyMatch = keyPattern.exec(text);
    let arrayStart;
    if (keyMatch !== null)
        arrayStart = keyMatch.index + keyMatch[0].length - 1;
    else {
        const firstBracket = text.search(/[[{]/);
        if (firstBracket < 0 || text[firstBracket] !== '[')
            return undefined;
        arrayStart = firstBracket;
    }
    const items = [];
    let depth = 0;
    let inString = false;
    let elementStart = -1;
    for (let index = arrayStart + 1; index < text.length; index += 1) {
        const char = text[index];
        if (inString) {
            if (char === '\\')
                index += 1;
            else if (char === '"')
                inString = false;
            continue;
        }
        if (char === '"')
            inString = true;
        else if (char === '{' || char === '[') {
            if (depth === 0)
                elementStart = index;
            depth += 1;
        }
        else if (char === '}' || char === ']') {
            if (depth === 0)
                break; // the array itself closed
            depth -= 1;
            if (depth === 0 && elementStart >= 0) {
                const parsed = tryParse(text.slice(elementStart, index + 1));
                if (parsed.ok)
                    items.push(parsed.value);
                elementStart = -1;
            }
        }
    }
    return { items };
}
//# sourceMappingURL=tolerant-json.js.map