import type { Message, Sample, UnitKind } from '../dataset/types.js';
import type { ExtractedDocument } from '../extract/types.js';
import type { LlmClient, LlmUsage } from '../llm/types.js';

export type AgentMode = 'create' | 'identify' | 'hybrid' | 'free';

/** A token-aware slice of one document, with provenance. */
export interface Chunk {
  /** Stable across runs for the same input: `<sha1(file)>:<n>`; used for resume. */
  id: string;
  sourceFile: string;
  unitKind?: UnitKind;
  unitIndex?: number;
  /** Offset of `text` inside the document text. */
  startOffset: number;
  text: string;
  /** Approximate token count of `text`. */
  tokens: number;
}

export type Variety = 'low' | 'medium' | 'high';

export interface CreateOptions {
  temperature: number;
  variety: Variety;
  systemPrompt?: string;
  minTurns: number;
  maxTurns: number;
  conversationsPerCall: number;
}

export interface IdentifyOptions {
  minTurns: number;
  includeContext: boolean;
  llmFallback: boolean;
}

export interface AgentInput {
  documents: ExtractedDocument[];
  chunks: Chunk[];
  /** Samples to produce in this run (already minus what a resumed run has). */
  targetCount: number;
  create: CreateOptions;
  identify: IdentifyOptions;
  /** Fraction generated in hybrid mode. */
  generationRatio: number;
  /** Free mode: the user's instructions. */
  instructions?: string;
  /** Chunks finished in an earlier, interrupted run of the same dataset. */
  finishedChunkIds?: ReadonlySet<string>;
}

export type AgentEvent =
  | { type: 'llm-call'; chunkId?: string; usage: LlmUsage; durationMs: number }
  | { type: 'reply-dropped'; chunkId?: string; reason: string; detail?: string }
  | { type: 'candidate-rejected'; reason: string; detail?: string }
  | { type: 'chunk-finished'; chunkId: string }
  | { type: 'notice'; level: 'info' | 'warning'; message: string };

export interface PromptRenderer {
  /** Fill `prompts/<name>` with params; throws on a missing or unknown placeholder. */
  render(name: string, params: Record<string, string | number>): Promise<string>;
}

export interface AgentContext {
  llm?: LlmClient;
  emit(event: AgentEvent): void;
  signal?: AbortSignal;
  random: () => number;
  prompts: PromptRenderer;
  concurrency: number;
  maxRetries: number;
  /** Returns false when a sample (by its messages) is a duplicate of one already kept. */
  isNew?(messages: Message[]): boolean;
  /**
   * True for the id of a sample an earlier, interrupted run of this dataset already stored: a resumed identify run
   * finds it again and passes over it without a word (it is not a duplicate of anything).
   */
  isStored?(id: string): boolean;
  /**
   * The caller computes the TF-IDF topic keywords itself, over the same corpus (identify with worker threads does it
   * in its writer thread), and uses them when there are any: samples come with only the keywords an LLM gave.
   */
  keywordsElsewhere?: boolean;
}

export interface Agent {
  mode: AgentMode;
  run(input: AgentInput, context: AgentContext): AsyncIterable<Sample>;
}
