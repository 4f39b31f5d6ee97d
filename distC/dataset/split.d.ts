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
export declare function groupKey(sample: SplittableSample, weightBy: 'source' | 'keywords'): string;
/**
 * Split samples into train/validation. `random`: one seeded shuffle of everything.
 * `weighted`: every group (source file, or first topic keyword) is split at the ratio on its own,
 * so each group appears in both files in proportion.
 */
export declare function splitSamples(samples: readonly SplittableSample[], options: SplitOptions): SplitResult;
/** Count samples per group (for the distribution shown before splitting). */
export declare function distribution(samples: Iterable<SplittableSample>, weightBy: 'source' | 'keywords'): Record<string, number>;
