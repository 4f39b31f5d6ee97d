import { loadConfig } from '../../config/load-config.js';
import { parse } from '../args.js';
import { Output } from '../io.js';
import { renderSummary } from '../run-renderer.js';
export async function statsCommand(args, io) {
    const { values, positionals } = parse(args, { config: { type: 'string', short: 'c' }, json: { type: 'boolean' }, all: { type: 'boolean' } });
    const out = new Output(io);
    const config = loadConfig(values.config, {}, { env: io.env, cwd: io.cwd });
    const { openExistingStore, findDataset } = await import('../../pipeline/export-dataset.js');
    const store = openExistingStore(config);
    try {
        if (values.all === true) {
            const datasets = store.listDatasets();
            if (values.json === true)
                out.line(JSON.stringify(datasets.map(({ configJson: _c, statsJson: _s, ...rest }) => rest), null, 2));
            else
                for (const dataset of datasets)
                    out.line(`${dataset.id}  ${dataset.name}  ${dataset.status}  ${dataset.provider}/${dataset.model}  ${dataset.sampleCount} samples  ${dataset.createdAt}`);
            return 0;
        }
        const dataset = findDataset(store, positionals[0]);
        const summary = dataset.statsJson === undefined ? undefined : JSON.parse(dataset.statsJson);
        if (values.json === true) {
            out.line(JSON.stringify(summary ?? { datasetId: dataset.id, status: dataset.status, samples: dataset.sampleCount }, null, 2));
            return 0;
        }
        if (summary === undefined) {
            out.line(`${dataset.id} (${dataset.name}): ${dataset.status}, ${store.countSamples(dataset.id)} samples stored so far; no statistics yet.`);
            return 0;
        }
        renderSummary(out, summary);
        printDistribution(out, 'by source', summary.distribution.bySource);
        printDistribution(out, 'by keyword', summary.distribution.byKeyword, 15);
        printDistribution(out, 'by origin', summary.distribution.byOrigin);
        const others = store.listDatasets().length - 1;
        if (others > 0)
            out.info(`(${others} other dataset(s): \`ftdb stats --all\`)`);
        return 0;
    }
    finally {
        store.close();
    }
}
function printDistribution(out, title, counts, limit = 30) {
    const entries = Object.entries(counts);
    if (entries.length === 0)
        return;
    const total = entries.reduce((sum, [, count]) => sum + count, 0);
    out.line(`  ${title}:`);
    for (const [name, count] of entries.slice(0, limit)) {
        out.line(`    ${String(count).padStart(6)}  ${((count / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
    }
    if (entries.length > limit)
        out.line(`    ... ${entries.length - limit} more`);
}
//# sourceMappingURL=stats.js.map