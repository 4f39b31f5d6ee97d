import type { Sample } from '../dataset/types.js';
import { LlmConfigError } from '../errors/errors.js';
import { clip, inputChunks } from './agent-support.js';
import { generateConversations } from './generate-conversations.js';
import { runIdentify, type IdentifyAgentOptions } from './identify-agent.js';
import { createKeywordSource } from './keyword-source.js';
import { UserTurnIndex } from './near-duplicate.js';
import type { Agent, AgentEvent, Chunk } from './types.js';

/** Identified exchanges listed per chunk in the generation prompt, so the LLM steers away from them. */
const AVOID_PER_CHUNK = 15;

/** How many of `total` samples hybrid mode generates and how many it identifies (`ratio` = generated share). */
export function hybridShares(total: number, ratio: number): { generated: number; identified: number } {
  const generated = Math.round(total * Math.min(1, Math.max(0, ratio)));
  return { generated, identified: total - generated };
}

/** Hybrid's cap on identify's LLM calls: 2 × the identified share, at least 8. */
export function identifyCallLimit(wantIdentified: number): number {
  return Math.max(8, 2 * wantIdentified);
}

/**
 * Hybrid mode: `generationRatio` of `targetCount` is generated, the rest identified. Identification runs first
 * (its stage 2 gets at most 2 × the identified share in LLM calls, at least 8); if it finds fewer than its share,
 * generation fills the gap and a notice says so. Generated conversations whose user turns repeat an identified
 * exchange (exact, or first user turn ≥ 0.8 character-trigram Jaccard) are rejected as `duplicate_of_identified`,
 * and each generation call lists the identified questions inside its chunk so the LLM asks about other things.
 */
export function createHybridAgent(options: IdentifyAgentOptions = {}): Agent {
  return {
    mode: 'hybrid',
    async *run(input, context) {
      if (context.llm === undefined) {
        throw new LlmConfigError('hybrid mode needs an agentic LLM for its generated share: set the API key for system.agentic_llm, or use identify mode');
      }
      const chunks = inputChunks(input);
      const total = input.targetCount;
      const { identified: wantIdentified } = hybridShares(total, input.generationRatio);
      const identifiedTurns = new UserTurnIndex();
      const questionsByFile = new Map<string, { offset: number; question: string }[]>();
      let identified = 0;

      if (wantIdentified > 0) {
        // Chunk ids are shared with the generation below, so only generation records finished chunks for resume.
        const identifyContext = { ...context, emit: (event: AgentEvent) => (event.type === 'chunk-finished' ? undefined : context.emit(event)) };
        const identifying = runIdentify(
          { ...input, chunks, targetCount: wantIdentified, finishedChunkIds: undefined },
          identifyContext,
          { ...options, maxLlmCalls: options.maxLlmCalls ?? identifyCallLimit(wantIdentified) },
        );
        for await (const sample of identifying) {
          remember(sample);
          identified += 1;
          yield sample;
          if (identified >= wantIdentified) break;
        }
      }

      const toGenerate = total - identified;
      if (identified < wantIdentified) {
        context.emit({
          type: 'notice',
          level: 'info',
          message: `hybrid: identification found ${identified} of the ${wantIdentified} existing exchanges wanted; generation fills the gap of ${wantIdentified - identified} (${toGenerate} generated in all)`,
        });
      }
      if (toGenerate <= 0) return;
      if (chunks.length === 0) {
        context.emit({ type: 'notice', level: 'warning', message: `hybrid: the input files have no text to generate the remaining ${toGenerate} samples from` });
        return;
      }

      yield* generateConversations(
        {
          kind: 'hybrid',
          origin: 'generated',
          chunks,
          targetCount: toGenerate,
          create: input.create,
          finishedChunkIds: input.finishedChunkIds,
          avoidQuestions: (chunk) => (chunk === undefined ? [] : questionsInside(chunk)),
          reject: (messages) => {
            const kind = identifiedTurns.find(messages);
            if (kind === undefined) return undefined;
            const question = messages.find((message) => message.role === 'user')?.content ?? '';
            return { reason: 'duplicate_of_identified', detail: `${kind === 'exact' ? 'same' : 'nearly the same'} user turn as an identified exchange: "${clip(question, 80)}"` };
          },
          keywords: createKeywordSource(() => chunks.map((chunk) => chunk.text), options.keywordExtractor),
        },
        context,
      );

      function remember(sample: Sample): void {
        identifiedTurns.add(sample.messages);
        const question = sample.messages.find((message) => message.role === 'user')?.content;
        if (sample.sourceFile === undefined || question === undefined) return;
        const list = questionsByFile.get(sample.sourceFile) ?? [];
        list.push({ offset: sample.source?.startOffset ?? -1, question });
        questionsByFile.set(sample.sourceFile, list);
      }

      function questionsInside(chunk: Chunk): string[] {
        const end = chunk.startOffset + chunk.text.length;
        return (questionsByFile.get(chunk.sourceFile) ?? [])
          .filter((entry) => entry.offset >= chunk.startOffset && entry.offset < end)
          .slice(0, AVOID_PER_CHUNK)
          .map((entry) => entry.question);
      }
    },
  };
}
