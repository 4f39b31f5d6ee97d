import { describe, expect, it } from 'vitest';
import type { TrainingExample } from '../dataset/types.js';
import { ANTHROPIC_MODELS, anthropicTarget } from './anthropic-target.js';

const model = ANTHROPIC_MODELS[0]!;
const codes = (record: unknown) => anthropicTarget.validate(record, model).map((issue) => `${issue.severity}:${issue.code}@${issue.path}`);

describe('anthropic (Claude 3 Haiku on Bedrock) target', () => {
  it('formats the golden line: system messages become the top-level system string', () => {
    const example: TrainingExample = {
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: '2+2?' },
        { role: 'assistant', content: '4' },
      ],
    };
    const record = anthropicTarget.format(example, model);
    // PROVIDERS.md §2 minimal line, byte for byte.
    expect(JSON.stringify(record)).toBe('{"system":"You are terse.","messages":[{"role":"user","content":"2+2?"},{"role":"assistant","content":"4"}]}');
    expect(anthropicTarget.validate(record, model)).toEqual([]);
    expect(JSON.stringify(anthropicTarget.format({ messages: example.messages.slice(1) }, model))).toBe(
      '{"messages":[{"role":"user","content":"2+2?"},{"role":"assistant","content":"4"}]}',
    );
  });

  it('has the Bedrock limits and both model IDs', () => {
    expect(model).toMatchObject({
      id: 'claude-3-haiku-20240307',
      aliases: ['anthropic.claude-3-haiku-20240307-v1:0:200k'],
      maxTokensPerExample: 32_000,
      minTrainExamples: 32,
      maxTrainExamples: 10_000,
      maxValidationExamples: 1_000,
      maxTotalExamples: 10_000,
      tokenizer: 'estimate-claude',
    });
  });

  it('merges consecutive same-role messages so alternation holds', () => {
    const record = anthropicTarget.format(
      {
        messages: [
          { role: 'user', content: 'Hi.' },
          { role: 'user', content: 'Anyone there?' },
          { role: 'assistant', content: 'Yes.' },
        ],
      },
      model,
    );
    expect(record).toEqual({ messages: [{ role: 'user', content: 'Hi.\n\nAnyone there?' }, { role: 'assistant', content: 'Yes.' }] });
    expect(anthropicTarget.validate(record, model)).toEqual([]);
  });

  it('enforces first user, strict alternation, last assistant, no other keys', () => {
    const user = { role: 'user', content: 'u' };
    const assistant = { role: 'assistant', content: 'a' };
    expect(codes({ messages: [assistant, user, assistant] })).toEqual(['error:first_message_not_user@messages[0].role']);
    expect(codes({ messages: [user, user, assistant] })).toEqual(['error:roles_not_alternating@messages[1].role']);
    expect(codes({ messages: [user, assistant, assistant] })).toEqual(['error:roles_not_alternating@messages[2].role']);
    expect(codes({ messages: [user, assistant, user] })).toEqual(['error:last_message_not_assistant@messages[2].role']);
    expect(codes({ messages: [user] })).toEqual(['error:too_few_messages@messages', 'error:last_message_not_assistant@messages[0].role']);
    expect(codes({ messages: [user, assistant], metadata: 1 })).toEqual(['error:record_unrecognized_key@metadata']);
    expect(codes({ messages: [{ role: 'system', content: 's' }, user, assistant] })).toEqual(['error:unrecognized_role@messages[0].role']);
    expect(codes({ messages: [{ role: 'user', content: [{ type: 'text', text: 'x' }] }, assistant] })).toEqual(['error:missing_content@messages[0].content']);
    expect(codes({ system: 5, messages: [user, assistant] })).toEqual(['error:invalid_field@system']);
  });

  it('estimates tokens conservatively with per-message overhead', async () => {
    const example: TrainingExample = { messages: [{ role: 'user', content: 'a'.repeat(300) }, { role: 'assistant', content: 'b'.repeat(30) }] };
    // 5 per example + (5 + ceil(300/3 × 1.1)) + (5 + ceil(30/3 × 1.1))
    expect(anthropicTarget.countTokensSync(example, model)).toEqual({ count: 5 + 5 + 110 + 5 + 11, method: 'estimate' });
    expect(await anthropicTarget.countTokens(example, model)).toEqual({ count: 136, method: 'estimate' });
    // Non-Latin text costs at least a token per character (1.2 × 1.1 for Claude).
    expect(anthropicTarget.countTokensSync({ messages: [{ role: 'user', content: '日本語のテキスト' }, { role: 'assistant', content: 'ok' }] }, model).count).toBe(5 + 5 + Math.ceil(8 * 1.2 * 1.1) + 5 + 1);
  });
});
