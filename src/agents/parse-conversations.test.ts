import { describe, expect, it } from 'vitest';
import { LlmOutputParseError } from '../errors/errors.js';
import { ConversationReplyError, parseConversationsReply } from './parse-conversations.js';

const one = {
  messages: [
    { role: 'user', content: 'How do I reset it?' },
    { role: 'assistant', content: 'Hold the button for 10 seconds.' },
  ],
  topic_keywords: ['reset', 'device'],
};
const json = JSON.stringify({ conversations: [one, one] });

function reasonOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(LlmOutputParseError);
    expect((error as LlmOutputParseError).code).toBe('llm_output_invalid');
    return (error as ConversationReplyError).reason;
  }
  return undefined;
}

describe('parseConversationsReply', () => {
  it('parses the plain contract', () => {
    const parsed = parseConversationsReply(json);
    expect(parsed.conversations).toHaveLength(2);
    expect(parsed.conversations[0]).toEqual({ messages: one.messages, topicKeywords: ['reset', 'device'] });
    expect(parsed.repairs).toEqual([]);
  });

  it('takes JSON out of a code fence with prose around it', () => {
    const parsed = parseConversationsReply(`Sure! Here are your conversations:\n\n\`\`\`json\n${json}\n\`\`\`\n\nLet me know if you need more.`);
    expect(parsed.conversations).toHaveLength(2);
    expect(parsed.repairs).toContain('code_fence');
  });

  it('takes JSON out of leading and trailing prose without a fence', () => {
    const parsed = parseConversationsReply(`Here is the JSON {as requested}:\n${json}\nHope this helps [really].`);
    expect(parsed.conversations).toHaveLength(2);
    expect(parsed.repairs).toContain('surrounding_text');
  });

  it('repairs trailing commas but not commas inside strings', () => {
    const text = '{"conversations": [{"messages": [{"role": "user", "content": "a, ]"}, {"role": "assistant", "content": "b,}",},],},]}';
    const parsed = parseConversationsReply(text);
    expect(parsed.conversations[0]!.messages.map((message) => message.content)).toEqual(['a, ]', 'b,}']);
    expect(parsed.repairs).toContain('trailing_commas');
  });

  it('accepts JSON typed entirely with curly quotes, but leaves curly quotes inside normal JSON strings alone', () => {
    const curly = '{\u201cconversations\u201d: [{\u201cmessages\u201d: [{\u201crole\u201d: \u201cuser\u201d, \u201ccontent\u201d: \u201chi\u201d}, {\u201crole\u201d: \u201cassistant\u201d, \u201ccontent\u201d: \u201chello\u201d}]}]}';
    expect(parseConversationsReply(curly).conversations[0]!.messages[1]!.content).toBe('hello');
    const normal = JSON.stringify({ conversations: [{ messages: [{ role: 'user', content: 'He said \u201cstop\u201d' }, { role: 'assistant', content: 'ok' }] }] });
    expect(parseConversationsReply(normal).conversations[0]!.messages[0]!.content).toBe('He said \u201cstop\u201d');
  });

  it('accepts a bare top-level array and a single conversation object', () => {
    expect(parseConversationsReply(JSON.stringify([one])).repairs).toContain('bare_array');
    expect(parseConversationsReply(JSON.stringify(one)).conversations).toHaveLength(1);
    expect(parseConversationsReply(JSON.stringify({ data: [one, one] })).conversations).toHaveLength(2);
  });

  it('keeps ``` inside message content', () => {
    const code = { messages: [{ role: 'user', content: 'Show code' }, { role: 'assistant', content: '```js\nconsole.log(1)\n```' }] };
    const text = `\`\`\`json\n${JSON.stringify({ conversations: [code] })}\n\`\`\``;
    expect(parseConversationsReply(text).conversations[0]!.messages[1]!.content).toBe('```js\nconsole.log(1)\n```');
  });

  it('salvages the complete conversations of a reply cut off at the token limit', () => {
    const cut = json.slice(0, json.length - 40);
    const parsed = parseConversationsReply(cut, { finishReason: 'length' });
    expect(parsed.truncated).toBe(true);
    expect(parsed.conversations).toHaveLength(1);
    expect(parsed.rejected).toEqual([expect.objectContaining({ reason: 'truncated' })]);
  });

  it('names each unusable reply with a stable reason', () => {
    expect(reasonOf(() => parseConversationsReply('   '))).toBe('empty_reply');
    expect(reasonOf(() => parseConversationsReply('I cannot help with that.'))).toBe('invalid_json');
    expect(reasonOf(() => parseConversationsReply('{"conversations": [{"messages": [{"role": "user", "content": "unterminated'))).toBe('truncated');
    expect(reasonOf(() => parseConversationsReply('{"conversations": [{"messa', { finishReason: 'length' }))).toBe('truncated');
    expect(reasonOf(() => parseConversationsReply('{"answer": "yes", "items": 3}'))).toBe('wrong_shape');
    expect(reasonOf(() => parseConversationsReply('"just a string"'))).toBe('wrong_shape');
    expect(reasonOf(() => parseConversationsReply('{"conversations": []}'))).toBe('no_conversations');
    expect(reasonOf(() => parseConversationsReply('', { finishReason: 'content-filter' }))).toBe('content_filter');
    const allBad = JSON.stringify({ conversations: [{ messages: [{ role: 'assistant', content: 'hi' }, { role: 'user', content: 'x' }] }] });
    expect(reasonOf(() => parseConversationsReply(allBad))).toBe('no_valid_conversations');
  });

  it('keeps the raw text on the error', () => {
    try {
      parseConversationsReply('nope');
      expect.unreachable();
    } catch (error) {
      expect((error as ConversationReplyError).rawText).toBe('nope');
      expect((error as ConversationReplyError).issues[0]).toBe('invalid_json');
    }
  });

  it('accepts an empty list when allowed (identify: nothing found)', () => {
    expect(parseConversationsReply('{"conversations": []}', { allowEmpty: true }).conversations).toEqual([]);
  });

  it('rejects bad conversations one by one and keeps the good ones', () => {
    const items = [
      one,
      { messages: [{ role: 'user', content: 'q' }, { role: 'assistant', content: '   ' }] },
      { messages: [{ role: 'user', content: 'q' }, { role: 'user', content: 'q2' }, { role: 'assistant', content: 'a' }] },
      { messages: [{ role: 'user', content: 'only a question' }] },
      { messages: [{ role: 'narrator', content: 'x' }] },
      { text: 'no messages' },
      { messages: [{ role: 'system', content: 'Be brief.' }, { role: 'Human', content: 'q' }, { role: 'AI', content: 'a' }] },
    ];
    const parsed = parseConversationsReply(JSON.stringify({ conversations: items }));
    expect(parsed.conversations).toHaveLength(2);
    expect(parsed.conversations[1]!.messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant']);
    expect(parsed.rejected.map((entry) => [entry.index, entry.reason])).toEqual([
      [1, 'empty_message'],
      [2, 'bad_roles'],
      [3, 'bad_roles'],
      [4, 'wrong_shape'],
      [5, 'wrong_shape'],
    ]);
  });

  it('normalises keywords and tolerates a missing keyword list', () => {
    const item = { messages: one.messages, topic_keywords: [' Reset ', 'reset', '', 42, 'Factory   settings'] };
    expect(parseConversationsReply(JSON.stringify([item])).conversations[0]!.topicKeywords).toEqual(['Reset', 'Factory settings']);
    expect(parseConversationsReply(JSON.stringify([{ messages: one.messages }])).conversations[0]!.topicKeywords).toEqual([]);
  });
});
