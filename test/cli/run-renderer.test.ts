import { describe, expect, it } from 'vitest';
import { Output, type CliIo } from '../../src/cli/io.js';
import { RunRenderer } from '../../src/cli/run-renderer.js';

function renderer(): { renderer: RunRenderer; text: () => string } {
  let written = '';
  const io: CliIo = { stdin: process.stdin, stdout: { write: (text: string) => (written += text) }, stderr: { write: () => true }, env: { NO_COLOR: '1' }, cwd: '/' };
  return { renderer: new RunRenderer(new Output(io), false), text: () => written };
}

const progress = { type: 'progress' as const, accepted: 10, target: 100, inputTokens: 0, outputTokens: 0, elapsedMs: 10_000 };

describe('run progress', () => {
  it('shows an ETA for LLM runs, not for runs that only read files', () => {
    const llm = renderer();
    llm.renderer.handle({ ...progress, llmCalls: 4, inputTokens: 900, outputTokens: 100, costUsd: 0.0012 });
    expect(llm.text()).toBe('samples 10/100 (10%) | 4 LLM calls, 1,000 tokens, $0.0012 ETA 1m30s\n');
    const files = renderer();
    files.renderer.handle({ ...progress, llmCalls: 0 });
    expect(files.text()).toBe('samples 10/100 (10%)\n');
  });
});
