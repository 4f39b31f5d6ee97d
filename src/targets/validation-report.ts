import type { Distribution, JsonlIssue, JsonlValidationReport } from './validate-file.js';

function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function bytes(value: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let amount = value;
  let unit = 0;
  while (amount >= 1024 && unit < units.length - 1) {
    amount /= 1024;
    unit += 1;
  }
  return `${fmt(amount, unit === 0 ? 0 : 1)} ${units[unit]}`;
}

function distributionLine(label: string, distribution: Distribution | undefined): string | undefined {
  if (!distribution) return undefined;
  const { min, median, p95, max, mean } = distribution;
  return `${label}: min ${fmt(min)}, median ${fmt(median, 1)}, mean ${fmt(mean, 1)}, p95 ${fmt(p95, 1)}, max ${fmt(max)}`;
}

/**
 * Plain-text report for `ftdb validate`: per-line issues (line numbers and codes), then a data-prep checklist in the
 * spirit of the OpenAI cookbook (counts, distributions, over-limit examples, tokens per epoch, cost).
 */
export function formatValidationReport(report: JsonlValidationReport): string {
  const out: string[] = [];
  const { model } = report;
  out.push(`Validating ${report.file} for ${report.target} ${model.id} (${report.fileRole} file)`);
  out.push('');
  const lineIssues = [...report.fileIssues, ...report.issues];
  if (lineIssues.length === 0) {
    out.push('No problems found.');
  } else {
    // Errors first; the same warning on many lines is one line with its count (every line lacking a system message).
    const warnings = new Map<string, JsonlIssue[]>();
    for (const issue of lineIssues) {
      const path = issue.path ? ` ${issue.path}` : '';
      if (issue.severity === 'error' || issue.line === 0) {
        out.push(`${issue.line === 0 ? 'file' : `line ${issue.line}`}:${path} ${issue.severity} [${issue.code}] ${issue.message}`);
        continue;
      }
      const key = `${path} ${issue.severity} [${issue.code}] ${issue.message}`;
      warnings.set(key, [...(warnings.get(key) ?? []), issue]);
    }
    const groupsOfCode = new Map<string, number>();
    for (const issues of warnings.values()) groupsOfCode.set(issues[0]!.code, (groupsOfCode.get(issues[0]!.code) ?? 0) + 1);
    for (const [key, issues] of warnings) {
      if (issues.length <= 3) {
        for (const issue of issues) out.push(`line ${issue.line}:${key}`);
        continue;
      }
      // The count is exact when this is the code's only wording (the list keeps a code's first warnings only).
      const code = issues[0]!.code;
      const total = groupsOfCode.get(code) === 1 ? (report.issueCounts[code] ?? issues.length) : issues.length;
      const shown = issues.slice(0, 5).map((issue) => issue.line).join(', ');
      out.push(`lines ${shown}${total > 5 ? ` and ${fmt(total - 5)} more` : ''}:${key}`);
    }
    const errorsShown = lineIssues.filter((issue) => issue.severity === 'error').length;
    if (errorsShown < report.errorCount) out.push(`… ${fmt(report.errorCount - errorsShown)} more error(s) not shown (see the counts below).`);
    else if (report.issuesTruncated) out.push('… more warnings not shown (see the counts below).');
  }
  out.push('');
  out.push('Summary');
  out.push(`  examples: ${fmt(report.examples)} (${fmt(report.validExamples)} valid, ${fmt(report.invalidExamples)} with errors)${report.blankLines > 0 ? `, ${fmt(report.blankLines)} blank line(s)` : ''}`);
  out.push(`  errors: ${fmt(report.errorCount)}, warnings: ${fmt(report.warningCount)}`);
  const codes = Object.entries(report.issueCounts).sort((a, b) => b[1] - a[1]);
  if (codes.length > 0) out.push(`  by code: ${codes.map(([code, count]) => `${code} ${fmt(count)}`).join(', ')}`);
  if (report.formats) out.push(`  formats: ${Object.entries(report.formats).map(([format, count]) => `${format} ${fmt(count)}`).join(', ')}`);
  if (report.fileBytes !== undefined) {
    const limit = report.maxFileBytes === undefined ? 'no documented limit' : `limit ${bytes(report.maxFileBytes)}`;
    out.push(`  file size: ${bytes(report.fileBytes)} (${limit})`);
  }
  const minimum = report.fileRole === 'train' ? `min ${fmt(model.minTrainExamples)}` : '';
  const maximum = report.fileRole === 'train' ? model.maxTrainExamples : model.maxValidationExamples;
  const bounds = [minimum, maximum === undefined ? '' : `max ${fmt(maximum)}`].filter((part) => part !== '').join(', ');
  if (bounds) out.push(`  examples allowed in a ${report.fileRole} file: ${bounds}`);
  out.push(`  missing system message: ${fmt(report.missingSystemCount)}, missing user message: ${fmt(report.missingUserCount)}`);
  for (const line of [
    distributionLine('  messages per example', report.messagesPerExample),
    distributionLine(`  tokens per example (${report.tokenMethod ?? 'n/a'})`, report.tokensPerExample),
    distributionLine('  assistant tokens per example', report.assistantTokensPerExample),
  ]) {
    if (line) out.push(line);
  }
  out.push(`  examples over the ${fmt(model.maxTokensPerExample)}-token limit: ${fmt(report.overLimitCount)}`);
  const { cost } = report;
  out.push(`  training tokens per epoch: ~${fmt(report.tokensPerEpoch)}${report.tokenMethod === 'estimate' ? ' (estimate)' : ''}`);
  out.push(`  epochs: ${cost.epochs}${cost.epochsAssumed ? ' (assumed)' : ' (provider default)'} → ~${fmt(cost.billedTokens)} billed tokens`);
  out.push(
    cost.costUsd === undefined
      ? '  cost: no training price known for this model (set pricing.training in config.yaml)'
      : `  cost: ~$${fmt(cost.costUsd, 2)} at $${fmt(cost.pricePerMillionTokens ?? 0, 2)} per 1M training tokens`,
  );
  out.push('');
  out.push(report.ok ? 'Result: OK' : `Result: ${fmt(report.errorCount)} error(s) — the provider would reject this file.`);
  return out.join('\n');
}
