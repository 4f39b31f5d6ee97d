import { z } from 'zod';
import { checkLastRole, requireNonEmptyString, turnsOf } from './chat-rules.js';
import { isRecord, mergeConsecutiveRoles, objectList, splitSystem } from './target-module.js';
import { getLoadedTokenizer, loadTokenizer, overheadProfile } from './tokenizers.js';
import { rule, validateWithSchema } from './zod-issues.js';
const MB = 1024 * 1024;
const GB = 1024 * MB;
// Claude 3 Haiku fine-tuning on Amazon Bedrock. Limits: AWS "Prepare data for fine-tuning your models"
// (docs.aws.amazon.com/bedrock/latest/userguide/model-customization-prepare), table "Anthropic Claude 3 Haiku",
// via PROVIDERS.md §2, read 2026-11-22. "Maximum tokens 32,000" is read as per record, system included.
export const ANTHROPIC_MODELS = [
    {
        id: 'claude-3-haiku-20240307',
        aliases: ['anthropic.claude-3-haiku-20240307-v1:0:200k'],
        target: 'anthropic',
        maxTokensPerExample: 32_000, // Bedrock table "Maximum tokens", read 2026-11-22
        minTrainExamples: 32, // Bedrock table "Minimum records", read 2026-11-22
        maxTrainExamples: 10_000, // Bedrock table "Maximum training records", read 2026-11-22
        maxValidationExamples: 1_000, // Bedrock table "Maximum validation records", read 2026-11-22
        maxTotalExamples: 10_000, // Bedrock table "Maximum total records" (raisable via Service Quotas), read 2026-11-22
        maxTrainFileBytes: 10 * GB, // Bedrock table "Maximum training dataset size", read 2026-11-22
        maxValidationFileBytes: 1 * GB, // Bedrock table "Maximum validation dataset size", read 2026-11-22
        tokenizer: 'estimate-claude', // tokenizer not published; exact counts only via messages.countTokens
        source: 'AWS Bedrock user guide "Prepare data for fine-tuning your models" (Claude 3 Haiku table), via PROVIDERS.md §2, read 2026-11-22',
    },
];
// Record format (Anthropic cookbook finetuning/finetuning_on_bedrock.ipynb, PROVIDERS.md §2): optional `system`
// string; `messages` of at least two; first user, last assistant, strict user/assistant alternation; no other keys.
// AWS examples only ever use string content, so content blocks are not accepted.
const ANTHROPIC_ROLES = ['user', 'assistant'];
export const anthropicMessageSchema = z
    .strictObject({ role: z.enum(ANTHROPIC_ROLES), content: z.string() })
    .check(rule((value, context) => isRecord(value) && requireNonEmptyString(value.content, ['content'], context)));
export const anthropicRecordSchema = z
    .strictObject({ system: z.string().optional(), messages: z.array(anthropicMessageSchema).min(1) })
    .check(rule((value, context) => {
    // A `system` role inside messages is already an unrecognized_role error; the order rules ignore it.
    const turns = turnsOf(value, 'messages')?.filter((turn) => turn.role !== 'system');
    if (!turns || turns.length === 0)
        return;
    if (turns.length < 2)
        context.add(['messages'], 'too_few_messages', 'Bedrock needs at least two messages (a user message, then an assistant reply).');
    const first = turns[0];
    if (first && first.role !== 'user' && typeof first.role === 'string') {
        context.add(['messages', first.index, 'role'], 'first_message_not_user', `the first message is ${first.role}; Bedrock Claude records must start with a user message.`);
    }
    let previous;
    for (const turn of turns) {
        if (previous !== undefined && turn.role === previous && (turn.role === 'user' || turn.role === 'assistant')) {
            context.add(['messages', turn.index, 'role'], 'roles_not_alternating', `messages[${turn.index}] is a second ${String(turn.role)} message in a row; user and assistant must strictly alternate.`);
        }
        previous = turn.role;
    }
    checkLastRole(turns, 'messages', 'assistant', context, 'error');
    if (isRecord(value) && typeof value.system === 'string' && value.system.trim() === '') {
        context.add(['system'], 'missing_content', 'system is empty; leave the key out instead.', 'warning');
    }
}));
const ISSUE_MAPPING = {
    listKey: 'messages',
    contentKey: 'content',
    roles: ANTHROPIC_ROLES,
    roleHint: (role) => (role === 'system' ? 'Put the system prompt in the top-level "system" string.' : undefined),
};
function formatAnthropic(example) {
    // System messages become the top-level `system` string; runs of one role are merged so alternation holds.
    const { system, rest } = splitSystem(example);
    const messages = mergeConsecutiveRoles(rest).map((message) => ({ role: message.role, content: message.content }));
    return system === undefined ? { messages } : { system, messages };
}
/** Estimate (see tokenizers.ts `estimate-claude`); exact counts need `createApiTokenCounter`. */
export function countAnthropicRecordTokens(record, model) {
    const encoder = getLoadedTokenizer(model.tokenizer);
    const profile = overheadProfile(model.tokenizer, 'estimate-claude');
    const count = encoder.countText;
    let total = profile.tokensPerExample;
    let assistantTokens = 0;
    if (isRecord(record) && typeof record.system === 'string')
        total += count(record.system);
    for (const message of objectList(record, 'messages') ?? []) {
        const content = count(typeof message.content === 'string' ? message.content : '');
        total += profile.tokensPerMessage + content;
        if (message.role === 'assistant')
            assistantTokens += content;
    }
    return { count: total, method: encoder.exact ? 'exact' : 'estimate', assistantTokens };
}
function countSync(example, model) {
    const { count, method } = countAnthropicRecordTokens(formatAnthropic(example), model);
    return { count, method };
}
export const anthropicTarget = {
    id: 'anthropic',
    displayName: 'Anthropic Claude on Amazon Bedrock',
    models: ANTHROPIC_MODELS,
    defaultTokenizer: 'estimate-claude',
    recordSchema: anthropicRecordSchema,
    format: (example) => formatAnthropic(example),
    validate: (record) => validateWithSchema(anthropicRecordSchema, record, ISSUE_MAPPING),
    countRecordTokensSync: (record, model) => countAnthropicRecordTokens(record, model),
    countTokensSync: countSync,
    async countTokens(example, model) {
        await loadTokenizer(model.tokenizer);
        return countSync(example, model);
    },
    summarizeRecord(record) {
        const messages = objectList(record, 'messages');
        if (!messages)
            return undefined;
        const hasSystem = isRecord(record) && typeof record.system === 'string' && record.system !== '';
        return { messageCount: messages.length + (hasSystem ? 1 : 0), hasSystem, hasUser: messages.some((message) => message.role === 'user') };
    },
};
//# sourceMappingURL=anthropic-target.js.map