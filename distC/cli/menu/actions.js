import { renderPlan, renderSummary, RunRenderer } from '../run-renderer.js';
import { confirm, input, select } from './ask.js';
/** 2. Generate Dataset: plan with cost, confirm, then build with live progress. Ctrl-C stops safely. */
export async function generateMenu(state) {
    const { io, out } = state;
    const config = state.load();
    let instructions;
    if (config.mode === 'free') {
        const { resolveFreeInstructions } = await import('../../pipeline/llm-setup.js');
        instructions = await resolveFreeInstructions(config).catch(() => undefined);
        if (instructions === undefined) {
            out.info('Free mode: no prompts/free_mode/prompt.txt instructions found.');
            instructions = await input(io, 'Your instructions for the LLM (what conversations to write):', undefined, (value) => (value.trim() === '' ? 'Please type some instructions' : true));
        }
    }
    const resume = await offerResume(state, config.outputName);
    const { buildDataset } = await import('../../pipeline/build-dataset.js');
    const controller = new AbortController();
    const unsubscribe = io.onInterrupt?.(() => {
        out.warn('Stopping safely: finishing in-flight writes...');
        controller.abort();
    });
    const renderer = new RunRenderer(out, io.stdout.isTTY === true);
    try {
        const result = await buildDataset(config, {
            signal: AbortSignal.any([controller.signal, state.signal]),
            instructions,
            resume,
            onEvent: (event) => {
                if (event.type === 'plan')
                    renderPlan(out, event.plan);
                renderer.handle(event);
            },
            confirm: async () => {
                renderer.finish();
                return confirm(io, 'Start generating?', true);
            },
        });
        renderer.finish();
        renderSummary(out, result.summary);
    }
    catch (error) {
        renderer.finish();
        if (error instanceof Error && error.code === 'cancelled') {
            out.info('Cancelled; nothing was generated.');
            return;
        }
        throw error;
    }
    finally {
        unsubscribe?.();
    }
}
/** An interrupted or failed run of the same output name can be continued instead of started again. */
async function offerResume(state, name) {
    const { databasePath } = await import('../../pipeline/build-dataset.js');
    const { existsSync } = await import('node:fs');
    const config = state.load();
    if (!existsSync(databasePath(config)))
        return undefined;
    const { openExistingStore } = await import('../../pipeline/export-dataset.js');
    const store = openExistingStore(config);
    try {
        const previous = store.getDataset(name);
        if (previous === undefined || (previous.status !== 'interrupted' && previous.status !== 'failed' && previous.status !== 'running'))
            return undefined;
        const stored = store.countSamples(previous.id);
        const answer = await confirm(state.io, `Dataset ${previous.id} (${name}) stopped at ${stored} of ${previous.cappedSize} samples. Resume it?`, true);
        return answer ? previous.id : undefined;
    }
    finally {
        store.close();
    }
}
async function chooseDataset(state, message) {
    const { openExistingStore } = await import('../../pipeline/export-dataset.js');
    const store = openExistingStore(state.load());
    try {
        const datasets = store.listDatasets();
        if (datasets.length === 0) {
            state.out.info('No datasets yet: choose Generate Dataset first.');
            return undefined;
        }
        return await select(state.io, message, datasets.slice(0, 30).map((dataset) => ({
            name: dataset.id,
            message: `${dataset.name} (${dataset.id})`,
            hint: `${dataset.status}, ${dataset.sampleCount} samples, ${dataset.provider}/${dataset.model}, ${dataset.createdAt.slice(0, 16).replace('T', ' ')}`,
        })));
    }
    finally {
        store.close();
    }
}
/** 3. View Dataset Statistics. */
export async function statsMenu(state) {
    const id = await chooseDataset(state, 'Which dataset?');
    if (id === undefined)
        return;
    const { openExistingStore, findDataset } = await import('../../pipeline/export-dataset.js');
    const store = openExistingStore(state.load());
    try {
        const dataset = findDataset(store, id);
        if (dataset.statsJson === undefined) {
            state.out.line(`${dataset.id}: ${dataset.status}, ${store.countSamples(dataset.id)} samples stored; no statistics yet (resume it to finish).`);
            return;
        }
        const summary = JSON.parse(dataset.statsJson);
        renderSummary(state.out, summary);
        for (const [title, counts] of [['by source', summary.distribution.bySource], ['by keyword', summary.distribution.byKeyword], ['by origin', summary.distribution.byOrigin]]) {
            const entries = Object.entries(counts);
            if (entries.length === 0)
                continue;
            state.out.line(`  ${title}:`);
            for (const [name, count] of entries.slice(0, 15))
                state.out.line(`    ${String(count).padStart(6)}  ${name}`);
        }
    }
    finally {
        store.close();
    }
}
/** 4. Export Dataset: JSONL files and CSV metadata, rewritten from the database. */
export async function exportMenu(state) {
    const id = await chooseDataset(state, 'Export which dataset?');
    if (id === undefined)
        return;
    const { exportDataset } = await import('../../pipeline/export-dataset.js');
    const { dataset, files } = exportDataset(state.load(), id, { csv: true });
    state.out.success(`Exported ${dataset.name}:`);
    for (const [kind, file] of Object.entries(files))
        state.out.line(`  ${kind}: ${file}`);
}
//# sourceMappingURL=actions.js.map