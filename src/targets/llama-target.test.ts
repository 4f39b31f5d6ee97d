import llama3Tokenizer from 'llama3-tokenizer-js';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TrainingExample } from '../dataset/types.js';
import { detectLlamaFormat, LLAMA_MODELS, llamaTarget } from './llama-target.js';
import { renderLlama31 } from './llama-template.js';
import { getLoadedTokenizer, preloadTokenizer } from './tokenizers.js';
import type { FormatOptions } from './types.js';

const model = LLAMA_MODELS[0]!;
const codes = (record: unknown, options?: FormatOptions) => llamaTarget.validate(record, model, options).map((issue) => `${issue.severity}:${issue.code}@${issue.path}`);

const example: TrainingExample = {
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: '2+2?' },
    { role: 'assistant', content: '4' },
  ],
};
const multiTurn: TrainingExample = {
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: '2+2?' },
    { role: 'assistant', content: '4' },
    { role: 'user', content: 'And 3+3?' },
    { role: 'assistant', content: ' 6 ' },
  ],
};
const SYSTEM_BLOCK = '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nCutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\nYou are terse.<|eot_id|>';

beforeAll(async () => {
  await preloadTokenizer(model);
});

describe('llama (Llama 3.1 on Together and compatible hosts) target', () => {
  it('knows the Together Reference IDs and the plain HF IDs', () => {
    expect(LLAMA_MODELS.map((spec) => [spec.id, ...spec.aliases])).toEqual([
      ['meta-llama/Meta-Llama-3.1-8B-Instruct-Reference', 'meta-llama/Meta-Llama-3.1-8B-Instruct'],
      ['meta-llama/Meta-Llama-3.1-70B-Instruct-Reference', 'meta-llama/Meta-Llama-3.1-70B-Instruct'],
      ['meta-llama/Meta-Llama-3.1-405B-Instruct', 'meta-llama/Meta-Llama-3.1-405B-Instruct-Reference'],
    ]);
    for (const spec of LLAMA_MODELS) expect(spec).toMatchObject({ tokenizer: 'llama3', minTrainExamples: 1, maxTokensPerExample: 131_072 });
  });

  it('formats golden lines in the three formats', () => {
    expect(JSON.stringify(llamaTarget.format(example, model))).toBe(
      '{"messages":[{"role":"system","content":"You are terse."},{"role":"user","content":"2+2?"},{"role":"assistant","content":"4"}]}',
    );
    expect(llamaTarget.format(example, model, { llamaFormat: 'prompt_completion' })).toEqual({
      prompt: `${SYSTEM_BLOCK}<|start_header_id|>user<|end_header_id|>\n\n2+2?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n`,
      completion: '4<|eot_id|>',
    });
    expect(llamaTarget.format(example, model, { llamaFormat: 'text' })).toEqual({
      text: `${SYSTEM_BLOCK}<|start_header_id|>user<|end_header_id|>\n\n2+2?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n4<|eot_id|>`,
    });
    for (const llamaFormat of ['messages', 'prompt_completion', 'text'] as const) {
      const record = llamaTarget.format(multiTurn, model, { llamaFormat });
      expect(codes(record, { llamaFormat })).toEqual([]);
      expect(detectLlamaFormat(record)).toBe(llamaFormat);
    }
  });

  it('puts the history in the prompt and the last assistant turn in the completion', () => {
    const record = llamaTarget.format(multiTurn, model, { llamaFormat: 'prompt_completion' }) as { prompt: string; completion: string };
    expect(record.completion).toBe('6<|eot_id|>');
    expect(record.prompt).toContain('<|start_header_id|>assistant<|end_header_id|>\n\n4<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nAnd 3+3?<|eot_id|>');
    expect(record.prompt.endsWith('<|start_header_id|>assistant<|end_header_id|>\n\n')).toBe(true);
    expect(record.prompt + record.completion).toBe(renderLlama31(multiTurn.messages));
  });

  it('renders the default system block even without a system message', () => {
    expect(renderLlama31([{ role: 'user', content: 'Hi' }])).toBe(
      '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nCutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>',
    );
  });

  it('counts exactly with llama3-tokenizer-js, template special tokens as single tokens, the same in every format', () => {
    const rendered = renderLlama31(multiTurn.messages);
    const ids = llama3Tokenizer.encode(rendered, { bos: false, eos: false });
    expect(ids.filter((id) => id === 128009)).toHaveLength(5); // <|eot_id|>: system block + 4 turns
    expect(ids[0]).toBe(128000); // <|begin_of_text|>
    const expected = { count: ids.length, method: 'exact' };
    expect(llamaTarget.countTokensSync(multiTurn, model)).toEqual(expected);
    for (const llamaFormat of ['messages', 'prompt_completion', 'text'] as const) {
      const record = llamaTarget.format(multiTurn, model, { llamaFormat });
      expect(llamaTarget.countRecordTokensSync(record, model).count).toBe(ids.length);
    }
    // A user's own prompt/completion without the template gets BOS/EOS added.
    expect(llamaTarget.countRecordTokensSync({ prompt: '2+2?', completion: '4' }, model).count).toBe(
      1 + llama3Tokenizer.encode('2+2?', { bos: false, eos: false }).length + llama3Tokenizer.encode('4', { bos: false, eos: false }).length + 1,
    );
  });

  it('counts a sample once while building (the assistant turns again only for validate statistics)', () => {
    const encoder = getLoadedTokenizer(model.tokenizer);
    const spy = vi.spyOn(encoder, 'countText');
    try {
      llamaTarget.countTokensSync(multiTurn, model);
      expect(spy).toHaveBeenCalledTimes(1);
      spy.mockClear();
      expect(llamaTarget.countRecordTokensSync(llamaTarget.format(multiTurn, model), model).assistantTokens).toBeGreaterThan(0);
      expect(spy).toHaveBeenCalledTimes(3);
    } finally {
      spy.mockRestore();
    }
  });

  it('merges consecutive roles so the Together rule holds', () => {
    const record = llamaTarget.format({ messages: [{ role: 'user', content: 'a' }, { role: 'user', content: 'b' }, { role: 'assistant', content: 'c' }] }, model);
    expect(record).toEqual({ messages: [{ role: 'user', content: 'a\n\nb' }, { role: 'assistant', content: 'c' }] });
  });

  it('validates the Together rules for each format', () => {
    const user = { role: 'user', content: 'u' };
    const assistant = { role: 'assistant', content: 'a' };
    expect(codes({ messages: [user, user, assistant] })).toContain('error:consecutive_same_role@messages[1].role');
    expect(codes({ messages: [user] })).toContain('error:example_missing_assistant_message@messages');
    expect(codes({ messages: [user, assistant], tools: [] })).toContain('error:record_unrecognized_key@tools');
    expect(codes({ messages: [{ ...assistant, weight: 0 }, user, { ...assistant, weight: 3 }] })).toEqual([
      'error:bad_weight@messages[2].weight',
      'warning:missing_system_message@messages',
      'warning:first_message_not_system_or_user@messages[0].role',
    ]);
    expect(codes({ prompt: '2+2?', completion: '4' })).toEqual([]);
    expect(codes({ prompt: '', completion: '4' })).toEqual(['error:missing_content@prompt']);
    expect(codes({ prompt: 'x' })).toEqual(['error:missing_key@completion']);
    expect(codes({ text: 'Llama fine-tuning sample text.' })).toEqual([]);
    expect(codes({ text: 'x', prompt: 'y', completion: 'z' })).toContain('error:ambiguous_format@');
    expect(codes({ prompt: 'y', completion: 'z' }, { llamaFormat: 'messages' })).toEqual(['error:format_mismatch@']);
    expect(codes({ messages: [user, assistant] }, { llamaFormat: 'text' })).toEqual(['error:format_mismatch@']);
  });
});
