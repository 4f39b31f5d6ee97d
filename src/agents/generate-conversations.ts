import { randomUUID } from 'node:crypto';
import type { Message, Sample, SampleOrigin } from '../dataset/types.js';
import type { LlmRequest, LlmResult } from '../llm/types.js';
import { chunkSource, clip, excerptLabel, formatTurnRange, splitUsage } from './agent-support.js';
import { runLlmLoop, type JobOutcome, type LoopJob } from './llm-loop.js';
import { ConversationReplyError, parseConversationsReply, type CandidateRejectReason } from './parse-conversations.js';
import type { AgentContext, Chunk, CreateOptions } from './types.js';
import { varietyParams } from './variety.js';

export interface GenerateOptions {
  /** `create`, `hybrid` or `free` (prompt file, notices, `detector`). */
  kind: 'create' | 'hybrid' | 'free';
  origin: SampleOrigin;
  chunks: readonly Chunk[];
  targetCount: number;
  create: CreateOptions;
  finishedChunkIds?: ReadonlySet<string>;
  /** Free mode: the user's instructions. */
  instructions?: string;
  /** Free mode without documents: calls without an excerpt. */
  withoutChunks?: boolean;
  /** User questions the LLM should not repeat for this chunk (hybrid: the identified exchanges inside it). */
  avoidQuestions?: (chunk: Chunk | undefined) => string[];
  /** Agent-specific rejection (hybrid: duplicates of identified exchanges). */
  reject?: (messages: Message[]) => { reason: CandidateRejectReason; detail: string } | undefined;
  /** Keywords when the reply gave none (TF-IDF). */
  keywords: (text: string) => Promise<string[]>;
}

/** Earlier user questions remembered per chunk (and for chunk-less free mode) to steer repeat visits elsewhere. */
const REMEMBERED_QUESTIONS = 12;

/**
 * The generation engine of create, hybrid and free modes: per call, render the mode's prompt, send the excerpt,
 * parse the JSON reply tolerantly, check roles and turn counts, and turn each conversation into a `Sample`.
 * Usage per sample: the call's usage divided among the samples it produced (integer shares summing to the call's).
 */
export function generateConversations(options: GenerateOptions, context: AgentContext): AsyncGenerator<Sample, void, undefined> {
  const { create } = options;
  const minTurns = Math.max(1, create.minTurns);
  const maxTurns = Math.max(minTurns, create.maxTurns);
  const systemPrompt = create.systemPrompt?.trim() ? create.systemPrompt.trim() : undefined;
  const promptName = `system/${options.kind}_mode.txt`;
  const askedBefore = new Map<string, string[]>();

  async function buildRequest(job: LoopJob): Promise<LlmRequest> {
    const variety = varietyParams(create.variety, context.random);
    const params: Record<string, string | number> = {
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
    } else {
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

  function userMessage(job: LoopJob): string {
    const parts: string[] = [];
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

  async function handleResult(job: LoopJob, result: LlmResult): Promise<JobOutcome> {
    const parsed = parseConversationsReply(result.text, { finishReason: result.finishReason });
    // Candidate rejections are reported only for a usable reply; an unusable one is reported once, as dropped.
    const rejections: { reason: CandidateRejectReason; detail: string }[] = parsed.rejected.map(({ reason, detail }) => ({ reason, detail }));
    const kept: { messages: Message[]; keywords: string[] }[] = [];
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
    for (const rejection of rejections) context.emit({ type: 'candidate-rejected', reason: rejection.reason, detail: rejection.detail });
    remember(job.chunk?.id ?? '', kept.map((entry) => entry.messages));
    const usages = splitUsage(result.usage, kept.length, context.llm?.modelId ?? '');
    const samples: Sample[] = [];
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

  function remember(key: string, conversations: Message[][]): void {
    const list = askedBefore.get(key) ?? [];
    for (const messages of conversations) {
      const question = messages.find((message) => message.role === 'user')?.content;
      if (question !== undefined) list.push(question);
    }
    askedBefore.set(key, list.slice(-REMEMBERED_QUESTIONS));
  }

  return runLlmLoop(
    {
      label: options.kind,
      chunks: options.chunks,
      plan: 'spread',
      withoutChunks: options.withoutChunks,
      targetCount: options.targetCount,
      perCall: create.conversationsPerCall,
      finishedChunkIds: options.finishedChunkIds,
      buildRequest,
      handleResult,
    },
    context,
  );
}

function systemPromptRule(systemPrompt: string | undefined, free: boolean): string {
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
function shapeMessages(messages: readonly Message[], systemPrompt: string | undefined, keepSystem: boolean, maxTurns: number): Message[] {
  const leadingSystem = messages[0]?.role === 'system' ? messages[0] : undefined;
  const body = messages.filter((message) => message.role !== 'system');
  let exchanges = 0;
  let cut = body.length;
  for (let index = 0; index < body.length; index += 1) {
    if (body[index]!.role === 'assistant') {
      exchanges += 1;
      if (exchanges === maxTurns) {
        cut = index + 1;
        break;
      }
    }
  }
  const trimmed = body.slice(0, cut);
  if (systemPrompt !== undefined) return [{ role: 'system', content: systemPrompt }, ...trimmed];
  if (keepSystem && leadingSystem !== undefined) return [leadingSystem, ...trimmed];
  return trimmed;
}
