import { loadTokenizer } from './tokenizers.js';
/**
 * Candidates from the full example down to the smallest that keeps the system messages and the final exchange:
 * each step drops the earliest exchange (a user message and the replies up to the next user message), so
 * user/assistant alternation and the final assistant turn survive.
 */
export function truncationCandidates(example) {
    const system = example.messages.filter((message) => message.role === 'system');
    const rest = example.messages.filter((message) => message.role !== 'system');
    const starts = [];
    rest.forEach((message, index) => {
        if (message.role === 'user' && index > 0)
            starts.push(index);
    });
    const candidates = [example];
    for (const start of starts) {
        const kept = rest.slice(start);
        if (!kept.some((message) => message.role === 'assistant'))
            break;
        candidates.push({ messages: [...system, ...kept] });
    }
    return candidates;
}
function overLimit(model, tokens, truncated, candidates) {
    const detail = `${tokens.count} tokens (${tokens.method}) > ${model.maxTokensPerExample} allowed per example for ${model.id}` +
        (truncated ? `; still over after dropping the ${candidates - 1} earliest exchange(s) (system + final exchange kept)` : '') +
        (truncated ? '' : '; set output.truncate: true to trim earlier turns, or shorten the conversation');
    return { ok: false, reason: 'over_token_limit', detail, issues: [{ path: '', code: 'over_token_limit', message: detail, severity: 'error' }], tokens };
}
function validateCandidate(target, model, example, options) {
    const record = target.format(example, model, options.formatOptions);
    const issues = target.validate(record, model, options.formatOptions);
    const errors = issues.filter((issue) => issue.severity === 'error');
    return { record, issues, errors };
}
function rejectInvalid(issues, errors) {
    const first = errors[0];
    const detail = errors.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
    return { ok: false, reason: first.code, detail, issues };
}
/** Synchronous check: format → validate → count → limit (→ truncate). The model's tokenizer must be loaded. */
export function checkExampleSync(target, model, example, options) {
    return runCheck(target, model, example, options, (candidate) => target.countTokensSync(candidate, model));
}
/**
 * Async check: loads the tokenizer once, then counts with `target.countTokens` (which an exact API counter may back,
 * see `withTokenCounter`). Same decisions as `checkExampleSync`.
 */
export async function checkExample(target, model, example, options) {
    await loadTokenizer(model.tokenizer);
    // Invalid examples are rejected before any (possibly paid, rate-limited) API count.
    const first = validateCandidate(target, model, example, options);
    if (first.errors.length > 0)
        return rejectInvalid(first.issues, first.errors);
    const counts = new Map();
    // Count every candidate the sync walk may need, lazily: the walk stops at the first that fits.
    const candidates = options.truncate ? truncationCandidates(example) : [example];
    for (const candidate of candidates) {
        const tokens = await target.countTokens(candidate, model);
        counts.set(candidate, tokens);
        if (tokens.count <= model.maxTokensPerExample)
            break;
    }
    return runCheck(target, model, example, options, (candidate) => counts.get(candidate) ?? target.countTokensSync(candidate, model), candidates);
}
function runCheck(target, model, example, options, count, precomputed) {
    const first = validateCandidate(target, model, example, options);
    if (first.errors.length > 0)
        return rejectInvalid(first.issues, first.errors);
    const tokens = count(example);
    const warnings = first.issues.filter((issue) => issue.severity === 'warning');
    if (tokens.count <= model.maxTokensPerExample) {
        return { ok: true, record: first.record, tokens, truncated: false, example, messages: example.messages, droppedMessages: 0, warnings };
    }
    if (!options.truncate)
        return overLimit(model, tokens, false, 1);
    const candidates = precomputed ?? truncationCandidates(example);
    let lastTokens = tokens;
    for (const candidate of candidates.slice(1)) {
        const checked = validateCandidate(target, model, candidate, options);
        if (checked.errors.length > 0)
            continue;
        lastTokens = count(candidate);
        if (lastTokens.count <= model.maxTokensPerExample) {
            return {
                ok: true,
                record: checked.record,
                tokens: lastTokens,
                truncated: true,
                example: candidate,
                messages: candidate.messages,
                droppedMessages: example.messages.length - candidate.messages.length,
                warnings: checked.issues.filter((issue) => issue.severity === 'warning'),
            };
        }
    }
    return overLimit(model, lastTokens, true, candidates.length);
}
//# sourceMappingURL=check-example.js.map