import type { SplitGroupReport } from '../dataset/split.js';

export interface TokenStats {
  total: number;
  min: number;
  median: number;
  p95: number;
  max: number;
  method: 'exact' | 'estimate' | 'mixed';
}

/** What a run did: printed by the CLI, written to stats.json, stored with the dataset. */
export interface RunSummary {
  datasetId: string;
  name: string;
  status: 'completed' | 'interrupted' | 'failed' | 'incomplete';
  mode: string;
  target: string;
  model: string;
  desiredSize: number;
  cappedSize: number;
  capReasons: string[];
  files: {
    found: number;
    read: number;
    failed: { file: string; code: string; reason: string }[];
    warnings: { file: string; warning: string }[];
  };
  samples: { accepted: number; train: number; validation: number; byOrigin: Record<string, number> };
  rejected: Record<string, number>;
  dropped: Record<string, number>;
  duplicates: Record<string, number>;
  /** Candidates the agent discarded before the target check (e.g. `not_verbatim` LLM spans, overlapping finds). */
  agentRejected: Record<string, number>;
  tokens: TokenStats;
  llm: { provider?: string; model?: string; calls: number; inputTokens: number; outputTokens: number; costUsd?: number; costKnown: boolean };
  training: { tokensPerEpoch: number; epochs: number; estimatedCostUsd?: number };
  split: {
    enabled: boolean;
    strategy: string;
    weightBy?: string;
    ratio: number;
    seed?: number;
    groups: SplitGroupReport[];
    notes: string[];
  };
  distribution: { bySource: Record<string, number>; byKeyword: Record<string, number>; byOrigin: Record<string, number> };
  outputDir: string;
  outputFiles: Record<string, string>;
  notices: string[];
  resumeCommand?: string;
  durationMs: number;
}

export function tokenStats(lengths: number[], methods: Set<string>): TokenStats {
  if (lengths.length === 0) return { total: 0, min: 0, median: 0, p95: 0, max: 0, method: 'exact' };
  const sorted = Float64Array.from(lengths).sort();
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))]!;
  let total = 0;
  for (const length of lengths) total += length;
  return {
    total,
    min: sorted[0]!,
    median: at(0.5),
    p95: at(0.95),
    max: sorted[sorted.length - 1]!,
    method: methods.size > 1 ? 'mixed' : methods.has('estimate') ? 'estimate' : 'exact',
  };
}

export function summaryLine(summary: RunSummary): string {
  const rejected = Object.entries(summary.rejected);
  const rejectedText = rejected.length === 0 ? '0 rejected' : `${rejected.reduce((sum, [, n]) => sum + n, 0)} rejected (${rejected.map(([reason, n]) => `${reason}: ${n}`).join(', ')})`;
  const failed = summary.files.failed.length > 0 ? `, ${summary.files.failed.length} failed` : '';
  return `${summary.files.read} file(s) read${failed}; ${summary.samples.accepted} samples written (train ${summary.samples.train}, validation ${summary.samples.validation}); ${rejectedText}; output: ${summary.outputDir}`;
}
