import { z } from 'zod';
import { checkLastRole, requireRole, turnsOf, warnMissingSystemAndUser } from './chat-rules.js';
import { isRecord, objectList, splitSystem } from './target-module.js';
import { getLoadedTokenizer, loadTokenizer, overheadProfile } from './tokenizers.js';
import { rule, validateWithSchema } from './zod-issues.js';
const GB = 1024 * 1024 * 1024;
// Gemini supervised tuning on Vertex AI. Limits: cloud.google.com/vertex-ai/generative-ai/docs/models/
// gemini-supervised-tuning (2025 copies), via PROVIDERS.md §3, read 2026-11-22: 131,072 input+output tokens per
// example, ≤5,000 validation examples, 1 GB JSONL training file, ≤1M text-only training examples. The current
// docs state no minimum (they recommend starting with 100), so the minimum is 1.
function gemini(id, aliases, note) {
    return {
        id,
        aliases,
        target: 'google',
        maxTokensPerExample: 131_072, // Vertex "gemini-supervised-tuning" limits table, read 2026-11-22
        minTrainExamples: 1, // no minimum stated for Gemini 2.x (16 was the Gemini 1.0 rule), read 2026-11-22
        maxTrainExamples: 1_000_000, // text-only (300K multimodal), read 2026-11-22
        maxValidationExamples: 5_000, // read 2026-11-22
        maxTrainFileBytes: 1 * GB, // "1 GB JSONL", read 2026-11-22
        tokenizer: 'estimate-gemini', // no official offline JS tokenizer; exact counts via models.countTokens
        source: `Vertex AI "About supervised fine-tuning for Gemini models" limits table${note}, via PROVIDERS.md §3, read 2026-11-22`,
    };
}
export const GOOGLE_MODELS = [
    gemini('gemini-2.5-pro', [], ' (row truncated after "131,0…": 131,072 and 5,000 inferred from the Flash rows)'),
    gemini('gemini-2.5-flash', [], ''),
    gemini('gemini-2.5-flash-lite', [], ''),
    gemini('gemini-2.0-flash', ['gemini-2.0-flash-001'], ''),
    gemini('gemini-2.0-flash-lite', ['gemini-2.0-flash-lite-001'], ''),
];
// Format: …/gemini-supervised-tuning-prepare (last updated 2025-09-04), via PROVIDERS.md §3: optional
// `systemInstruction` (role ignored, text counts toward the limit), required `contents` with roles user/model and
// `parts` of `{text}` or `{fileData:{mimeType,fileUri}}`, optional `tools`. `role` may be unset for single-turn data.
const textPartSchema = z.strictObject({ text: z.string() });
const partSchema = z.union([textPartSchema, z.strictObject({ fileData: z.strictObject({ mimeType: z.string().min(1), fileUri: z.string().min(1) }) })]);
const GOOGLE_ROLES = ['user', 'model'];
export const googleContentSchema = z
    .strictObject({ role: z.enum(GOOGLE_ROLES).optional(), parts: z.array(partSchema).min(1) })
    .check(rule((value, context) => {
    if (!isRecord(value) || !Array.isArray(value.parts) || value.parts.length === 0)
        return;
    const texts = value.parts.filter((part) => isRecord(part) && typeof part.text === 'string');
    if (texts.length === value.parts.length && texts.every((part) => part.text.trim() === '')) {
        context.add(['parts'], 'missing_content', 'every part of this turn is empty text; each turn needs text.');
    }
}));
export const googleRecordSchema = z
    .strictObject({
    systemInstruction: z.strictObject({ role: z.string().optional(), parts: z.array(textPartSchema).min(1) }).optional(),
    contents: z.array(googleContentSchema).min(1),
    tools: z.array(z.looseObject({})).optional(),
})
    .check(rule((value, context) => {
    const turns = turnsOf(value, 'contents');
    if (!turns || turns.length === 0)
        return;
    if (turns.length > 1) {
        for (const turn of turns) {
            if (turn.role === undefined)
                context.add(['contents', turn.index, 'role'], 'message_missing_key', 'role is missing; multi-turn examples need user/model on every turn.');
        }
    }
    const normalized = turns.map((turn) => ({ ...turn, role: turn.role ?? 'user' }));
    requireRole(normalized, 'contents', 'model', context);
    const hasSystem = isRecord(value) && value.systemInstruction !== undefined;
    warnMissingSystemAndUser(normalized, 'contents', context, 'user', hasSystem);
    // The final model turn is the prediction target; Vertex docs do not say a trailing user turn is rejected.
    checkLastRole(normalized, 'contents', 'model', context, 'warning');
}));
const ISSUE_MAPPING = {
    listKey: 'contents',
    contentKey: 'parts',
    roles: GOOGLE_ROLES,
    roleHint: (role) => role === 'assistant'
        ? 'Gemini calls the assistant "model".'
        : role === 'system'
            ? 'Put the system prompt in "systemInstruction".'
            : undefined,
};
function formatGoogle(example) {
    const { system, rest } = splitSystem(example);
    const contents = rest.map((message) => ({ role: message.role === 'assistant' ? 'model' : 'user', parts: [{ text: message.content }] }));
    return system === undefined ? { contents } : { systemInstruction: { role: 'system', parts: [{ text: system }] }, contents };
}
function partsText(parts) {
    if (!Array.isArray(parts))
        return '';
    return parts
        .map((part) => (isRecord(part) && typeof part.text === 'string' ? part.text : ''))
        .join('');
}
/** Estimate (see tokenizers.ts `estimate-gemini`); exact counts need `createApiTokenCounter`. */
export function countGoogleRecordTokens(record, model) {
    const encoder = getLoadedTokenizer(model.tokenizer);
    const profile = overheadProfile(model.tokenizer, 'estimate-gemini');
    let total = profile.tokensPerExample;
    let assistantTokens = 0;
    if (isRecord(record) && isRecord(record.systemInstruction))
        total += encoder.countText(partsText(record.systemInstruction.parts));
    for (const content of objectList(record, 'contents') ?? []) {
        const tokens = encoder.countText(partsText(content.parts));
        total += profile.tokensPerMessage + tokens;
        if (content.role === 'model')
            assistantTokens += tokens;
    }
    return { count: total, method: encoder.exact ? 'exact' : 'estimate', assistantTokens };
}
function countSync(example, model) {
    const { count, method } = countGoogleRecordTokens(formatGoogle(example), model);
    return { count, method };
}
export const googleTarget = {
    id: 'google',
    displayName: 'Google Gemini on Vertex AI',
    models: GOOGLE_MODELS,
    defaultTokenizer: 'estimate-gemini',
    recordSchema: googleRecordSchema,
    format: (example) => formatGoogle(example),
    validate: (record) => validateWithSchema(googleRecordSchema, record, ISSUE_MAPPING),
    countRecordTokensSync: (record, model) => countGoogleRecordTokens(record, model),
    countTokensSync: countSync,
    async countTokens(example, model) {
        await loadTokenizer(model.tokenizer);
        return countSync(example, model);
    },
    summarizeRecord(record) {
        const contents = objectList(record, 'contents');
        if (!contents)
            return undefined;
        const hasSystem = isRecord(record) && record.systemInstruction !== undefined;
        return { messageCount: contents.length + (hasSystem ? 1 : 0), hasSystem, hasUser: contents.some((content) => content.role !== 'model') };
    },
};
//# sourceMappingURL=google-target.js.map