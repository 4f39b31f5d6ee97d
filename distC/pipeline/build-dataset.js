import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createAgent } from '../agents/index.js';
import { chunkDocuments } from '../agents/chunk-documents.js';
import { createPromptRenderer, packagePromptsDir } from '../agents/prompt-loader.js';
import { ConfigError, DatasetGenError, RunError, isAbortError } from '../errors/errors.js';
import { openStore } from '../store/store.js';
import { capDatasetSize } from '../targets/capacity.js';
import { getTarget, resolveModel } from '../targets/registry.js';
import { createApiTokenCounter, withTokenCounter } from '../targets/api-token-counter.js';
import { hasLlmCredentials, resolveLlmConnection } from '../llm/connection.js';
import { startBatchRun } from './batch-run.js';
import { consumeAgent, createConsumeState } from './consume-agent.js';
import { extractAll } from './extraction.js';
import { identifyWorkerCount, streamIdentify } from './identify-stream.js';
import { finalizeDataset } from './finalize.js';
import { hashInputFiles, listInputFiles } from './input-files.js';
import { resolveAgenticLlm, resolveFreeInstructions } from './llm-setup.js';
import { chunkSizes, makePlan } from './plan-dataset.js';
import { OutputSpool } from './output-spool.js';
import { SampleSink } from './sample-sink.js';
import { safeOutputDir } from './write-outputs.js';
import { serializeConfig } from './serialize-config.js';
export const DATABASE_FILE = 'dataset_builder.db';
export function databasePath(config) {
    return path.join(config.paths.memory, DATABASE_FILE);
}
function newDatasetId(clock) {
    const stamp = new Date(clock()).toISOString().replace(/[-:T]/g, '').slice(0, 14);
    return `ds_${stamp}_${randomBytes(3).toString('hex')}`;
}
/** Run a whole dataset build: extract → agent → validate → dedup → store → split → write. */
export async function buildDataset(config, options = {}) {
    const clock = options.clock ?? Date.now;
    const startedAt = clock();
    const onEvent = options.onEvent ?? (() => undefined);
    const model = resolveModel(config.provider, config.model, config.modelLimits);
    const { target, asyncCounts } = resolveTargetCounting(config, model);
    const cap = capDatasetSize(model, config.datasetSize, { enabled: config.split.enabled, ratio: config.split.ratio });
    const outputDir = safeOutputDir(config.paths.output, config.outputName);
    if (!existsSync(config.paths.input)) {
        throw new ConfigError(`Input folder not found: ${config.paths.input}. Put your files there or set paths.input in the config.`, { file: config.paths.configFile });
    }
    const llmSetup = resolveAgenticLlm(config, options.llm);
    // Identify without an LLM streams the files. The target's tokenizer is loaded by the sink on the first sample
    // (overlapping the first LLM calls), or only in the check workers of a large identify run.
    const streamingIdentify = config.mode === 'identify' && llmSetup.client === undefined && options.confirm === undefined;
    const instructions = config.mode === 'free' ? await resolveFreeInstructions(config, options.instructions) : undefined;
    const files = await listInputFiles(config.paths.input);
    const inputHash = await hashInputFiles(files);
    const store = openStore(databasePath(config));
    try {
        const { dataset, resumed } = openDataset(store, config, { inputHash, cappedSize: cap.capped, resume: options.resume, force: options.force ?? false, clock });
        const runId = store.startRun(dataset.id, resumed);
        onEvent({ type: 'run-started', datasetId: dataset.id, name: dataset.name, resumed, mode: config.mode, target: config.provider, model: model.id });
        onEvent({ type: 'files-found', files: files.map((file) => ({ name: file.name, bytes: file.bytes })) });
        for (const reason of cap.reasons)
            onEvent({ type: 'notice', level: 'warning', message: reason });
        const batchRun = llmSetup.batch === undefined ? undefined : startBatchRun({ config, batch: llmSetup.batch, store, datasetId: dataset.id, onEvent, signal: options.signal });
        if (batchRun !== undefined)
            llmSetup.client = batchRun.client;
        // A run that starts its dataset keeps the output lines as it stores samples, so the files are written without
        // reading everything back (a resumed run's earlier samples are only in the store).
        // Identify without an LLM over large inputs checks samples in worker threads and stores them in a writer thread
        // (identify-stream.ts), which then keeps the spool; otherwise this thread does.
        const identifyWorkers = streamingIdentify && !asyncCounts ? identifyWorkerCount(files, options.identifyWorkers) : 0;
        const spoolTarget = resumed ? undefined : { outputDir, datasetId: dataset.id, withCsv: config.output.includeCsv };
        const localSpool = spoolTarget === undefined || identifyWorkers > 0 ? undefined : new OutputSpool(outputDir, dataset.id, config.output.includeCsv);
        let spool = localSpool;
        const sink = new SampleSink({
            store, datasetId: dataset.id, target, model, truncate: config.output.truncate,
            formatOptions: { llamaFormat: config.output.llamaFormat }, dedupThreshold: config.output.dedupThreshold, asyncCounts, spool: localSpool,
        });
        const alreadyStored = resumed ? sink.rememberStored() : 0;
        sink.accepted = alreadyStored;
        const finishedChunkIds = resumed ? store.finishedChunks(dataset.id) : new Set();
        const state = createConsumeState();
        const extraction = { read: 0, failed: [], warnings: [], planFiles: [] };
        const prompts = createPromptRenderer({ dirs: [config.paths.prompts, packagePromptsDir()] });
        const agent = createAgent(config.mode);
        const baseInput = {
            create: { ...config.agent.create, systemPrompt: config.agent.create.systemPrompt || undefined },
            identify: config.agent.identify,
            generationRatio: config.agent.hybrid.generationRatio,
            instructions,
            finishedChunkIds,
        };
        const context = {
            llm: llmSetup.client,
            signal: options.signal,
            random: batchRun?.random ?? Math.random,
            prompts,
            concurrency: config.system.concurrency,
            maxRetries: config.system.maxRetries,
        };
        const consumeCommon = {
            agent, sink, state, onEvent, stopAt: cap.capped, startedAt, clock,
            agenticModel: llmSetup.client?.modelId, pricing: batchRun?.pricing ?? config.pricing.agentic, context,
        };
        let plan;
        let status = 'completed';
        let failure;
        try {
            if (streamingIdentify) {
                // Streaming path: one document at a time, so memory tracks the largest file, not the folder
                // (in worker threads for large inputs: see identify-stream.ts).
                await streamIdentify({
                    ...consumeCommon, files, config, extraction, signal: options.signal, baseInput, target: config.provider, model,
                    workers: identifyWorkers, storage: { databasePath: databasePath(config), datasetId: dataset.id }, spool: spoolTarget,
                    onSpool: (kept) => {
                        spool = kept;
                    },
                });
            }
            else {
                const documents = await extractAll(files, config, extraction, onEvent, options.signal);
                const chunks = chunkDocuments(documents, chunkSizes(config));
                plan = makePlan(config, extraction, documents, chunks, cap, { needed: llmSetup.needed, keyPresent: llmSetup.keyPresent || llmSetup.client !== undefined }, model);
                onEvent({ type: 'plan', plan });
                if (options.confirm !== undefined && !(await options.confirm(plan))) {
                    throw new RunError('Run cancelled before any LLM call.', { code: 'cancelled' });
                }
                if (documents.length === 0 && config.mode !== 'free') {
                    throw new RunError(`No usable input files in ${config.paths.input}${extraction.failed.length > 0 ? ` (${extraction.failed.length} failed to extract)` : ''}. Add PDF, DOCX, TXT/MD, CSV, XLSX or PPTX files.`, { code: 'no_input' });
                }
                if (batchRun !== undefined)
                    context.concurrency = batchRun.concurrency({ remaining: cap.capped - sink.accepted, chunkCount: chunks.length });
                await consumeAgent({ ...consumeCommon, input: { ...baseInput, documents, chunks, targetCount: cap.capped - sink.accepted } });
            }
        }
        catch (error) {
            if (options.signal?.aborted === true || isAbortError(error))
                status = 'interrupted';
            else {
                status = 'failed';
                failure = error;
            }
        }
        finally {
            sink.flush();
            await batchRun?.close(status);
        }
        const summary = await finalizeDataset({
            config, store, dataset, target, model, sink, state, extraction, status, failure, cap, outputDir, startedAt, clock,
            filesFound: files.length, llm: llmSetup.client, onEvent, runId, spool,
        });
        if (failure !== undefined) {
            const message = failure instanceof Error ? failure.message : String(failure);
            const code = failure instanceof DatasetGenError ? failure.code : 'run_failed';
            throw new RunError(`${message}\nThe ${summary.samples.accepted} sample(s) produced so far are saved. Continue with: ${summary.resumeCommand ?? `ftdb run --resume ${dataset.id}`}`, { cause: failure, code });
        }
        return { datasetId: dataset.id, status: summary.status, outputDir, files: summary.outputFiles, summary, plan };
    }
    finally {
        store.close();
    }
}
/**
 * The target, with exact token counts through the vendor's count-tokens API when
 * `system.exact_token_counts` is on and a key for that vendor is set (Claude and Gemini have no offline tokenizer).
 */
function resolveTargetCounting(config, model) {
    const target = getTarget(config.provider);
    if (!config.system.exactTokenCounts || (config.provider !== 'anthropic' && config.provider !== 'google'))
        return { target, asyncCounts: false };
    const connectionOptions = { env: config.env };
    if (!hasLlmCredentials(config.provider, connectionOptions)) {
        throw new ConfigError(`system.exact_token_counts is on for target ${config.provider}, but no API key is set for its count-tokens API. Set ${config.provider === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'GOOGLE_API_KEY'} (see .env.example) or turn exact_token_counts off to use estimates.`, { file: config.paths.configFile });
    }
    const connection = resolveLlmConnection(config.provider, connectionOptions);
    const counter = createApiTokenCounter({ target: config.provider, apiKey: connection.apiKey ?? '', model: model.id, baseUrl: connection.baseUrl, timeoutMs: config.system.timeoutMs });
    return { target: withTokenCounter(target, counter), asyncCounts: true };
}
function openDataset(store, config, options) {
    if (options.resume !== undefined) {
        const dataset = options.resume === 'last' ? store.latestDataset() : store.getDataset(options.resume);
        if (dataset === undefined) {
            throw new RunError(`No dataset "${options.resume}" to resume in ${store.path}. List them with \`ftdb stats\`.`, { code: 'resume_not_found' });
        }
        const changes = [];
        if (dataset.inputHash !== options.inputHash)
            changes.push('the input files changed');
        if (dataset.provider !== config.provider || dataset.model !== config.model)
            changes.push(`the target changed (${dataset.provider}/${dataset.model} → ${config.provider}/${config.model})`);
        if (dataset.mode !== config.mode)
            changes.push(`the mode changed (${dataset.mode} → ${config.mode})`);
        if (changes.length > 0 && !options.force) {
            throw new RunError(`Cannot resume ${dataset.id}: ${changes.join('; ')}. Start a new dataset, or pass --force to continue anyway.`, { code: 'resume_mismatch' });
        }
        store.updateDataset(dataset.id, { status: 'running', cappedSize: options.cappedSize, datasetSize: config.datasetSize, inputHash: options.inputHash, error: undefined });
        return { dataset: store.getDataset(dataset.id), resumed: true };
    }
    const dataset = store.createDataset({
        id: newDatasetId(options.clock),
        name: config.outputName,
        provider: config.provider,
        model: config.model,
        mode: config.mode,
        datasetSize: config.datasetSize,
        cappedSize: options.cappedSize,
        status: 'running',
        configJson: serializeConfig(config),
        inputHash: options.inputHash,
    });
    return { dataset, resumed: false };
}
//# sourceMappingURL=build-dataset.js.map