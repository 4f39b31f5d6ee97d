import type { LlmClient, LlmFinishReason, LlmRequest, LlmResult, LlmUsage } from '../llm/types.js';
/** One scripted step: a result to return, an error to throw, or a function of the request. */
export type MockLlmStep = LlmResult | Error | ((request: LlmRequest, callIndex: number) => LlmResult | Promise<LlmResult>);
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
export declare function createMockLlmClient(script: MockLlmScript, options?: MockLlmClientOptions): MockLlmClient;
/** Build an `LlmResult` for a script: `mockResult('{"conversations": []}')`. */
export declare function mockResult(text: string, extra?: {
    finishReason?: LlmFinishReason;
    usage?: LlmUsage;
    warnings?: string[];
}): LlmResult;
/** A reply in the agents' JSON contract holding `count` simple user/assistant conversations. */
export declare function mockConversationsReply(count: number, options?: {
    prefix?: string;
    keywords?: string[];
    turns?: number;
}): string;
