import { describe, expect, it } from 'vitest';
import { createLazyLoader, stopSequencesFor } from './adapter-request.js';

describe('stopSequencesFor', () => {
  const request = (stop?: string[]) => ({ messages: [], stop });

  it('is undefined when there are no stop sequences', () => {
    const warnings: string[] = [];
    expect(stopSequencesFor(request(), 4, 'openai', warnings)).toBeUndefined();
    expect(stopSequencesFor(request([]), 4, 'openai', warnings)).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('passes up to the limit unchanged and keeps the first `limit` of more, with a warning', () => {
    const warnings: string[] = [];
    expect(stopSequencesFor(request(['a', 'b', 'c', 'd', 'e']), 5, 'google', warnings)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(warnings).toEqual([]);
    expect(stopSequencesFor(request(['a', 'b', 'c', 'd', 'e']), 4, 'openai', warnings)).toEqual(['a', 'b', 'c', 'd']);
    expect(warnings).toEqual(['openai: only the first 4 of 5 stop sequences are sent']);
  });
});

describe('createLazyLoader', () => {
  it('loads on first use only, and every caller shares that one promise', async () => {
    let loads = 0;
    const load = createLazyLoader(async () => {
      loads += 1;
      return { id: loads };
    });
    expect(loads).toBe(0);
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect(await load()).toBe(first);
    expect(loads).toBe(1);
  });

  it('keeps a failed load failed, as a failed import() would', async () => {
    let loads = 0;
    const load = createLazyLoader(async () => {
      loads += 1;
      throw new Error('Cannot find package');
    });
    await expect(load()).rejects.toThrow('Cannot find package');
    await expect(load()).rejects.toThrow('Cannot find package');
    expect(loads).toBe(1);
  });
});
