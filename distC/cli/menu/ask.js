import { createRequire } from 'node:module';
import { colorsFor } from '../io.js';
/** Thrown when the user presses Ctrl-C or Esc at a prompt: go back one level. */
export class PromptCancelled extends Error {
    constructor() {
        super('cancelled');
        this.name = 'PromptCancelled';
    }
}
let enquirer;
async function load(io) {
    enquirer ??= (await import('enquirer')).default;
    // enquirer styles its prompts with ansi-colors, which only knows FORCE_COLOR: honour NO_COLOR and non-TTY too.
    try {
        const requireFromEnquirer = createRequire(createRequire(import.meta.url).resolve('enquirer'));
        requireFromEnquirer('ansi-colors').enabled = colorsFor(io).isColorSupported;
    }
    catch {
        // Colors stay as enquirer chose them.
    }
    return enquirer;
}
async function run(io, kind, options) {
    const module = await load(io);
    const Prompt = module[kind];
    if (Prompt === undefined)
        throw new Error(`unknown prompt type ${kind}`);
    const prompt = new Prompt({ ...options, stdin: io.stdin, stdout: io.stdout });
    try {
        return await prompt.run();
    }
    catch (error) {
        // enquirer rejects with an empty value on Ctrl-C / Esc.
        if (error === '' || error === undefined || (error instanceof Error && error.message === ''))
            throw new PromptCancelled();
        throw error;
    }
}
export function select(io, message, choices, initial) {
    const index = initial === undefined ? 0 : Math.max(0, choices.findIndex((choice) => choice.name === initial));
    return run(io, 'Select', { name: 'value', message, choices, initial: index });
}
export function input(io, message, initial, validate) {
    return run(io, 'Input', { name: 'value', message, initial, validate });
}
export function confirm(io, message, initial = true) {
    return run(io, 'Confirm', { name: 'value', message, initial });
}
//# sourceMappingURL=ask.js.map