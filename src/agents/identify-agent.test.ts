import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sample } from '../dataset/types.js';
import type { DetectedConversation } from '../detect/types.js';
import type { ExtractedDocument } from '../extract/types.js';
import { createTestAgentContext, createTestAgentInput } from '../testing/agent-context.js';
import { createMockLlmClient, mockResult } from '../testing/mock-llm-client.js';
import { stableSampleId } from './agent-support.js';
import { chunkDocuments } from './chunk-documents.js';
import { jsonExtractor, jsonlExtractor } from '../extract/chat-dataset-extractor.js';
import { createIdentifyAgent, precedingContext, type DetectFunction } from './identify-agent.js';

const keywordExtractor = () => (text: string) => (text.includes('router') ? ['router'] : ['general']);

function textDocument(sourceFile: string, text: string, extra: Partial<ExtractedDocument> = {}): ExtractedDocument {
  return { sourceFile, format: 'text', text, units: [{ kind: 'paragraph', index: 1, text, offset: 0 }], warnings: [], ...extra };
}

/** A fake stage-1 detector: `Q: ... / A: ...` line pairs. */
const detectQa: DetectFunction = (text, options) => {
  const found: DetectedConversation[] = [];
  for (const match of text.matchAll(/^Q: (.+)\nA: (.+)$/gm)) {
    const questionStart = match.index + 3;
    const answerStart = match.index + match[0].indexOf('\nA: ') + 4;
    found.push({
      messages: [
        { role: 'user', content: match[1]! },
        { role: 'assistant', content: match[2]! },
      ],
      spans: [
        { start: questionStart, end: questionStart + match[1]!.length },
        { start: answerStart, end: answerStart + match[2]!.length },
      ],
      start: match.index,
      end: match.index + match[0].length,
      format: 'qa-label',
      context: options.includeContext ? 'Router FAQ' : undefined,
    });
  }
  return found;
};

async function drain(iterable: AsyncIterable<Sample>): Promise<Sample[]> {
  const samples: Sample[] = [];
  for await (const sample of iterable) samples.push(sample);
  return samples;
}

const faq = 'Router FAQ\n\nQ: How do I reset the router?\nA: Hold the reset button for ten seconds.\n\nQ: Where is the serial number?\nA: On the label under the router.\n';

const story = [
  'The train was late again, and the platform was cold.',
  '',
  '\u201cWhere is the  ticket office?\u201d asked Anna, looking around.',
  'The guard pointed north. \u201cTwo blocks that way, next to the bakery.\u201d',
  '',
  'She thanked him and walked on through the snow.',
].join('\n');

describe('identify agent', () => {
  it('stage 1 without an LLM: structured and detected conversations, stable ids, units, context; says once that the LLM stage is off', async () => {
    const agent = createIdentifyAgent({ detect: detectQa, keywordExtractor });
    const context = createTestAgentContext();
    const csv: ExtractedDocument = {
      ...textDocument('qa.csv', 'question,answer\nhi,hello\n'),
      conversations: [
        { messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'hello' }], unitKind: 'row', unitIndex: 2, shape: 'csv-qa' },
        { messages: [{ role: 'user', content: 'lonely question' }], unitKind: 'row', unitIndex: 3, shape: 'csv-qa' },
      ],
    };
    const input = createTestAgentInput({ documents: [csv, textDocument('faq.txt', faq)], identify: { includeContext: true } });
    const samples = await drain(agent.run(input, context));
    expect(samples.map((sample) => sample.detector)).toEqual(['csv-qa', 'qa-label', 'qa-label']);
    expect(context.count('candidate-rejected', 'bad_roles')).toBe(1);
    const [structured, first] = samples as [Sample, Sample];
    expect(structured).toMatchObject({ id: stableSampleId('qa.csv', 'structured', 0), origin: 'identified', source: { file: 'qa.csv', unitKind: 'row', unitIndex: 2 } });
    const start = faq.indexOf('Q: How');
    expect(first).toMatchObject({
      id: stableSampleId('faq.txt', start, faq.indexOf('seconds.') + 'seconds.'.length),
      sourceFile: 'faq.txt',
      source: { file: 'faq.txt', unitKind: 'paragraph', unitIndex: 1, startOffset: start },
      topicKeywords: ['router'],
      context: 'Router FAQ',
    });
    expect(first.messages[0]).toEqual({ role: 'system', content: 'Router FAQ' });
    expect(first.messages[1]).toEqual({ role: 'user', content: 'How do I reset the router?' });
    const notices = context.events.filter((event) => event.type === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ message: expect.stringContaining('only stage 1 runs') });
    // Same input, same ids.
    const again = await drain(agent.run(input, createTestAgentContext()));
    expect(again.map((sample) => sample.id)).toEqual(samples.map((sample) => sample.id));
  });

  it('stage 2 keeps verbatim spans (whitespace and quote style normalised) and rejects a paraphrase', async () => {
    const reply = JSON.stringify({
      conversations: [
        {
          messages: [
            { role: 'user', content: '"Where is the ticket office?" asked Anna,' },
            { role: 'assistant', content: '\u201cTwo blocks that way, next to the bakery.\u201d' },
          ],
          topic_keywords: ['directions'],
        },
        {
          messages: [
            { role: 'user', content: 'Where can I buy a ticket?' },
            { role: 'assistant', content: 'Two blocks north, by the bakery.' },
          ],
        },
      ],
    });
    const llm = createMockLlmClient([mockResult(reply, { usage: { inputTokens: 300, outputTokens: 80 } })]);
    const agent = createIdentifyAgent({ detect: () => [], keywordExtractor: () => () => [] });
    const context = createTestAgentContext({ llm });
    const document = textDocument('story.txt', story);
    const chunks = chunkDocuments([document], { maxTokens: 1000, overlapTokens: 0 });
    const samples = await drain(agent.run(createTestAgentInput({ documents: [document], chunks }), context));
    expect(samples).toHaveLength(1);
    expect(context.count('candidate-rejected', 'not_verbatim')).toBe(1);
    const sample = samples[0]!;
    expect(sample.messages).toEqual([
      { role: 'user', content: '\u201cWhere is the  ticket office?\u201d asked Anna,' },
      { role: 'assistant', content: '\u201cTwo blocks that way, next to the bakery.\u201d' },
    ]);
    for (const message of sample.messages) expect(story).toContain(message.content);
    const start = story.indexOf('\u201cWhere');
    const end = story.indexOf('bakery.\u201d') + 'bakery.\u201d'.length;
    expect(sample).toMatchObject({
      id: stableSampleId('story.txt', start, end),
      origin: 'identified',
      detector: 'llm-identify',
      chunkId: chunks[0]!.id,
      source: { file: 'story.txt', startOffset: start, endOffset: end },
      topicKeywords: ['directions'],
      usage: { inputTokens: 300, outputTokens: 80 },
    });
    expect(context.count('chunk-finished')).toBe(1);
    const request = llm.calls[0]!;
    expect(request.temperature).toBe(0);
    expect(request.messages[0]!.content).toContain('exact, contiguous copy');
    expect(request.messages[1]!.content).toContain(story);
  });

  it('streams stage 1 first, sends only chunks stage 1 left empty, and rejects LLM spans stage 1 already found', async () => {
    const faqDocument = textDocument('faq.txt', faq);
    const storyDocument = textDocument('story.txt', story);
    const dataset: ExtractedDocument = {
      ...textDocument('chat.jsonl', '{"messages": []}'),
      conversations: [{ messages: [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b' }], shape: 'openai-messages' }],
    };
    const documents = [faqDocument, storyDocument, dataset];
    const chunks = chunkDocuments(documents, { maxTokens: 1000, overlapTokens: 0 });
    const seen: string[] = [];
    const llm = createMockLlmClient((request) => {
      seen.push(request.messages[1]!.content);
      return mockResult(JSON.stringify({ conversations: [] }));
    });
    const agent = createIdentifyAgent({ detect: detectQa, keywordExtractor });
    const context = createTestAgentContext({ llm });
    const samples = await drain(agent.run(createTestAgentInput({ documents, chunks }), context));
    // The documents take turns (one sample each), so a smaller target takes from every file.
    expect(samples.map((sample) => sample.detector)).toEqual(['qa-label', 'openai-messages', 'qa-label']);
    expect(llm.calls).toHaveLength(1);
    expect(seen[0]).toContain('story.txt');

    // An LLM span overlapping a stage-1 exchange is a duplicate.
    const overlapping = createMockLlmClient(() =>
      mockResult(JSON.stringify({ conversations: [{ messages: [{ role: 'user', content: 'Where is the serial number?' }, { role: 'assistant', content: 'On the label under the router.' }] }] })),
    );
    const partial = textDocument('mixed.txt', `${'Some long introduction that is not a conversation at all. '.repeat(20)}\n\n${faq}`);
    const overlapContext = createTestAgentContext({ llm: overlapping });
    const found = await drain(
      createIdentifyAgent({ detect: detectQa, keywordExtractor }).run(
        createTestAgentInput({ documents: [partial], chunks: chunkDocuments([partial], { maxTokens: 1000, overlapTokens: 0 }) }),
        overlapContext,
      ),
    );
    expect(found).toHaveLength(2);
    expect(overlapping.calls).toHaveLength(1);
    expect(overlapContext.count('candidate-rejected', 'duplicate_of_detected')).toBe(1);
  });

  it('finds the exchanges of a real transcript with the real detector, every message verbatim', async () => {
    const file = path.resolve(process.cwd(), '../shared/fixtures/documents/qa/llama.cpp-chat-with-bob.txt');
    const text = readFileSync(file, 'utf8');
    const agent = createIdentifyAgent({ keywordExtractor });
    const samples = await drain(agent.run(createTestAgentInput({ documents: [textDocument('chat-with-bob.txt', text)] }), createTestAgentContext()));
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      for (const message of sample.messages) expect(text).toContain(message.content);
      expect(sample.source!.startOffset).toBeLessThan(sample.source!.endOffset!);
    }
    expect(samples.flatMap((sample) => sample.messages.map((message) => message.content))).toContain('Please tell me the largest city in Europe.');
  });

  it('does not search again text that only renders structured conversations (a spreadsheet: only its Q/A sheets)', async () => {
    const agent = createIdentifyAgent({ detect: detectQa, keywordExtractor });
    const rendered = 'Q: hi\nA: hello\n\nQ: bye\nA: see you\n';
    const dataset: ExtractedDocument = {
      ...textDocument('chat.jsonl', rendered),
      units: [{ kind: 'record', index: 1, text: rendered, offset: 0 }],
      conversations: [
        { messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'hello' }], unitKind: 'record', unitIndex: 1, shape: 'openai-messages' },
        { messages: [{ role: 'user', content: 'bye' }, { role: 'assistant', content: 'see you' }], unitKind: 'record', unitIndex: 2, shape: 'openai-messages' },
      ],
    };
    const quizSheet = '## Sheet: Quiz\nQ: hi\nA: hello\n';
    const notesSheet = '## Sheet: Notes\nQ: Where is the serial number?\nA: On the label.\n';
    const workbook: ExtractedDocument = {
      ...textDocument('book.xlsx', `${quizSheet}\n${notesSheet}`),
      units: [{ kind: 'sheet', index: 1, text: quizSheet, offset: 0 }, { kind: 'sheet', index: 2, text: notesSheet, offset: quizSheet.length + 1 }],
      conversations: [{ messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'hello' }], unitKind: 'sheet', unitIndex: 1, shape: 'sheet-quiz' }],
    };
    const samples = await drain(agent.run(createTestAgentInput({ documents: [dataset, workbook] }), createTestAgentContext()));
    expect(samples.map((sample) => [sample.sourceFile, sample.detector, sample.messages[0]!.content])).toEqual([
      ['chat.jsonl', 'openai-messages', 'hi'],
      ['book.xlsx', 'sheet-quiz', 'hi'],
      ['chat.jsonl', 'openai-messages', 'bye'],
      ['book.xlsx', 'qa-label', 'Where is the serial number?'],
    ]);
  });

  it('takes a real chat JSONL file and a SQuAD file as their records, never stitched together by the detector', async () => {
    const agent = createIdentifyAgent({ keywordExtractor });
    const folder = path.resolve(process.cwd(), '../shared/fixtures/documents/qa');
    const documents = await Promise.all([
      jsonlExtractor.extract({ path: path.join(folder, 'openai-cookbook-toy_chat_fine_tuning.jsonl') }),
      jsonExtractor.extract({ path: path.join(folder, 'covid-qa-200421_covidQA-squad.json') }),
    ]);
    const samples = await drain(agent.run(createTestAgentInput({ documents, targetCount: 100_000 }), createTestAgentContext()));
    // Before, the detector also read the renderings: the four JSONL records became one more 27,000-token "chat",
    // and SQuAD answers ran on into the next paragraph's text.
    for (const document of documents) {
      const taken = samples.filter((sample) => sample.sourceFile === document.sourceFile).map((sample) => sample.messages);
      expect(taken).toEqual(document.conversations!.map((conversation) => conversation.messages));
    }
    expect(samples).toHaveLength(documents[0]!.conversations!.length + documents[1]!.conversations!.length);
    expect(new Set(samples.map((sample) => sample.detector))).toEqual(new Set(['openai-messages', 'squad']));
  });

  it('takes the documents in turn and passes over stored samples', async () => {
    const agent = createIdentifyAgent({ detect: detectQa, keywordExtractor });
    const pairs = (prefix: string, count: number): string => Array.from({ length: count }, (_, index) => `Q: ${prefix} question ${index}?\nA: ${prefix} answer ${index}.\n`).join('\n');
    const documents = [textDocument('a.txt', pairs('a', 4)), textDocument('b.txt', pairs('b', 1)), textDocument('c.txt', pairs('c', 3))];
    const first = (samples: Sample[]): string[] => samples.map((sample) => sample.messages[0]!.content);
    const all = await drain(agent.run(createTestAgentInput({ documents }), createTestAgentContext()));
    expect(first(all)).toEqual([
      'a question 0?', 'b question 0?', 'c question 0?',
      'a question 1?', 'c question 1?',
      'a question 2?', 'c question 2?',
      'a question 3?',
    ]);
    const context = createTestAgentContext({ isStored: (id: string) => id === all[0]!.id || id === all[2]!.id });
    const resumed = await drain(agent.run(createTestAgentInput({ documents }), context));
    expect(first(resumed).sort()).toEqual(first(all).filter((question) => question !== 'a question 0?' && question !== 'c question 0?').sort());
    expect(context.events.filter((event) => event.type === 'candidate-rejected')).toEqual([]);
  });

  it('takes a document holding more than it should give spread over it, then the rest in order while more are wanted', async () => {
    const agent = createIdentifyAgent({ detect: detectQa, keywordExtractor });
    const pairs = Array.from({ length: 10 }, (_, index) => `Q: question ${index}?\nA: answer ${index}.\n`).join('\n');
    const document = textDocument('faq.txt', pairs);
    const first = (samples: Sample[]): string[] => samples.map((sample) => sample.messages[0]!.content);
    const samples = await drain(agent.run(createTestAgentInput({ documents: [document], targetCount: 3 }), createTestAgentContext()));
    expect(first(samples.slice(0, 3))).toEqual(['question 0?', 'question 3?', 'question 6?']);
    expect(first(samples.slice(3))).toEqual(['question 1?', 'question 2?', 'question 4?', 'question 5?', 'question 7?', 'question 8?', 'question 9?']);
    // Two documents wanting 4 in all: 2 from each, spread.
    const other = textDocument('other.txt', pairs.replace(/question/g, 'query'));
    const both = await drain(agent.run(createTestAgentInput({ documents: [document, other], targetCount: 4 }), createTestAgentContext()));
    expect(first(both.slice(0, 4))).toEqual(['question 0?', 'query 0?', 'question 5?', 'query 5?']);
    // Stored samples are passed over in both sweeps, without a rejection.
    const context = createTestAgentContext({ isStored: (id: string) => id === samples[1]!.id || id === samples[3]!.id });
    const again = await drain(agent.run(createTestAgentInput({ documents: [document], targetCount: 3 }), context));
    expect(first(again)).toEqual(['question 0?', 'question 6?', 'question 2?', 'question 4?', 'question 5?', 'question 7?', 'question 8?', 'question 9?']);
    expect(context.events.filter((event) => event.type === 'candidate-rejected')).toEqual([]);
  });

  it('precedingContext takes the nearest heading, else the previous paragraph', () => {
    const text = '# Setup\n\nIntro paragraph.\n\nQ: How?\nA: Like this.';
    expect(precedingContext(text, text.indexOf('How?'))).toBe('Setup');
    const plain = 'First paragraph.\n\nSecond paragraph here.\n\nQ: How?';
    expect(precedingContext(plain, plain.indexOf('Q:'))).toBe('Second paragraph here.');
  });
});
