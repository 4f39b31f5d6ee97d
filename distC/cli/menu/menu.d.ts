import { type CliIo } from '../io.js';
/** The interactive menu (`ftdb` with no arguments). */
export declare function menuCommand(io: CliIo, signal: AbortSignal): Promise<number>;
