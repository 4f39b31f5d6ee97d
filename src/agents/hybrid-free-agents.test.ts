import { describe, expect, it } from 'vitest';
import type { Sample } from '../dataset/types.js';
import type { DetectedConversation } from '../detect/types.js';
import type { ExtractedDocument } from '../extract/types.js';
import type { LlmRequest } from '../llm/types.js';
import { createTestAgentContext, createTestAgentInput } from '../testing/agent-context.js';
import { createMockLlmClient, mockConversationsReply, mockResult } from '../testing/mock-llm-client.js';
import { chunkDocuments } from './chunk-documents.js';
import { createFreeAgent } from './free-agent.js';
import { createHybridAgent } from './hybrid-agent.js';
import type { DetectFunction } from './identify-agent.js';
import { createAgent } from './index.js';
import { UserTurnIndex } from './near-duplicate.js';

const keywordExtractor = () => () => ['kw'];

const detectQa: DetectFunction = (text) => {
  const found: DetectedConversation[] = [];
  for (const match of text.matchAll(/^Q: (.+)\nA: (.+)$/gm)) {
    found.push({
      messages: [
        { role: 'user', content: match[1]! },
        { role: 'assistant', content: match[2]! },
      ],
      spans: [],
      start: match.index,
      end: match.index + match[0].length,
      format: 'qa-label',
    });
  }
  return found;
};

function faqDocument(pairs: number): ExtractedDocument {
  const questions = ['How do I reset the router?', 'Where is the serial number?', 'Can I mount it on a wall?', 'What does the red light mean?'];
  const text = questions
    .slice(0, pairs)
    .map((question, index) => `Q: ${question}\nA: Answer number ${index + 1} is in the manual.`)
    .join('\n\n');
  return { sourceFile: 'faq.txt', format: 'text', text: `${text}\n\n${'The router has four ports and a power switch. '.repeat(10)}`, units: [], warnings: [] };
}

const isIdentifyCall = (request: LlmRequest): boolean => request.messages[0]!.content.startsWith('You find conversations');

async function take(iterable: AsyncIterable<Sample>, count: number): Promise<Sample[]> {
  const taken: Sample[] = [];
  for await (const sample of iterable) {
    taken.push(sample);
    if (taken.length >= count) break;
  }
  return taken;
}

describe('hybrid agent', () => {
  it('identifies its share, generates the rest, and rejects generated duplicates of identified exchanges', async () => {
    const generation = JSON.stringify({
      conversations: [
        { messages: [{ role: 'user', content: 'How do I reset the router ?' }, { role: 'assistant', content: 'Press and hold reset.' }], topic_keywords: ['reset'] },
        { messages: [{ role: 'user', content: 'how do i reset the router' }, { role: 'assistant', content: 'Hold it.' }], topic_keywords: ['reset'] },
        { messages: [{ role: 'user', content: 'Which ports does it have?' }, { role: 'assistant', content: 'Four ports.' }], topic_keywords: ['ports'] },
        { messages: [{ role: 'user', content: 'Is there a power switch?' }, { role: 'assistant', content: 'Yes.' }], topic_keywords: ['power'] },
      ],
    });
    const llm = createMockLlmClient((request) => (isIdentifyCall(request) ? mockResult('{"conversations": []}') : mockResult(generation)));
    const document = faqDocument(2);
    const context = createTestAgentContext({ llm, concurrency: 1 });
    const agent = createHybridAgent({ detect: detectQa, keywordExtractor });
    const input = createTestAgentInput({
      documents: [document],
      chunks: chunkDocuments([document], { maxTokens: 1000, overlapTokens: 0 }),
      targetCount: 4,
      generationRatio: 0.5,
      create: { conversationsPerCall: 4 },
    });
    const samples = await take(agent.run(input, context), 4);
    expect(samples.map((sample) => sample.origin)).toEqual(['identified', 'identified', 'generated', 'generated']);
    expect(samples.slice(2).map((sample) => sample.messages[0]!.content)).toEqual(['Which ports does it have?', 'Is there a power switch?']);
    expect(context.count('candidate-rejected', 'duplicate_of_identified')).toBe(2);
    // The generation prompt lists the questions already taken from this chunk.
    const generationCall = llm.calls.find((call) => !isIdentifyCall(call))!;
    expect(generationCall.messages[0]!.content).toContain('complement');
    expect(generationCall.messages[1]!.content).toContain('- How do I reset the router?');
    expect(context.events.some((event) => event.type === 'notice' && /fills the gap/.test(event.message))).toBe(false);
  });

  it('fills the gap with generation when identification finds fewer, and says so', async () => {
    const llm = createMockLlmClient((request) => (isIdentifyCall(request) ? mockResult('{"conversations": []}') : mockResult(mockConversationsReply(3))));
    const document = faqDocument(1);
    const context = createTestAgentContext({ llm, concurrency: 2 });
    const input = createTestAgentInput({
      documents: [document],
      chunks: chunkDocuments([document], { maxTokens: 1000, overlapTokens: 0 }),
      targetCount: 10,
      generationRatio: 0.6,
      create: { conversationsPerCall: 3 },
    });
    const samples = await take(createAgent('hybrid', { detect: detectQa, keywordExtractor }).run(input, context), 10);
    expect(samples.filter((sample) => sample.origin === 'identified')).toHaveLength(1);
    expect(samples.filter((sample) => sample.origin === 'generated')).toHaveLength(9);
    const notice = context.events.find((event) => event.type === 'notice' && /fills the gap/.test(event.message));
    expect(notice).toMatchObject({ message: expect.stringContaining('found 1 of the 4 existing exchanges wanted; generation fills the gap of 3 (9 generated in all)') });
  });
});

describe('free agent', () => {
  it('runs without documents from the instructions alone, wrapped in the JSON contract', async () => {
    const llm = createMockLlmClient(() => mockResult(mockConversationsReply(2, { prefix: 'Pirate' })));
    const context = createTestAgentContext({ llm, concurrency: 2 });
    const input = createTestAgentInput({ instructions: 'Talk like a pirate about sailing.', targetCount: 5, create: { conversationsPerCall: 2 } });
    const samples = await take(createFreeAgent({ keywordExtractor }).run(input, context), 5);
    expect(samples).toHaveLength(5);
    expect(samples.every((sample) => sample.origin === 'free' && sample.sourceFile === undefined && sample.detector === 'free')).toBe(true);
    const system = llm.calls[0]!.messages[0]!.content;
    expect(system).toContain('Talk like a pirate about sailing.');
    expect(system).toContain('{"conversations"');
    expect(system).toContain('No source material is given');
    expect(llm.calls[0]!.messages[1]!.content).not.toContain('Excerpt');
    // Later calls are steered away from earlier questions.
    expect(llm.calls.at(-1)!.messages[1]!.content).toContain('- Pirate 1.1');
  });

  it('uses chunks when there are documents and keeps a requested system message', async () => {
    const reply = JSON.stringify({ conversations: [{ messages: [{ role: 'system', content: 'You are Captain Hook.' }, { role: 'user', content: 'Ahoy?' }, { role: 'assistant', content: 'Arr.' }] }] });
    const llm = createMockLlmClient(() => mockResult(reply));
    const document: ExtractedDocument = { sourceFile: 'ships.md', format: 'markdown', text: 'Ships have sails and masts.', units: [], warnings: [] };
    const input = createTestAgentInput({ instructions: 'Pirate talk; include a system message.', documents: [document], chunks: chunkDocuments([document], { maxTokens: 100, overlapTokens: 0 }), targetCount: 1 });
    const samples = await take(createFreeAgent({ keywordExtractor }).run(input, createTestAgentContext({ llm })), 1);
    expect(samples[0]!.messages[0]).toEqual({ role: 'system', content: 'You are Captain Hook.' });
    expect(samples[0]).toMatchObject({ origin: 'free', sourceFile: 'ships.md', topicKeywords: ['kw'] });
    expect(llm.calls[0]!.messages[1]!.content).toContain('Ships have sails and masts.');
  });

  it('fails clearly without instructions', async () => {
    const llm = createMockLlmClient([]);
    const iterator = createFreeAgent().run(createTestAgentInput({ instructions: '  ' }), createTestAgentContext({ llm }))[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toThrow(/free mode needs instructions: write them in prompts\/free_mode\/prompt.txt/);
    expect(llm.calls).toHaveLength(0);
  });
});

describe('UserTurnIndex', () => {
  it('finds exact and near duplicates of user turns, not different questions', () => {
    const index = new UserTurnIndex();
    index.add([{ role: 'user', content: 'How do I install curl on Windows?' }, { role: 'assistant', content: 'x' }]);
    const ask = (content: string) => index.find([{ role: 'user', content }, { role: 'assistant', content: 'y' }]);
    expect(ask('how do I install curl on windows')).toBe('exact');
    expect(ask('How do I install curl on Windows 10?')).toBe('near');
    expect(ask('How do I uninstall curl on macOS?')).toBeUndefined();
    expect(ask('What is curl?')).toBeUndefined();
  });
});
