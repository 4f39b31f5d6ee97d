import { createRequire } from 'node:module';
import { colorsFor, type CliIo } from '../io.js';

/** Thrown when the user presses Ctrl-C or Esc at a prompt: go back one level. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PromptCancelled';
  }
}

type EnquirerModule = typeof import('enquirer');

let enquirer: EnquirerModule | undefined;

async function load(io: CliIo): Promise<EnquirerModule> {
  enquirer ??= (await import('enquirer')).default as unknown as EnquirerModule;
  // enquirer styles its prompts with ansi-colors, which only knows FORCE_COLOR: honour NO_COLOR and non-TTY too.
  try {
    const requireFromEnquirer = createRequire(createRequire(import.meta.url).resolve('enquirer'));
    (requireFromEnquirer('ansi-colors') as { enabled: boolean }).enabled = colorsFor(io).isColorSupported;
  } catch {
    // Colors stay as enquirer chose them.
  }
  return enquirer;
}

export interface Choice {
  name: string;
  message?: string;
  hint?: string;
}

async function run<T>(io: CliIo, kind: string, options: Record<string, unknown>): Promise<T> {
  const module = await load(io);
  const Prompt = (module as unknown as Record<string, new (options: Record<string, unknown>) => { run(): Promise<T> }>)[kind];
  if (Prompt === undefined) throw new Error(`unknown prompt type ${kind}`);
  // A terminal that reports 0 rows (a pseudo-terminal without a size: `docker exec -t`, some CI and editor shells)
  // made enquirer show "No matching choices" and still pick the first one on Enter: assume 25 rows there.
  const rows = (io.stdout as { rows?: number }).rows;
  const prompt = new Prompt({ ...options, ...(rows === undefined || rows > 0 ? {} : { rows: 25 }), stdin: io.stdin, stdout: io.stdout });
  try {
    return await prompt.run();
  } catch (error) {
    // enquirer rejects with an empty value on Ctrl-C / Esc.
    if (error === '' || error === undefined || (error instanceof Error && error.message === '')) throw new PromptCancelled();
    throw error;
  }
}

export function select(io: CliIo, message: string, choices: Choice[], initial?: string): Promise<string> {
  const index = initial === undefined ? 0 : Math.max(0, choices.findIndex((choice) => choice.name === initial));
  return run<string>(io, 'Select', { name: 'value', message, choices, initial: index });
}

export function input(io: CliIo, message: string, initial?: string, validate?: (value: string) => true | string): Promise<string> {
  return run<string>(io, 'Input', { name: 'value', message, initial, validate });
}

export function confirm(io: CliIo, message: string, initial = true): Promise<boolean> {
  return run<boolean>(io, 'Confirm', { name: 'value', message, initial });
}
