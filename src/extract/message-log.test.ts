import { describe, expect, it } from 'vitest';
import { speakerRole } from '../dataset/speaker-words.js';
import { jsonExtractor, jsonlExtractor } from './chat-dataset-extractor.js';
import { csvExtractor } from './csv-extractor.js';
import { conversationsFromLog, parseLogTime, type LogEntry } from './message-log.js';
import { spreadsheetExtractor } from './spreadsheet-extractor.js';

function csv(text: string, name = 'log.csv') {
  return csvExtractor.extract({ bytes: Buffer.from(text, 'utf8'), name });
}

const SUPPORT_EXPORT = [
  'conversation_id,timestamp,sender,message',
  '1001,2024-03-01 10:00,customer,"Hi, my order #5521 hasn\'t arrived yet."',
  '1001,2024-03-01 10:01,agent,"Sorry about that! It shipped on Monday and should arrive tomorrow."',
  '1001,2024-03-01 10:02,agent,Anything else?',
  '1001,2024-03-01 10:03,customer,Can I change the delivery address?',
  '1001,2024-03-01 10:04,agent,"Yes, reply with the new address and I\'ll update it."',
  '1002,2024-03-02 09:00,customer,How do I reset my password?',
  '1002,2024-03-02 09:02,agent,Click \'Forgot password\' on the login page.',
  '1002,2024-03-02 09:03,customer,Thanks!',
].join('\n');

describe('speakerRole', () => {
  it('reads role names, directions and speaker words, not people', () => {
    expect(['user', 'Customer', 'end-user', 'inbound', 'Visitor'].map(speakerRole)).toEqual(['user', 'user', 'user', 'user', 'user']);
    expect(['assistant', 'Agent', 'Support Agent', 'customer service', 'Human Agent', 'outbound', 'bot'].map(speakerRole)).toEqual(
      ['assistant', 'assistant', 'assistant', 'assistant', 'assistant', 'assistant', 'assistant'],
    );
    expect(speakerRole('system')).toBe('system');
    expect(speakerRole('tool')).toBe('skip');
    expect(['Alice', 'Bob Smith', 'U024BE7LH', ''].map(speakerRole)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('conversationsFromLog', () => {
  it('groups by conversation, merges one side\'s consecutive messages and ends with the assistant', () => {
    const entries: LogEntry[] = [
      { speaker: 'customer', text: 'a?', thread: 't1', index: 2 },
      { speaker: 'customer', text: 'b', thread: 't2', index: 3 },
      { speaker: 'agent', text: 'c', thread: 't1', index: 4 },
      { speaker: 'agent', text: 'd', thread: 't1', index: 5 },
      { speaker: 'agent', text: 'e', thread: 't2', index: 6 },
      { speaker: 'customer', text: 'f', thread: 't2', index: 7 },
    ];
    expect(conversationsFromLog(entries)).toEqual({
      speakers: 'roles',
      unclearUser: 0,
      conversations: [
        { messages: [{ role: 'user', content: 'a?' }, { role: 'assistant', content: 'c\nd' }], firstIndex: 2 },
        { messages: [{ role: 'user', content: 'b' }, { role: 'assistant', content: 'e' }], firstIndex: 3 },
      ],
    });
  });

  it('reads names when no speaker is a role: two people per conversation, the one in fewer conversations is the user', () => {
    const entries: LogEntry[] = [
      { speaker: 'Dana (support)', text: 'Hello, how can I help?', thread: 'A' },
      { speaker: 'Sam Lee', text: 'Where is my refund?', thread: 'A' },
      { speaker: 'Dana (support)', text: 'It was sent yesterday.', thread: 'A' },
      { speaker: 'Lee', text: 'Hi', thread: 'C' },
      { speaker: 'Dana (support)', text: 'Hello Lee, what can I do for you?', thread: 'C' },
      { speaker: 'Lee', text: 'Cancel my plan please', thread: 'C' },
      { speaker: 'Dana (support)', text: 'Done.', thread: 'C' },
      { speaker: 'Kim', text: 'Hi all?', thread: 'B' },
      { speaker: 'Lou', text: 'Hi?', thread: 'B' },
      { speaker: 'Max', text: 'Hi?', thread: 'B' },
    ];
    const result = conversationsFromLog(entries);
    expect(result.speakers).toBe('names');
    expect(result.unclearUser).toBe(1);
    expect(result.conversations.map((conversation) => conversation.messages)).toEqual([
      [{ role: 'user', content: 'Where is my refund?' }, { role: 'assistant', content: 'It was sent yesterday.' }],
      [
        { role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello Lee, what can I do for you?' },
        { role: 'user', content: 'Cancel my plan please' }, { role: 'assistant', content: 'Done.' },
      ],
    ]);
  });

  it('takes a speaker named by a role beside a person\'s name at its word', () => {
    const entries: LogEntry[] = [
      { speaker: 'bot', text: 'Hello! What can I do for you?', thread: '1' },
      { speaker: 'Sam', text: 'Track my parcel', thread: '1' },
      { speaker: 'bot', text: 'It arrives Friday.', thread: '1' },
      { speaker: 'bot', text: 'Hello! What can I do for you?', thread: '2' },
      { speaker: 'Kim', text: 'Cancel my order', thread: '2' },
      { speaker: 'bot', text: 'Cancelled.', thread: '2' },
    ];
    const result = conversationsFromLog(entries);
    expect(result.speakers).toBe('names');
    expect(result.conversations.map((conversation) => conversation.messages.map((message) => `${message.role}: ${message.content}`))).toEqual([
      ['user: Track my parcel', 'assistant: It arrives Friday.'],
      ['user: Cancel my order', 'assistant: Cancelled.'],
    ]);
  });

  it('takes a ticket handed between agents when its customer is clear: the one in fewer conversations than every other', () => {
    const entries: LogEntry[] = [
      { speaker: 'Tom', text: 'Is the API down?', thread: '78' },
      { speaker: 'Dana', text: 'Looking into it.', thread: '78' },
      { speaker: 'Rita', text: 'Fixed now.', thread: '78' },
      { speaker: 'Ann', text: 'Login fails.', thread: '79' },
      { speaker: 'Rita', text: 'Clear your cookies.', thread: '79' },
      { speaker: 'Bo', text: 'Invoice missing.', thread: '80' },
      { speaker: 'Dana', text: 'Sent again.', thread: '80' },
      { speaker: 'Kim', text: 'Hi', thread: '81' },
      { speaker: 'Lou', text: 'Hey', thread: '81' },
      { speaker: 'Max', text: 'Yo', thread: '81' },
    ];
    const result = conversationsFromLog(entries);
    expect(result.conversations.map((conversation) => conversation.messages)).toEqual([
      [{ role: 'user', content: 'Is the API down?' }, { role: 'assistant', content: 'Looking into it.\nFixed now.' }],
      [{ role: 'user', content: 'Login fails.' }, { role: 'assistant', content: 'Clear your cookies.' }],
      [{ role: 'user', content: 'Invoice missing.' }, { role: 'assistant', content: 'Sent again.' }],
    ]);
    expect(result.unclearUser).toBe(1); // a group chat: nobody is clearly the customer
  });

  it('in a single conversation between two names, takes the one who asks more questions as the user', () => {
    const entries: LogEntry[] = [
      { speaker: 'Ana', text: 'hey' },
      { speaker: 'Ben', text: 'Hi! Did you get my message?' },
      { speaker: 'Ana', text: 'yes, all good' },
      { speaker: 'Ben', text: 'Can you send the file?' },
      { speaker: 'Ana', text: 'Sent.' },
    ];
    expect(conversationsFromLog(entries).conversations[0]!.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(conversationsFromLog(entries).conversations[0]!.messages[0]!.content).toBe('Hi! Did you get my message?');
  });

  it('sorts by time within a conversation and starts a new one after six hours', () => {
    const hour = 3_600_000;
    const entries: LogEntry[] = [
      { speaker: 'assistant', text: 'second answer', time: 9 * hour },
      { speaker: 'user', text: 'second question', time: 8 * hour },
      { speaker: 'assistant', text: 'first answer', time: 1 * hour },
      { speaker: 'user', text: 'first question', time: 0 },
    ];
    expect(conversationsFromLog(entries).conversations.map((conversation) => conversation.messages[0]!.content)).toEqual(['first question', 'second question']);
  });

  it('keeps a system message that opens a conversation, drops notes in the middle and tool turns', () => {
    const entries: LogEntry[] = [
      { speaker: 'system', text: 'You are Acme support.' },
      { speaker: 'user', text: 'q1' },
      { speaker: 'system', text: 'Chat transferred to Dana' },
      { speaker: 'tool', text: '{"order": 1}' },
      { speaker: 'assistant', text: 'a1' },
    ];
    expect(conversationsFromLog(entries).conversations[0]!.messages).toEqual([
      { role: 'system', content: 'You are Acme support.' },
      { role: 'user', content: 'q1' },
      { role: 'assistant', content: 'a1' },
    ]);
  });

  it('makes nothing of system and assistant alone', () => {
    expect(conversationsFromLog([{ speaker: 'system', text: 's' }, { speaker: 'assistant', text: 'a' }]).conversations).toEqual([]);
  });

  it('parses dates and epoch seconds or milliseconds', () => {
    expect(parseLogTime('2024-03-01T10:00:00Z')).toBe(Date.UTC(2024, 2, 1, 10));
    expect(parseLogTime('1709287200')).toBe(Date.UTC(2024, 2, 1, 10));
    expect(parseLogTime(1709287200000)).toBe(Date.UTC(2024, 2, 1, 10));
    expect(parseLogTime('1512085950.000216')).toBeCloseTo(1512085950000.216, 0);
    expect(parseLogTime('yesterday')).toBeUndefined();
    expect(parseLogTime('')).toBeUndefined();
  });
});

describe('message logs in tables', () => {
  it('reads a support export CSV, one message per row, as conversations', async () => {
    const document = await csv(SUPPORT_EXPORT);
    expect(document.conversations).toEqual([
      {
        shape: 'csv-log', unitKind: 'row', unitIndex: 2,
        messages: [
          { role: 'user', content: "Hi, my order #5521 hasn't arrived yet." },
          { role: 'assistant', content: 'Sorry about that! It shipped on Monday and should arrive tomorrow.\nAnything else?' },
          { role: 'user', content: 'Can I change the delivery address?' },
          { role: 'assistant', content: "Yes, reply with the new address and I'll update it." },
        ],
      },
      {
        shape: 'csv-log', unitKind: 'row', unitIndex: 7,
        messages: [{ role: 'user', content: 'How do I reset my password?' }, { role: 'assistant', content: "Click 'Forgot password' on the login page." }],
      },
    ]);
    expect(document.text).toContain("customer: How do I reset my password?\nagent: Click 'Forgot password' on the login page.");
    expect(document.text).toContain("update it.\n\ncustomer: How do I reset");
    expect(document.warnings).toEqual([]);
  });

  it('reads a ticket-comment export by names, and says which tickets it left out', async () => {
    const document = await csv([
      'Ticket ID,Author,Created At,Comment',
      '77,Jane Doe,2024-05-01T09:00:00Z,My invoice shows the wrong VAT number. Can you fix it?',
      '77,Acme Support,2024-05-01T09:30:00Z,Done: a corrected invoice is attached.',
      '78,Tom,2024-05-02T09:00:00Z,Is the API down?',
      '78,Acme Support,2024-05-02T09:05:00Z,We are looking into it.',
      '78,Rita (engineering),2024-05-02T09:40:00Z,Fixed now.',
    ].join('\n'));
    expect(document.conversations?.map((conversation) => conversation.messages)).toEqual([[
      { role: 'user', content: 'My invoice shows the wrong VAT number. Can you fix it?' },
      { role: 'assistant', content: 'Done: a corrected invoice is attached.' },
    ]]);
    expect(document.warnings).toEqual([expect.stringContaining('1 conversation(s) of the message log were left out')]);
  });

  it('leaves a table of people and notes alone (no conversation column, no roles)', async () => {
    const document = await csv('Author,Comment\nAlice,Great book\nBob,Too long\nCarol,Loved the ending');
    expect(document.conversations).toBeUndefined();
    expect(document.text).toBe('Author: Alice | Comment: Great book\nAuthor: Bob | Comment: Too long\nAuthor: Carol | Comment: Loved the ending');
  });

  it('keeps question/answer columns first', async () => {
    const document = await csv('question,answer,author\nWhat is X?,X is Y.,Ann\nWhat is Z?,Z is W.,Bob');
    expect(document.conversations?.map((conversation) => conversation.shape)).toEqual(['csv-qa', 'csv-qa']);
  });

  it('reads a message log sheet of a workbook', async () => {
    const XLSX = await import('xlsx');
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Notes'], ['nothing here']]), 'Notes');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([
      ['dialogue_id', 'speaker', 'utterance'],
      ['d1', 'USER', 'Book a table for two at 7pm.'],
      ['d1', 'ASSISTANT', 'Booked: two people at 7pm tonight.'],
      ['d2', 'USER', 'Cancel it.'],
      ['d2', 'ASSISTANT', 'Cancelled.'],
    ]), 'Dialogues');
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
    const document = await spreadsheetExtractor.extract({ bytes, name: 'dialogues.xlsx' });
    expect(document.conversations?.map((conversation) => [conversation.shape, conversation.unitIndex, conversation.messages.length])).toEqual([['sheet-log', 2, 2], ['sheet-log', 2, 2]]);
    expect(document.text).toContain('## Sheet: Dialogues\nUSER: Book a table for two at 7pm.\nASSISTANT: Booked: two people at 7pm tonight.\n\nUSER: Cancel it.');
  });
});

describe('message logs in JSON', () => {
  it('reads JSON Lines of single messages with a conversation id', async () => {
    const lines = [
      { conversation_id: 'c1', role: 'user', content: 'Hi, my order has not arrived.' },
      { conversation_id: 'c2', role: 'user', content: 'How do I reset my password?' },
      { conversation_id: 'c1', role: 'assistant', content: 'It ships tomorrow.' },
      { conversation_id: 'c2', role: 'assistant', content: "Use 'Forgot password'." },
    ].map((line) => JSON.stringify(line)).join('\n');
    const document = await jsonlExtractor.extract({ bytes: Buffer.from(lines), name: 'log.jsonl' });
    expect(document.conversations?.map((conversation) => conversation.messages.map((message) => message.content))).toEqual([
      ['Hi, my order has not arrived.', 'It ships tomorrow.'],
      ['How do I reset my password?', "Use 'Forgot password'."],
    ]);
  });

  it('reads a bare array of role messages, and one wrapped in an object, as one conversation', async () => {
    const messages = [{ role: 'user', content: 'What is 2+2?' }, { role: 'assistant', content: '4' }];
    const bare = await jsonExtractor.extract({ bytes: Buffer.from(JSON.stringify(messages)), name: 'chat.json' });
    expect(bare.conversations?.[0]?.messages).toEqual([{ role: 'user', content: 'What is 2+2?' }, { role: 'assistant', content: '4' }]);
    const wrapped = await jsonExtractor.extract({ bytes: Buffer.from(JSON.stringify({ id: 'x', turns_log: messages })), name: 'chat.json' });
    expect(wrapped.conversations).toHaveLength(1);
  });

  it('leaves records that are not messages as text', async () => {
    const lines = [{ user: 'ann', score: 3 }, { user: 'bob', score: 5 }].map((line) => JSON.stringify(line)).join('\n');
    const document = await jsonlExtractor.extract({ bytes: Buffer.from(lines), name: 'scores.jsonl' });
    expect(document.conversations).toBeUndefined();
  });
});

describe('problem/solution tables and records', () => {
  it('reads a help-desk export (Issue | Resolution) and a math dataset record (problem/solution) as Q&A', async () => {
    const helpdesk = await csv('Ticket,Issue,Priority,Resolution\nINC-1,Outlook keeps asking for my password,P3,Remove the saved credential in Credential Manager and sign in again.\nINC-2,VPN disconnects every hour,P2,Update the VPN client to 5.2.');
    expect(helpdesk.conversations?.map((conversation) => conversation.messages)).toEqual([
      [{ role: 'user', content: 'Outlook keeps asking for my password' }, { role: 'assistant', content: 'Remove the saved credential in Credential Manager and sign in again.' }],
      [{ role: 'user', content: 'VPN disconnects every hour' }, { role: 'assistant', content: 'Update the VPN client to 5.2.' }],
    ]);
    const math = [{ problem: 'What is 3 + 4 * 2?', level: 'Level 1', type: 'Prealgebra', solution: 'Multiply first: 4 * 2 = 8, then 3 + 8 = $\\boxed{11}$.' }];
    const records = await jsonlExtractor.extract({ bytes: Buffer.from(math.map((record) => JSON.stringify(record)).join('\n')), name: 'math.jsonl' });
    expect(records.conversations?.[0]?.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
  });

  it('leaves a troubleshooting table inside a document as a table', async () => {
    const { namesQuestions } = await import('./table-layout.js');
    expect(namesQuestions('Problem')).toBe(false);
    expect(namesQuestions('Issue')).toBe(false);
    expect(namesQuestions('Question')).toBe(true);
  });
});

describe('HTML message bodies', () => {
  it('converts a body kept as HTML (Intercom, Freshdesk exports) and keeps text that only mentions tags', async () => {
    const document = await csv([
      'conversation_id,author_type,body',
      '9,user,"<p>Hi, how do I add a teammate?</p>"',
      '9,admin,"<p>Go to <b>Settings &gt; Team</b> and click <i>Invite</i>.</p><p>That\'s it!</p>"',
      '10,user,How do I start a paragraph in HTML?',
      '10,bot,Use <p>your text</p> around it.',
    ].join('\n'));
    expect(document.conversations?.map((conversation) => conversation.messages.map((message) => message.content))).toEqual([
      ['Hi, how do I add a teammate?', "Go to Settings > Team and click Invite.\n\nThat's it!"],
      ['How do I start a paragraph in HTML?', 'Use <p>your text</p> around it.'],
    ]);
  });
});
