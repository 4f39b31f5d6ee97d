import { describe, expect, it } from 'vitest';
import type { TrainingExample } from '../dataset/types.js';
import { GOOGLE_MODELS, googleTarget } from './google-target.js';

const model = GOOGLE_MODELS[1]!;
const codes = (record: unknown) => googleTarget.validate(record, model).map((issue) => `${issue.severity}:${issue.code}@${issue.path}`);
const text = (value: string) => ({ parts: [{ text: value }] });

describe('google (Gemini on Vertex AI) target', () => {
  it.each(GOOGLE_MODELS.map((spec) => [spec.id, spec] as const))('formats the golden line for %s', (_id, spec) => {
    const example: TrainingExample = {
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: '2+2?' },
        { role: 'assistant', content: '4' },
      ],
    };
    const record = googleTarget.format(example, spec);
    // PROVIDERS.md §3 minimal line, byte for byte.
    expect(JSON.stringify(record)).toBe(
      '{"systemInstruction":{"role":"system","parts":[{"text":"You are terse."}]},"contents":[{"role":"user","parts":[{"text":"2+2?"}]},{"role":"model","parts":[{"text":"4"}]}]}',
    );
    expect(googleTarget.validate(record, spec)).toEqual([]);
    expect(spec).toMatchObject({ maxTokensPerExample: 131_072, maxValidationExamples: 5_000, maxTrainFileBytes: 1024 ** 3, tokenizer: 'estimate-gemini' });
  });

  it('lists the five Gemini models', () => {
    expect(GOOGLE_MODELS.map((spec) => spec.id)).toEqual(['gemini-2.5-pro', 'gemini-2.5-flash', 'gemini-2.5-flash-lite', 'gemini-2.0-flash', 'gemini-2.0-flash-lite']);
  });

  it('checks roles user/model, parts, and a model turn', () => {
    expect(codes({ contents: [{ role: 'user', ...text('Hi') }, { role: 'assistant', ...text('Hello') }] })).toEqual([
      'error:unrecognized_role@contents[1].role',
      'error:example_missing_assistant_message@contents',
      'warning:missing_system_message@contents',
      'warning:last_message_not_assistant@contents[1].role',
    ]);
    expect(googleTarget.validate({ contents: [{ role: 'assistant', ...text('x') }] }, model)[0]?.message).toContain('"model"');
    expect(codes({ contents: [{ role: 'user', ...text('Hi') }, { role: 'model', parts: [] }] })).toContain('error:missing_content@contents[1].parts');
    expect(codes({ contents: [{ role: 'user', ...text('Hi') }, { role: 'model', ...text('  ') }] })).toContain('error:missing_content@contents[1].parts');
    expect(codes({ messages: [] })).toEqual(['error:missing_contents_list@contents', 'error:record_unrecognized_key@messages']);
    expect(codes({ contents: [text('Hi'), { role: 'model', ...text('Hello') }] })).toContain('error:message_missing_key@contents[0].role');
    // fileData parts and tools are part of the format.
    const multimodal = {
      systemInstruction: { parts: [{ text: 'Describe.' }] },
      contents: [
        { role: 'user', parts: [{ fileData: { mimeType: 'image/png', fileUri: 'gs://bucket/a.png' } }] },
        { role: 'model', ...text('A cat.') },
      ],
      tools: [{ functionDeclarations: [] }],
    };
    expect(codes(multimodal)).toEqual([]);
  });

  it('estimates system instruction and turns', () => {
    const example: TrainingExample = { messages: [{ role: 'system', content: 'x'.repeat(35) }, { role: 'user', content: 'y'.repeat(70) }, { role: 'assistant', content: 'z'.repeat(7) }] };
    // 5 + ceil(35/3.5×1.1)=11 + (5 + 22) + (5 + ceil(2.2)=3)
    expect(googleTarget.countTokensSync(example, model)).toEqual({ count: 5 + 11 + 5 + 22 + 5 + 3, method: 'estimate' });
    expect(googleTarget.countRecordTokensSync(googleTarget.format(example, model), model).assistantTokens).toBe(3);
  });
});
