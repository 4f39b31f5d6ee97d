import type { Config } from '../../config/config.js';
import { Output, type CliIo } from '../io.js';
export interface MenuState {
    io: CliIo;
    out: Output;
    configFile: string;
    signal: AbortSignal;
    load(): Config;
}
export declare function runMenu(io: CliIo, signal: AbortSignal): Promise<number>;
