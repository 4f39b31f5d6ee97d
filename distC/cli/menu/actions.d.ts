import type { MenuState } from './menu-session.js';
/** 2. Generate Dataset: plan with cost, confirm, then build with live progress. Ctrl-C stops safely. */
export declare function generateMenu(state: MenuState): Promise<void>;
/** 3. View Dataset Statistics. */
export declare function statsMenu(state: MenuState): Promise<void>;
/** 4. Export Dataset: JSONL files and CSV metadata, rewritten from the database. */
export declare function exportMenu(state: MenuState): Promise<void>;
