import { type ParseArgsConfig } from 'node:util';
import type { ConfigOverrides } from '../config/load-config.js';
export declare const RUN_OPTIONS: {
    readonly config: {
        readonly type: "string";
        readonly short: "c";
    };
    readonly mode: {
        readonly type: "string";
    };
    readonly provider: {
        readonly type: "string";
    };
    readonly model: {
        readonly type: "string";
    };
    readonly size: {
        readonly type: "string";
    };
    readonly 'output-name': {
        readonly type: "string";
    };
    readonly resume: {
        readonly type: "string";
    };
    readonly force: {
        readonly type: "boolean";
    };
    readonly yes: {
        readonly type: "boolean";
        readonly short: "y";
    };
    readonly json: {
        readonly type: "boolean";
    };
    readonly debug: {
        readonly type: "boolean";
    };
    readonly 'agentic-llm': {
        readonly type: "string";
    };
    readonly 'agentic-model': {
        readonly type: "string";
    };
    readonly input: {
        readonly type: "string";
    };
};
type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type OptionValue<O> = O extends {
    type: 'boolean';
} ? boolean : string;
export interface ParsedArgs<T extends OptionsConfig> {
    values: {
        [K in keyof T]?: OptionValue<T[K]>;
    };
    positionals: string[];
}
export declare function parse<T extends OptionsConfig>(args: string[], options: T, allowPositionals?: boolean): ParsedArgs<T>;
/** CLI flags become config overrides (snake_case, like config.yaml); flags win over the file. */
export declare function overridesFromFlags(values: Record<string, unknown>): ConfigOverrides;
export {};
