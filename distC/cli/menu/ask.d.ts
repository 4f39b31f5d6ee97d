import { type CliIo } from '../io.js';
/** Thrown when the user presses Ctrl-C or Esc at a prompt: go back one level. */
export declare class PromptCancelled extends Error {
    constructor();
}
export interface Choice {
    name: string;
    message?: string;
    hint?: string;
}
export declare function select(io: CliIo, message: string, choices: Choice[], initial?: string): Promise<string>;
export declare function input(io: CliIo, message: string, initial?: string, validate?: (value: string) => true | string): Promise<string>;
export declare function confirm(io: CliIo, message: string, initial?: boolean): Promise<boolean>;
