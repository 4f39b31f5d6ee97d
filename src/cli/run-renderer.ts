import type { BuildEvent } from '../pipeline/events.js';
import type { Plan } from '../pipeline/plan.js';
import { summaryLine, type RunSummary } from '../pipeline/summary.js';
import type { Output } from './io.js';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function formatUsd(value: number | undefined): string {
  if (value === undefined) return 'unknown';
  if (value === 0) return '$0';
  return value < 0.01 ? `$${value.toFixed(4)}` : `$${value.toFixed(2)}`;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

/** `1 unit`, `2 units`. */
function count(value: number, noun: string): string {
  return `${value.toLocaleString('en-US')} ${noun}${value === 1 ? '' : 's'}`;
}

export function renderPlan(out: Output, plan: Plan): void {
  const c = out.colors;
  out.line(c.bold('Plan'));
  out.line(`  mode ${plan.mode}, target ${plan.target} / ${plan.model}`);
  out.line(`  files: ${plan.files.length} (${plan.files.filter((file) => file.error === undefined).length} readable), ${plan.totalChars.toLocaleString('en-US')} characters, ${plan.chunks} chunks`);
  for (const file of plan.files) {
    const detail = file.error !== undefined ? c.red(`failed: ${file.error}`) : `${formatBytes(file.bytes)} → ${(file.chars ?? 0).toLocaleString('en-US')} chars, ${count(file.units ?? 0, file.format === 'pdf' ? 'page' : 'unit')}`;
    out.line(`    ${file.name}: ${detail}`);
  }
  const capped = plan.cappedSize === plan.desiredSize ? `${plan.cappedSize}` : `${plan.cappedSize} (wanted ${plan.desiredSize}; ${plan.capReasons.join('; ')})`;
  out.line(`  dataset size: ${capped}`);
  if (plan.identifiable !== undefined) out.line(`  existing exchanges (patterns and structured files, before duplicates): ${plan.identifiable.toLocaleString('en-US')}`);
  if (plan.llm !== undefined) {
    out.line(`  agentic LLM: ${plan.llm.provider} / ${plan.llm.model}${plan.llm.keyPresent ? '' : c.yellow(' (no API key found)')}`);
    out.line(`    ~${plan.llm.calls} calls, ~${plan.llm.inputTokens.toLocaleString('en-US')} input + ~${plan.llm.outputTokens.toLocaleString('en-US')} output tokens, est. cost ${formatUsd(plan.llm.costUsd)}`);
  } else {
    out.line('  agentic LLM: not used (no API calls)');
  }
  out.line(`  training: ~${plan.training.tokensPerExample} tokens/example, ~${plan.training.tokensPerEpoch.toLocaleString('en-US')} tokens/epoch × ${plan.training.epochs} epochs, est. cost ${formatUsd(plan.training.costUsd)}`);
  for (const note of plan.notes) out.line(`  note: ${note}`);
}

export function renderSummary(out: Output, summary: RunSummary): void {
  const c = out.colors;
  const head = summary.status === 'completed' ? c.green('Done') : summary.status === 'interrupted' ? c.yellow('Interrupted') : summary.status === 'incomplete' ? c.yellow('Finished with problems') : c.red('Failed');
  out.line(`${head}: dataset ${summary.datasetId} (${summary.name})`);
  const failed = summary.files.failed.length;
  out.line(`  files: ${summary.files.read} read${failed > 0 ? c.red(`, ${failed} failed`) : ''} of ${summary.files.found}`);
  for (const failure of summary.files.failed) out.line(c.red(`    ✗ ${failure.file}: ${failure.reason}`));
  out.line(`  samples: ${summary.samples.accepted} of ${summary.cappedSize} (train ${summary.samples.train}, validation ${summary.samples.validation})`);
  const rejected = Object.entries(summary.rejected);
  if (rejected.length > 0) out.line(`  rejected: ${rejected.map(([reason, count]) => `${reason} ${count}`).join(', ')}`);
  const dropped = Object.entries(summary.dropped);
  if (dropped.length > 0) out.line(`  dropped LLM output: ${dropped.map(([reason, count]) => `${reason} ${count}`).join(', ')}`);
  const agentRejected = Object.entries(summary.agentRejected ?? {});
  if (agentRejected.length > 0) out.line(`  candidates discarded by the agent: ${agentRejected.map(([reason, count]) => `${reason} ${count}`).join(', ')}`);
  const duplicates = Object.entries(summary.duplicates);
  if (duplicates.length > 0) out.line(`  duplicates removed: ${duplicates.map(([reason, count]) => `${reason} ${count}`).join(', ')}`);
  out.line(`  tokens (${summary.tokens.method}): total ${summary.tokens.total.toLocaleString('en-US')}, median ${summary.tokens.median}, p95 ${summary.tokens.p95}, max ${summary.tokens.max}`);
  if (summary.llm.calls > 0) {
    out.line(`  LLM: ${summary.llm.calls} calls, ${summary.llm.inputTokens.toLocaleString('en-US')} in / ${summary.llm.outputTokens.toLocaleString('en-US')} out tokens, cost ${formatUsd(summary.llm.costUsd)}`);
  }
  if (summary.training.estimatedCostUsd !== undefined) out.line(`  training estimate: ${summary.training.tokensPerEpoch.toLocaleString('en-US')} tokens/epoch × ${summary.training.epochs} = ${formatUsd(summary.training.estimatedCostUsd)}`);
  for (const notice of summary.notices) out.line(c.yellow(`  ! ${notice}`));
  for (const [kind, file] of Object.entries(summary.outputFiles)) out.line(`  ${kind}: ${file}`);
  if (summary.resumeCommand !== undefined) out.line(c.bold(`  resume with: ${summary.resumeCommand}`));
  out.line(`Summary: ${summaryLine(summary)}`);
}

/** Renders run events: a live status line on a TTY, plain log lines otherwise. */
export class RunRenderer {
  private lastPlainProgress = 0;
  private statusShown = false;
  constructor(private readonly out: Output, private readonly live: boolean, private readonly quiet = false) {}

  handle = (event: BuildEvent): void => {
    if (this.quiet) return;
    const c = this.out.colors;
    switch (event.type) {
      case 'run-started':
        this.print(`${event.resumed ? 'Resuming' : 'Building'} dataset ${event.datasetId} (${event.name}): mode ${event.mode}, target ${event.target}/${event.model}`);
        break;
      case 'files-found':
        this.print(`Found ${event.files.length} input file(s), ${formatBytes(event.files.reduce((sum, file) => sum + file.bytes, 0))}`);
        break;
      case 'file-extracted':
        this.print(`  ${c.green('✓')} ${event.file}: ${event.chars.toLocaleString('en-US')} chars, ${count(event.units, 'unit')}${event.structuredConversations > 0 ? `, ${count(event.structuredConversations, 'ready-made exchange')}` : ''}`);
        for (const warning of event.warnings) this.print(c.yellow(`    ! ${warning}`));
        break;
      case 'file-failed':
        this.print(c.red(`  ✗ ${event.file}: ${event.reason}`));
        break;
      case 'notice':
        this.print(event.level === 'warning' ? c.yellow(`! ${event.message}`) : event.message);
        break;
      case 'progress':
        this.progress(event);
        break;
      case 'split': {
        const top = (counts: Record<string, number>): string => Object.entries(counts).slice(0, 6).map(([name, count]) => `${name} ${count}`).join(', ');
        this.print(`Distribution by source: ${top(event.distribution.bySource)}`);
        this.print(`Distribution by keyword: ${top(event.distribution.byKeyword)}`);
        this.print(`Split (seed ${event.seed}): train ${event.train}, validation ${event.validation}`);
        for (const note of event.notes) this.print(c.yellow(`! ${note}`));
        break;
      }
      default:
        break;
    }
  };

  private progress(event: Extract<BuildEvent, { type: 'progress' }>): void {
    const percent = event.target === 0 ? 100 : Math.floor((event.accepted / event.target) * 100);
    const rate = event.elapsedMs > 0 ? event.accepted / event.elapsedMs : 0;
    // An ETA only where samples come at a steady rate, from LLM calls: what patterns find in files is bounded by the
    // files, not by the target (an identify run of a few small files showed "ETA 7m" for what took a second).
    const eta = event.llmCalls > 0 && rate > 0 && event.accepted < event.target ? ` ETA ${formatDuration((event.target - event.accepted) / rate)}` : '';
    const llm = event.llmCalls > 0 ? ` | ${event.llmCalls} LLM calls, ${(event.inputTokens + event.outputTokens).toLocaleString('en-US')} tokens, ${formatUsd(event.costUsd)}` : '';
    const text = `samples ${event.accepted}/${event.target} (${percent}%)${llm}${eta}`;
    if (this.live) {
      this.out.io.stdout.write(`\r\u001b[2K${text}`);
      this.statusShown = true;
    } else if (event.elapsedMs - this.lastPlainProgress >= 5000 || event.accepted >= event.target) {
      this.lastPlainProgress = event.elapsedMs;
      this.out.line(text);
    }
  }

  private print(text: string): void {
    if (this.statusShown) {
      this.out.io.stdout.write('\r\u001b[2K');
      this.statusShown = false;
    }
    this.out.line(text);
  }

  finish(): void {
    if (this.statusShown) this.out.io.stdout.write('\n');
    this.statusShown = false;
  }
}
