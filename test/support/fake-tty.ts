import { PassThrough, Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';

export const KEYS = { down: '\u001b[B', up: '\u001b[A', enter: '\r', ctrlC: '\u0003', escape: '\u001b' };

/** Fake TTY streams for driving the interactive menu: type keys, wait for text on screen. */
export function createFakeTty(env: Record<string, string | undefined>, cwd: string, size: { rows: number } = { rows: 40 }) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined, isRaw: true });
  let screen = '';
  const waiters: { text: string | RegExp; from: number; resolve: (end: number) => void }[] = [];
  const check = (): void => {
    for (const waiter of [...waiters]) {
      const slice = screen.slice(waiter.from);
      let end = -1;
      if (typeof waiter.text === 'string') {
        const index = slice.indexOf(waiter.text);
        if (index !== -1) end = index + waiter.text.length;
      } else {
        const match = waiter.text.exec(slice);
        if (match) end = match.index + match[0].length;
      }
      if (end !== -1) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(waiter.from + end);
      }
    }
  };
  const stdout = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        screen += String(chunk);
        check();
        callback();
      },
    }),
    { isTTY: true, columns: 120, rows: size.rows, getWindowSize: () => [120, size.rows] },
  );
  let stderrText = '';
  const stderr = Object.assign(new Writable({ write(chunk: Buffer | string, _e, callback) { stderrText += String(chunk); callback(); } }), { isTTY: false });
  let interruptHandlers: (() => void)[] = [];
  const io: CliIo = {
    stdin,
    stdout,
    stderr,
    env,
    cwd,
    onInterrupt: (handler) => {
      interruptHandlers.push(handler);
      return () => {
        interruptHandlers = interruptHandlers.filter((other) => other !== handler);
      };
    },
  };
  let mark = 0;
  return {
    io,
    get screen() {
      return screen;
    },
    get stderr() {
      return stderrText;
    },
    /** Wait for text to appear after the last mark, then move the mark past it. */
    async waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<void> {
      const from = mark;
      mark = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${String(text)}; screen tail:\n${screen.slice(-1500)}\nstderr:\n${stderrText}`)), timeoutMs);
        waiters.push({ text, from, resolve: (end) => { clearTimeout(timer); resolve(end); } });
        check();
      });
      // Let the prompt attach its key listener before keys arrive.
      await new Promise((resolve) => setTimeout(resolve, 20));
    },
    async type(...keys: string[]): Promise<void> {
      for (const key of keys) {
        stdin.write(key);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    },
    interrupt(): void {
      interruptHandlers.at(-1)?.();
    },
  };
}
