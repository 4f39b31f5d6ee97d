import { type CliIo } from '../io.js';
export declare function statsCommand(args: string[], io: CliIo): Promise<number>;
