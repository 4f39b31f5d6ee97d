import { type CliIo } from '../io.js';
export declare function runCommand(args: string[], io: CliIo, signal: AbortSignal): Promise<number>;
export declare function planCommand(args: string[], io: CliIo): Promise<number>;
