import { readFileSync } from 'node:fs';
import { DatasetGenError } from '../errors/errors.js';
import { HELP } from './help.js';
import { Output } from './io.js';
function packageVersion() {
    try {
        const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
        return JSON.parse(text).version;
    }
    catch {
        return 'unknown';
    }
}
/** Exit status for an error: 2 for bad usage or configuration, 1 for everything else. */
export function exitCodeFor(error) {
    if (error instanceof DatasetGenError) {
        if (['usage', 'config_invalid', 'llm_config', 'unknown_model', 'unknown_target', 'bad_output_name'].includes(error.code))
            return 2;
    }
    return 1;
}
function describeError(error, debug) {
    if (!(error instanceof Error))
        return String(error);
    if (!debug)
        return error.message;
    const parts = [error.stack ?? error.message];
    let cause = error.cause;
    for (let depth = 0; cause !== undefined && depth < 5; depth += 1) {
        parts.push(`caused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
        cause = cause instanceof Error ? cause.cause : undefined;
    }
    return parts.join('\n');
}
/**
 * The CLI: `main(argv, io)` returns the exit status and never calls process.exit,
 * so tests drive it with fake streams.
 */
export async function main(argv, io, signal = new AbortController().signal) {
    const out = new Output(io);
    const debug = argv.includes('--debug');
    const args = argv.filter((arg) => arg !== '--debug');
    const [command, ...rest] = args;
    try {
        switch (command) {
            case undefined: {
                const { menuCommand } = await import('./menu/menu.js');
                return await menuCommand(io, signal);
            }
            case '--help':
            case '-h':
            case 'help':
                out.line(HELP);
                return 0;
            case '--version':
            case '-v':
            case 'version':
                out.line(packageVersion());
                return 0;
            case 'run': {
                const { runCommand } = await import('./commands/run.js');
                return await runCommand(rest, io, signal);
            }
            case 'plan': {
                const { planCommand } = await import('./commands/run.js');
                return await planCommand(rest, io);
            }
            case 'validate': {
                const { validateCommand } = await import('./commands/validate.js');
                return await validateCommand(rest, io);
            }
            case 'stats': {
                const { statsCommand } = await import('./commands/stats.js');
                return await statsCommand(rest, io);
            }
            case 'export': {
                const { exportCommand } = await import('./commands/export.js');
                return await exportCommand(rest, io);
            }
            case 'models': {
                const { modelsCommand } = await import('./commands/models.js');
                return await modelsCommand(rest, io);
            }
            case 'init': {
                const { initCommand } = await import('./commands/init.js');
                return await initCommand(rest, io);
            }
            default:
                out.error(`unknown command "${command}". See \`ftdb --help\`.`);
                return 2;
        }
    }
    catch (error) {
        out.error(describeError(error, debug));
        if (!debug && !(error instanceof DatasetGenError))
            out.info('(run again with --debug for details)');
        return exitCodeFor(error);
    }
}
//# sourceMappingURL=main.js.map