import { describe, expect, it } from 'vitest';
import { distribution, splitSamples, type SplittableSample } from './split.js';

function samples(groups: Record<string, number>): SplittableSample[] {
  const list: SplittableSample[] = [];
  for (const [group, count] of Object.entries(groups)) {
    for (let index = 0; index < count; index += 1) list.push({ id: `${group}-${index}`, sourceFile: group, topicKeywords: [`kw-${group}`] });
  }
  return list;
}

describe('splitSamples', () => {
  it('random split is reproducible from the seed and respects the ratio', () => {
    const all = samples({ a: 100 });
    const first = splitSamples(all, { ratio: 0.8, strategy: 'random', seed: 7 });
    const second = splitSamples(all, { ratio: 0.8, strategy: 'random', seed: 7 });
    expect(first.validation).toBe(20);
    expect(first.train).toBe(80);
    expect([...first.assignments]).toEqual([...second.assignments]);
    const other = splitSamples(all, { ratio: 0.8, strategy: 'random', seed: 8 });
    expect([...other.assignments]).not.toEqual([...first.assignments]);
  });

  it('records a seed when none is given', () => {
    const result = splitSamples(samples({ a: 10 }), { ratio: 0.9, strategy: 'random' });
    expect(Number.isInteger(result.seed)).toBe(true);
  });

  it('weighted by source splits every group at the ratio and reports small groups', () => {
    const result = splitSamples(samples({ a: 50, b: 20, c: 1 }), { ratio: 0.9, strategy: 'weighted', weightBy: 'source', seed: 1 });
    const byGroup = Object.fromEntries(result.groups.map((group) => [group.group, group]));
    expect(byGroup.a).toMatchObject({ validation: 5, train: 45 });
    expect(byGroup.b).toMatchObject({ validation: 2, train: 18 });
    expect(byGroup.c).toMatchObject({ validation: 0, train: 1, tooSmall: true });
    expect(result.smallGroups).toEqual(['c']);
    expect(result.notes.join(' ')).toContain('fewer than 2');
  });

  it('weighted by keywords groups by the first topic keyword', () => {
    const list = samples({ a: 10, b: 10 });
    const result = splitSamples(list, { ratio: 0.5, strategy: 'weighted', weightBy: 'keywords', seed: 3 });
    expect(result.groups.map((group) => group.group).sort()).toEqual(['kw-a', 'kw-b']);
    expect(result.validation).toBe(10);
  });

  it('caps validation at the target limit', () => {
    const result = splitSamples(samples({ a: 100 }), { ratio: 0.5, strategy: 'random', seed: 2, maxValidation: 10 });
    expect(result.validation).toBe(10);
    expect(result.train).toBe(90);
    expect(result.notes.join(' ')).toContain('capped');
  });

  it('rejects ratios outside (0, 1)', () => {
    expect(() => splitSamples([], { ratio: 1, strategy: 'random' })).toThrow(RangeError);
  });

  it('distribution counts per group, largest first', () => {
    expect(distribution(samples({ a: 1, b: 3 }), 'source')).toEqual({ b: 3, a: 1 });
  });
});
