import pc from 'picocolors';
export interface CliWritable {
    write(text: string): unknown;
    isTTY?: boolean;
    columns?: number;
}
export interface CliIo {
    stdin: NodeJS.ReadableStream & {
        isTTY?: boolean;
        setRawMode?: (mode: boolean) => unknown;
    };
    stdout: CliWritable;
    stderr: CliWritable;
    env: Record<string, string | undefined>;
    cwd: string;
    /**
     * Register a Ctrl-C handler for the duration of a task (the menu's generation step).
     * While one is registered, Ctrl-C calls it instead of stopping the whole program. Returns an unsubscribe function.
     */
    onInterrupt?: (handler: () => void) => () => void;
}
export type Colors = ReturnType<typeof pc.createColors>;
/** Colors only on a TTY and without NO_COLOR (https://no-color.org), FORCE_COLOR forces them on. */
export declare function colorsFor(io: CliIo, stream?: CliWritable): Colors;
export declare function isInteractive(io: CliIo): boolean;
export declare class Output {
    readonly io: CliIo;
    readonly colors: Colors;
    readonly errorColors: Colors;
    constructor(io: CliIo);
    line(text?: string): void;
    success(text: string): void;
    warn(text: string): void;
    error(text: string): void;
    info(text: string): void;
}
