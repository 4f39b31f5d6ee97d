import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { updateConfigFile } from '../../src/config/edit-config.js';
import { conversationsReply, makeProject, requestedCount } from '../support/cli.js';
import { createFakeTty, KEYS } from '../support/fake-tty.js';
import { startFakeLlmServer, type FakeLlmServer } from '../support/fake-llm-server.js';

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('interactive menu (fake TTY)', () => {
  it('configure → generate (loopback LLM) → stats → export → exit', async () => {
    server = await startFakeLlmServer({ vendor: 'openai', reply: (request) => conversationsReply(requestedCount(`${request.system}\n${request.user}`)) });
    const project = makeProject();
    const tty = createFakeTty({ ...server.env, NO_COLOR: '1' }, project);
    const exit = main([], tty.io);

    await tty.waitFor('What would you like to do?');
    expect(tty.screen).toContain('=== Fine-Tuning Dataset Builder ===');
    await tty.type(KEYS.enter); // 1. Configure Dataset
    await tty.waitFor('Target provider');
    await tty.type(KEYS.enter); // openai
    await tty.waitFor('Target model');
    expect(tty.screen).toContain('65,536 tokens/example');
    await tty.type(KEYS.enter); // current model
    await tty.waitFor('Mode');
    await tty.type(KEYS.down, KEYS.enter); // identify → create
    await tty.waitFor('Dataset size');
    await tty.type('1', '2', KEYS.enter);
    await tty.waitFor('Split into train and validation?');
    await tty.type(KEYS.enter);
    await tty.waitFor('Split ratio');
    await tty.type(KEYS.down, KEYS.enter); // 80/20
    await tty.waitFor('Split strategy');
    await tty.type(KEYS.enter);
    await tty.waitFor('Saved to');
    const config = readFileSync(path.join(project, 'config.yaml'), 'utf8');
    expect(config).toMatch(/^mode: create/m);
    expect(config).toMatch(/^dataset_size: 12/m);
    expect(config).toMatch(/ratio: 0\.8/);
    expect(config).toContain('# create   - an LLM writes'); // comments kept

    await tty.waitFor('What would you like to do?');
    await tty.type(KEYS.down, KEYS.enter); // 2. Generate Dataset
    await tty.waitFor('Start generating?');
    expect(tty.screen).toMatch(/agentic LLM: openai/);
    await tty.type(KEYS.enter);
    await tty.waitFor(/Done: dataset ds_\w+/, 30_000);
    expect(tty.screen).toMatch(/samples: 12 of 12/);

    await tty.waitFor('What would you like to do?');
    await tty.type(KEYS.down, KEYS.down, KEYS.enter); // 3. View Dataset Statistics
    await tty.waitFor('Which dataset?');
    await tty.type(KEYS.enter);
    await tty.waitFor('by source:');

    await tty.waitFor('What would you like to do?');
    await tty.type(KEYS.down, KEYS.down, KEYS.down, KEYS.enter); // 4. Export Dataset
    await tty.waitFor('Export which dataset?');
    await tty.type(KEYS.enter);
    await tty.waitFor('Exported');
    expect(existsSync(path.join(project, 'output_datasets', 'my_dataset', 'metadata.csv'))).toBe(true);

    await tty.waitFor('What would you like to do?');
    await tty.type(KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.enter); // 6. Exit
    expect(await exit).toBe(0);
    expect(tty.stderr).toBe('');
  });

  it('Ctrl-C at a sub-prompt goes back to the menu, and at the menu exits cleanly', async () => {
    const project = makeProject();
    const tty = createFakeTty({ NO_COLOR: '1' }, project);
    const exit = main([], tty.io);
    await tty.waitFor('What would you like to do?');
    await tty.type(KEYS.enter);
    await tty.waitFor('Target provider');
    await tty.type(KEYS.ctrlC);
    await tty.waitFor('What would you like to do?');
    await tty.type(KEYS.ctrlC);
    expect(await exit).toBe(0);
  });

  it('Ctrl-C during generation stops safely, prints the resume command and returns to the menu', async () => {
    server = await startFakeLlmServer({ vendor: 'openai', latencyMs: 60, reply: () => conversationsReply(1) });
    const project = makeProject();
    updateConfigFile(path.join(project, 'config.yaml'), { mode: 'create', dataset_size: 60, 'agent.create.conversations_per_call': 1, 'system.concurrency': 1 });
    const tty = createFakeTty({ ...server.env, NO_COLOR: '1' }, project);
    const exit = main([], tty.io);
    await tty.waitFor('What would you like to do?');
    await tty.type(KEYS.down, KEYS.enter);
    await tty.waitFor('Start generating?');
    await tty.type(KEYS.enter);
    await tty.waitFor(/samples [1-9]\d*\/60/, 20_000);
    tty.interrupt();
    await tty.waitFor('Interrupted', 20_000);
    await tty.waitFor(/resume with: ftdb run .*--resume ds_\w+/);
    expect(server.requests.length).toBeLessThan(60);
    // Generate again: the menu offers to resume, and the resumed run completes the dataset.
    await tty.waitFor('What would you like to do?');
    await tty.type(KEYS.down, KEYS.enter);
    await tty.waitFor('Resume it?');
    await tty.type(KEYS.enter);
    await tty.waitFor('Start generating?');
    await tty.type(KEYS.enter);
    await tty.waitFor(/Done: dataset ds_\w+/, 30_000);
    expect(tty.screen).toMatch(/Resuming dataset/);
    expect(tty.screen).toMatch(/samples: 60 of 60/);
    await tty.waitFor('What would you like to do?');
    await tty.type(KEYS.ctrlC);
    expect(await exit).toBe(0);
  });

  it('shows its choices on a terminal that reports 0 rows (a pseudo-terminal without a size)', async () => {
    const project = makeProject();
    const tty = createFakeTty({ NO_COLOR: '1' }, project, { rows: 0 });
    const exit = main([], tty.io);
    await tty.waitFor('6. Exit');
    expect(tty.screen).not.toContain('No matching choices');
    await tty.type(KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.enter);
    expect(await exit).toBe(0);
  });

  it('refuses to open the menu without a terminal', async () => {
    const project = makeProject();
    const tty = createFakeTty({}, project);
    Object.assign(tty.io.stdin, { isTTY: false });
    expect(await main([], tty.io)).toBe(2);
    expect(tty.stderr).toContain('needs an interactive terminal');
  });
});
