import { parse } from '../args.js';
import { Output } from '../io.js';
import { formatBytes } from '../run-renderer.js';
export async function modelsCommand(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' } });
    const out = new Output(io);
    const { listTargets, getTarget } = await import('../../targets/registry.js');
    const targets = positionals[0] === undefined ? listTargets() : [getTarget(positionals[0])];
    if (values.json === true) {
        out.line(JSON.stringify(targets.map((target) => ({ id: target.id, name: target.displayName, models: target.models })), null, 2));
        return 0;
    }
    for (const target of targets) {
        out.line(out.colors.bold(`${target.id} — ${target.displayName}`));
        for (const model of target.models) {
            const parts = [
                `${model.maxTokensPerExample.toLocaleString('en-US')} tokens/example`,
                `min ${model.minTrainExamples} examples`,
                model.maxTrainExamples === undefined ? undefined : `max ${model.maxTrainExamples.toLocaleString('en-US')} train`,
                model.maxValidationExamples === undefined ? undefined : `max ${model.maxValidationExamples.toLocaleString('en-US')} validation`,
                model.maxTrainFileBytes === undefined ? undefined : `file ≤ ${formatBytes(model.maxTrainFileBytes)}`,
                `tokenizer ${model.tokenizer}`,
                model.trainingPricePerMillionTokens === undefined ? undefined : `$${model.trainingPricePerMillionTokens}/1M training tokens`,
            ].filter((part) => part !== undefined);
            out.line(`  ${model.id}${model.aliases.length > 0 ? ` (${model.aliases.join(', ')})` : ''}`);
            out.line(`      ${parts.join(', ')}`);
        }
    }
    return 0;
}
//# sourceMappingURL=models.js.map