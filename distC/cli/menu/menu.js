import { UsageError } from '../../errors/errors.js';
import { isInteractive } from '../io.js';
/** The interactive menu (`ftdb` with no arguments). */
export async function menuCommand(io, signal) {
    if (!isInteractive(io)) {
        throw new UsageError('The menu needs an interactive terminal. In scripts use `ftdb run --config config.yaml --yes` (see `ftdb --help`).');
    }
    const { runMenu } = await import('./menu-session.js');
    return runMenu(io, signal);
}
//# sourceMappingURL=menu.js.map