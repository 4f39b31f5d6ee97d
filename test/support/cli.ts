import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = path.join(projectRoot, 'dist', 'cli', 'bin.js');
export const fixturesDir = path.resolve(projectRoot, '..', 'shared', 'fixtures', 'documents');

/** A fresh project folder: the shipped config.yaml and sample input files, in a temp dir. */
export function makeProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-project-'));
  cpSync(path.join(projectRoot, 'config.yaml'), path.join(dir, 'config.yaml'));
  cpSync(path.join(projectRoot, 'input_files'), path.join(dir, 'input_files'), { recursive: true });
  return dir;
}

/** Run the built CLI as a user would. Only env given here is passed (plus PATH/HOME), so no real key leaks in. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string; timeoutMs?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
  });
}

import { spawn, type ChildProcess } from 'node:child_process';

export interface AsyncCliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Like runCli, but does not block the event loop (needed when the test process also serves the fake LLM). */
export function startCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): { child: ChildProcess; done: Promise<AsyncCliResult> } {
  const child = spawn(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const done = new Promise<AsyncCliResult>((resolve) => {
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCliAsync(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<AsyncCliResult> {
  return startCli(args, options).done;
}

let conversationCounter = 0;

/** A reply in the JSON contract of ARCHITECTURE.md with `count` distinct conversations. */
export function conversationsReply(count: number, topic = 'backup'): string {
  const conversations = Array.from({ length: count }, () => {
    conversationCounter += 1;
    const n = conversationCounter;
    return {
      messages: [
        { role: 'user', content: `Question ${n}: how does the ${topic} schedule number ${n} behave when the laptop sleeps for ${n} minutes?` },
        { role: 'assistant', content: `Answer ${n}: the ${topic} waits, then resumes from the last finished block ${n}.` },
      ],
      topic_keywords: [topic, `case-${n % 3}`],
    };
  });
  return JSON.stringify({ conversations });
}

/** How many conversations a create/free prompt asked for (falls back to 3). */
export function requestedCount(prompt: string): number {
  const match = /(\d+)\s+(?:distinct\s+|new\s+|different\s+)?conversations?/i.exec(prompt);
  return match ? Math.max(1, Math.min(10, Number(match[1]))) : 3;
}
