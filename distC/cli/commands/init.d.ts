import { type CliIo } from '../io.js';
/** `ftdb init [DIR]`: a starter project. Existing files are never overwritten. */
export declare function initCommand(args: string[], io: CliIo): Promise<number>;
