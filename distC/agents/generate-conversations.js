import { randomUUID } from 'node:crypto';
import { chunkSource, clip, excerptLabel, formatTurnRange, splitUsage } from './agent-support.js';
import { runLlmLoop } from './llm-loop.js';
import { ConversationReplyError, parseConversationsReply } from './parse-conversations.js';
import { varietyParams } from './variety.js';
/** Earlier user questions remembered per chunk (and for chunk-less free mode) to steer repeat visits elsewhere. */
const REMEMBERED_QUESTIONS = 12;
/**
 * The generation engine of create, hybrid and free modes: per call, render the mode's prompt, send the excerpt,
 * parse the JSON reply tolerantly, check roles and turn counts, and turn each conversation into a `Sample`.
 * Usage per sample: the call's usage divided among the samples it produced (integer shares summing to the call's).
 */
export function generateConversations(options, context) {
    const { create } = options;
    const minTurns = Math.max(1, create.minTurns);
    const maxTurns = Math.max(minTurns, create.maxTurns);
    const systemPrompt = create.systemPrompt?.trim() ? create.systemPrompt.trim() : undefined;
    const promptName = `system/${options.kind}_mode.txt`;
    const askedBefore = new Map();
    async function buildRequest(job) {
        const variety = varietyParams(create.variety, context.random);
        const params = {
            conversation_count: job.count,
            turn_range: formatTurnRange(minTurns, maxTurns),
            min_turns: minTurns,
            max_turns: maxTurns,
            system_prompt_rule: systemPromptRule(systemPrompt, options.kind === 'free'),
        };
        if (options.kind === 'free') {
            params.instructions = options.instructions ?? '';
            params.source_rule = job.chunk === undefined
                ? 'No source material is given: write from the instructions alone.'
                : 'The user message holds an excerpt of the source material. Use it the way the instructions say; if they do not mention source material, base the conversations on the excerpt.';
        }
        else {
            Object.assign(params, variety);
        }
        const system = await context.prompts.render(promptName, params);
        return {
            messages: [
                { role: 'system', content: system },
                { role: 'user', content: userMessage(job) },
            ],
            temperature: create.temperature,
            responseFormat: 'json',
        };
    }
    function userMessage(job) {
        const parts = [];
        if (job.chunk !== undefined) {
            parts.push(`Excerpt from ${excerptLabel(job.chunk)}:\n<excerpt>\n${job.chunk.text}\n</excerpt>`);
        }
        const avoid = [...(options.avoidQuestions?.(job.chunk) ?? []), ...(askedBefore.get(job.chunk?.id ?? '') ?? [])];
        if (avoid.length > 0) {
            const label = job.chunk === undefined ? 'Conversations were already written' : 'Conversations already exist for this excerpt';
            parts.push(`${label}, starting with these user messages. Ask about other things, in other words:\n${avoid.map((question) => `- ${clip(question, 160)}`).join('\n')}`);
        }
        if (job.previousProblem !== undefined) {
            parts.push(`Your previous reply could not be used (${job.previousProblem}). Reply with only the JSON object described in the instructions, complete and valid.`);
        }
        parts.push(`Write ${job.count} ${job.count === 1 ? 'conversation' : 'conversations'} now.`);
        return parts.join('\n\n');
    }
    async function handleResult(job, result) {
        const parsed = parseConversationsReply(result.text, { finishReason: result.finishReason });
        // Candidate rejections are reported only for a usable reply; an unusable one is reported once, as dropped.
        const rejections = parsed.rejected.map(({ reason, detail }) => ({ reason, detail }));
        const kept = [];
        let tooShort = 0;
        for (const conversation of parsed.conversations) {
            const messages = shapeMessages(conversation.messages, systemPrompt, options.kind === 'free', maxTurns);
            const exchanges = messages.filter((message) => message.role === 'user').length;
            if (exchanges < minTurns) {
                tooShort += 1;
                rejections.push({ reason: 'too_few_turns', detail: `${exchanges} exchanges, at least ${minTurns} wanted` });
                continue;
            }
            const problem = options.reject?.(messages);
            if (problem !== undefined) {
                rejections.push(problem);
                continue;
            }
            if (context.isNew !== undefined && !context.isNew(messages)) {
                rejections.push({ reason: 'duplicate', detail: `repeats a sample already kept: ${clip(messages.find((message) => message.role === 'user')?.content ?? '', 80)}` });
                continue;
            }
            kept.push({ messages, keywords: conversation.topicKeywords });
        }
        if (kept.length === 0 && tooShort === parsed.conversations.length) {
            throw new ConversationReplyError('no_valid_conversations', `every conversation had too few exchanges (at least ${minTurns} wanted)`, result.text);
        }
        for (const rejection of rejections)
            context.emit({ type: 'candidate-rejected', reason: rejection.reason, detail: rejection.detail });
        remember(job.chunk?.id ?? '', kept.map((entry) => entry.messages));
        const usages = splitUsage(result.usage, kept.length, context.llm?.modelId ?? '');
        const samples = [];
        for (const [index, entry] of kept.entries()) {
            const keywords = entry.keywords.length > 0 ? entry.keywords : await options.keywords(entry.messages.map((message) => message.content).join('\n'));
            samples.push({
                id: randomUUID(),
                messages: entry.messages,
                origin: options.origin,
                sourceFile: job.chunk?.sourceFile,
                source: job.chunk === undefined ? undefined : chunkSource(job.chunk),
                topicKeywords: keywords,
                detector: options.kind === 'free' ? 'free' : 'create',
                chunkId: job.chunk?.id,
                usage: usages[index],
            });
        }
        return { samples, truncated: parsed.truncated };
    }
    function remember(key, conversations) {
        const list = askedBefore.get(key) ?? [];
        for (const messages of conversations) {
            const question = messages.find((message) => message.role === 'user')?.content;
            if (question !== undefined)
                list.push(question);
        }
        askedBefore.set(key, list.slice(-REMEMBERED_QUESTIONS));
    }
    return runLlmLoop({
        label: options.kind,
        chunks: options.chunks,
        plan: 'spread',
        withoutChunks: options.withoutChunks,
        targetCount: options.targetCount,
        perCall: create.conversationsPerCall,
        finishedChunkIds: options.finishedChunkIds,
        buildRequest,
        handleResult,
    }, context);
}
function systemPromptRule(systemPrompt, free) {
    if (systemPrompt !== undefined) {
        return `In the finished dataset every conversation starts with this system message for the assistant, so the assistant's replies must follow it (role, tone, rules):\n<system_prompt>\n${systemPrompt}\n</system_prompt>\nDo not write a system message yourself; it is added automatically.`;
    }
    return free
        ? 'Only include a system message (role "system", first) if the instructions ask for one.'
        : 'Do not include a system message.';
}
/**
 * The configured system prompt replaces any system message the LLM wrote; without one, create/hybrid drop the
 * LLM's system messages (not asked for) and free mode keeps a leading one (the instructions may ask for it).
 * Conversations longer than `maxTurns` exchanges are cut after the `maxTurns`-th assistant reply.
 */
function shapeMessages(messages, systemPrompt, keepSystem, maxTurns) {
    const leadingSystem = messages[0]?.role === 'system' ? messages[0] : undefined;
    const body = messages.filter((message) => message.role !== 'system');
    let exchanges = 0;
    let cut = body.length;
    for (let index = 0; index < body.length; index += 1) {
        if (body[index].role === 'assistant') {
            exchanges += 1;
            if (exchanges === maxTurns) {
                cut = index + 1;
                break;
            }
        }
    }
    const trimmed = body.slice(0, cut);
    if (systemPrompt !== undefined)
        return [{ role: 'system', content: systemPrompt }, ...trimmed];
    if (keepSystem && leadingSystem !== undefined)
        return [leadingSystem, ...trimmed];
    return trimmed;
}
//# sourceMappingURL=generate-conversations.js.map