import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message, TrainingExample } from '../dataset/types.js';
import { getTarget, listTargets } from './registry.js';
import type { FormatOptions } from './types.js';
import { formatValidationReport, validateJsonlFile, validateJsonlLines, type JsonlValidationReport } from './validate-file.js';

const TOY = path.resolve(process.cwd(), '../shared/fixtures/documents/qa/openai-cookbook-toy_chat_fine_tuning.jsonl');
const FIXTURES = path.resolve(process.cwd(), 'test/fixtures/targets');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ftdb-validate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lineCodes = (report: JsonlValidationReport) => [...report.fileIssues, ...report.issues].map((issue) => `${issue.line}:${issue.severity}:${issue.code}@${issue.path}`);

describe('validateJsonlFile on the OpenAI cookbook toy file', () => {
  it('matches the cookbook data-prep numbers and flags lines 3, 4 (warnings) and the 5-example file (error)', async () => {
    const report = await validateJsonlFile(TOY, { target: 'openai', model: 'gpt-3.5-turbo' });
    expect(lineCodes(report)).toEqual([
      '0:error:too_few_examples@',
      '3:warning:missing_system_message@messages',
      '4:warning:missing_user_message@messages',
    ]);
    expect(report).toMatchObject({ examples: 5, validExamples: 5, missingSystemCount: 1, missingUserCount: 1, overLimitCount: 0, ok: false, tokenMethod: 'exact' });
    // Cookbook output (cl100k_base): messages 2–9, mean 3.8, median 3; tokens 26–8032, mean 1648.4, median 45;
    // assistant tokens 4–8000, mean 1610.2, median 10; 20 default epochs for 5 examples.
    expect(report.messagesPerExample).toMatchObject({ min: 2, max: 9, mean: 3.8, median: 3 });
    expect(report.tokensPerExample).toMatchObject({ min: 26, max: 8032, median: 45 });
    expect(report.tokensPerExample?.mean).toBeCloseTo(1648.4, 6);
    expect(report.assistantTokensPerExample).toMatchObject({ min: 4, max: 8000, median: 10 });
    expect(report.assistantTokensPerExample?.mean).toBeCloseTo(1610.2, 6);
    expect(report.cost).toMatchObject({ epochs: 20, tokensPerEpoch: 8242, billedTokens: 164_840, pricePerMillionTokens: 8 });
  });

  it('flags line 5 as over the 4,096-token limit the cookbook was written for, and bills like the cookbook', async () => {
    // gpt-3.5-turbo-0613 trained on 4,096-token examples (PROVIDERS.md §1): as a model_limits override.
    const report = await validateJsonlFile(TOY, {
      target: 'openai',
      model: 'gpt-3.5-turbo-0613',
      overrides: { 'gpt-3.5-turbo-0613': { maxTokensPerExample: 4_096, minTrainExamples: 10, tokenizer: 'cl100k_base' } },
    });
    expect(lineCodes(report)).toContain('5:error:over_token_limit@');
    expect(report.issues.find((issue) => issue.line === 5)?.message).toBe('8032 tokens (exact) > 4096 allowed per example for gpt-3.5-turbo-0613.');
    // Cookbook: "~4306 tokens that will be charged for during training", 20 epochs, "~86120 tokens".
    expect(report.cost).toMatchObject({ tokensPerEpoch: 4_306, epochs: 20, billedTokens: 86_120 });
    expect(report.overLimitCount).toBe(1);
  });

  it('rejects the same file for Bedrock Claude: system inside messages, a record starting with the assistant', async () => {
    const report = await validateJsonlFile(TOY, { target: 'anthropic', model: 'anthropic.claude-3-haiku-20240307-v1:0:200k' });
    expect(lineCodes(report)).toEqual([
      '0:error:too_few_examples@',
      '1:error:unrecognized_role@messages[0].role',
      '2:error:unrecognized_role@messages[0].role',
      '4:error:unrecognized_role@messages[0].role',
      '4:error:too_few_messages@messages',
      '4:error:first_message_not_user@messages[1].role',
      '5:error:unrecognized_role@messages[0].role',
    ]);
    expect(report.validExamples).toBe(1);
  });

  it('prints a report with line numbers, codes and the checklist', async () => {
    const text = formatValidationReport(await validateJsonlFile(TOY, { target: 'openai', model: 'gpt-3.5-turbo-0125' }));
    expect(text).toContain('for openai gpt-3.5-turbo-0125 (train file)');
    expect(text).toContain('file: error [too_few_examples] 5 example(s); gpt-3.5-turbo-0125 needs at least 10 training examples.');
    expect(text).toContain('line 4: messages warning [missing_user_message]');
    expect(text).toContain('tokens per example (exact): min 26, median 45, mean 1,648.4');
    expect(text).toContain('examples over the 16,385-token limit: 0');
    expect(text).toContain('cost: ~$1.32 at $8 per 1M training tokens');
    expect(text).toContain('Result: 1 error(s)');
  });
});

describe('validateJsonlFile on per-target fixtures (test/fixtures/targets/README.md lists the broken lines)', () => {
  const cases: [string, string, string, FormatOptions | undefined, string[]][] = [
    ['openai.jsonl', 'openai', 'gpt-4o-mini', undefined, [
      '11:error:invalid_json@',
      '12:error:unrecognized_role@messages[1].role', '12:error:example_missing_assistant_message@messages', '12:warning:missing_system_message@messages', '12:warning:last_message_not_assistant@messages[1].role',
      '13:error:bad_weight@messages[0].weight', '13:error:bad_weight@messages[1].weight', '13:warning:missing_system_message@messages',
      '14:error:message_missing_key@messages[1].content', '14:warning:missing_system_message@messages',
      '15:error:message_unrecognized_key@messages[0].lang', '15:error:record_unrecognized_key@metadata', '15:warning:missing_system_message@messages',
      '16:error:missing_messages_list@messages', '16:error:record_unrecognized_key@prompt', '16:error:record_unrecognized_key@completion',
      '17:error:data_type@',
      '18:warning:missing_system_message@messages',
    ]],
    ['anthropic.jsonl', 'anthropic', 'claude-3-haiku-20240307', undefined, [
      '33:error:first_message_not_user@messages[0].role',
      '34:error:roles_not_alternating@messages[1].role',
      '35:error:last_message_not_assistant@messages[2].role',
      '36:error:unrecognized_role@messages[0].role',
      '37:error:record_unrecognized_key@id',
    ]],
    ['google.jsonl', 'google', 'gemini-2.0-flash', undefined, [
      '6:error:unrecognized_role@contents[1].role', '6:error:example_missing_assistant_message@contents', '6:warning:missing_system_message@contents', '6:warning:last_message_not_assistant@contents[1].role',
      '7:error:missing_contents_list@contents', '7:error:record_unrecognized_key@messages',
      '8:error:missing_content@contents[1].parts', '8:warning:missing_system_message@contents',
    ]],
    ['mistral.jsonl', 'mistral', 'mistral-large', undefined, [
      '11:error:multiple_system_messages@messages[1].role',
      '12:warning:missing_system_message@messages', '12:error:last_message_not_assistant@messages[2].role',
      '13:error:bad_tool_call@messages[1].tool_calls[0].id', '13:warning:missing_system_message@messages',
      '14:warning:missing_system_message@messages',
    ]],
    ['llama-messages.jsonl', 'llama', 'meta-llama/Meta-Llama-3.1-70B-Instruct', undefined, [
      '0:error:mixed_formats@',
      '4:error:consecutive_same_role@messages[1].role', '4:warning:missing_system_message@messages',
      '5:error:example_missing_assistant_message@messages', '5:warning:missing_system_message@messages',
      '6:error:record_unrecognized_key@tools', '6:warning:missing_system_message@messages',
    ]],
    ['llama-prompt-completion.jsonl', 'llama', 'meta-llama/Meta-Llama-3.1-8B-Instruct', { llamaFormat: 'prompt_completion' }, [
      '3:error:missing_content@prompt',
      '4:error:ambiguous_format@', '4:error:record_unrecognized_key@text',
    ]],
  ];
  it.each(cases)('%s', async (file, target, model, formatOptions, expected) => {
    const report = await validateJsonlFile(path.join(FIXTURES, file), { target, model, formatOptions });
    expect(lineCodes(report)).toEqual(expected);
    expect(report.ok).toBe(false);
  });
});

function examplesFor(count: number): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (let index = 0; index < count; index += 1) {
    const messages: Message[] = [
      { role: 'system', content: 'You answer questions about curl.' },
      { role: 'user', content: `Question ${index}: how do I follow redirects?` },
      { role: 'assistant', content: `Use -L (--location); curl then follows up to ${index + 1} Location: headers.` },
    ];
    // Shapes the pipeline can produce: a second system message, two user turns in a row, a multi-turn chat.
    if (index % 3 === 1) messages.push({ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'And POST?' }, { role: 'user', content: 'With data?' }, { role: 'assistant', content: 'Use -d.' });
    examples.push({ messages });
  }
  return examples;
}

describe('round trip: every line the targets write passes validation', () => {
  const cases = listTargets().flatMap((target) =>
    target.models.flatMap((model) =>
      (target.id === 'llama' ? (['messages', 'prompt_completion', 'text'] as const) : [undefined]).map((llamaFormat) => [`${target.id} ${model.id}${llamaFormat ? ` ${llamaFormat}` : ''}`, target.id, model.id, llamaFormat] as const),
    ),
  );
  it.each(cases)('%s', async (_name, targetId, modelId, llamaFormat) => {
    const target = getTarget(targetId);
    const model = target.models.find((spec) => spec.id === modelId)!;
    const formatOptions = llamaFormat ? { llamaFormat } : undefined;
    const lines = examplesFor(40).map((example) => JSON.stringify(target.format(example, model, formatOptions)));
    const file = path.join(dir, `${targetId}-${modelId.replace(/\W+/g, '_')}-${llamaFormat ?? 'default'}.jsonl`);
    await writeFile(file, `${lines.join('\n')}\n`);
    const report = await validateJsonlFile(file, { target: targetId, model: modelId, formatOptions });
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(report).toMatchObject({ ok: true, examples: 40, validExamples: 40, errorCount: 0 });
    expect(report.tokensPerExample?.min).toBeGreaterThan(10);
  });
});

describe('file-level checks', () => {
  it('checks size, BOM, blank and CRLF lines, validation-file limits and caps the issue list', async () => {
    const target = getTarget('anthropic');
    const model = target.models[0]!;
    const good = JSON.stringify(target.format(examplesFor(1)[0]!, model));
    const file = path.join(dir, 'haiku-validation.jsonl');
    await writeFile(file, `\uFEFF${Array.from({ length: 1_002 }, () => good).join('\r\n')}\r\n\r\n{bad json\n`);
    const report = await validateJsonlFile(file, {
      target: 'anthropic',
      model: 'claude-3-haiku-20240307',
      fileRole: 'validation',
      maxIssues: 2,
      overrides: { 'claude-3-haiku-20240307': { maxTokensPerExample: 32_000, minTrainExamples: 32, maxValidationFileBytes: 10_000 } },
    });
    expect(report.fileIssues.map((issue) => issue.code)).toEqual(['too_many_examples', 'file_too_large']);
    expect(report.issueCounts).toMatchObject({ utf8_bom: 1, blank_line: 1, invalid_json: 1, too_many_examples: 1, file_too_large: 1 });
    expect(report.issues).toHaveLength(2);
    expect(report.issuesTruncated).toBe(true);
    expect(report.examples).toBe(1_003);
    expect(report.validExamples).toBe(1_002);
    expect(formatValidationReport(report)).toContain('… 1 more error(s) not shown');
  });

  it('streams a few thousand lines without trouble', async () => {
    const target = getTarget('openai');
    const model = target.models[1]!;
    const lines = examplesFor(3_000).map((example) => JSON.stringify(target.format(example, model)));
    const report = await validateJsonlLines(lines, 'memory', { target: 'openai', model: model.id });
    expect(report).toMatchObject({ ok: true, examples: 3_000, validExamples: 3_000 });
    expect(report.tokensPerEpoch).toBeGreaterThan(3_000 * 40);
  });

  it('shows the errors of a file whose every line has the same warning, and that warning once with its count', async () => {
    const line = JSON.stringify({ messages: [{ role: 'user', content: 'Hi?' }, { role: 'assistant', content: 'Hello.' }] });
    const lines = [...Array.from({ length: 1_200 }, () => line), '{"messages": [{"role": "user", "content": "no answer"}]}'];
    const report = await validateJsonlLines(lines, 'memory', { target: 'openai', model: 'gpt-4o-mini-2024-07-18' });
    expect(report.issueCounts['missing_system_message']).toBe(1_201);
    const text = formatValidationReport(report);
    expect(text).toMatch(/^line 1201: messages error \[/m);
    expect(text).toContain('lines 1, 2, 3, 4, 5 and 1,196 more: messages warning [missing_system_message]');
    expect(text.split('\n').filter((entry) => entry.includes('missing_system_message]'))).toHaveLength(1);
  });

  it('throws a clear error for a missing file', async () => {
    await expect(validateJsonlFile(path.join(dir, 'nope.jsonl'), { target: 'openai', model: 'gpt-4o' })).rejects.toMatchObject({ code: 'file_unreadable' });
    await expect(validateJsonlFile(TOY, { target: 'openai', model: 'gpt-9' })).rejects.toMatchObject({ code: 'unknown_model' });
  });
});
