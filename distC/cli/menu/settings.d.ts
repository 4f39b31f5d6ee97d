import type { MenuState } from './menu-session.js';
/** 5. Settings: view config.yaml, or change any key (validated, comments kept). */
export declare function settingsMenu(state: MenuState): Promise<void>;
