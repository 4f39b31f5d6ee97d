import { createPromptRenderer, packagePromptsDir } from '../agents/prompt-loader.js';
import type { AgentContext, AgentEvent, AgentInput, CreateOptions, IdentifyOptions } from '../agents/types.js';
import { createSeededRandom } from '../dataset/random.js';

export interface TestAgentContext extends AgentContext {
  /** Every event the agent emitted, in order. */
  events: AgentEvent[];
  /** Count of events of one type, optionally with one `reason`. */
  count(type: AgentEvent['type'], reason?: string): number;
}

/** An `AgentContext` for tests: the package's prompts, a seeded random, events recorded. */
export function createTestAgentContext(overrides: Partial<AgentContext> = {}): TestAgentContext {
  const events: AgentEvent[] = [];
  const context: TestAgentContext = {
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

export const DEFAULT_TEST_CREATE_OPTIONS: CreateOptions = {
  temperature: 0.7,
  variety: 'medium',
  minTurns: 1,
  maxTurns: 3,
  conversationsPerCall: 5,
};

export const DEFAULT_TEST_IDENTIFY_OPTIONS: IdentifyOptions = { minTurns: 2, includeContext: false, llmFallback: true };

/** An `AgentInput` with defaults for tests. */
export function createTestAgentInput(
  overrides: Omit<Partial<AgentInput>, 'create' | 'identify'> & { create?: Partial<CreateOptions>; identify?: Partial<IdentifyOptions> } = {},
): AgentInput {
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
export const seededRandom: (seed: number) => () => number = createSeededRandom;
