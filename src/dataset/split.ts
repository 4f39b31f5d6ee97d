import { createSeededRandom, shuffleInPlace } from './random.js';

export interface SplittableSample {
  id: string;
  sourceFile?: string;
  topicKeywords: string[];
}

export interface SplitOptions {
  /** Fraction in train, in (0, 1). */
  ratio: number;
  strategy: 'random' | 'weighted';
  weightBy?: 'source' | 'keywords';
  seed?: number;
  /** Groups smaller than this send every sample to train (weighted strategy). Default 2. */
  minGroupForValidation?: number;
  /** Target's validation cap (e.g. 1,000 on Bedrock, 5,000 on Vertex): extra validation samples move to train. */
  maxValidation?: number;
  /** Target's training cap. */
  maxTrain?: number;
}

export interface SplitGroupReport {
  group: string;
  total: number;
  train: number;
  validation: number;
  tooSmall: boolean;
}

export interface SplitResult {
  assignments: Map<string, 'train' | 'validation'>;
  seed: number;
  train: number;
  validation: number;
  groups: SplitGroupReport[];
  smallGroups: string[];
  notes: string[];
}

export function groupKey(sample: SplittableSample, weightBy: 'source' | 'keywords'): string {
  if (weightBy === 'source') return sample.sourceFile ?? '(no source)';
  return sample.topicKeywords[0]?.toLowerCase() ?? '(no keyword)';
}

/**
 * Split samples into train/validation. `random`: one seeded shuffle of everything.
 * `weighted`: every group (source file, or first topic keyword) is split at the ratio on its own,
 * so each group appears in both files in proportion.
 */
export function splitSamples(samples: readonly SplittableSample[], options: SplitOptions): SplitResult {
  if (!(options.ratio > 0 && options.ratio < 1)) throw new RangeError(`split ratio must be in (0, 1), got ${options.ratio}`);
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const random = createSeededRandom(seed);
  const assignments = new Map<string, 'train' | 'validation'>();
  const groups: SplitGroupReport[] = [];
  const smallGroups: string[] = [];
  const notes: string[] = [];
  const minGroup = options.minGroupForValidation ?? 2;

  const assignGroup = (name: string, members: SplittableSample[], isWhole: boolean): void => {
    const shuffled = shuffleInPlace([...members], random);
    const tooSmall = !isWhole && members.length < minGroup;
    let validationCount = tooSmall ? 0 : Math.round(members.length * (1 - options.ratio));
    if (!tooSmall && validationCount === 0 && members.length >= 2 && !isWhole) validationCount = 1;
    if (validationCount >= members.length) validationCount = members.length - 1;
    validationCount = Math.max(0, validationCount);
    shuffled.forEach((sample, index) => assignments.set(sample.id, index < validationCount ? 'validation' : 'train'));
    groups.push({ group: name, total: members.length, train: members.length - validationCount, validation: validationCount, tooSmall });
    if (tooSmall) smallGroups.push(name);
  };

  if (options.strategy === 'random') {
    assignGroup('(all)', [...samples], true);
  } else {
    const weightBy = options.weightBy ?? 'source';
    const byGroup = new Map<string, SplittableSample[]>();
    for (const sample of samples) {
      const key = groupKey(sample, weightBy);
      const list = byGroup.get(key);
      if (list) list.push(sample);
      else byGroup.set(key, [sample]);
    }
    for (const [name, members] of [...byGroup.entries()].sort(([a], [b]) => a.localeCompare(b))) assignGroup(name, members, false);
    if (smallGroups.length > 0) {
      notes.push(`${smallGroups.length} group(s) had fewer than ${minGroup} samples; all their samples went to train: ${smallGroups.slice(0, 10).join(', ')}${smallGroups.length > 10 ? ', ...' : ''}`);
    }
  }

  let validation = [...assignments.values()].filter((split) => split === 'validation').length;
  if (options.maxValidation !== undefined && validation > options.maxValidation) {
    const excess = validation - options.maxValidation;
    const validationIds = shuffleInPlace([...assignments].filter(([, split]) => split === 'validation').map(([id]) => id), random);
    for (const id of validationIds.slice(0, excess)) assignments.set(id, 'train');
    notes.push(`validation capped at the target's limit of ${options.maxValidation} examples; ${excess} moved to train`);
    validation = options.maxValidation;
  }
  const train = assignments.size - validation;
  if (options.maxTrain !== undefined && train > options.maxTrain) {
    notes.push(`train has ${train} examples, over the target's limit of ${options.maxTrain}`);
  }
  return { assignments, seed, train, validation, groups, smallGroups, notes };
}

/** Count samples per group (for the distribution shown before splitting). */
export function distribution(samples: Iterable<SplittableSample>, weightBy: 'source' | 'keywords'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sample of samples) {
    const key = groupKey(sample, weightBy);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => b - a));
}
