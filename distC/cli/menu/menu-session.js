import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../config/load-config.js';
import { DatasetGenError } from '../../errors/errors.js';
import { Output } from '../io.js';
import { PromptCancelled, select } from './ask.js';
import { configureDataset } from './configure.js';
import { exportMenu, generateMenu, statsMenu } from './actions.js';
import { settingsMenu } from './settings.js';
const packageRoot = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN_CHOICES = [
    { name: 'configure', message: '1. Configure Dataset', hint: 'provider, model, mode, size, split' },
    { name: 'generate', message: '2. Generate Dataset', hint: 'plan with cost, confirm, build' },
    { name: 'stats', message: '3. View Dataset Statistics' },
    { name: 'export', message: '4. Export Dataset', hint: 'JSONL, CSV metadata' },
    { name: 'settings', message: '5. Settings', hint: 'view or edit config.yaml' },
    { name: 'exit', message: '6. Exit' },
];
export async function runMenu(io, signal) {
    const out = new Output(io);
    const configFile = path.join(io.cwd, 'config.yaml');
    if (!existsSync(configFile)) {
        copyFileSync(path.join(packageRoot, 'config.yaml'), configFile);
        out.info(`Created ${configFile} with the default settings.`);
    }
    const state = { io, out, configFile, signal, load: () => loadConfig(configFile, {}, { env: io.env, cwd: io.cwd }) };
    for (;;) {
        out.line();
        out.line(out.colors.bold('=== Fine-Tuning Dataset Builder ==='));
        try {
            const summary = describeConfig(state);
            if (summary !== undefined)
                out.info(summary);
        }
        catch (error) {
            out.error(error instanceof Error ? error.message : String(error));
        }
        let choice;
        try {
            choice = await select(io, 'What would you like to do?', MAIN_CHOICES);
        }
        catch (error) {
            if (error instanceof PromptCancelled) {
                out.line('Bye.');
                return 0;
            }
            throw error;
        }
        if (choice === 'exit') {
            out.line('Bye.');
            return 0;
        }
        try {
            if (choice === 'configure')
                await configureDataset(state);
            else if (choice === 'generate')
                await generateMenu(state);
            else if (choice === 'stats')
                await statsMenu(state);
            else if (choice === 'export')
                await exportMenu(state);
            else if (choice === 'settings')
                await settingsMenu(state);
        }
        catch (error) {
            if (error instanceof PromptCancelled) {
                out.info('(back to the menu)');
                continue;
            }
            if (error instanceof DatasetGenError)
                out.error(error.message);
            else
                throw error;
        }
    }
}
function describeConfig(state) {
    if (!existsSync(state.configFile))
        return undefined;
    readFileSync(state.configFile, 'utf8');
    const config = state.load();
    return `${path.basename(state.configFile)}: target ${config.provider}/${config.model}, mode ${config.mode}, ${config.datasetSize} samples → output_datasets/${config.outputName}/`;
}
//# sourceMappingURL=menu-session.js.map