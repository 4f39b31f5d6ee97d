import { abortable, abortReason } from './llm-http-error.js';
import { defaultSleep, type Sleep } from './retry.js';

/**
 * Requests-per-minute and tokens-per-minute limiter (`system.rpm`, `system.tpm`) so long runs stay under a
 * provider's published limits instead of bouncing off 429s. Two token buckets refilled continuously:
 * - requests: rate rpm/60 000 per ms, holding at most one second's worth (≥ 1). Providers may enforce a
 *   per-minute limit over shorter windows ("60,000 requests/minute may be enforced as 1,000 requests/second",
 *   platform.openai.com/docs/guides/rate-limits, read 2025), so calls are paced evenly, not burst per minute.
 * - tokens: rate tpm/60 000 per ms, same one-second capacity. A call larger than the capacity waits for a
 *   full bucket and drives it negative, so the long-run rate still equals the limit.
 * Calls wait in FIFO order. Each reservation is settled with the real usage afterwards, which refunds or
 * charges the difference from the estimate. Clock and sleep are injected.
 */

export interface RateLimiterOptions {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  now?: () => number;
  sleep?: Sleep;
}

export interface RateLimitReservation {
  /** Reports the tokens the call really used (input + output); undefined keeps the estimate. */
  settle(actualTokens: number | undefined): void;
}

export interface RateLimiter {
  /** Waits until one request and `estimatedTokens` fit the limits, then takes them. */
  acquire(estimatedTokens: number, signal?: AbortSignal): Promise<RateLimitReservation>;
}

interface Bucket {
  ratePerMs: number;
  capacity: number;
  level: number;
}

function createBucket(perMinute: number | undefined): Bucket | undefined {
  if (perMinute === undefined) return undefined;
  if (!(perMinute > 0) || !Number.isFinite(perMinute)) throw new RangeError(`rate limit must be a positive number, got ${perMinute}`);
  const capacity = Math.max(1, perMinute / 60);
  return { ratePerMs: perMinute / 60_000, capacity, level: capacity };
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const requests = createBucket(options.requestsPerMinute);
  const tokens = createBucket(options.tokensPerMinute);
  let lastRefill = now();
  let tail: Promise<unknown> = Promise.resolve();

  const refill = (): void => {
    const current = now();
    const elapsed = Math.max(0, current - lastRefill);
    lastRefill = current;
    for (const bucket of [requests, tokens]) {
      if (bucket !== undefined) bucket.level = Math.min(bucket.capacity, bucket.level + elapsed * bucket.ratePerMs);
    }
  };

  const waitMsFor = (bucket: Bucket | undefined, need: number): number =>
    bucket === undefined || bucket.level >= need ? 0 : (need - bucket.level) / bucket.ratePerMs;

  const take = async (estimatedTokens: number, signal?: AbortSignal): Promise<RateLimitReservation> => {
    for (;;) {
      if (signal?.aborted) throw abortReason(signal);
      refill();
      const tokenNeed = tokens === undefined ? 0 : Math.min(estimatedTokens, tokens.capacity);
      const waitMs = Math.max(waitMsFor(requests, 1), waitMsFor(tokens, tokenNeed));
      if (waitMs <= 0) break;
      await sleep(Math.ceil(waitMs), signal);
    }
    if (requests !== undefined) requests.level -= 1;
    if (tokens !== undefined) tokens.level -= estimatedTokens;
    let settled = false;
    return {
      settle(actualTokens) {
        if (settled || tokens === undefined || actualTokens === undefined) return;
        settled = true;
        refill();
        tokens.level = Math.min(tokens.capacity, tokens.level - (actualTokens - estimatedTokens));
      },
    };
  };

  return {
    acquire(estimatedTokens, signal) {
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      const turn = tail.then(() => take(Math.max(0, estimatedTokens), signal));
      tail = turn.catch(() => undefined);
      // Leave the queue at once on abort; the turn itself then sees the abort and takes nothing.
      return abortable(turn, signal);
    },
  };
}
