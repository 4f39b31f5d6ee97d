import type { LlmCallOptions, LlmClient, LlmFinishReason, LlmRequest, LlmResult, LlmUsage } from '../llm/types.js';

/** One scripted step: a result to return, an error to throw, or a function of the request. */
export type MockLlmStep =
  | LlmResult
  | Error
  | ((request: LlmRequest, callIndex: number) => LlmResult | Promise<LlmResult>);

export type MockLlmScript = MockLlmStep[] | ((request: LlmRequest, callIndex: number) => LlmResult | Promise<LlmResult>);

export interface MockLlmClientOptions {
  /** Simulated latency of every call; the call rejects with an AbortError when the signal fires meanwhile. */
  latencyMs?: number | ((callIndex: number) => number);
  provider?: string;
  modelId?: string;
}

export interface MockLlmClient extends LlmClient {
  /** Every request received, in call order (including calls later aborted). */
  readonly calls: LlmRequest[];
  /** Calls in flight right now. */
  readonly inFlight: number;
  /** Highest number of calls that were in flight at the same time. */
  readonly maxInFlight: number;
  /** Calls that ended because their signal was aborted. */
  readonly abortedCalls: number;
}

/**
 * An `LlmClient` that answers from a script, for tests of agents and pipelines (library users can use it too).
 * With an array script, call n gets step n; running past the end throws an error naming the call, so a test
 * that makes more calls than it planned fails loudly. A function script is called for every request.
 */
export function createMockLlmClient(script: MockLlmScript, options: MockLlmClientOptions = {}): MockLlmClient {
  const calls: LlmRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let abortedCalls = 0;
  const provider = options.provider ?? 'mock';
  const modelId = options.modelId ?? 'mock-model';

  async function answer(request: LlmRequest, callIndex: number): Promise<LlmResult> {
    if (typeof script === 'function') return script(request, callIndex);
    const step = script[callIndex];
    if (step === undefined) {
      throw new Error(`MockLlmClient: no scripted reply for call ${callIndex + 1} (the script has ${script.length} steps)`);
    }
    if (step instanceof Error) throw step;
    if (typeof step === 'function') return step(request, callIndex);
    return step;
  }

  async function generate(request: LlmRequest, callOptions: LlmCallOptions = {}): Promise<LlmResult> {
    const callIndex = calls.length;
    calls.push(request);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const signal = callOptions.signal;
      signal?.throwIfAborted();
      const latencyMs = typeof options.latencyMs === 'function' ? options.latencyMs(callIndex) : (options.latencyMs ?? 0);
      if (latencyMs > 0) await delay(latencyMs, signal);
      const result = await answer(request, callIndex);
      signal?.throwIfAborted();
      return result;
    } catch (error) {
      if (callOptions.signal?.aborted) abortedCalls += 1;
      throw error;
    } finally {
      inFlight -= 1;
    }
  }

  return {
    provider,
    modelId,
    model: modelId,
    calls,
    generate,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get abortedCalls() {
      return abortedCalls;
    },
  };
}

/** Build an `LlmResult` for a script: `mockResult('{"conversations": []}')`. */
export function mockResult(
  text: string,
  extra: { finishReason?: LlmFinishReason; usage?: LlmUsage; warnings?: string[] } = {},
): LlmResult {
  return {
    text,
    finishReason: extra.finishReason ?? 'stop',
    usage: extra.usage ?? { inputTokens: 100, outputTokens: 50 },
    warnings: extra.warnings ?? [],
  };
}

/** A reply in the agents' JSON contract holding `count` simple user/assistant conversations. */
export function mockConversationsReply(
  count: number,
  options: { prefix?: string; keywords?: string[]; turns?: number } = {},
): string {
  const prefix = options.prefix ?? 'Question';
  const turns = options.turns ?? 1;
  const conversations = Array.from({ length: count }, (_, index) => {
    const messages = [];
    for (let turn = 0; turn < turns; turn += 1) {
      messages.push({ role: 'user', content: `${prefix} ${index + 1}.${turn + 1}: how does it work?` });
      messages.push({ role: 'assistant', content: `Answer ${index + 1}.${turn + 1}: it works like this.` });
    }
    return { messages, topic_keywords: options.keywords ?? ['testing'] };
  });
  return JSON.stringify({ conversations });
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
