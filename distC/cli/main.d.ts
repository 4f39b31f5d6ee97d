import { type CliIo } from './io.js';
export type { CliIo } from './io.js';
/** Exit status for an error: 2 for bad usage or configuration, 1 for everything else. */
export declare function exitCodeFor(error: unknown): number;
/**
 * The CLI: `main(argv, io)` returns the exit status and never calls process.exit,
 * so tests drive it with fake streams.
 */
export declare function main(argv: string[], io: CliIo, signal?: AbortSignal): Promise<number>;
