import { describe, expect, it } from 'vitest';
import { LlmCallError, LlmRateLimitError, LlmTimeoutError, RetryExhaustedError } from '../errors/errors.js';
import { computeRetryDelay, defaultSleep, withRetry, type RetryAttemptInfo } from './retry.js';

const context = { provider: 'openai' as const, modelId: 'gpt-test' };

function serverError(retryAfterMs?: number): LlmCallError {
  return new LlmCallError('HTTP 503', { provider: 'openai', modelId: 'gpt-test', status: 503, isRetryable: true, retryAfterMs });
}

function recordingSleep() {
  const sleeps: number[] = [];
  return { sleeps, sleep: async (ms: number) => void sleeps.push(ms) };
}

describe('withRetry', () => {
  it('returns the first success and passes attempt numbers and a signal', async () => {
    const seen: number[] = [];
    const result = await withRetry(async ({ attempt, signal }) => {
      seen.push(attempt);
      expect(signal).toBeInstanceOf(AbortSignal);
      if (attempt < 2) throw serverError();
      return 'ok';
    }, recordingSleep());
    expect(result).toBe('ok');
    expect(seen).toEqual([1, 2]);
  });

  it('gives up after maxRetries with RetryExhaustedError carrying every error', async () => {
    const { sleep, sleeps } = recordingSleep();
    const infos: RetryAttemptInfo[] = [];
    let calls = 0;
    const error = await withRetry(
      async () => {
        calls += 1;
        throw serverError();
      },
      { maxRetries: 3, sleep, random: () => 0.5, onRetry: (info) => infos.push(info), errorContext: context },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RetryExhaustedError);
    const exhausted = error as RetryExhaustedError;
    expect(exhausted).toMatchObject({ attempts: 4, reason: 'maxRetriesExceeded', code: 'llm_retry_exhausted' });
    expect(exhausted.errors).toHaveLength(4);
    expect(exhausted.lastError).toBe(exhausted.errors[3]);
    expect(exhausted.cause).toBe(exhausted.lastError);
    expect(exhausted.message).toMatch(/OpenAI model "gpt-test" failed 4 times in a row.*system.max_retries \(now 3\)/);
    expect(calls).toBe(4);
    expect(sleeps).toEqual([750, 1500, 3000]);
    expect(infos.map((info) => [info.attempt, info.maxAttempts, info.delaySource])).toEqual([
      [1, 4, 'backoff'],
      [2, 4, 'backoff'],
      [3, 4, 'backoff'],
    ]);
  });

  it('throws non-retryable errors at once, unchanged', async () => {
    for (const thrown of [
      new LlmCallError('HTTP 400', { provider: 'openai', modelId: 'm', status: 400, isRetryable: false }),
      new LlmRateLimitError('quota', { provider: 'openai', modelId: 'm', status: 429, isRetryable: true, kind: 'quota' }),
      new TypeError('bug'),
    ]) {
      let calls = 0;
      const { sleep, sleeps } = recordingSleep();
      await expect(
        withRetry(async () => {
          calls += 1;
          throw thrown;
        }, { sleep }),
      ).rejects.toBe(thrown);
      expect(calls).toBe(1);
      expect(sleeps).toEqual([]);
    }
  });

  it('lets shouldRetry narrow what is retried (non-idempotent calls)', async () => {
    const dropped = new LlmCallError('connection reset', { provider: 'openai', modelId: 'm', isRetryable: true });
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw dropped;
        },
        { sleep: async () => {}, shouldRetry: (error) => error.status !== undefined },
      ),
    ).rejects.toBe(dropped);
    expect(calls).toBe(1);
  });

  it('with maxRetries 0 throws the single retryable error itself', async () => {
    const thrown = serverError();
    await expect(withRetry(async () => Promise.reject(thrown), { maxRetries: 0 })).rejects.toBe(thrown);
  });

  it('honours Retry-After within 0–60 s and falls back to backoff beyond', async () => {
    const { sleep, sleeps } = recordingSleep();
    const queue = [serverError(2500), serverError(0), serverError(120_000)];
    await withRetry(
      async () => {
        const next = queue.shift();
        if (next !== undefined) throw next;
        return 'done';
      },
      { maxRetries: 3, sleep, random: () => 0 },
    );
    // 2500 and 0 as asked; 120 s is out of range, so backoff step 4000 with jitter 0 → 2000.
    expect(sleeps).toEqual([2500, 0, 2000]);
  });

  it('enforces a per-attempt timeout, turns it into LlmTimeoutError and retries', async () => {
    const infos: RetryAttemptInfo[] = [];
    const result = await withRetry(
      ({ attempt, signal }) =>
        attempt === 1
          ? new Promise<string>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)))
          : Promise.resolve('second'),
      { timeoutMs: 30, sleep: async () => {}, onRetry: (info) => infos.push(info), errorContext: context },
    );
    expect(result).toBe('second');
    expect(infos[0]?.error).toBeInstanceOf(LlmTimeoutError);
    expect((infos[0]?.error as LlmTimeoutError).message).toMatch(/did not answer within 30 ms/);
  });

  it('starts the attempt timer after beforeAttempt (waiting for a rate-limit slot is not a timeout)', async () => {
    const result = await withRetry(async ({ signal }) => (signal.aborted ? 'aborted' : 'fresh'), {
      timeoutMs: 20,
      beforeAttempt: () => new Promise((resolve) => setTimeout(resolve, 60)),
    });
    expect(result).toBe('fresh');
  });

  it('passes a caller abort during an attempt through unchanged and never retries it', async () => {
    const controller = new AbortController();
    const { sleep, sleeps } = recordingSleep();
    let calls = 0;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const pending = withRetry(
      ({ signal }) => {
        calls += 1;
        started();
        return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      },
      { signal: controller.signal, sleep, timeoutMs: 10_000 },
    );
    await running;
    const reason = new DOMException('stop', 'AbortError');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(calls).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('stops during the backoff sleep when the caller aborts', async () => {
    const controller = new AbortController();
    let calls = 0;
    const pending = withRetry(
      async () => {
        calls += 1;
        throw serverError();
      },
      { signal: controller.signal, sleep: defaultSleep, initialDelayMs: 10_000 },
    );
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
    expect(calls).toBe(1);
  });

  it('never starts when the signal is already aborted', async () => {
    let calls = 0;
    await expect(
      withRetry(async () => void (calls += 1), { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(0);
  });
});

describe('computeRetryDelay', () => {
  it('grows exponentially with equal jitter and a cap', () => {
    const delays = (random: number) =>
      [0, 1, 2, 3, 4, 5, 6].map((index) => computeRetryDelay(serverError(), index, { random: () => random, maxDelayMs: 16_000 }).delayMs);
    expect(delays(0)).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(delays(0.999_999)).toEqual([1000, 2000, 4000, 8000, 16_000, 16_000, 16_000]);
  });

  it('uses retryAfterMs only for LlmCallErrors within the accepted range', () => {
    expect(computeRetryDelay(serverError(60_000), 0)).toEqual({ delayMs: 60_000, source: 'retry-after' });
    expect(computeRetryDelay(serverError(60_001), 0, { random: () => 0 }).source).toBe('backoff');
    expect(computeRetryDelay(serverError(-5), 0, { random: () => 0 }).source).toBe('backoff');
  });
});

describe('defaultSleep', () => {
  it('waits and can be aborted with the signal reason', async () => {
    const started = Date.now();
    await defaultSleep(25);
    expect(Date.now() - started).toBeGreaterThanOrEqual(20);
    const controller = new AbortController();
    const pending = defaultSleep(10_000, controller.signal);
    const reason = new Error('cancelled');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});
