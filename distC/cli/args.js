import { parseArgs } from 'node:util';
import { UsageError } from '../errors/errors.js';
export const RUN_OPTIONS = {
    config: { type: 'string', short: 'c' },
    mode: { type: 'string' },
    provider: { type: 'string' },
    model: { type: 'string' },
    size: { type: 'string' },
    'output-name': { type: 'string' },
    resume: { type: 'string' },
    force: { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    json: { type: 'boolean' },
    debug: { type: 'boolean' },
    'agentic-llm': { type: 'string' },
    'agentic-model': { type: 'string' },
    input: { type: 'string' },
};
export function parse(args, options, allowPositionals = true) {
    try {
        return parseArgs({ args, options, allowPositionals, strict: true });
    }
    catch (error) {
        throw new UsageError(`${error instanceof Error ? error.message : String(error)}. See \`ftdb --help\`.`);
    }
}
/** CLI flags become config overrides (snake_case, like config.yaml); flags win over the file. */
export function overridesFromFlags(values) {
    const overrides = {};
    if (typeof values.mode === 'string')
        overrides.mode = values.mode;
    if (typeof values.provider === 'string')
        overrides.provider = values.provider;
    if (typeof values.model === 'string')
        overrides.model = values.model;
    if (typeof values.size === 'string') {
        const size = Number(values.size);
        if (!Number.isInteger(size))
            throw new UsageError(`--size must be a whole number, got "${values.size}"`);
        overrides.dataset_size = size;
    }
    if (typeof values['output-name'] === 'string')
        overrides.output_name = values['output-name'];
    const system = {};
    if (typeof values['agentic-llm'] === 'string')
        system.agentic_llm = values['agentic-llm'];
    if (typeof values['agentic-model'] === 'string')
        system.agentic_model = values['agentic-model'];
    if (Object.keys(system).length > 0)
        overrides.system = system;
    if (typeof values.input === 'string')
        overrides.paths = { input: values.input };
    return overrides;
}
//# sourceMappingURL=args.js.map