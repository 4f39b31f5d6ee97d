import { createPromptRenderer, packagePromptsDir } from '../agents/prompt-loader.js';
import { createSeededRandom } from '../dataset/random.js';
/** An `AgentContext` for tests: the package's prompts, a seeded random, events recorded. */
export function createTestAgentContext(overrides = {}) {
    const events = [];
    const context = {
        emit: (event) => {
            events.push(event);
        },
        random: seededRandom(42),
        prompts: createPromptRenderer({ dirs: [packagePromptsDir()] }),
        concurrency: 4,
        maxRetries: 2,
        ...overrides,
        events,
        count(type, reason) {
            return events.filter((event) => event.type === type && (reason === undefined || ('reason' in event && event.reason === reason))).length;
        },
    };
    if (overrides.emit !== undefined) {
        const outer = overrides.emit;
        context.emit = (event) => {
            events.push(event);
            outer(event);
        };
    }
    return context;
}
export const DEFAULT_TEST_CREATE_OPTIONS = {
    temperature: 0.7,
    variety: 'medium',
    minTurns: 1,
    maxTurns: 3,
    conversationsPerCall: 5,
};
export const DEFAULT_TEST_IDENTIFY_OPTIONS = { minTurns: 2, includeContext: false, llmFallback: true };
/** An `AgentInput` with defaults for tests. */
export function createTestAgentInput(overrides = {}) {
    return {
        documents: [],
        chunks: [],
        targetCount: 10,
        generationRatio: 0.5,
        ...overrides,
        create: { ...DEFAULT_TEST_CREATE_OPTIONS, ...overrides.create },
        identify: { ...DEFAULT_TEST_IDENTIFY_OPTIONS, ...overrides.identify },
    };
}
/** Mulberry32: a small deterministic random source (the one dataset splits use). */
export const seededRandom = createSeededRandom;
//# sourceMappingURL=agent-context.js.map