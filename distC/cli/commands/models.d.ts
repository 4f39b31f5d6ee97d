import { type CliIo } from '../io.js';
export declare function modelsCommand(args: string[], io: CliIo): Promise<number>;
