import type { Agent, AgentContext, AgentEvent, AgentInput } from '../agents/types.js';
import type { Sample } from '../dataset/types.js';
import type { BuildEventListener } from './events.js';
import type { SampleSink, SinkVerdict } from './sample-sink.js';
export interface UsageMeter {
    calls: number;
    inputTokens: number;
    outputTokens: number;
    costUsd?: number;
    costKnown: boolean;
}
export interface ConsumeState {
    /** Whole LLM replies that could not be used, by reason. */
    dropped: Record<string, number>;
    /** Candidate conversations the agent itself discarded (paraphrased spans, overlaps...), by reason. */
    agentRejected: Record<string, number>;
    notices: string[];
    byOrigin: Record<string, number>;
    usage: UsageMeter;
}
export declare function createConsumeState(): ConsumeState;
export interface ConsumeOptions {
    agent: Agent;
    input: AgentInput;
    context: Omit<AgentContext, 'emit' | 'isNew'>;
    sink: SampleSink;
    /** Stop once the sink has accepted this many samples in total. */
    stopAt: number;
    state: ConsumeState;
    onEvent: BuildEventListener;
    agenticModel?: string;
    pricing?: Record<string, {
        input: number;
        output: number;
    }>;
    startedAt: number;
    clock: () => number;
}
/** The event and sample handling of `consumeAgent`, shared with the worker-thread identify path. */
export interface SampleConsumer {
    /** An agent event: usage, dropped replies, rejected candidates, finished chunks, notices. */
    emit(event: AgentEvent): void;
    /** Counts an offered sample's verdict (accepted by origin, or a rejection event). */
    record(sample: Sample, verdict: SinkVerdict): void;
    /** A progress event, at most every 250 ms unless forced. */
    progress(force?: boolean): void;
}
export declare function createSampleConsumer(options: Pick<ConsumeOptions, 'sink' | 'state' | 'onEvent' | 'stopAt' | 'agenticModel' | 'pricing' | 'startedAt' | 'clock'>): SampleConsumer;
/**
 * Pull samples from an agent into the sink until `stopAt` is reached or the agent is done.
 * Stops the agent (generator return) as soon as enough samples are accepted.
 */
export declare function consumeAgent(options: ConsumeOptions): Promise<void>;
