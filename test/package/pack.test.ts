import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/cli.js';

/**
 * A second project installs the packed package and uses the public API with full types.
 * npm installs from its local cache where it can (`--prefer-offline`: this project's own install fetched most packages),
 * and with `--ignore-scripts`, so better-sqlite3's native addon is copied from this project's build
 * instead of being compiled again (that is better-sqlite3's build, not what this test checks).
 */
describe('npm pack → install in another project → type-check and run', () => {
  it('exports the documented API with types, and buildDataset runs', { timeout: 300_000 }, () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'ftdb-pack-'));
    const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
    npm(['pack', '--ignore-scripts', '--pack-destination', work], projectRoot);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'))!;
    expect(tarball).toMatch(/^fine-tune-dataset-builder-.*\.tgz$/);

    const consumer = path.join(work, 'consumer');
    mkdirSync(path.join(consumer, 'input_files'), { recursive: true });
    writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module', private: true }));
    npm(['install', '--prefer-offline', '--ignore-scripts', '--no-package-lock', path.join(work, tarball)], consumer);
    const addon = path.join('node_modules', 'better-sqlite3', 'build', 'Release');
    mkdirSync(path.join(consumer, addon), { recursive: true });
    copyFileSync(path.join(projectRoot, addon, 'better_sqlite3.node'), path.join(consumer, addon, 'better_sqlite3.node'));

    writeFileSync(path.join(consumer, 'input_files', 'faq.md'), '# FAQ\n\nQ: What is it?\nA: A dataset builder.\n\nQ: Does it need a key?\nA: Not in identify mode.\n');
    writeFileSync(path.join(consumer, 'config.yaml'), 'mode: identify\ndataset_size: 5\nsplit:\n  enabled: false\nmodel_limits:\n  tiny-model:\n    max_tokens_per_example: 1000\n    min_train_examples: 1\n');
    writeFileSync(
      path.join(consumer, 'consumer.ts'),
      `import { loadConfig, buildDataset, extractFile, detectConversations, getTarget, listTargets, createLlmClient, splitSamples, openStore, DatasetGenError, createMockLlmClient } from 'fine-tune-dataset-builder';
import type { BuildEvent, Config, Sample, LlmClient, TargetProvider, ExtractedDocument, RunSummary } from 'fine-tune-dataset-builder';

const config: Config = loadConfig('config.yaml', { model: 'tiny-model' });
const events: BuildEvent['type'][] = [];
const result = await buildDataset(config, { onEvent: (event) => { events.push(event.type); } });
const summary: RunSummary = result.summary;
const document: ExtractedDocument = await extractFile('input_files/faq.md');
const found = detectConversations(document.text);
const target: TargetProvider = getTarget('openai');
const client: LlmClient = createLlmClient({ provider: 'openai', model: 'gpt-4o-mini', apiKey: 'not-used', baseUrl: 'http://127.0.0.1:9/v1' });
const mock: LlmClient = createMockLlmClient([]);
const samples: Sample[] = [{ id: 'a', messages: [], origin: 'identified', topicKeywords: [] }];
const split = splitSamples(samples, { ratio: 0.5, strategy: 'random', seed: 1 });
const store = openStore('memory/dataset_builder.db');
const stored = store.countSamples(result.datasetId);
store.close();
const error: unknown = new DatasetGenError('x', 'y');
console.log(JSON.stringify({ accepted: summary.samples.accepted, stored, found: found.length, targets: listTargets().length, target: target.id, client: client.provider, mock: mock.provider, split: split.train + split.validation, events: events.includes('run-finished'), isError: error instanceof Error }));
`,
    );
    writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: false, outDir: 'out', skipLibCheck: false, types: ['node'], typeRoots: [path.join(projectRoot, 'node_modules', '@types')] }, include: ['consumer.ts'] }));
    execFileSync(process.execPath, [path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer], { cwd: consumer, encoding: 'utf8' });
    const output = execFileSync(process.execPath, [path.join(consumer, 'out', 'consumer.js')], { cwd: consumer, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const parsed = JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(parsed).toEqual({ accepted: 2, stored: 2, found: 2, targets: 5, target: 'openai', client: 'openai', mock: expect.any(String), split: 1, events: true, isError: true });
  });
});
