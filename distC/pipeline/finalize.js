import { writeFileSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { distribution, splitSamples } from '../dataset/split.js';
import { checkMinimum, defaultEpochs } from '../targets/capacity.js';
import { tokenStats } from './summary.js';
import { removeSpools, writeOutputsFromSpool } from './output-spool.js';
import { writeOutputs } from './write-outputs.js';
/**
 * train/validation.jsonl and metadata.csv: routed from `spool` when it holds every stored sample (a run that started
 * the dataset), else read back from the store and formatted again (resumed runs). Same bytes either way. Spool files
 * (this run's, or ones an interrupted run left) are removed.
 */
function writeRunFiles(input, spool, light, split) {
    const { config } = input;
    try {
        input.spool?.close();
        if (spool !== undefined) {
            // `light` is in seq order, as the spool; a sample without an assignment (split off) is train.
            return writeOutputsFromSpool(spool, {
                outputDir: input.outputDir, splitEnabled: config.split.enabled, includeCsv: config.output.includeCsv,
                splits: light.map((sample) => split?.assignments.get(sample.id)),
            });
        }
    }
    finally {
        if (input.spool === undefined)
            removeSpools(input.outputDir);
        else
            input.spool.remove();
    }
    return writeOutputs({
        store: input.store, datasetId: input.dataset.id, outputDir: input.outputDir, target: input.target, model: input.model,
        formatOptions: { llamaFormat: config.output.llamaFormat }, splitEnabled: config.split.enabled, includeCsv: config.output.includeCsv,
    });
}
/** Split what is stored, write the files, stats and backup, and record the outcome. */
export async function finalizeDataset(input) {
    const { config, store, dataset, target, model, sink, state, onEvent } = input;
    const datasetId = dataset.id;
    const notices = [...state.notices];
    let status = input.status;
    sink.releaseDuplicateIndex();
    // Everything the split and the stats need, one pass over the store without the messages. The split and the
    // distributions only look at the source file and the first keyword, and never at the id's value: light records
    // carry the `seq` as their id and share their strings, so a large dataset costs a few dozen bytes per sample here.
    const light = [];
    const lengths = [];
    const methods = new Set();
    const byOrigin = {};
    const sources = new Map();
    const firstKeywords = new Map();
    const noKeywords = [];
    // A run that started its dataset knows what it stored (its output spool); a resumed one reads the store.
    const spool = input.spool !== undefined && input.spool.problem === undefined && input.spool.count === store.countSamples(datasetId) ? input.spool : undefined;
    for (const sample of spool !== undefined ? spool.meta() : store.iterateSampleMeta(datasetId)) {
        let sourceFile = sample.sourceFile;
        if (sourceFile !== undefined) {
            const known = sources.get(sourceFile);
            if (known === undefined)
                sources.set(sourceFile, sourceFile);
            else
                sourceFile = known;
        }
        const first = sample.topicKeywords[0];
        let topicKeywords = noKeywords;
        if (first !== undefined) {
            topicKeywords = firstKeywords.get(first) ?? [first];
            if (topicKeywords.length === 1 && !firstKeywords.has(first))
                firstKeywords.set(first, topicKeywords);
        }
        light.push({ id: String(sample.seq), sourceFile, topicKeywords });
        if (sample.tokenLength !== undefined)
            lengths.push(sample.tokenLength);
        if (sample.tokenMethod !== undefined)
            methods.add(sample.tokenMethod);
        byOrigin[sample.origin] = (byOrigin[sample.origin] ?? 0) + 1;
    }
    const bySource = distribution(light, 'source');
    const byKeyword = distribution(light, 'keywords');
    let split;
    if (config.split.enabled && light.length > 0) {
        split = splitSamples(light, {
            ratio: config.split.ratio,
            strategy: config.split.strategy,
            weightBy: config.split.weightBy,
            seed: config.split.seed ?? dataset.splitSeed,
            minGroupForValidation: config.split.minGroupForValidation,
            maxValidation: model.maxValidationExamples,
            maxTrain: model.maxTrainExamples,
        });
        const assignments = split.assignments;
        store.setSplitsBySeq(datasetId, 'train', (function* () {
            for (const [seq, part] of assignments)
                if (part !== 'train')
                    yield [Number(seq), part];
        })());
        onEvent({ type: 'split', train: split.train, validation: split.validation, seed: split.seed, distribution: { bySource, byKeyword }, notes: split.notes });
        notices.push(...split.notes);
    }
    else if (light.length > 0) {
        store.setSplitsBySeq(datasetId, 'train');
    }
    const trainCount = split?.train ?? light.length;
    const validationCount = split?.validation ?? 0;
    if (status === 'completed' && light.length < input.cap.capped) {
        notices.push(`Only ${light.length} of the ${input.cap.capped} samples wanted could be produced from these files.`);
    }
    const minimumProblem = checkMinimum(model, trainCount);
    if (minimumProblem !== undefined && status === 'completed') {
        notices.push(minimumProblem);
        status = 'incomplete';
    }
    const written = writeRunFiles(input, spool, light, split);
    if (model.maxTrainFileBytes !== undefined && written.trainBytes > model.maxTrainFileBytes) {
        notices.push(`train.jsonl is ${written.trainBytes} bytes, over ${model.id}'s limit of ${model.maxTrainFileBytes} bytes: lower dataset_size or split the file.`);
    }
    if (model.maxValidationFileBytes !== undefined && written.validationBytes > model.maxValidationFileBytes) {
        notices.push(`validation.jsonl is ${written.validationBytes} bytes, over ${model.id}'s limit of ${model.maxValidationFileBytes} bytes: lower split.ratio's validation share.`);
    }
    const tokens = tokenStats(lengths, methods);
    const trainTokens = light.length === 0 ? 0 : Math.round((tokens.total * trainCount) / light.length);
    const epochs = defaultEpochs(model, trainCount).epochs;
    const price = config.pricing.training[config.model] ?? model.trainingPricePerMillionTokens;
    const storedCounters = (kind) => store.counters(datasetId, kind);
    store.addCounters(datasetId, 'rejected', sink.rejected);
    store.addCounters(datasetId, 'dropped', state.dropped);
    store.addCounters(datasetId, 'duplicate', sink.duplicates);
    store.addCounters(datasetId, 'agent_rejected', state.agentRejected);
    const previousUsage = { calls: dataset.llmCalls, input: dataset.inputTokens, output: dataset.outputTokens };
    const usage = state.usage;
    const resumeCommand = status === 'interrupted' || status === 'failed'
        ? `ftdb run${config.paths.configFile ? ` --config ${config.paths.configFile}` : ''} --resume ${datasetId}`
        : undefined;
    const summary = {
        datasetId,
        name: dataset.name,
        status,
        mode: config.mode,
        target: config.provider,
        model: model.id,
        desiredSize: config.datasetSize,
        cappedSize: input.cap.capped,
        capReasons: input.cap.reasons,
        files: { found: input.filesFound, read: input.extraction.read, failed: input.extraction.failed, warnings: input.extraction.warnings },
        samples: { accepted: light.length, train: trainCount, validation: validationCount, byOrigin },
        rejected: storedCounters('rejected'),
        dropped: storedCounters('dropped'),
        duplicates: storedCounters('duplicate'),
        agentRejected: storedCounters('agent_rejected'),
        tokens,
        llm: {
            provider: input.llm?.provider,
            model: input.llm?.modelId,
            calls: previousUsage.calls + usage.calls,
            inputTokens: previousUsage.input + usage.inputTokens,
            outputTokens: previousUsage.output + usage.outputTokens,
            costUsd: usage.costKnown ? (dataset.costUsd ?? 0) + (usage.costUsd ?? 0) : undefined,
            costKnown: usage.costKnown,
        },
        training: { tokensPerEpoch: trainTokens, epochs, estimatedCostUsd: price === undefined ? undefined : (trainTokens * epochs * price) / 1_000_000 },
        split: {
            enabled: config.split.enabled,
            strategy: config.split.strategy,
            weightBy: config.split.strategy === 'weighted' ? config.split.weightBy : undefined,
            ratio: config.split.ratio,
            seed: split?.seed,
            groups: split?.groups ?? [],
            notes: split?.notes ?? [],
        },
        distribution: { bySource, byKeyword, byOrigin },
        outputDir: input.outputDir,
        outputFiles: { ...written.files },
        notices,
        resumeCommand,
        durationMs: input.clock() - input.startedAt,
    };
    if (config.output.includeStats) {
        const statsPath = path.join(input.outputDir, 'stats.json');
        mkdirSync(input.outputDir, { recursive: true });
        writeFileSync(`${statsPath}.partial`, `${JSON.stringify(summary, null, 2)}\n`);
        renameSync(`${statsPath}.partial`, statsPath);
        summary.outputFiles.stats = statsPath;
    }
    onEvent({ type: 'files-written', files: summary.outputFiles });
    store.updateDataset(datasetId, {
        status: status === 'completed' ? 'completed' : status === 'interrupted' ? 'interrupted' : status === 'incomplete' ? 'completed' : 'failed',
        splitSeed: split?.seed ?? dataset.splitSeed,
        outputDir: input.outputDir,
        sampleCount: light.length,
        trainCount,
        validationCount,
        totalTokens: tokens.total,
        llmCalls: summary.llm.calls,
        inputTokens: summary.llm.inputTokens,
        outputTokens: summary.llm.outputTokens,
        costUsd: summary.llm.costUsd,
        statsJson: JSON.stringify(summary),
        error: input.failure === undefined ? undefined : (input.failure instanceof Error ? input.failure.message : String(input.failure)),
        completedAt: status === 'completed' || status === 'incomplete' ? new Date(input.clock()).toISOString() : undefined,
    });
    store.endRun(input.runId, { status, llmCalls: usage.calls, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens });
    if (status === 'completed' || status === 'incomplete') {
        await store.backup(path.join(config.paths.memory, 'backups'), config.system.keepBackups);
    }
    onEvent({ type: 'run-finished', summary });
    return summary;
}
//# sourceMappingURL=finalize.js.map