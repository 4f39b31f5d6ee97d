import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonExtractor, jsonlExtractor, yamlExtractor } from './chat-dataset-extractor.js';
import { recogniseRecord } from './chat-shapes.js';
import { findJsonErrorPosition } from './json-error-position.js';

const QA = fileURLToPath(new URL('../../../shared/fixtures/documents/qa/', import.meta.url));

describe('chat dataset files (real fixtures)', () => {
  it('reads OpenAI chat JSONL and skips a record with no user turn, saying so', async () => {
    const document = await jsonlExtractor.extract({ path: `${QA}openai-cookbook-toy_chat_fine_tuning.jsonl` });
    expect(document.conversations).toHaveLength(4);
    expect(document.conversations![0]).toEqual({
      messages: [
        { role: 'system', content: 'You are a happy assistant that puts a positive spin on everything.' },
        { role: 'user', content: 'I fell off my bike today.' },
        { role: 'assistant', content: "It's great that you're getting exercise outdoors!" },
      ],
      shape: 'openai-messages',
      unitKind: 'record',
      unitIndex: 1,
    });
    expect(document.warnings).toEqual(['1 of 5 records are not conversations and were skipped (records 4)']);
    expect(document.text.startsWith('System: You are a happy assistant')).toBe(true);
  });

  it('reads ShareGPT, Alpaca, messages-with-images and Taskmaster JSON', async () => {
    const sharegpt = await jsonExtractor.extract({ path: `${QA}fastchat-dummy_conversation.json` });
    expect(sharegpt.conversations?.[0]?.shape).toBe('sharegpt');
    expect(sharegpt.conversations?.[0]?.messages.slice(0, 2)).toEqual([
      { role: 'user', content: 'Who are you?' },
      { role: 'assistant', content: 'I am Vicuna, a language model trained by researchers from Large Model Systems Organization (LMSYS).' },
    ]);
    const alpaca = await jsonExtractor.extract({ path: `${QA}llamafactory-identity.json` });
    expect(alpaca.conversations?.[0]).toMatchObject({ shape: 'alpaca', messages: [{ role: 'user', content: 'hi' }, { role: 'assistant' }] });
    expect(alpaca.metadata).toMatchObject({ shapes: ['alpaca'] });
    const multimodal = await jsonExtractor.extract({ path: `${QA}llamafactory-mllm_demo.json` });
    expect(multimodal.conversations?.[0]?.messages[0]).toEqual({ role: 'user', content: '<image>Who are they?' });
    const taskmaster = await jsonExtractor.extract({ path: `${QA}taskmaster-TM-1-2019-sample.json` });
    expect(taskmaster.conversations).toHaveLength(1);
    expect(taskmaster.conversations![0]!.shape).toBe('utterances');
    expect(taskmaster.conversations![0]!.messages.at(-1)).toEqual({ role: 'assistant', content: 'Great. You will get a confirmation to your phone soon.' });
  });

  it('reads chatterbot-corpus YAML as alternating turns', async () => {
    const document = await yamlExtractor.extract({ path: `${QA}chatterbot-greetings.yml` });
    expect(document.conversations?.[0]).toEqual({
      messages: [{ role: 'user', content: 'Hello' }, { role: 'assistant', content: 'Hi' }],
      shape: 'chatterbot',
      unitKind: 'record',
      unitIndex: 1,
    });
    expect(document.text.startsWith('User: Hello\nAssistant: Hi\n\nUser: Hi\nAssistant: Hello')).toBe(true);
    const long = await yamlExtractor.extract({ path: `${QA}chatterbot-conversations.yml` });
    // Odd-length lists end with an unanswered statement, which is dropped.
    expect(long.conversations!.every((conversation) => conversation.messages.at(-1)!.role === 'assistant')).toBe(true);
  });

  it('reads SQuAD question/answer data with the paragraph as context in the text', async () => {
    const document = await jsonExtractor.extract({ path: `${QA}covid-qa-200421_covidQA-squad.json` });
    expect(document.conversations?.[0]).toMatchObject({
      shape: 'squad',
      messages: [
        { role: 'user', content: 'What is the main cause of HIV-1 infection in children?' },
        { role: 'assistant', content: 'Mother-to-child transmission (MTCT) is the main cause of HIV-1 infection in children worldwide.' },
      ],
    });
    expect(document.conversations!.length).toBeGreaterThan(1000);
    expect(document.units.length).toBeLessThanOrEqual(50_000);
  });
});

describe('chat dataset shapes and errors', () => {
  it.each([
    [{ prompt: 'Hi', completion: 'Hello' }, 'prompt-completion'],
    [{ Question: 'Hi', Answer: 'Hello', id: 7 }, 'question-answer'],
    [{ contents: [{ role: 'user', parts: [{ text: 'Hi' }] }, { role: 'model', parts: [{ text: 'Hello' }] }] }, 'gemini-contents'],
    [{ system: 'Be brief.', messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }, { role: 'assistant', content: 'Hello' }] }, 'openai-messages'],
    [{ instruction: 'Hi', input: '', output: 'Hello', history: [['Before', 'Earlier']] }, 'alpaca'],
  ])('recognises %j', (record, shape) => {
    const recognised = recogniseRecord(record);
    expect(recognised?.shape).toBe(shape);
    expect(recognised?.messages.filter((message) => message.role !== 'system').at(-2)).toEqual({ role: 'user', content: 'Hi' });
    expect(recognised?.messages.at(-1)).toEqual({ role: 'assistant', content: 'Hello' });
  });

  it('reads chat-template text records: Llama 2 / Mistral [INST], Llama 3 headers, ChatML', () => {
    expect(recogniseRecord({ text: '<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nHi [/INST] Hello! </s><s>[INST] How are you? [/INST] Fine. </s>' })).toEqual({
      shape: 'llama2-inst',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
        { role: 'user', content: 'How are you?' },
        { role: 'assistant', content: 'Fine.' },
      ],
    });
    expect(recogniseRecord({ text: '<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n4<|im_end|>\n' })).toEqual({
      shape: 'chatml',
      messages: [{ role: 'user', content: 'What is 2+2?' }, { role: 'assistant', content: '4' }],
    });
    expect(recogniseRecord({ text: 'Plain prose that mentions [INST] once.' })).toBeUndefined();
  });

  it('reads back what the Llama target writes, in each of its three formats', async () => {
    const { llamaTarget, LLAMA_MODELS } = await import('../targets/llama-target.js');
    const messages = [
      { role: 'system' as const, content: 'You are terse.' },
      { role: 'user' as const, content: '2+2?' },
      { role: 'assistant' as const, content: '4' },
      { role: 'user' as const, content: 'And 3+3?' },
      { role: 'assistant' as const, content: '6' },
    ];
    for (const llamaFormat of ['messages', 'prompt_completion', 'text'] as const) {
      const record = llamaTarget.format({ messages }, LLAMA_MODELS[0]!, { llamaFormat });
      expect(recogniseRecord(record)?.messages, llamaFormat).toEqual(messages);
    }
  });

  it('reads two-person messenger exports (Telegram, Slack): the asker is the user, a long pause starts a new conversation', async () => {
    const telegram = {
      name: 'Shop Support',
      type: 'personal_chat',
      messages: [
        { id: 1, type: 'service', date: '2024-01-01T09:59:00', actor: 'John', action: 'phone_call' },
        { id: 2, type: 'message', date: '2024-01-01T10:00:00', from: 'John Doe', text: 'Hi! Is the shop open tomorrow?' },
        { id: 3, type: 'message', date: '2024-01-01T10:01:00', from: 'Shop Support', text: 'Hello John.' },
        { id: 4, type: 'message', date: '2024-01-01T10:01:10', from: 'Shop Support', text: ['Yes, from ', { type: 'bold', text: '9 am' }, ' to 5 pm.'] },
        { id: 5, type: 'message', date: '2024-01-01T10:02:00', from: 'John Doe', text: 'Great, thanks' },
        { id: 6, type: 'message', date: '2024-01-03T18:00:00', from: 'John Doe', text: 'Do you have the blue jacket in M?' },
        { id: 7, type: 'message', date: '2024-01-03T18:05:00', from: 'Shop Support', text: 'We do, two left.' },
        { id: 8, type: 'message', date: '2024-01-03T18:06:00', from: 'John Doe', photo: 'photos/1.jpg', text: '' },
      ],
    };
    const document = await jsonExtractor.extract({ bytes: Buffer.from(JSON.stringify(telegram)), name: 'result.json' });
    expect(document.conversations?.map((conversation) => [conversation.shape, conversation.messages])).toEqual([
      ['chat-export', [{ role: 'user', content: 'Hi! Is the shop open tomorrow?' }, { role: 'assistant', content: 'Hello John.\nYes, from 9 am to 5 pm.' }]],
      ['chat-export', [{ role: 'user', content: 'Do you have the blue jacket in M?' }, { role: 'assistant', content: 'We do, two left.' }]],
    ]);
    const slack = [
      { type: 'message', user: 'U1', user_name: 'alice', text: 'Thanks for the update.', ts: '1704103100.000100' },
      { type: 'message', user: 'U2', user_name: 'it-helpdesk', text: 'Any time.', ts: '1704103150.000100' },
      { type: 'message', user: 'U1', user_name: 'alice', text: 'How do I get VPN access?', ts: '1704103200.000100' },
      { type: 'message', user: 'U2', user_name: 'it-helpdesk', text: 'Request it on the IT portal under Access.', ts: '1704103260.000200' },
    ];
    const channel = await jsonExtractor.extract({ bytes: Buffer.from(JSON.stringify(slack)), name: '2024-01-01.json' });
    expect(channel.conversations?.[0]?.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    // A group chat has no single assistant: its text is kept as it is.
    const group = await jsonExtractor.extract({ bytes: Buffer.from(JSON.stringify({ messages: [{ from: 'A', text: 'hi?' }, { from: 'B', text: 'yo' }, { from: 'C', text: 'hey' }] })), name: 'group.json' });
    expect(group.conversations).toBeUndefined();
  });

  it('drops tool turns and rejects records without a user→assistant exchange', () => {
    const record = {
      messages: [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: null, tool_calls: [{}] },
        { role: 'tool', content: '{"t": 20}' },
        { role: 'assistant', content: 'It is 20°C.' },
      ],
    };
    expect(recogniseRecord(record)?.messages).toEqual([{ role: 'user', content: 'Weather?' }, { role: 'assistant', content: 'It is 20°C.' }]);
    expect(recogniseRecord({ messages: [{ role: 'assistant', content: 'Hi' }] })).toBeUndefined();
    expect(recogniseRecord({ name: 'x', value: 1 })).toBeUndefined();
  });

  it('names the line and column of invalid JSON, and skips bad JSONL lines with a warning', async () => {
    await expect(jsonExtractor.extract({ bytes: Buffer.from('{\n  "a": 1,\n  "b": }\n'), name: 'bad.json' })).rejects.toThrowError(
      /^bad\.json: this is not valid JSON \(.* at line 3, column \d+\); fix the file and try again$/,
    );
    const lines = '{"prompt": "a", "completion": "b"}\n{broken\n{"prompt": "c", "completion": "d"}\n';
    const document = await jsonlExtractor.extract({ bytes: Buffer.from(lines), name: 'data.jsonl' });
    expect(document.conversations).toHaveLength(2);
    expect(document.warnings).toEqual(['1 line(s) are not valid JSON and were skipped (lines 2)']);
    await expect(jsonlExtractor.extract({ bytes: Buffer.from('nope\nstill nope\n'), name: 'x.jsonl' })).rejects.toThrowError(/^x\.jsonl: none of the lines is valid JSON \(line 1: /);
  });

  it('reports YAML syntax errors with their position and keeps unrecognised data as text', async () => {
    await expect(yamlExtractor.extract({ bytes: Buffer.from('a: [1, 2\nb: c\n'), name: 'bad.yml' })).rejects.toThrowError(
      /^bad\.yml: this is not valid YAML at line \d+, column \d+/,
    );
    const config = '{"name": "my-app", "version": "1.0.0"}';
    const document = await jsonExtractor.extract({ bytes: Buffer.from(config), name: 'package.json' });
    expect(document.text).toBe(config);
    expect(document.conversations).toBeUndefined();
    expect(document.warnings[0]).toMatch(/^no chat dataset shape recognised/);
  });

  it('accepts a .json file that is really JSON Lines', async () => {
    const document = await jsonExtractor.extract({ bytes: Buffer.from('{"q": "a?", "a": "b"}\n{"q": "c?", "a": "d"}\n'), name: 'lines.json' });
    expect(document.conversations).toHaveLength(2);
    expect(document.warnings).toContain('the file holds one JSON value per line (JSON Lines); read it that way');
  });
});

describe('findJsonErrorPosition', () => {
  it('points at the first invalid character', () => {
    expect(findJsonErrorPosition('{"a": [1, 2,]}')).toMatchObject({ line: 1, column: 13, problem: 'expected a value (found "]")' });
    expect(findJsonErrorPosition('{\n  "a": tru\n}')).toMatchObject({ line: 2, column: 8 });
    expect(findJsonErrorPosition('{"a": "x')).toMatchObject({ problem: 'unexpected end of the file' });
    expect(findJsonErrorPosition('[1, {"b": null}, "\\u00e9", -0.5e3]')).toBeUndefined();
  });
});

describe('ChatGPT and Claude data exports (conversations.json)', () => {
  it('takes the path to the current node of a ChatGPT conversation, without hidden system messages or the other branch', async () => {
    const node = (id: string, parent: string | null, role: string | null, parts: unknown[] | null, extra: Record<string, unknown> = {}) => ({
      id,
      parent,
      children: [],
      message: role === null ? null : { id, author: { role, name: null, metadata: {} }, content: { content_type: 'text', parts }, metadata: extra },
    });
    const conversations = [{
      title: 'Router help',
      create_time: 1717000000.1,
      current_node: 'a2',
      mapping: {
        root: node('root', null, null, null),
        sys: node('sys', 'root', 'system', [''], { is_visually_hidden_from_conversation: true }),
        u1: node('u1', 'sys', 'user', ['My router drops every hour. What can I do?']),
        a1old: node('a1old', 'u1', 'assistant', ['An answer that was regenerated.']),
        a1: node('a1', 'u1', 'assistant', ['Update the firmware, then restart it.']),
        u2: node('u2', 'a1', 'user', ['Done. Anything else?', { content_type: 'image_asset_pointer' }]),
        a2: node('a2', 'u2', 'assistant', ['Check the cable too.']),
      },
    }];
    const document = await jsonExtractor.extract({ bytes: Buffer.from(JSON.stringify(conversations)), name: 'conversations.json' });
    expect(document.conversations?.map((conversation) => [conversation.shape, conversation.messages])).toEqual([[
      'chatgpt-export',
      [
        { role: 'user', content: 'My router drops every hour. What can I do?' },
        { role: 'assistant', content: 'Update the firmware, then restart it.' },
        { role: 'user', content: 'Done. Anything else?' },
        { role: 'assistant', content: 'Check the cable too.' },
      ],
    ]]);
  });

  it('reads a Claude export conversation (chat_messages of human and assistant)', async () => {
    const conversations = [{
      uuid: 'c1',
      name: 'Regex help',
      chat_messages: [
        { uuid: 'm1', sender: 'human', text: 'How do I match a date?', content: [{ type: 'text', text: 'How do I match a date?' }] },
        { uuid: 'm2', sender: 'assistant', text: 'Use \\d{4}-\\d{2}-\\d{2}.', content: [{ type: 'text', text: 'Use \\d{4}-\\d{2}-\\d{2}.' }] },
      ],
    }];
    const document = await jsonExtractor.extract({ bytes: Buffer.from(JSON.stringify(conversations)), name: 'conversations.json' });
    expect(document.conversations?.map((conversation) => [conversation.shape, conversation.messages.map((message) => message.role)])).toEqual([['claude-export', ['user', 'assistant']]]);
  });
});

describe('help-desk API exports', () => {
  it('reads Zendesk tickets: the requester is the user, internal notes are left out, HTML bodies converted', async () => {
    const tickets = {
      tickets: [{
        id: 35436,
        subject: 'Refund',
        requester_id: 20978392,
        comments: [
          { id: 1, author_id: 20978392, public: true, body: 'Where is my refund?' },
          { id: 2, author_id: 20978392, public: true, body: 'It has been two weeks.' },
          { id: 3, author_id: 1044, public: false, body: 'Internal: check with billing first.' },
          { id: 4, author_id: 1044, public: true, html_body: '<p>It was issued today.</p><p>Sorry for the wait!</p>' },
        ],
      }],
      next_page: null,
    };
    const document = await jsonExtractor.extract({ bytes: Buffer.from(JSON.stringify(tickets)), name: 'tickets.json' });
    expect(document.conversations?.map((conversation) => [conversation.shape, conversation.messages])).toEqual([[
      'zendesk-ticket',
      [
        { role: 'user', content: 'Where is my refund?\n\nIt has been two weeks.' },
        { role: 'assistant', content: 'It was issued today.\n\nSorry for the wait!' },
      ],
    ]]);
  });

  it('reads Intercom conversations: the source message, then comments (notes left out)', async () => {
    const conversation = {
      type: 'conversation',
      id: '123',
      source: { type: 'conversation', author: { type: 'user', id: 'u1' }, body: '<p>How do I export my data?</p>' },
      conversation_parts: {
        type: 'conversation_part.list',
        conversation_parts: [
          { part_type: 'assignment', author: { type: 'bot' }, body: null },
          { part_type: 'note', author: { type: 'admin' }, body: '<p>VIP customer</p>' },
          { part_type: 'comment', author: { type: 'admin' }, body: '<p>Settings &gt; Export, then choose CSV.</p>' },
        ],
      },
    };
    const document = await jsonExtractor.extract({ bytes: Buffer.from(JSON.stringify(conversation)), name: 'conversation.json' });
    expect(document.conversations?.map((item) => [item.shape, item.messages])).toEqual([[
      'intercom-conversation',
      [{ role: 'user', content: 'How do I export my data?' }, { role: 'assistant', content: 'Settings > Export, then choose CSV.' }],
    ]]);
  });
});

describe('Freshdesk tickets', () => {
  it('reads the description, then the public replies (incoming = the customer), without private notes', async () => {
    const ticket = {
      id: 20,
      subject: 'Printer offline',
      description: '<div>My printer shows offline. What now?</div>',
      description_text: 'My printer shows offline. What now?',
      conversations: [
        { id: 1, incoming: false, private: true, body_text: 'Probably the driver again.' },
        { id: 2, incoming: false, private: false, body_text: 'Reinstall the driver from the Downloads page.' },
        { id: 3, incoming: true, private: false, body_text: 'That worked, thanks!' },
      ],
    };
    const document = await jsonlExtractor.extract({ bytes: Buffer.from(`${JSON.stringify(ticket)}\n${JSON.stringify({ ...ticket, id: 21 })}`), name: 'tickets.jsonl' });
    expect(document.conversations?.[0]).toMatchObject({
      shape: 'freshdesk-ticket',
      messages: [
        { role: 'user', content: 'My printer shows offline. What now?' },
        { role: 'assistant', content: 'Reinstall the driver from the Downloads page.' },
      ],
    });
  });
});
