import type { CliIo } from './io.js';
/** Yes/no question through enquirer (loaded lazily). Ctrl-C answers no. */
export declare function confirmPrompt(io: CliIo, message: string, initial: boolean): Promise<boolean>;
