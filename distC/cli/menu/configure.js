import { updateConfigFile } from '../../config/edit-config.js';
import { formatBytes } from '../run-renderer.js';
import { input, select, confirm } from './ask.js';
const MODES = [
    { name: 'identify', message: 'identify', hint: 'copy Q&A and chat exchanges already in your files, verbatim (no API key)' },
    { name: 'create', message: 'create', hint: 'an LLM writes new conversations inspired by your files' },
    { name: 'hybrid', message: 'hybrid', hint: 'both, at a ratio, without duplicates' },
    { name: 'free', message: 'free', hint: 'your own instructions (prompts/free_mode/prompt.txt)' },
];
/** 1. Configure Dataset: each answer is saved to config.yaml, comments kept. */
export async function configureDataset(state) {
    const { io, out } = state;
    const config = state.load();
    const { listTargets, getTarget } = await import('../../targets/registry.js');
    const { capDatasetSize } = await import('../../targets/capacity.js');
    const provider = await select(io, 'Target provider (the model the dataset is for)', listTargets().map((target) => ({ name: target.id, message: target.id, hint: target.displayName })), config.provider);
    const target = getTarget(provider);
    const model = await select(io, 'Target model', target.models.map((spec) => ({
        name: spec.id,
        message: spec.id,
        hint: `${spec.maxTokensPerExample.toLocaleString('en-US')} tokens/example, min ${spec.minTrainExamples}${spec.maxTrainExamples === undefined ? '' : `, max ${spec.maxTrainExamples.toLocaleString('en-US')}`} examples${spec.maxTrainFileBytes === undefined ? '' : `, ≤ ${formatBytes(spec.maxTrainFileBytes)}`}`,
    })), target.models.some((spec) => spec.id === config.model) ? config.model : undefined);
    const spec = target.models.find((candidate) => candidate.id === model);
    const mode = await select(io, 'Mode', MODES, config.mode);
    const cap = capDatasetSize(spec, Number.MAX_SAFE_INTEGER, { enabled: config.split.enabled, ratio: config.split.ratio });
    const capText = cap.capped < Number.MAX_SAFE_INTEGER ? ` (at most ${cap.capped.toLocaleString('en-US')} for ${spec.id})` : '';
    const sizeText = await input(io, `Dataset size${capText}`, String(config.datasetSize), (value) => {
        const size = Number(value);
        if (!Number.isInteger(size) || size < 1)
            return 'Enter a whole number of samples, 1 or more';
        if (size < spec.minTrainExamples)
            return `${spec.id} needs at least ${spec.minTrainExamples} training examples`;
        if (size > cap.capped)
            return `${spec.id} accepts at most ${cap.capped.toLocaleString('en-US')}`;
        return true;
    });
    await showDistribution(state);
    const splitEnabled = await confirm(io, 'Split into train and validation?', config.split.enabled);
    const changes = { provider, model, mode, dataset_size: Number(sizeText), 'split.enabled': splitEnabled };
    if (splitEnabled) {
        const ratioChoice = await select(io, 'Split ratio (train/validation)', [
            { name: '0.9', message: '90/10' },
            { name: '0.8', message: '80/20' },
            { name: '0.7', message: '70/30' },
            { name: 'custom', message: 'custom' },
        ], ['0.9', '0.8', '0.7'].includes(String(config.split.ratio)) ? String(config.split.ratio) : 'custom');
        let ratio = Number(ratioChoice);
        if (ratioChoice === 'custom') {
            const custom = await input(io, 'Train share, between 0 and 1 (e.g. 0.85)', String(config.split.ratio), (value) => {
                const number = Number(value);
                return number > 0 && number < 1 ? true : 'Enter a number strictly between 0 and 1';
            });
            ratio = Number(custom);
        }
        const strategy = await select(io, 'Split strategy', [
            { name: 'random', message: 'random', hint: 'one seeded shuffle' },
            { name: 'weighted', message: 'weighted', hint: 'each source file or keyword split at the ratio on its own' },
        ], config.split.strategy);
        changes['split.ratio'] = ratio;
        changes['split.strategy'] = strategy;
        if (strategy === 'weighted') {
            changes['split.weight_by'] = await select(io, 'Weight by', [
                { name: 'source', message: 'source', hint: 'source file' },
                { name: 'keywords', message: 'keywords', hint: 'first topic keyword' },
            ], config.split.weightBy);
        }
    }
    updateConfigFile(state.configFile, changes);
    out.success(`Saved to ${state.configFile}`);
}
async function showDistribution(state) {
    const { out } = state;
    try {
        const { openExistingStore } = await import('../../pipeline/export-dataset.js');
        const store = openExistingStore(state.load());
        try {
            const latest = store.latestDataset();
            if (latest?.statsJson === undefined)
                return;
            const stats = JSON.parse(latest.statsJson);
            out.line(`Current distribution of ${latest.name} (${latest.sampleCount} samples):`);
            const show = (title, counts) => {
                const entries = Object.entries(counts).slice(0, 8);
                if (entries.length > 0)
                    out.line(`  ${title}: ${entries.map(([name, count]) => `${name} ${count}`).join(', ')}`);
            };
            show('by source', stats.distribution.bySource);
            show('by keyword', stats.distribution.byKeyword);
        }
        finally {
            store.close();
        }
    }
    catch {
        // No database yet: nothing to show.
    }
}
//# sourceMappingURL=configure.js.map