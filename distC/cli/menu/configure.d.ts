import type { MenuState } from './menu-session.js';
/** 1. Configure Dataset: each answer is saved to config.yaml, comments kept. */
export declare function configureDataset(state: MenuState): Promise<void>;
