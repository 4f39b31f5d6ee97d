import path from 'node:path';
import { UsageError } from '../../errors/errors.js';
import { parse } from '../args.js';
import { Output } from '../io.js';
export async function validateCommand(args, io) {
    const { values, positionals } = parse(args, {
        provider: { type: 'string', short: 'p' },
        model: { type: 'string', short: 'm' },
        'llama-format': { type: 'string' },
        json: { type: 'boolean' },
        validation: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
    });
    const out = new Output(io);
    const file = positionals[0];
    if (file === undefined || values.provider === undefined || values.model === undefined) {
        throw new UsageError('usage: ftdb validate FILE.jsonl --provider P --model M [--validation] [--llama-format messages|prompt_completion|text] [--config FILE]');
    }
    const llamaFormat = values['llama-format'];
    if (llamaFormat !== undefined && !['messages', 'prompt_completion', 'text'].includes(llamaFormat)) {
        throw new UsageError(`--llama-format must be messages, prompt_completion or text, got "${llamaFormat}"`);
    }
    const { validateJsonlFile, formatValidationReport } = await import('../../targets/validate-file.js');
    // With --config, the config's model_limits and training prices apply (models not in the catalog).
    let overrides;
    let pricePerMillionTokens;
    if (values.config !== undefined) {
        const { loadConfig } = await import('../../config/load-config.js');
        const config = loadConfig(values.config, {}, { env: io.env, cwd: io.cwd });
        overrides = config.modelLimits;
        pricePerMillionTokens = config.pricing.training[values.model];
    }
    const report = await validateJsonlFile(path.resolve(io.cwd, file), {
        target: values.provider,
        model: values.model,
        overrides,
        pricePerMillionTokens,
        fileRole: values.validation === true ? 'validation' : 'train',
        formatOptions: llamaFormat === undefined ? undefined : { llamaFormat: llamaFormat },
    });
    if (values.json === true)
        out.line(JSON.stringify(report, null, 2));
    else
        out.line(formatValidationReport(report));
    return report.errorCount > 0 || report.fileIssues.some((issue) => issue.severity === 'error') ? 1 : 0;
}
//# sourceMappingURL=validate.js.map