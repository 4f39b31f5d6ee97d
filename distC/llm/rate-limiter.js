import { abortable, abortReason } from './llm-http-error.js';
import { defaultSleep } from './retry.js';
function createBucket(perMinute) {
    if (perMinute === undefined)
        return undefined;
    if (!(perMinute > 0) || !Number.isFinite(perMinute))
        throw new RangeError(`rate limit must be a positive number, got ${perMinute}`);
    const capacity = Math.max(1, perMinute / 60);
    return { ratePerMs: perMinute / 60_000, capacity, level: capacity };
}
export function createRateLimiter(options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? defaultSleep;
    const requests = createBucket(options.requestsPerMinute);
    const tokens = createBucket(options.tokensPerMinute);
    let lastRefill = now();
    let tail = Promise.resolve();
    const refill = () => {
        const current = now();
        const elapsed = Math.max(0, current - lastRefill);
        lastRefill = current;
        for (const bucket of [requests, tokens]) {
            if (bucket !== undefined)
                bucket.level = Math.min(bucket.capacity, bucket.level + elapsed * bucket.ratePerMs);
        }
    };
    const waitMsFor = (bucket, need) => bucket === undefined || bucket.level >= need ? 0 : (need - bucket.level) / bucket.ratePerMs;
    const take = async (estimatedTokens, signal) => {
        for (;;) {
            if (signal?.aborted)
                throw abortReason(signal);
            refill();
            const tokenNeed = tokens === undefined ? 0 : Math.min(estimatedTokens, tokens.capacity);
            const waitMs = Math.max(waitMsFor(requests, 1), waitMsFor(tokens, tokenNeed));
            if (waitMs <= 0)
                break;
            await sleep(Math.ceil(waitMs), signal);
        }
        if (requests !== undefined)
            requests.level -= 1;
        if (tokens !== undefined)
            tokens.level -= estimatedTokens;
        let settled = false;
        return {
            settle(actualTokens) {
                if (settled || tokens === undefined || actualTokens === undefined)
                    return;
                settled = true;
                refill();
                tokens.level = Math.min(tokens.capacity, tokens.level - (actualTokens - estimatedTokens));
            },
        };
    };
    return {
        acquire(estimatedTokens, signal) {
            if (signal?.aborted)
                return Promise.reject(abortReason(signal));
            const turn = tail.then(() => take(Math.max(0, estimatedTokens), signal));
            tail = turn.catch(() => undefined);
            // Leave the queue at once on abort; the turn itself then sees the abort and takes nothing.
            return abortable(turn, signal);
        },
    };
}
//# sourceMappingURL=rate-limiter.js.map