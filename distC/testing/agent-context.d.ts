import type { AgentContext, AgentEvent, AgentInput, CreateOptions, IdentifyOptions } from '../agents/types.js';
export interface TestAgentContext extends AgentContext {
    /** Every event the agent emitted, in order. */
    events: AgentEvent[];
    /** Count of events of one type, optionally with one `reason`. */
    count(type: AgentEvent['type'], reason?: string): number;
}
/** An `AgentContext` for tests: the package's prompts, a seeded random, events recorded. */
export declare function createTestAgentContext(overrides?: Partial<AgentContext>): TestAgentContext;
export declare const DEFAULT_TEST_CREATE_OPTIONS: CreateOptions;
export declare const DEFAULT_TEST_IDENTIFY_OPTIONS: IdentifyOptions;
/** An `AgentInput` with defaults for tests. */
export declare function createTestAgentInput(overrides?: Omit<Partial<AgentInput>, 'create' | 'identify'> & {
    create?: Partial<CreateOptions>;
    identify?: Partial<IdentifyOptions>;
}): AgentInput;
/** Mulberry32: a small deterministic random source (the one dataset splits use). */
export declare const seededRandom: (seed: number) => () => number;
