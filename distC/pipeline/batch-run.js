import { createHash } from 'node:crypto';
import { createSeededRandom } from '../dataset/random.js';
import { createBatchingLlmClient } from '../llm/batch/batching-llm-client.js';
import { findLlmPrice } from '../llm/pricing.js';
import { createBatchJournal } from '../store/batch-journal.js';
/**
 * Batch mode of a run (`system.use_batch_api`): the agent's LLM calls go through the provider's batch API via a
 * batching client backed by the dataset's batch journal. So that a restarted run asks the very same requests (and
 * finds the batch it submitted before in the journal), the agent's randomness is seeded from the dataset id, and
 * the agent may keep all its planned calls in flight at once so they travel in as few batches as possible.
 */
/** Requests per batch: well under both vendors' limits (OpenAI 50,000, Anthropic 100,000) and their file sizes. */
export const BATCH_MAX_REQUESTS = 10_000;
/**
 * Batch prices are half the standard ones: "all usage is charged at 50% of the standard API prices"
 * (platform.claude.com/docs/build-with-claude/batch-processing, Pricing) and "50% lower costs"
 * (platform.openai.com/docs/guides/batch). Read 2026.
 */
const BATCH_PRICE_FACTOR = 0.5;
export function datasetSeed(datasetId) {
    return createHash('sha256').update(datasetId).digest().readUInt32LE(0);
}
export function startBatchRun(options) {
    const { config, batch, onEvent } = options;
    const journal = createBatchJournal(options.store, options.datasetId);
    const notice = (message, level = 'info') => onEvent({ type: 'notice', level, message });
    const client = createBatchingLlmClient({
        batchClient: batch,
        journal,
        maxRequestsPerBatch: BATCH_MAX_REQUESTS,
        maxRetries: config.system.maxRetries,
        signal: options.signal,
        onEvent: createBatchNotices(batch.provider, notice),
    });
    const agentic = config.system.agenticModel;
    const price = findLlmPrice(agentic, config.pricing.agentic);
    const pricing = price === undefined ? config.pricing.agentic : { ...config.pricing.agentic, [agentic]: { input: price.input * BATCH_PRICE_FACTOR, output: price.output * BATCH_PRICE_FACTOR } };
    return {
        client,
        random: createSeededRandom(datasetSeed(options.datasetId)),
        pricing,
        concurrency({ remaining, chunkCount }) {
            const perCall = Math.max(1, config.agent.create.conversationsPerCall);
            const generated = Math.ceil(Math.max(0, remaining) / perCall);
            const planned = config.mode === 'identify' ? chunkCount : config.mode === 'hybrid' ? generated + chunkCount : generated;
            return Math.max(config.system.concurrency, Math.min(BATCH_MAX_REQUESTS, planned));
        },
        async close(status) {
            try {
                await client.close({ cancelUnneeded: status === 'completed' });
            }
            catch (error) {
                notice(`Closing the batch client failed: ${error instanceof Error ? error.message : String(error)}`, 'warning');
            }
        },
    };
}
/** Batch events → run notices: submissions, resumptions, state changes and every 10% of progress, results. */
export function createBatchNotices(provider, notice) {
    const vendor = provider === 'openai' ? 'OpenAI Batch API' : 'Anthropic Message Batches API';
    const lastShown = new Map();
    const progress = (status) => {
        const finished = status.counts.succeeded + status.counts.failed;
        return status.counts.total > 0 ? ` ${finished}/${status.counts.total}` : '';
    };
    return (event) => {
        switch (event.type) {
            case 'batch-submitted':
                notice(`Batch ${event.batchId} submitted with ${event.requestCount} request(s) to the ${vendor}; results come within 24 h. If this run stops, \`ftdb run --resume last\` picks the batch up without paying again.`);
                break;
            case 'batch-resumed':
                notice(`Batch ${event.batchId} from the earlier run (${event.requestCount} request(s), ${event.pending} not read yet): polling it instead of submitting again.`);
                break;
            case 'batch-status': {
                const { status } = event;
                const total = status.counts.total;
                const decile = total > 0 ? Math.floor(((status.counts.succeeded + status.counts.failed) / total) * 10) : 0;
                const last = lastShown.get(event.batchId);
                if (status.done || (last !== undefined && last.state === status.state && last.decile === decile))
                    break;
                lastShown.set(event.batchId, { state: status.state, decile });
                notice(`Batch ${event.batchId}: ${status.state}${progress(status)}`);
                break;
            }
            case 'batch-collected':
                lastShown.delete(event.batchId);
                notice(`Batch ${event.batchId} ${event.state}: ${event.succeeded} succeeded, ${event.failed} failed${event.resubmitted > 0 ? ` (${event.resubmitted} sent again in a new batch)` : ''}.`, event.failed > event.resubmitted ? 'warning' : 'info');
                break;
            case 'batch-problem':
                notice(event.message, 'warning');
                break;
        }
    };
}
//# sourceMappingURL=batch-run.js.map