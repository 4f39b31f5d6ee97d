import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createAgent } from '../agents/index.js';
import { chunkDocuments } from '../agents/chunk-documents.js';
import { createPromptRenderer, packagePromptsDir } from '../agents/prompt-loader.js';
import type { AgentInput } from '../agents/types.js';
import type { Config } from '../config/config.js';
import { ConfigError, DatasetGenError, RunError, isAbortError } from '../errors/errors.js';
import type { LlmClient } from '../llm/types.js';
import { openStore, type DatasetRecord, type Store } from '../store/store.js';
import { capDatasetSize } from '../targets/capacity.js';
import { getTarget, resolveModel } from '../targets/registry.js';
import { createApiTokenCounter, withTokenCounter } from '../targets/api-token-counter.js';
import { hasLlmCredentials, resolveLlmConnection } from '../llm/connection.js';
import type { ModelSpec, TargetProvider } from '../targets/types.js';
import { startBatchRun } from './batch-run.js';
import { consumeAgent, createConsumeState } from './consume-agent.js';
import type { BuildEvent, BuildEventListener } from './events.js';
import { supportedExtensions } from '../extract/registry.js';
import { extractAll, type ExtractionReport } from './extraction.js';
import { identifyWorkerCount, streamIdentify } from './identify-stream.js';
import { finalizeDataset } from './finalize.js';
import { hashInputFiles, listInputFiles, type InputFile } from './input-files.js';
import { resolveAgenticLlm, resolveFreeInstructions } from './llm-setup.js';
import { type Plan } from './plan.js';
import { chunkSizes, makePlan } from './plan-dataset.js';
import { OutputSpool, type FinishedSpool } from './output-spool.js';
import { SampleSink } from './sample-sink.js';
import type { RunSummary } from './summary.js';
import { safeOutputDir } from './write-outputs.js';
import { serializeConfig } from './serialize-config.js';

export interface BuildDatasetOptions {
  onEvent?: BuildEventListener;
  signal?: AbortSignal;
  /** Use this LLM instead of the one configured (your own model, or a test double). */
  llm?: LlmClient;
  /** Continue an earlier dataset: its id, its output name, or `last`. */
  resume?: string;
  /** Resume even if input files or the target changed. */
  force?: boolean;
  /** Asked with the plan before any LLM call; return false to cancel. */
  confirm?: (plan: Plan) => Promise<boolean> | boolean;
  /** Free-mode instructions typed by the user (menu). */
  instructions?: string;
  clock?: () => number;
  /**
   * Identify mode without an LLM: worker threads for detection, token counting and validation (0 = none).
   * Default: one per core for inputs over a few MB. The samples are the same either way. Not used by a run that
   * may find more than it wants (it takes a share of each file, in this thread: `takesShares`).
   */
  identifyWorkers?: number;
}

export interface BuildResult {
  datasetId: string;
  status: RunSummary['status'];
  outputDir: string;
  files: Record<string, string>;
  summary: RunSummary;
  plan?: Plan;
}

export const DATABASE_FILE = 'dataset_builder.db';

export function databasePath(config: Config): string {
  return path.join(config.paths.memory, DATABASE_FILE);
}

function newDatasetId(clock: () => number): string {
  const stamp = new Date(clock()).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `ds_${stamp}_${randomBytes(3).toString('hex')}`;
}

/** Run a whole dataset build: extract → agent → validate → dedup → store → split → write. */
export async function buildDataset(config: Config, options: BuildDatasetOptions = {}): Promise<BuildResult> {
  const clock = options.clock ?? Date.now;
  const startedAt = clock();
  const onEvent: BuildEventListener = options.onEvent ?? (() => undefined);
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
  // Free mode can work from the instructions alone; every other mode turns documents into samples.
  if (files.length === 0 && config.mode !== 'free') {
    throw new ConfigError(
      `No input files in ${config.paths.input}: put the documents to build the ${config.mode} dataset from there ` +
        `(${supportedExtensions().join(' ')}), or point paths.input (--input DIR) at their folder.`,
      { file: config.paths.configFile },
    );
  }
  const inputHash = await hashInputFiles(files);
  const store = openStore(databasePath(config));
  try {
    const { dataset, resumed } = openDataset(store, config, { inputHash, cappedSize: cap.capped, resume: options.resume, force: options.force ?? false, clock, modelId: model.id });
    const runId = store.startRun(dataset.id, resumed);
    onEvent({ type: 'run-started', datasetId: dataset.id, name: dataset.name, resumed, mode: config.mode, target: config.provider, model: model.id });
    onEvent({ type: 'files-found', files: files.map((file) => ({ name: file.name, bytes: file.bytes })) });
    for (const reason of cap.reasons) onEvent({ type: 'notice', level: 'warning', message: reason });
    const batchRun = llmSetup.batch === undefined ? undefined : startBatchRun({ config, batch: llmSetup.batch, store, datasetId: dataset.id, onEvent, signal: options.signal });
    if (batchRun !== undefined) llmSetup.client = batchRun.client;

    // A run that starts its dataset keeps the output lines as it stores samples, so the files are written without
    // reading everything back (a resumed run's earlier samples are only in the store).
    // Identify without an LLM over large inputs checks samples in worker threads and stores them in a writer thread
    // (identify-stream.ts), which then keeps the spool; otherwise this thread does.
    const identifyWorkers = streamingIdentify && !asyncCounts ? identifyWorkerCount(files, options.identifyWorkers, cap.capped) : 0;
    const spoolTarget = resumed ? undefined : { outputDir, datasetId: dataset.id, withCsv: config.output.includeCsv };
    const localSpool = spoolTarget === undefined || identifyWorkers > 0 ? undefined : new OutputSpool(outputDir, dataset.id, config.output.includeCsv);
    let spool: FinishedSpool | undefined = localSpool;
    const sink = new SampleSink({
      store, datasetId: dataset.id, target, model, truncate: config.output.truncate,
      formatOptions: { llamaFormat: config.output.llamaFormat }, dedupThreshold: config.output.dedupThreshold, asyncCounts, spool: localSpool,
    });
    const alreadyStored = resumed ? sink.rememberStored() : 0;
    sink.accepted = alreadyStored;
    const finishedChunkIds = resumed ? store.finishedChunks(dataset.id) : new Set<string>();
    const state = createConsumeState();
    const extraction: ExtractionReport = { read: 0, failed: [], warnings: [], planFiles: [] };
    const prompts = createPromptRenderer({ dirs: [config.paths.prompts, packagePromptsDir()] });
    const agent = createAgent(config.mode);
    const baseInput: Omit<AgentInput, 'documents' | 'chunks' | 'targetCount'> = {
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
    let plan: Plan | undefined;
    let status: RunSummary['status'] = 'completed';
    let failure: unknown;
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
      } else {
        const documents = await extractAll(files, config, extraction, onEvent, options.signal);
        const chunks = chunkDocuments(documents, chunkSizes(config));
        plan = await makePlan(config, extraction, documents, chunks, cap, { needed: llmSetup.needed, keyPresent: llmSetup.keyPresent || llmSetup.client !== undefined }, model);
        onEvent({ type: 'plan', plan });
        if (options.confirm !== undefined && !(await options.confirm(plan))) {
          throw new RunError('Run cancelled before any LLM call.', { code: 'cancelled' });
        }
        if (documents.length === 0 && config.mode !== 'free') {
          throw new RunError(`No usable input files in ${config.paths.input}${extraction.failed.length > 0 ? ` (${extraction.failed.length} failed to extract)` : ''}. Add PDF, DOCX, TXT/MD, CSV, XLSX or PPTX files.`, { code: 'no_input' });
        }
        if (batchRun !== undefined) context.concurrency = batchRun.concurrency({ remaining: cap.capped - sink.accepted, chunkCount: chunks.length });
        await consumeAgent({ ...consumeCommon, input: { ...baseInput, documents, chunks, targetCount: cap.capped - sink.accepted } });
      }
    } catch (error) {
      if (options.signal?.aborted === true || isAbortError(error)) status = 'interrupted';
      else {
        status = 'failed';
        failure = error;
      }
    } finally {
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
      throw new RunError(
        `${message}\nThe ${summary.samples.accepted} sample(s) produced so far are saved. Continue with: ${summary.resumeCommand ?? `ftdb run --resume ${dataset.id}`}`,
        { cause: failure, code },
      );
    }
    return { datasetId: dataset.id, status: summary.status, outputDir, files: summary.outputFiles, summary, plan };
  } finally {
    store.close();
  }
}

/**
 * The target, with exact token counts through the vendor's count-tokens API when
 * `system.exact_token_counts` is on and a key for that vendor is set (Claude and Gemini have no offline tokenizer).
 */
function resolveTargetCounting(config: Config, model: ModelSpec): { target: TargetProvider; asyncCounts: boolean } {
  const target = getTarget(config.provider);
  if (!config.system.exactTokenCounts || (config.provider !== 'anthropic' && config.provider !== 'google')) return { target, asyncCounts: false };
  const connectionOptions = { env: config.env };
  if (!hasLlmCredentials(config.provider, connectionOptions)) {
    throw new ConfigError(`system.exact_token_counts is on for target ${config.provider}, but no API key is set for its count-tokens API. Set ${config.provider === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'GOOGLE_API_KEY'} (see .env.example) or turn exact_token_counts off to use estimates.`, { file: config.paths.configFile });
  }
  const connection = resolveLlmConnection(config.provider, connectionOptions);
  const counter = createApiTokenCounter({ target: config.provider, apiKey: connection.apiKey ?? '', model: model.id, baseUrl: connection.baseUrl, timeoutMs: config.system.timeoutMs });
  return { target: withTokenCounter(target, counter), asyncCounts: true };
}

/** The id `resolveModel` gives a stored dataset's model name (aliases and case resolved), or the name as stored. */
function modelIdOf(provider: string, model: string, config: Config): string {
  try {
    return resolveModel(provider, model, config.modelLimits).id;
  } catch {
    return model;
  }
}

function openDataset(
  store: Store,
  config: Config,
  options: { inputHash: string; cappedSize: number; resume?: string; force: boolean; clock: () => number; modelId: string },
): { dataset: DatasetRecord; resumed: boolean } {
  if (options.resume !== undefined) {
    const dataset = options.resume === 'last' ? store.latestDataset() : store.getDataset(options.resume);
    if (dataset === undefined) {
      throw new RunError(`No dataset "${options.resume}" to resume in ${store.path}. List them with \`ftdb stats\`.`, { code: 'resume_not_found' });
    }
    const changes: string[] = [];
    if (dataset.inputHash !== options.inputHash) changes.push('the input files changed');
    // Compared as catalog ids: a dataset started with `--model gpt-4o-mini` resumes under `gpt-4o-mini-2024-07-18`.
    if (dataset.provider !== config.provider || modelIdOf(dataset.provider, dataset.model, config) !== options.modelId) changes.push(`the target changed (${dataset.provider}/${dataset.model} → ${config.provider}/${config.model})`);
    if (dataset.mode !== config.mode) changes.push(`the mode changed (${dataset.mode} → ${config.mode})`);
    if (changes.length > 0 && !options.force) {
      throw new RunError(`Cannot resume ${dataset.id}: ${changes.join('; ')}. Start a new dataset, or pass --force to continue anyway.`, { code: 'resume_mismatch' });
    }
    store.updateDataset(dataset.id, { status: 'running', cappedSize: options.cappedSize, datasetSize: config.datasetSize, inputHash: options.inputHash, error: undefined });
    return { dataset: store.getDataset(dataset.id)!, resumed: true };
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

export type { BuildEvent, InputFile };
