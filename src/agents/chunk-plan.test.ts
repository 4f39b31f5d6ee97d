import { describe, expect, it } from 'vitest';
import { createChunkPlanner, waterFill } from './chunk-plan.js';
import type { Chunk } from './types.js';

const chunk = (file: string, index: number): Chunk => ({ id: `${file}:${index}`, sourceFile: file, startOffset: index, text: 'x', tokens: 1 });

describe('chunk planner', () => {
  it('water-fills equal shares under capacities', () => {
    expect(waterFill([10, 1, 2], 6)).toEqual([3, 1, 2]);
    expect(waterFill([5, 5, 5], 4)).toEqual([2, 1, 1]);
    expect(waterFill([0, 3], 5)).toEqual([0, 3]);
  });

  it('spreads visits evenly within a file and alternates files', () => {
    const chunks = [...Array.from({ length: 9 }, (_, index) => chunk('a', index)), chunk('b', 0)];
    const planner = createChunkPlanner(chunks, 4, { extend: false });
    const visits = [planner.next(), planner.next(), planner.next(), planner.next(), planner.next()];
    expect(visits.map((visit) => visit?.chunk?.id)).toEqual(['a:1', 'b:0', 'a:4', 'a:7', undefined]);
    expect(planner.plannedVisits.get('b:0')).toBe(1);
  });

  it('extends by cycling all chunks round-robin over files when asked', () => {
    const planner = createChunkPlanner([chunk('a', 0), chunk('a', 1), chunk('b', 0)], 2, { extend: true });
    const ids = Array.from({ length: 6 }, () => planner.next()!).map((visit) => `${visit.chunk!.id}#${visit.visit}${visit.planned ? '' : '+'}`);
    expect(ids).toEqual(['a:1#1', 'b:0#1', 'a:0#1+', 'b:0#2+', 'a:1#2+', 'b:0#3+']);
  });
});
