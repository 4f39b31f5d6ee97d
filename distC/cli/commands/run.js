import { loadConfig } from '../../config/load-config.js';
import { RUN_OPTIONS, overridesFromFlags, parse } from '../args.js';
import { isInteractive, Output } from '../io.js';
import { renderPlan, renderSummary, RunRenderer } from '../run-renderer.js';
import { confirmPrompt } from '../prompts.js';
export async function runCommand(args, io, signal) {
    const { values } = parse(args, RUN_OPTIONS, false);
    const out = new Output(io);
    const config = loadConfig(values.config, overridesFromFlags(values), { env: io.env, cwd: io.cwd });
    const { buildDataset } = await import('../../pipeline/build-dataset.js');
    const interactive = isInteractive(io) && values.yes !== true;
    const json = values.json === true;
    const renderer = new RunRenderer(out, io.stdout.isTTY === true && !json, json);
    const result = await buildDataset(config, {
        signal,
        resume: values.resume,
        force: values.force === true,
        onEvent: (event) => {
            if (event.type === 'plan' && !json)
                renderPlan(out, event.plan);
            renderer.handle(event);
        },
        confirm: interactive
            ? async () => confirmPrompt(io, 'Start generating?', true)
            : undefined,
    }).finally(() => renderer.finish());
    if (json)
        out.line(JSON.stringify(result.summary, null, 2));
    else
        renderSummary(out, result.summary);
    return result.status === 'completed' ? 0 : 1;
}
export async function planCommand(args, io) {
    const { values } = parse(args, RUN_OPTIONS, false);
    const out = new Output(io);
    const config = loadConfig(values.config, overridesFromFlags(values), { env: io.env, cwd: io.cwd });
    const { planDataset } = await import('../../pipeline/plan-dataset.js');
    const plan = await planDataset(config);
    if (values.json === true)
        out.line(JSON.stringify(plan, null, 2));
    else
        renderPlan(out, plan);
    return 0;
}
//# sourceMappingURL=run.js.map