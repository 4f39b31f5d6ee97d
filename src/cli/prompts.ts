import type { CliIo } from './io.js';

/** Yes/no question through enquirer (loaded lazily). Ctrl-C answers no. */
export async function confirmPrompt(io: CliIo, message: string, initial: boolean): Promise<boolean> {
  const { default: Enquirer } = await import('enquirer');
  try {
    const answer = (await Enquirer.prompt({
      type: 'confirm',
      name: 'value',
      message,
      initial,
      stdin: io.stdin,
      stdout: io.stdout,
    } as never)) as { value: boolean };
    return answer.value;
  } catch {
    return false;
  }
}
