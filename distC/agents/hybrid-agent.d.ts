import { type IdentifyAgentOptions } from './identify-agent.js';
import type { Agent } from './types.js';
/**
 * Hybrid mode: `generationRatio` of `targetCount` is generated, the rest identified. Identification runs first
 * (its stage 2 gets at most 2 × the identified share in LLM calls, at least 8); if it finds fewer than its share,
 * generation fills the gap and a notice says so. Generated conversations whose user turns repeat an identified
 * exchange (exact, or first user turn ≥ 0.8 character-trigram Jaccard) are rejected as `duplicate_of_identified`,
 * and each generation call lists the identified questions inside its chunk so the LLM asks about other things.
 */
export declare function createHybridAgent(options?: IdentifyAgentOptions): Agent;
