import { z } from 'zod';
import { checkLastRole, requireNonEmptyString, requireRole, turnsOf, warnMissingSystemAndUser } from './chat-rules.js';
import { contentText, isRecord, objectList, splitSystem, summarizeRoleList } from './target-module.js';
import { getLoadedTokenizer, loadTokenizer, overheadProfile } from './tokenizers.js';
import { rule, validateWithSchema } from './zod-issues.js';
const MB = 1024 * 1024;
// Mistral API fine-tuning. Sources (PROVIDERS.md §4, read 2026-11-22): mistralai/platform-docs-public
// docs/capabilities/finetuning/text-finetuning.mdx and _04_faq.md (512 MB per training file, any number of files;
// validation ≤1 MB), mistralai/mistral-finetune utils/validate_data.py (≥10 lines) and example/7B.yaml
// (`seq_len: 32768`). The API documents no per-example token limit: 32,768 is mistral-finetune's default.
function mistral(id, aliases) {
    return {
        id,
        aliases,
        target: 'mistral',
        maxTokensPerExample: 32_768, // mistral-finetune default seq_len (API limit undocumented), read 2026-11-22
        minTrainExamples: 10, // validate_data.py verify_size: at least 10 lines, read 2026-11-22
        maxTrainFileBytes: 512 * MB, // text-finetuning.mdx: ≤512 MB per training file, read 2026-11-22
        maxValidationFileBytes: 1 * MB, // text-finetuning.mdx: validation ≤1 MB, read 2026-11-22
        tokenizer: 'estimate-mistral', // v3 SentencePiece / Tekken: no fast exact JS tokenizer for both
        source: 'Mistral platform docs text-finetuning.mdx + FAQ and mistral-finetune (validate_data.py, 7B.yaml), via PROVIDERS.md §4, read 2026-11-22',
    };
}
// Fine-tunable API models, current docs (PROVIDERS.md §4): open-mistral-7b (v0.3), mistral-small-latest (2409),
// codestral-latest (2405), open-mistral-nemo, mistral-large-latest (2411), ministral-8b-latest.
export const MISTRAL_MODELS = [
    mistral('open-mistral-7b', []),
    mistral('open-mistral-nemo', []),
    mistral('mistral-small-latest', ['mistral-small']),
    mistral('mistral-large-latest', ['mistral-large']),
    mistral('ministral-8b-latest', ['ministral-8b']),
    mistral('codestral-latest', ['codestral']),
];
// Format (PROVIDERS.md §4): {"messages": [...], "tools"?: [...]}; roles system/user/assistant/tool; at most one
// system message; ends with assistant; mistral-finetune accepts `content` or `text` (never both) and a per-assistant
// `weight` 0|1 (API support unconfirmed). Tool call ids are exactly 9 chars [A-Za-z0-9] (reformat_data.py).
const MISTRAL_ROLES = ['system', 'user', 'assistant', 'tool'];
const toolCallSchema = z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9]{9}$/, 'tool call ids are exactly 9 letters/digits'),
    type: z.literal('function').optional(),
    function: z.strictObject({ name: z.string().min(1), arguments: z.string() }),
});
export const mistralMessageSchema = z
    .strictObject({
    role: z.enum(MISTRAL_ROLES),
    content: z.string().nullable().optional(),
    text: z.string().optional(),
    weight: z.literal([0, 1]).optional(),
    tool_calls: z.array(toolCallSchema).min(1).optional(),
    tool_call_id: z.string().optional(),
    name: z.string().optional(),
})
    .check(rule((value, context) => {
    if (!isRecord(value))
        return;
    const hasContent = typeof value.content === 'string';
    if (hasContent && value.text !== undefined)
        context.add(['text'], 'message_unrecognized_key', 'a message has both content and text; use one (content).');
    if (!hasContent && value.text === undefined && !(value.role === 'assistant' && value.tool_calls !== undefined)) {
        context.add(['content'], 'message_missing_key', 'content is missing (only an assistant message with tool_calls may omit it).');
    }
    requireNonEmptyString(value.content ?? value.text, [hasContent ? 'content' : 'text'], context);
    if (value.weight !== undefined && value.role !== 'assistant')
        context.add(['weight'], 'bad_weight', `weight is only allowed on assistant messages (this one is ${String(value.role)}).`);
    if (value.tool_calls !== undefined && value.role !== 'assistant')
        context.add(['tool_calls'], 'bad_tool_call', 'only assistant messages may carry tool_calls.');
    if (value.role === 'tool' && typeof value.tool_call_id !== 'string')
        context.add(['tool_call_id'], 'message_missing_key', 'a tool message needs tool_call_id.');
}));
export const mistralRecordSchema = z
    .strictObject({ messages: z.array(mistralMessageSchema).min(1), tools: z.array(z.looseObject({ type: z.literal('function'), function: z.looseObject({ name: z.string().min(1) }) })).optional() })
    .check(rule((value, context) => {
    const turns = turnsOf(value, 'messages');
    if (!turns || turns.length === 0)
        return;
    const systems = turns.filter((turn) => turn.role === 'system');
    for (const extra of systems.slice(1)) {
        context.add(['messages', extra.index, 'role'], 'multiple_system_messages', 'only one system message is allowed (mistral-finetune raises on a second); merge them.');
    }
    const firstSystem = systems[0];
    if (firstSystem && firstSystem.index !== turns[0]?.index) {
        context.add(['messages', firstSystem.index, 'role'], 'system_not_first', 'the system message should come first.', 'warning');
    }
    requireRole(turns, 'messages', 'assistant', context);
    warnMissingSystemAndUser(turns, 'messages', context);
    // validate_data.py: "Expected last role to be one of: [assistant]".
    checkLastRole(turns, 'messages', 'assistant', context, 'error');
    const callIds = new Set();
    for (const turn of turns) {
        if (Array.isArray(turn.raw.tool_calls))
            for (const call of turn.raw.tool_calls)
                if (isRecord(call) && typeof call.id === 'string')
                    callIds.add(call.id);
        const id = turn.raw.tool_call_id;
        if (turn.role === 'tool' && typeof id === 'string' && !callIds.has(id)) {
            context.add(['messages', turn.index, 'tool_call_id'], 'bad_tool_call', `tool_call_id "${id}" does not match an earlier assistant tool call id.`);
        }
    }
}));
const ISSUE_MAPPING = { listKey: 'messages', contentKey: 'content', roles: MISTRAL_ROLES };
function formatMistral(example) {
    // At most one system message: all system texts are merged into one leading message.
    const { system, rest } = splitSystem(example);
    const messages = rest.map((message) => ({ role: message.role, content: message.content }));
    return { messages: system === undefined ? messages : [{ role: 'system', content: system }, ...messages] };
}
/** Estimate (see tokenizers.ts `estimate-mistral`); the API's dry_run reports exact counts. */
export function countMistralRecordTokens(record, model) {
    const encoder = getLoadedTokenizer(model.tokenizer);
    const profile = overheadProfile(model.tokenizer, 'estimate-mistral');
    let total = profile.tokensPerExample;
    let assistantTokens = 0;
    for (const message of objectList(record, 'messages') ?? []) {
        const content = encoder.countText(contentText(message.content ?? message.text));
        const calls = message.tool_calls === undefined ? 0 : encoder.countText(JSON.stringify(message.tool_calls));
        total += profile.tokensPerMessage + content + calls;
        if (message.role === 'assistant')
            assistantTokens += content + calls;
    }
    if (isRecord(record) && record.tools !== undefined)
        total += encoder.countText(JSON.stringify(record.tools));
    return { count: total, method: encoder.exact ? 'exact' : 'estimate', assistantTokens };
}
function countSync(example, model) {
    const { count, method } = countMistralRecordTokens(formatMistral(example), model);
    return { count, method };
}
export const mistralTarget = {
    id: 'mistral',
    displayName: 'Mistral AI',
    models: MISTRAL_MODELS,
    defaultTokenizer: 'estimate-mistral',
    recordSchema: mistralRecordSchema,
    format: (example) => formatMistral(example),
    validate: (record) => validateWithSchema(mistralRecordSchema, record, ISSUE_MAPPING),
    countRecordTokensSync: (record, model) => countMistralRecordTokens(record, model),
    countTokensSync: countSync,
    async countTokens(example, model) {
        await loadTokenizer(model.tokenizer);
        return countSync(example, model);
    },
    summarizeRecord: (record) => summarizeRoleList(record, 'messages', 'user'),
};
//# sourceMappingURL=mistral-target.js.map