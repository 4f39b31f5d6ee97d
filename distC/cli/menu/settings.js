import { readFileSync } from 'node:fs';
import { parseTypedValue, updateConfigFile } from '../../config/edit-config.js';
import { ConfigError } from '../../errors/errors.js';
import { input, select } from './ask.js';
/** 5. Settings: view config.yaml, or change any key (validated, comments kept). */
export async function settingsMenu(state) {
    const { io, out } = state;
    for (;;) {
        const choice = await select(io, 'Settings', [
            { name: 'view', message: 'View the current configuration' },
            { name: 'edit', message: 'Edit a setting', hint: 'e.g. system.concurrency = 8' },
            { name: 'back', message: 'Back' },
        ]);
        if (choice === 'back')
            return;
        if (choice === 'view') {
            out.line(out.colors.dim(`# ${state.configFile}`));
            out.line(readFileSync(state.configFile, 'utf8'));
            continue;
        }
        const key = await input(io, 'Key (dotted path, e.g. system.agentic_model)', undefined, (value) => (/^[a-z_$][a-z0-9_.$-]*$/i.test(value.trim()) ? true : 'Use a dotted key path such as agent.create.temperature'));
        const value = await input(io, `New value for ${key.trim()}`);
        try {
            updateConfigFile(state.configFile, { [key.trim()]: parseTypedValue(value) });
            out.success(`Saved ${key.trim()} to ${state.configFile}`);
        }
        catch (error) {
            if (error instanceof ConfigError)
                out.error(error.message);
            else
                throw error;
        }
    }
}
//# sourceMappingURL=settings.js.map