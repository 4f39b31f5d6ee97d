export function tokenStats(lengths, methods) {
    if (lengths.length === 0)
        return { total: 0, min: 0, median: 0, p95: 0, max: 0, method: 'exact' };
    const sorted = Float64Array.from(lengths).sort();
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
    let total = 0;
    for (const length of lengths)
        total += length;
    return {
        total,
        min: sorted[0],
        median: at(0.5),
        p95: at(0.95),
        max: sorted[sorted.length - 1],
        method: methods.size > 1 ? 'mixed' : methods.has('estimate') ? 'estimate' : 'exact',
    };
}
export function summaryLine(summary) {
    const rejected = Object.entries(summary.rejected);
    const rejectedText = rejected.length === 0 ? '0 rejected' : `${rejected.reduce((sum, [, n]) => sum + n, 0)} rejected (${rejected.map(([reason, n]) => `${reason}: ${n}`).join(', ')})`;
    const failed = summary.files.failed.length > 0 ? `, ${summary.files.failed.length} failed` : '';
    return `${summary.files.read} file(s) read${failed}; ${summary.samples.accepted} samples written (train ${summary.samples.train}, validation ${summary.samples.validation}); ${rejectedText}; output: ${summary.outputDir}`;
}
//# sourceMappingURL=summary.js.map