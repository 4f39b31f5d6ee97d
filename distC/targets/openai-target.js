import { z } from 'zod';
import { checkLastRole, requireNonEmptyString, requireRole, turnsOf, warnMissingSystemAndUser } from './chat-rules.js';
import { contentText, isRecord, objectList, summarizeRoleList } from './target-module.js';
import { getLoadedTokenizer, loadTokenizer } from './tokenizers.js';
import { rule, validateWithSchema } from './zod-issues.js';
const MB = 1024 * 1024;
// Limits: PROVIDERS.md §1 (OpenAI fine-tuning guide copy ≈ late 2024; Azure fine-tune-models table 2025), read 2026-11-22.
// 512 MB per file through the Files API (the Uploads API takes up to 8 GB in parts). Min 10 examples. No max examples
// (≤50,000 only for image examples). Training prices (USD / 1M training tokens): openai.com/api/pricing as quoted by
// docs.rs brainwires-finetune 0.11.0 `cloud/cost.rs` ("as of 2025"): gpt-4o 25, gpt-4o-mini 3, gpt-3.5-turbo 8;
// no source available here for the gpt-4.1 family, so it is left unset (config `pricing.training` can supply it).
const FILE_LIMITS = { minTrainExamples: 10, maxTrainFileBytes: 512 * MB, maxValidationFileBytes: 512 * MB };
export const OPENAI_MODELS = [
    {
        id: 'gpt-4o-2024-08-06',
        aliases: ['gpt-4o'],
        target: 'openai',
        maxTokensPerExample: 65_536, // training example context (inference 128,000; "128k coming soon") — OpenAI guide + Azure table, read 2026-11-22
        ...FILE_LIMITS,
        tokenizer: 'o200k_base',
        trainingPricePerMillionTokens: 25,
        source: 'OpenAI fine-tuning guide (late 2024 copy) and Azure fine-tune-models table, via PROVIDERS.md §1, read 2026-11-22',
    },
    {
        id: 'gpt-4o-mini-2024-07-18',
        aliases: ['gpt-4o-mini'],
        target: 'openai',
        maxTokensPerExample: 65_536, // OpenAI guide + Azure table, read 2026-11-22
        ...FILE_LIMITS,
        tokenizer: 'o200k_base',
        trainingPricePerMillionTokens: 3,
        source: 'OpenAI fine-tuning guide (late 2024 copy) and Azure fine-tune-models table, via PROVIDERS.md §1, read 2026-11-22',
    },
    {
        id: 'gpt-4.1-2025-04-14',
        aliases: ['gpt-4.1'],
        target: 'openai',
        maxTokensPerExample: 65_536, // Azure table only (not found in OpenAI docs), read 2026-11-22
        ...FILE_LIMITS,
        tokenizer: 'o200k_base',
        source: 'Azure fine-tune-models table (MicrosoftDocs/azure-ai-docs), via PROVIDERS.md §1, read 2026-11-22',
    },
    {
        id: 'gpt-4.1-mini-2025-04-14',
        aliases: ['gpt-4.1-mini'],
        target: 'openai',
        maxTokensPerExample: 65_536, // Azure table only, read 2026-11-22
        ...FILE_LIMITS,
        tokenizer: 'o200k_base',
        source: 'Azure fine-tune-models table (MicrosoftDocs/azure-ai-docs), via PROVIDERS.md §1, read 2026-11-22',
    },
    {
        id: 'gpt-4.1-nano-2025-04-14',
        aliases: ['gpt-4.1-nano'],
        target: 'openai',
        maxTokensPerExample: 32_768, // Azure table only, read 2026-11-22
        ...FILE_LIMITS,
        tokenizer: 'o200k_base',
        source: 'Azure fine-tune-models table (MicrosoftDocs/azure-ai-docs), via PROVIDERS.md §1, read 2026-11-22',
    },
    {
        id: 'gpt-3.5-turbo-0125',
        aliases: ['gpt-3.5-turbo'],
        target: 'openai',
        maxTokensPerExample: 16_385, // OpenAI guide copy (0125/1106: 16,385), read 2026-11-22
        ...FILE_LIMITS,
        tokenizer: 'cl100k_base',
        trainingPricePerMillionTokens: 8,
        source: 'OpenAI fine-tuning guide (late 2024 copy), via PROVIDERS.md §1, read 2026-11-22',
    },
];
// SFT line schema: FineTuneChatRequestInput / FineTuneChatCompletionRequestAssistantMessage (OpenAPI-generated
// clients, PROVIDERS.md §1). Roles system/user/assistant/tool and deprecated function; `weight` 0|1 on assistant only.
const contentPartSchema = z.looseObject({ type: z.string() });
const toolCallSchema = z.strictObject({
    id: z.string().min(1),
    type: z.literal('function'),
    function: z.strictObject({ name: z.string().min(1), arguments: z.string() }),
});
const OPENAI_ROLES = ['system', 'user', 'assistant', 'tool', 'function'];
export const openAiMessageSchema = z
    .strictObject({
    role: z.enum(OPENAI_ROLES),
    content: z.union([z.string(), z.array(contentPartSchema).min(1), z.null()]).optional(),
    name: z.string().min(1).optional(),
    weight: z.literal([0, 1]).optional(),
    tool_calls: z.array(toolCallSchema).min(1).optional(),
    tool_call_id: z.string().min(1).optional(),
    function_call: z.strictObject({ name: z.string().min(1), arguments: z.string() }).optional(),
    refusal: z.string().nullable().optional(),
})
    .check(rule((value, context) => {
    if (!isRecord(value))
        return;
    const role = value.role;
    const hasCall = value.tool_calls !== undefined || value.function_call !== undefined;
    if (value.content === undefined && !(role === 'assistant' && hasCall)) {
        context.add(['content'], 'message_missing_key', 'content is missing (only an assistant message with tool_calls/function_call may omit it).');
    }
    else if (value.content === null && !(role === 'assistant' && hasCall)) {
        context.add(['content'], 'missing_content', 'content is null; only an assistant message with tool_calls/function_call may have no content.');
    }
    requireNonEmptyString(value.content, ['content'], context);
    if (value.weight !== undefined && role !== 'assistant') {
        context.add(['weight'], 'bad_weight', `weight is only allowed on assistant messages (this one is ${String(role)}).`);
    }
    if (value.tool_calls !== undefined && role !== 'assistant')
        context.add(['tool_calls'], 'bad_tool_call', 'only assistant messages may carry tool_calls.');
    if (role === 'tool' && value.tool_call_id === undefined)
        context.add(['tool_call_id'], 'message_missing_key', 'a tool message needs tool_call_id.');
    if (value.tool_call_id !== undefined && role !== 'tool')
        context.add(['tool_call_id'], 'message_unrecognized_key', 'tool_call_id belongs on tool messages only.');
    if (value.refusal !== undefined && role !== 'assistant')
        context.add(['refusal'], 'message_unrecognized_key', 'refusal belongs on assistant messages only.');
}));
export const openAiRecordSchema = z
    .strictObject({
    messages: z.array(openAiMessageSchema).min(1),
    tools: z.array(z.looseObject({ type: z.literal('function'), function: z.looseObject({ name: z.string().min(1) }) })).optional(),
    parallel_tool_calls: z.boolean().optional(),
    functions: z.array(z.looseObject({ name: z.string().min(1) })).min(1).max(128).optional(),
})
    .check(rule((value, context) => {
    const turns = turnsOf(value, 'messages');
    if (!turns)
        return;
    requireRole(turns, 'messages', 'assistant', context);
    warnMissingSystemAndUser(turns, 'messages', context);
    checkLastRole(turns, 'messages', 'assistant', context, 'warning');
    const callIds = new Set();
    for (const turn of turns) {
        const calls = Array.isArray(turn.raw.tool_calls) ? turn.raw.tool_calls : [];
        for (const call of calls)
            if (isRecord(call) && typeof call.id === 'string')
                callIds.add(call.id);
        const id = turn.raw.tool_call_id;
        if (turn.role === 'tool' && typeof id === 'string' && !callIds.has(id)) {
            context.add(['messages', turn.index, 'tool_call_id'], 'bad_tool_call', `tool_call_id "${id}" does not match an earlier assistant tool call id.`);
        }
    }
}));
const ISSUE_MAPPING = { listKey: 'messages', contentKey: 'content', roles: OPENAI_ROLES };
/**
 * The common record, checked by hand: `{ messages }` only, every message exactly `{ role, content }` with role
 * system/user/assistant and non-blank string content, a user message, and an assistant message last. The schema
 * can only report one thing about such a record: the missing-system warning, which is taken from the schema itself
 * (once) so both paths give the same issues. Anything else goes through the schema. A zod parse that reports an
 * issue builds error objects, a few µs per sample: most of validation's cost on large identify runs.
 */
function plainRecordIssues(record) {
    if (!isRecord(record))
        return undefined;
    const messages = record.messages;
    if (!Array.isArray(messages) || messages.length === 0)
        return undefined;
    for (const key in record)
        if (key !== 'messages')
            return undefined;
    let hasSystem = false;
    let hasUser = false;
    for (const message of messages) {
        if (!isRecord(message))
            return undefined;
        let keys = 0;
        for (const key in message) {
            if (key !== 'role' && key !== 'content')
                return undefined;
            keys += 1;
        }
        const { role, content } = message;
        if (keys !== 2 || typeof content !== 'string' || content.trim() === '')
            return undefined;
        if (role === 'system')
            hasSystem = true;
        else if (role === 'user')
            hasUser = true;
        else if (role !== 'assistant')
            return undefined;
    }
    if (!hasUser || messages[messages.length - 1].role !== 'assistant')
        return undefined;
    if (hasSystem)
        return [];
    missingSystemWarning ??= validateWithSchema(openAiRecordSchema, { messages: [{ role: 'user', content: 'q' }, { role: 'assistant', content: 'a' }] }, ISSUE_MAPPING);
    return missingSystemWarning.map((issue) => ({ ...issue }));
}
let missingSystemWarning;
function validateOpenAi(record) {
    const plain = plainRecordIssues(record);
    if (plain !== undefined)
        return plain;
    if (isRecord(record) && 'input' in record && 'preferred_output' in record) {
        return [
            {
                path: '',
                code: 'preference_format_unsupported',
                message: 'this is a DPO (preference) line; ftdb validates the supervised chat format ({"messages": [...]}) only.',
                severity: 'error',
            },
        ];
    }
    return validateWithSchema(openAiRecordSchema, record, ISSUE_MAPPING);
}
/**
 * Cookbook "How to count tokens with tiktoken" (PROVIDERS.md §1): 3 tokens per message + encoded role and
 * content; a `name` adds its tokens + 1; 3 more for the reply primer. For a fine-tuning example every message is
 * counted. Tool calls/definitions are encoded as JSON, which the cookbook itself calls an estimate.
 */
const roleTokenCache = new WeakMap();
/** Tokens of a role name (a handful of distinct values, counted once per encoder). */
function roleTokens(encoder, role) {
    let cache = roleTokenCache.get(encoder);
    if (cache === undefined) {
        cache = new Map();
        roleTokenCache.set(encoder, cache);
    }
    let count = cache.get(role);
    if (count === undefined) {
        count = encoder.countText(role);
        if (cache.size < 64)
            cache.set(role, count);
    }
    return count;
}
export function countOpenAiRecordTokens(record, model) {
    const encoder = getLoadedTokenizer(model.tokenizer);
    const messages = objectList(record, 'messages') ?? [];
    let count = 3;
    let assistantTokens = 0;
    let exact = encoder.exact;
    for (const message of messages) {
        const content = contentText(message.content);
        // assistantTokens: content only, as the cookbook's num_assistant_tokens_from_messages.
        const contentTokens = encoder.countText(content);
        let tokens = 3 + roleTokens(encoder, typeof message.role === 'string' ? message.role : '') + contentTokens;
        if (typeof message.name === 'string')
            tokens += encoder.countText(message.name) + 1;
        if (Array.isArray(message.content) && message.content.some((part) => isRecord(part) && part.type !== 'text'))
            exact = false;
        for (const key of ['tool_calls', 'function_call', 'tool_call_id']) {
            if (message[key] !== undefined) {
                tokens += encoder.countText(typeof message[key] === 'string' ? message[key] : JSON.stringify(message[key]));
                exact = false;
            }
        }
        count += tokens;
        if (message.role === 'assistant')
            assistantTokens += contentTokens;
    }
    if (isRecord(record)) {
        for (const key of ['tools', 'functions']) {
            if (record[key] !== undefined) {
                count += encoder.countText(JSON.stringify(record[key]));
                exact = false;
            }
        }
    }
    return { count, method: exact ? 'exact' : 'estimate', assistantTokens };
}
function formatOpenAi(example) {
    return { messages: example.messages.map((message) => ({ role: message.role, content: message.content })) };
}
function countSync(example, model) {
    const { count, method } = countOpenAiRecordTokens(formatOpenAi(example), model);
    return { count, method };
}
export const openAiTarget = {
    id: 'openai',
    displayName: 'OpenAI',
    models: OPENAI_MODELS,
    defaultTokenizer: 'o200k_base',
    recordSchema: openAiRecordSchema,
    format: (example) => formatOpenAi(example),
    validate: (record) => validateOpenAi(record),
    countRecordTokensSync: (record, model) => countOpenAiRecordTokens(record, model),
    countTokensSync: countSync,
    async countTokens(example, model) {
        await loadTokenizer(model.tokenizer);
        return countSync(example, model);
    },
    summarizeRecord: (record) => summarizeRoleList(record, 'messages', 'user'),
};
//# sourceMappingURL=openai-target.js.map