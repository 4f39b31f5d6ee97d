import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RunError } from '../errors/errors.js';
import { openStore } from '../store/store.js';
import { getTarget, resolveModel } from '../targets/registry.js';
import { databasePath } from './build-dataset.js';
import { safeOutputDir, writeOutputs } from './write-outputs.js';
export function openExistingStore(config) {
    const file = databasePath(config);
    if (!existsSync(file)) {
        throw new RunError(`No database yet at ${file}: run \`ftdb run\` first.`, { code: 'no_database' });
    }
    return openStore(file);
}
export function findDataset(store, idOrName) {
    const dataset = idOrName === undefined || idOrName === 'last' ? store.latestDataset() : store.getDataset(idOrName);
    if (dataset === undefined) {
        throw new RunError(idOrName === undefined ? 'No datasets yet: run `ftdb run` first.' : `No dataset "${idOrName}" (an id or output name). List them with \`ftdb stats\`.`, { code: 'dataset_not_found' });
    }
    return dataset;
}
/** Rewrite a dataset's JSONL files (and metadata.csv, stats.json) from the store. */
export function exportDataset(config, idOrName, options = {}) {
    const store = openExistingStore(config);
    try {
        const dataset = findDataset(store, idOrName);
        const stored = JSON.parse(dataset.configJson);
        const target = getTarget(dataset.provider);
        const model = resolveModel(dataset.provider, dataset.model, stored.modelLimits ?? config.modelLimits);
        const outputDir = options.outDir !== undefined ? path.resolve(config.paths.baseDir, options.outDir) : dataset.outputDir ?? safeOutputDir(config.paths.output, dataset.name);
        const written = writeOutputs({
            store, datasetId: dataset.id, outputDir, target, model,
            formatOptions: { llamaFormat: stored.output?.llamaFormat ?? 'messages' },
            splitEnabled: stored.split?.enabled ?? true,
            includeCsv: options.csv ?? stored.output?.includeCsv ?? true,
        });
        const files = { ...written.files };
        if (dataset.statsJson !== undefined) {
            const statsPath = path.join(outputDir, 'stats.json');
            writeFileSync(statsPath, `${JSON.stringify(JSON.parse(dataset.statsJson), null, 2)}\n`);
            files.stats = statsPath;
        }
        return { dataset, files };
    }
    finally {
        store.close();
    }
}
//# sourceMappingURL=export-dataset.js.map