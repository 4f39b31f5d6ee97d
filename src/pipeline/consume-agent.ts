import type { Agent, AgentContext, AgentEvent, AgentInput } from '../agents/types.js';
import type { Sample } from '../dataset/types.js';
import { estimateLlmCost } from '../llm/pricing.js';
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

export function createConsumeState(): ConsumeState {
  return { dropped: {}, agentRejected: {}, notices: [], byOrigin: {}, usage: { calls: 0, inputTokens: 0, outputTokens: 0, costKnown: true } };
}

export interface ConsumeOptions {
  agent: Agent;
  input: AgentInput;
  context: Omit<AgentContext, 'emit' | 'isNew'>;
  sink: SampleSink;
  /** Stop once the sink has accepted this many samples in total. */
  stopAt: number;
  /** The run's target, for progress events, when `stopAt` is only this call's part of it (identify's shares). */
  runTarget?: number;
  state: ConsumeState;
  onEvent: BuildEventListener;
  agenticModel?: string;
  pricing?: Record<string, { input: number; output: number }>;
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

export function createSampleConsumer(options: Pick<ConsumeOptions, 'sink' | 'state' | 'onEvent' | 'stopAt' | 'runTarget' | 'agenticModel' | 'pricing' | 'startedAt' | 'clock'>): SampleConsumer {
  const { sink, state, onEvent } = options;
  let lastProgress = 0;
  const progress = (force = false): void => {
    const now = options.clock();
    if (!force && now - lastProgress < 250) return;
    lastProgress = now;
    onEvent({
      type: 'progress',
      accepted: sink.accepted,
      target: options.runTarget ?? options.stopAt,
      llmCalls: state.usage.calls,
      inputTokens: state.usage.inputTokens,
      outputTokens: state.usage.outputTokens,
      costUsd: state.usage.costKnown ? state.usage.costUsd : undefined,
      elapsedMs: now - options.startedAt,
    });
  };
  const emit = (event: AgentEvent): void => {
    switch (event.type) {
      case 'llm-call': {
        state.usage.calls += 1;
        state.usage.inputTokens += event.usage.inputTokens ?? 0;
        state.usage.outputTokens += event.usage.outputTokens ?? 0;
        if (options.agenticModel !== undefined) {
          const cost = estimateLlmCost(options.agenticModel, event.usage, options.pricing);
          if (cost === undefined) state.usage.costKnown = false;
          else state.usage.costUsd = (state.usage.costUsd ?? 0) + cost;
        }
        progress();
        break;
      }
      case 'reply-dropped':
        state.dropped[event.reason] = (state.dropped[event.reason] ?? 0) + 1;
        onEvent({ type: 'reply-dropped', reason: event.reason, detail: event.detail });
        break;
      case 'candidate-rejected':
        state.agentRejected[event.reason] = (state.agentRejected[event.reason] ?? 0) + 1;
        onEvent({ type: 'sample-rejected', reason: event.reason, detail: event.detail });
        break;
      case 'chunk-finished':
        sink.chunkFinished(event.chunkId);
        break;
      case 'notice':
        // The streaming identify path runs the agent once per file: say each thing once.
        if (state.notices.includes(event.message)) break;
        state.notices.push(event.message);
        onEvent({ type: 'notice', level: event.level, message: event.message });
        break;
    }
  };
  const record = (sample: Sample, verdict: SinkVerdict): void => {
    if (verdict.accepted) {
      state.byOrigin[sample.origin] = (state.byOrigin[sample.origin] ?? 0) + 1;
    } else {
      onEvent({ type: 'sample-rejected', reason: verdict.reason, detail: verdict.detail });
    }
    progress();
  };
  return { emit, record, progress };
}

/**
 * Pull samples from an agent into the sink until `stopAt` is reached or the agent is done.
 * Stops the agent (generator return) as soon as enough samples are accepted.
 */
export async function consumeAgent(options: ConsumeOptions): Promise<ConsumeOutcome> {
  const { sink } = options;
  const consumer = createSampleConsumer(options);
  if (sink.accepted >= options.stopAt) return { finished: false };
  const iterable = options.agent.run(options.input, { ...options.context, emit: consumer.emit, isNew: (messages) => sink.isNew(messages), isStored: (id) => sink.isStored(id) });
  const iterator = iterable[Symbol.asyncIterator]();
  let finished = false;
  try {
    while (sink.accepted < options.stopAt) {
      const next = await iterator.next();
      if (next.done === true) {
        finished = true;
        break;
      }
      const sample: Sample = next.value;
      consumer.record(sample, await sink.offer(sample));
    }
  } finally {
    if (!finished) await iterator.return?.(undefined);
    consumer.progress(true);
  }
  return { finished };
}

export interface ConsumeOutcome {
  /** The agent had nothing more to give (else it was stopped at `stopAt`). */
  finished: boolean;
}
