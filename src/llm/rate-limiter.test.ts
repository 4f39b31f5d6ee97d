import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

/** A fake clock whose sleep advances time instantly. */
function fakeClock() {
  const clock = { now: 0, sleeps: [] as number[] };
  return {
    clock,
    now: () => clock.now,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      clock.sleeps.push(ms);
      clock.now += ms;
    },
  };
}

describe('createRateLimiter', () => {
  it('paces requests evenly at the rpm limit (60 rpm → one per second)', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = createRateLimiter({ requestsPerMinute: 60, now, sleep });
    const startTimes: number[] = [];
    for (let index = 0; index < 5; index += 1) {
      await limiter.acquire(0);
      startTimes.push(clock.now);
    }
    expect(startTimes).toEqual([0, 1000, 2000, 3000, 4000]);
  });

  it('allows one second of burst, then the steady rate, and never more than the limit per minute', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = createRateLimiter({ requestsPerMinute: 600, now, sleep });
    const startTimes: number[] = [];
    for (let index = 0; index < 700; index += 1) {
      await limiter.acquire(0);
      startTimes.push(clock.now);
    }
    expect(startTimes.slice(0, 10)).toEqual(Array(10).fill(0));
    expect(startTimes[10]).toBe(100);
    // Any 60-second window holds at most rpm + burst starts.
    for (let index = 0; index < startTimes.length; index += 1) {
      const windowStart = startTimes[index] as number;
      const inWindow = startTimes.filter((time) => time >= windowStart && time < windowStart + 60_000).length;
      expect(inWindow).toBeLessThanOrEqual(610);
    }
    // 700 requests at 10/s after a 10-request burst take 69 s.
    expect(startTimes.at(-1)).toBe(69_000);
  });

  it('honours tpm with the estimate, including calls larger than one second of budget', async () => {
    const { clock, now, sleep } = fakeClock();
    // 6000 tpm = 100 tokens/s, bucket of 100.
    const limiter = createRateLimiter({ tokensPerMinute: 6000, now, sleep });
    const startTimes: number[] = [];
    for (const tokens of [100, 100, 250, 50]) {
      await limiter.acquire(tokens);
      startTimes.push(clock.now);
    }
    // 100 at 0; next 100 needs 1 s; 250 waits for a full bucket (1 s) and goes to −150; 50 needs 2 s more.
    expect(startTimes).toEqual([0, 1000, 2000, 4000]);
  });

  it('refunds or charges the difference when the real usage is known', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = createRateLimiter({ tokensPerMinute: 6000, now, sleep });
    const first = await limiter.acquire(100);
    first.settle(20); // 80 refunded
    await limiter.acquire(80);
    expect(clock.now).toBe(0);
    const third = await limiter.acquire(0);
    third.settle(60); // charged 60 more: level −60
    await limiter.acquire(40); // needs 100 tokens of refill = 1 s
    expect(clock.now).toBe(1000);
  });

  it('applies rpm and tpm together (the stricter wins)', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = createRateLimiter({ requestsPerMinute: 6000, tokensPerMinute: 6000, now, sleep });
    for (let index = 0; index < 3; index += 1) await limiter.acquire(100);
    expect(clock.now).toBe(2000);
  });

  it('serves concurrent callers first come, first served', async () => {
    const { now, sleep } = fakeClock();
    const limiter = createRateLimiter({ requestsPerMinute: 60, now, sleep });
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((id) => limiter.acquire(0).then(() => order.push(id))));
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('lets a queued caller leave at once on abort without taking budget', async () => {
    const clock = { now: 0 };
    const wakeups: (() => void)[] = [];
    const limiter = createRateLimiter({
      requestsPerMinute: 60,
      now: () => clock.now,
      sleep: (ms, signal) =>
        new Promise<void>((resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason));
          wakeups.push(() => {
            clock.now += ms;
            resolve();
          });
        }),
    });
    await limiter.acquire(0);
    const controller = new AbortController();
    const waiting = limiter.acquire(0, controller.signal);
    const after = limiter.acquire(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    // The next caller still gets the slot one second after the first request.
    await new Promise((resolve) => setTimeout(resolve, 0));
    wakeups.pop()?.();
    await after;
    expect(clock.now).toBe(1000);
  });

  it('rejects a non-positive limit', () => {
    expect(() => createRateLimiter({ requestsPerMinute: 0 })).toThrow(RangeError);
    expect(() => createRateLimiter({ tokensPerMinute: -1 })).toThrow(RangeError);
  });
});
