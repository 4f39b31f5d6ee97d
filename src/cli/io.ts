import pc from 'picocolors';

export interface CliWritable {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
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
export function colorsFor(io: CliIo, stream: CliWritable = io.stdout): Colors {
  const env = io.env;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  return pc.createColors(!noColor && (force || stream.isTTY === true));
}

export function isInteractive(io: CliIo): boolean {
  return io.stdin.isTTY === true && io.stdout.isTTY === true;
}

export class Output {
  readonly colors: Colors;
  readonly errorColors: Colors;
  constructor(readonly io: CliIo) {
    this.colors = colorsFor(io);
    this.errorColors = colorsFor(io, io.stderr);
  }
  line(text = ''): void {
    this.io.stdout.write(`${text}\n`);
  }
  success(text: string): void {
    this.line(this.colors.green(text));
  }
  warn(text: string): void {
    this.io.stderr.write(`${this.errorColors.yellow(`warning: ${text}`)}\n`);
  }
  error(text: string): void {
    this.io.stderr.write(`${this.errorColors.red(`error: ${text}`)}\n`);
  }
  info(text: string): void {
    this.line(this.colors.dim(text));
  }
}
