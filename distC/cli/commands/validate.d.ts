import { type CliIo } from '../io.js';
export declare function validateCommand(args: string[], io: CliIo): Promise<number>;
