import { type CliIo } from '../io.js';
export declare function exportCommand(args: string[], io: CliIo): Promise<number>;
