import { type Sleep } from './retry.js';
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
export declare function createRateLimiter(options: RateLimiterOptions): RateLimiter;
