function fmt(value, digits = 0) {
    return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
function bytes(value) {
    const units = ['B', 'KB', 'MB', 'GB'];
    let amount = value;
    let unit = 0;
    while (amount >= 1024 && unit < units.length - 1) {
        amount /= 1024;
        unit += 1;
    }
    return `${fmt(amount, unit === 0 ? 0 : 1)} ${units[unit]}`;
}
function distributionLine(label, distribution) {
    if (!distribution)
        return undefined;
    const { min, median, p95, max, mean } = distribution;
    return `${label}: min ${fmt(min)}, median ${fmt(median, 1)}, mean ${fmt(mean, 1)}, p95 ${fmt(p95, 1)}, max ${fmt(max)}`;
}
/**
 * Plain-text report for `ftdb validate`: per-line issues (line numbers and codes), then a data-prep checklist in the
 * spirit of the OpenAI cookbook (counts, distributions, over-limit examples, tokens per epoch, cost).
 */
export function formatValidationReport(report) {
    const out = [];
    const { model } = report;
    out.push(`Validating ${report.file} for ${report.target} ${model.id} (${report.fileRole} file)`);
    out.push('');
    const lineIssues = [...report.fileIssues, ...report.issues];
    if (lineIssues.length === 0) {
        out.push('No problems found.');
    }
    else {
        for (const issue of lineIssues) {
            const where = issue.line === 0 ? 'file' : `line ${issue.line}`;
            const path = issue.path ? ` ${issue.path}` : '';
            out.push(`${where}:${path} ${issue.severity} [${issue.code}] ${issue.message}`);
        }
        if (report.issuesTruncated)
            out.push(`… more issues not shown (see the counts below).`);
    }
    out.push('');
    out.push('Summary');
    out.push(`  examples: ${fmt(report.examples)} (${fmt(report.validExamples)} valid, ${fmt(report.invalidExamples)} with errors)${report.blankLines > 0 ? `, ${fmt(report.blankLines)} blank line(s)` : ''}`);
    out.push(`  errors: ${fmt(report.errorCount)}, warnings: ${fmt(report.warningCount)}`);
    const codes = Object.entries(report.issueCounts).sort((a, b) => b[1] - a[1]);
    if (codes.length > 0)
        out.push(`  by code: ${codes.map(([code, count]) => `${code} ${fmt(count)}`).join(', ')}`);
    if (report.formats)
        out.push(`  formats: ${Object.entries(report.formats).map(([format, count]) => `${format} ${fmt(count)}`).join(', ')}`);
    if (report.fileBytes !== undefined) {
        const limit = report.maxFileBytes === undefined ? 'no documented limit' : `limit ${bytes(report.maxFileBytes)}`;
        out.push(`  file size: ${bytes(report.fileBytes)} (${limit})`);
    }
    const minimum = report.fileRole === 'train' ? `min ${fmt(model.minTrainExamples)}` : '';
    const maximum = report.fileRole === 'train' ? model.maxTrainExamples : model.maxValidationExamples;
    const bounds = [minimum, maximum === undefined ? '' : `max ${fmt(maximum)}`].filter((part) => part !== '').join(', ');
    if (bounds)
        out.push(`  examples allowed in a ${report.fileRole} file: ${bounds}`);
    out.push(`  missing system message: ${fmt(report.missingSystemCount)}, missing user message: ${fmt(report.missingUserCount)}`);
    for (const line of [
        distributionLine('  messages per example', report.messagesPerExample),
        distributionLine(`  tokens per example (${report.tokenMethod ?? 'n/a'})`, report.tokensPerExample),
        distributionLine('  assistant tokens per example', report.assistantTokensPerExample),
    ]) {
        if (line)
            out.push(line);
    }
    out.push(`  examples over the ${fmt(model.maxTokensPerExample)}-token limit: ${fmt(report.overLimitCount)}`);
    const { cost } = report;
    out.push(`  training tokens per epoch: ~${fmt(report.tokensPerEpoch)}${report.tokenMethod === 'estimate' ? ' (estimate)' : ''}`);
    out.push(`  epochs: ${cost.epochs}${cost.epochsAssumed ? ' (assumed)' : ' (provider default)'} → ~${fmt(cost.billedTokens)} billed tokens`);
    out.push(cost.costUsd === undefined
        ? '  cost: no training price known for this model (set pricing.training in config.yaml)'
        : `  cost: ~$${fmt(cost.costUsd, 2)} at $${fmt(cost.pricePerMillionTokens ?? 0, 2)} per 1M training tokens`);
    out.push('');
    out.push(report.ok ? 'Result: OK' : `Result: ${fmt(report.errorCount)} error(s) — the provider would reject this file.`);
    return out.join('\n');
}
//# sourceMappingURL=validation-report.js.map