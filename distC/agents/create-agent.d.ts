import { type KeywordExtractorFactory } from './keyword-source.js';
import type { Agent } from './types.js';
export interface GeneratingAgentOptions {
    /** TF-IDF extractor factory for samples whose reply had no keywords (default: `src/dataset/keywords.ts`). */
    keywordExtractor?: KeywordExtractorFactory;
}
/**
 * Create mode: synthetic conversations inspired by the input files. Each LLM call gets one chunk and asks for
 * `agent.create.conversations_per_call` conversations; calls are spread over chunks and files (round-robin, equal
 * shares per file). Samples: origin `generated`, fresh UUID ids, the chunk's provenance, the LLM's topic keywords.
 */
export declare function createCreateAgent(options?: GeneratingAgentOptions): Agent;
