import { describe, expect, it } from 'vitest';
import { detectConversations, findVerbatimViolations } from './detect-conversations.js';
import type { DetectedConversation, DetectOptions } from './types.js';

/** Detect and check the verbatim contract on every call. */
function detect(text: string, options?: DetectOptions): DetectedConversation[] {
  const conversations = detectConversations(text, options);
  expect(findVerbatimViolations(text, conversations)).toEqual([]);
  return conversations;
}

function contents(conversation: DetectedConversation | undefined): string[] {
  return conversation ? conversation.messages.map((message) => `${message.role}: ${message.content}`) : [];
}

describe('Q/A labels', () => {
  it('pairs Q:/A: lines, one conversation per pair', () => {
    const text = 'Intro text.\n\nQ: What is zlib?\nA: A compression library.\n\nQ: Is it free?\nA: Yes.\nIt is under the zlib license.\n';
    const found = detect(text);
    expect(found.map(contents)).toEqual([
      ['user: What is zlib?', 'assistant: A compression library.'],
      ['user: Is it free?', 'assistant: Yes.\nIt is under the zlib license.'],
    ]);
    expect(found[0]!.format).toBe('qa-colon');
    expect(found[0]!.start).toBe(text.indexOf('Q: What'));
  });

  it.each([
    ['Question:/Answer:', 'Question: How big is it?\nAnswer: Small.\n\nQuestion: Fast?\nAnswer: Very.', 'qa-colon'],
    ['bold **Q:**/**A:**', '**Q:** How big is it?\n**A:** Small.\n\n**Q:** Fast?\n**A:** Very.', 'question-answer-bold'],
    ['**Question**:/**Answer**:', '**Question**: How big is it?\n**Answer**: Small.\n\n**Question**: Fast?\n**Answer**: Very.', 'question-answer-bold'],
    ['Q./A.', 'Q. How big is it?\nA. Small.\n\nQ. Fast?\nA. Very.', 'qa-colon'],
    ['numbered Q1:/A1:', 'Q1: How big is it?\nA1: Small.\n\nQ2: Fast?\nA2: Very.', 'qa-colon'],
    ['bold question **Q: ...?**', '**Q: How big is it?**  \nA: Small.\n\n**Q: Fast?**\nA: Very.', 'question-answer-bold'],
    ['heading ### Q:', '## FAQ\n\n### Q: How big is it?\n**A:** Small.\n\n### Q: Fast?\n**A:** Very.', 'question-answer-bold'],
  ])('reads %s', (_name, text, format) => {
    const found = detect(text);
    expect(found.map(contents)).toEqual([
      ['user: How big is it?', 'assistant: Small.'],
      ['user: Fast?', 'assistant: Very.'],
    ]);
    expect(found.every((conversation) => conversation.format === format)).toBe(true);
  });

  it('keeps a multi-paragraph answer up to the next question, and stops at a rule or heading', () => {
    const text = 'Q: Why?\nA: First part.\n\nSecond part.\n\nQ: How?\nA: Like this.\n\n---\n\nUnrelated closing words.\n';
    expect(detect(text).map(contents)).toEqual([
      ['user: Why?', 'assistant: First part.\n\nSecond part.'],
      ['user: How?', 'assistant: Like this.'],
    ]);
  });

  it('skips a question without an answer', () => {
    expect(detect('Q: Anyone there?\n\nQ: Hello?\nA: Hi.').map(contents)).toEqual([['user: Hello?', 'assistant: Hi.']]);
  });

  it('does not take a lettered option `A.` for an answer', () => {
    expect(detect('Q: Which one?\nA. red\nB. blue\n')).toEqual([]);
  });
});

describe('chat logs and transcripts', () => {
  it('keeps a multi-turn User/Assistant log as one conversation', () => {
    const text = 'User: Hi!\nAssistant: Hello, how can I help?\nUser: What is 2+2?\nAssistant: 4.\n';
    const [conversation] = detect(text);
    expect(contents(conversation)).toEqual(['user: Hi!', 'assistant: Hello, how can I help?', 'user: What is 2+2?', 'assistant: 4.']);
    expect(conversation!.format).toBe('chat-log');
    expect(conversation!.start).toBe(0);
  });

  it.each([
    ['Human:/AI:', 'Human: Ping?\nAI: Pong.'],
    ['Customer:/Agent:', 'Customer: Ping?\nAgent: Pong.'],
    ['Customer:/Support:', 'Customer: Ping?\nSupport: Pong.'],
    ['timestamps', '[10:02] Customer: Ping?\n[10:03] Support: Pong.'],
    ['bare times', '10:02 User: Ping?\n10:03 PM Assistant: Pong.'],
    ['bold labels', '**User:** Ping?\n**Assistant**: Pong.'],
    ['heading labels', '### User: Ping?\n### Assistant: Pong.'],
    ['lower-case roles', 'user: Ping?\nassistant: Pong.'],
    ['templated names', '[[USER_NAME]]: Ping?\n[[AI_NAME]]: Pong.'],
  ])('reads %s', (_name, text) => {
    expect(detect(text).map(contents)).toEqual([['user: Ping?', 'assistant: Pong.']]);
  });

  it('splits where the same role speaks twice in a row (messages are never merged)', () => {
    const text = 'User: One?\nAssistant: Two.\nAssistant: And three.\nUser: Four?\nAssistant: Five.\n';
    expect(detect(text).map(contents)).toEqual([
      ['user: One?', 'assistant: Two.'],
      ['user: Four?', 'assistant: Five.'],
    ]);
  });

  it('drops a leading agent greeting, a trailing unanswered user turn and empty turns', () => {
    const text = 'Agent: Welcome! How can I help?\nCustomer: My order is late.\nAgent: Sorry, it ships today.\nCustomer: Thanks\nAgent:\n';
    expect(detect(text).map(contents)).toEqual([['user: My order is late.', 'assistant: Sorry, it ships today.']]);
  });

  it('keeps a leading System turn as a system message', () => {
    const text = 'System: You are terse.\nUser: Hi\nAssistant: Hi.';
    expect(contents(detect(text)[0])).toEqual(['system: You are terse.', 'user: Hi', 'assistant: Hi.']);
  });

  it('maps named speakers: the one asking questions is the user', () => {
    const text = 'Alice: Hey, did you see the release notes?\nBob: Yes, the parser is faster now.\nAlice: By how much?\nBob: About twice.';
    const [conversation] = detect(text);
    expect(conversation!.format).toBe('speaker-transcript');
    expect(conversation!.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  it('maps guests in an interview to the assistant', () => {
    const text = 'Interviewer: What got you into compilers?\nDr. Jane Smith: A broken build, honestly.\nInterviewer: And now?\nDr. Jane Smith: Still fixing builds.';
    expect(contents(detect(text)[0])).toEqual([
      'user: What got you into compilers?',
      'assistant: A broken build, honestly.',
      'user: And now?',
      'assistant: Still fixing builds.',
    ]);
  });

  it('ignores named speakers with no question, three-way scripts, notes and headers', () => {
    expect(detect('Alice: Good morning.\nBob: Morning.\nAlice: Nice weather.\nBob: Indeed.')).toEqual([]);
    expect(detect('Hamlet: Who is there?\nHoratio: Friends.\nMarcellus: And liegemen.\nHoratio: Why?')).toEqual([]);
    expect(detect('Note: Is this a speaker?\nWarning: No, a note.\nNote: Really?\nWarning: Really.')).toEqual([]);
    expect(detect('From: Ann <ann@example.com>\nTo: Bo <bo@example.com>\nSubject: Lunch?\nDate: today')).toEqual([]);
    // Key/value lines seen in converted HTML docs (rustc platform pages, the Rust book).
    expect(detect('Tier: 3\nLibrary Support: core and alloc (bare-metal)\n')).toEqual([]);
    expect(detect('Stack-Only Data: Copy\nWhy does this work?\n\nOutput: src/main.rs\nfn main() {}\n')).toEqual([]);
    expect(detect('Unix: [![Build](https://ci.example/x.svg?branch=master)](x)\nWindows: [![Build](https://ci.example/y.svg?w=1)](y)\n')).toEqual([]);
  });

  it('in a compact log, leaves a closing paragraph out of the last turn; in a spaced log keeps multi-paragraph turns', () => {
    const compact = 'User: Hi?\nAssistant: Hello.\n\nThat was the whole log.';
    expect(contents(detect(compact)[0])).toEqual(['user: Hi?', 'assistant: Hello.']);
    const spaced = 'User: Explain?\n\nAssistant: First.\n\nSecond paragraph.\n\n    indented code';
    expect(contents(detect(spaced)[0])).toEqual(['user: Explain?', 'assistant: First.\n\nSecond paragraph.\n\n    indented code']);
  });

  it('splits a chat export at a title line between two chats', () => {
    const text = [
      'Support chat export',
      '===================',
      '',
      'Ticket #1 (2026-11-09 09:14)',
      '',
      'Customer: My backup is stuck. What should I do?',
      'Agent: Close Outlook and retry.',
      'Customer: That worked, thanks!',
      'Agent: Glad it is fixed.',
      '',
      'Ticket #2 (2026-11-09 11:02)',
      '',
      'Customer: How do I add a drive?',
      'Agent: Use Add folder.',
      '',
    ].join('\n');
    const found = detect(text, { includeContext: true });
    expect(found.map((conversation) => conversation.messages.length)).toEqual([4, 2]);
    expect(found[0]!.messages[3]!.content).toBe('Glad it is fixed.');
    expect(found.map((conversation) => conversation.context)).toEqual(['Ticket #1 (2026-11-09 09:14)', 'Ticket #2 (2026-11-09 11:02)']);
  });

  it('keeps a multi-paragraph answer in the middle of a log', () => {
    const text = 'User: How do I start?\nAssistant: Two steps:\n\n1. install\n2. run\n\nUser: Thanks?\nAssistant: Welcome.';
    expect(contents(detect(text)[0])).toEqual(['user: How do I start?', 'assistant: Two steps:\n\n1. install\n2. run', 'user: Thanks?', 'assistant: Welcome.']);
  });

  it('ignores labels inside fenced code and keeps code inside a turn', () => {
    expect(detect('```\nUser: hi\nAssistant: hello\n```\n')).toEqual([]);
    const text = 'User: Show code?\nAssistant: Here:\n```\nUser: not a label\n```\nUser: Thanks?\nAssistant: Welcome.';
    expect(contents(detect(text)[0])).toEqual([
      'user: Show code?',
      'assistant: Here:\n```\nUser: not a label\n```',
      'user: Thanks?',
      'assistant: Welcome.',
    ]);
  });
});

describe('heading FAQs', () => {
  const faq = [
    '# Tool FAQ',
    '',
    '## How do I install it?',
    '',
    'Run the installer.',
    '',
    '### On Windows',
    '',
    'Use the MSI.',
    '',
    '## The build fails',
    '',
    'Check the compiler version.',
    '',
    '## Why is it slow?',
    '',
    'It is not.',
    '',
  ].join('\n');

  it('answers run to the next heading of the same level; statement entries count in an FAQ', () => {
    const found = detect(faq, { includeContext: true });
    expect(found.map(contents)).toEqual([
      ['user: How do I install it?', 'assistant: Run the installer.\n\n### On Windows\n\nUse the MSI.'],
      ['user: The build fails', 'assistant: Check the compiler version.'],
      ['user: Why is it slow?', 'assistant: It is not.'],
    ]);
    expect(found.every((conversation) => conversation.format === 'heading-faq')).toBe(true);
    expect(found.map((conversation) => conversation.context)).toEqual(['Tool FAQ', 'Tool FAQ', 'Tool FAQ']);
  });

  it('needs more than one question heading outside an FAQ', () => {
    const prose = '# Design notes\n\n## Why Rust?\n\nSpeed.\n\n## Layout\n\nFolders.\n\n## Testing\n\nUnit tests.\n';
    expect(detect(prose)).toEqual([]);
    const two = '# Notes\n\n## Why Rust?\n\nSpeed.\n\n## What about Go?\n\nAlso fine.\n';
    expect(detect(two).map(contents)).toEqual([
      ['user: Why Rust?', 'assistant: Speed.'],
      ['user: What about Go?', 'assistant: Also fine.'],
    ]);
  });

  it('only counts question headings when an FAQ title is missing', () => {
    const text = '# Guide\n\n## Why A?\n\nA.\n\n## Why B?\n\nB.\n\n## Why C?\n\nC.\n\n## Setup\n\nS.\n\n## Usage\n\nU.\n\n## Limits\n\nL.\n\n## Credits\n\nC.\n';
    expect(detect(text).map((conversation) => conversation.messages[0]!.content)).toEqual(['Why A?', 'Why B?', 'Why C?']);
  });

  it('reads setext and reStructuredText underlined question titles', () => {
    const text = 'Project FAQ\n===========\n\nHow do I build it?\n------------------\n\nRun make.\n\nHow do I test it?\n------------------\n\nRun make test.\n';
    expect(detect(text).map(contents)).toEqual([
      ['user: How do I build it?', 'assistant: Run make.'],
      ['user: How do I test it?', 'assistant: Run make test.'],
    ]);
  });

  it('an FAQ section heading makes a document section an FAQ', () => {
    const text = '# Readme\n\nIntro.\n\n## FAQ\n\n### Can I use it at work?\n\nYes.\n\n### How to upgrade\n\nReinstall.\n\n## License\n\nMIT\n';
    expect(detect(text).map((conversation) => conversation.messages[0]!.content)).toEqual(['Can I use it at work?', 'How to upgrade']);
  });

  it('prefers the FAQ entry over a chat example inside its answer', () => {
    const text = '# FAQ\n\n## What does a log look like?\n\nLike this:\n\nUser: hi\nAssistant: hello\n\n## Is it free?\n\nYes.\n';
    const found = detect(text);
    expect(found.map((conversation) => conversation.format)).toEqual(['heading-faq', 'heading-faq']);
    expect(found[0]!.messages[1]!.content).toBe('Like this:\n\nUser: hi\nAssistant: hello');
  });
});

describe('quizzes', () => {
  it('reads a numbered question, its lettered options and the answer key', () => {
    const text = [
      '1. Which planet is largest?',
      '   a) Mars',
      '   b) Jupiter',
      '   c) Venus',
      '',
      '   Answer: b',
      '',
      '2. What is 2+2?',
      '',
      '   (A) 3',
      '   (B) 4',
      '',
      '**Correct answer:** B. Because two and two make four.',
      '',
    ].join('\n');
    const found = detect(text);
    expect(found.map(contents)).toEqual([
      ['user: Which planet is largest?\n   a) Mars\n   b) Jupiter\n   c) Venus', 'assistant: Answer: b'],
      ['user: What is 2+2?\n\n   (A) 3\n   (B) 4', 'assistant: Correct answer:** B. Because two and two make four.'],
    ]);
    expect(found[0]!.format).toBe('numbered-quiz');
  });

  it('keeps the explanation inside <details> and stops at </details>', () => {
    const text = '###### 1. What is logged?\n\n```js\nconsole.log(1)\n```\n\n- A: `1`\n- B: `undefined`\n\n<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: A\n\nIt logs one.\n\n</p>\n</details>\n\n---\n';
    const [conversation] = detect(text);
    expect(contents(conversation)).toEqual([
      'user: What is logged?\n\n```js\nconsole.log(1)\n```\n\n- A: `1`\n- B: `undefined`',
      'assistant: Answer: A\n\nIt logs one.',
    ]);
  });

  it('finds nothing in questions without answers', () => {
    expect(detect('1. What is a closure?\n   - A. a function\n   - B. a loop\n\n2. What is hoisting?\n   - A. x\n   - B. y\n')).toEqual([]);
  });
});

describe('numbered plain-text FAQs', () => {
  const text = [
    '             Frequently Asked Questions about tool',
    '',
    ' 1. Is tool free?',
    '',
    '    Yes.',
    '',
    ' 2. tool crashes on start.',
    '',
    '    Update your drivers.',
    '    Then try again.',
    '',
    ' 3. Where is the manual? It used to be',
    '    on the web site.',
    '',
    '    In the docs folder.',
    '',
  ].join('\n');

  it('reads numbered questions, wrapped questions and indented answers', () => {
    expect(detect(text).map(contents)).toEqual([
      ['user: Is tool free?', 'assistant: Yes.'],
      ['user: tool crashes on start.', 'assistant: Update your drivers.\n    Then try again.'],
      ['user: Where is the manual? It used to be\n    on the web site.', 'assistant: In the docs folder.'],
    ]);
  });

  it('does not take numbered steps with indented code for questions', () => {
    expect(detect('1. Clone the repo\n\n    git clone x\n\n2. Build it\n\n    make\n\n3. Install\n\n    make install\n')).toEqual([]);
  });
});

describe('definition lists', () => {
  it('reads reStructuredText definition lists whose terms are questions', () => {
    const text = 'How do I...\n-----------\n\n... build a PDF?\n   Use the LaTeX builder.\n\n   Or rinohtype.\n\n... number sections?\n   Use :numbered:.\n\nFor more, see the docs.\n';
    const found = detect(text, { includeContext: true });
    expect(found.map(contents)).toEqual([
      ['user: ... build a PDF?', 'assistant: Use the LaTeX builder.\n\n   Or rinohtype.'],
      ['user: ... number sections?', 'assistant: Use :numbered:.'],
    ]);
    expect(found[0]!.context).toBe('How do I...');
    expect(found[0]!.format).toBe('definition-faq');
  });

  it('reads Markdown-extra definition lists', () => {
    expect(detect('Is it fast?\n: Yes.\n\nIs it safe?\n: Mostly.\n').map(contents)).toEqual([
      ['user: Is it fast?', 'assistant: Yes.'],
      ['user: Is it safe?', 'assistant: Mostly.'],
    ]);
  });

  it('ignores definition lists whose terms are not questions', () => {
    expect(detect('Read the Docs\n    A hosting service.\n\nEpydoc\n    An API doc tool.\n')).toEqual([]);
  });
});

describe('question lines (HTML converted to text)', () => {
  it('reads questions on their own line followed by answers, and drops a trailing section title', () => {
    const text = '\nOrigins\n\n\nWhat is the purpose?\n\nTo build things.\n\nMore on that.\n\nUsage\n\nHow do I start?\n\nRead the guide.\n\nIs it free?\nYes, <dd> right after <dt>.\n';
    const found = detect(text);
    expect(found.map(contents)).toEqual([
      ['user: What is the purpose?', 'assistant: To build things.\n\nMore on that.'],
      ['user: How do I start?', 'assistant: Read the guide.'],
      ['user: Is it free?', 'assistant: Yes, <dd> right after <dt>.'],
    ]);
    expect(found[0]!.format).toBe('question-line');
  });

  it('reads a question wrapped onto two lines', () => {
    const text = 'Why braces? And why not\non the next line?\n\nBecause.\n\nWhy tabs?\n\nHabit.\n\nWhy Go?\n\nWhy not.\n';
    expect(detect(text)[0]!.messages[0]!.content).toBe('Why braces? And why not\non the next line?');
  });

  it('yields nothing when question lines are a tiny share of a long document (a book)', () => {
    const chapter = (n: number): string => `Chapter ${n}\n\n${'Plain paragraph of prose.\n\n'.repeat(40)}`;
    const book = `${chapter(1)}Why does this matter?\n\nIt matters.\n\n${chapter(2)}What comes next?\n\nMore.\n\n${chapter(3)}Is it over?\n\nYes.\n`;
    expect(detect(book)).toEqual([]);
  });

  it('does not take shell lines or operators for questions', () => {
    const text = '$ echo $?\n\n1\n\nTests and ?\n\nAbout the operator.\n\n?\n\nAlone.\n';
    expect(detect(text)).toEqual([]);
  });

  it('yields nothing for prose with a few rhetorical questions', () => {
    const prose = 'We rewrote the parser.\n\nWhy does this matter?\n\nBecause parsing is the bottleneck.\n\nThe rest of the article explains the design.\n';
    expect(detect(prose)).toEqual([]);
  });
});

describe('e-mail replies', () => {
  it('pairs the quoted message (user) with the reply above it (assistant)', () => {
    const text = 'Subject: Re: order\n\nIt ships tomorrow.\n\nOn Mon, 1 Jan 2024 at 10:00, Ann <ann@example.com>\nwrote:\n\n> When does my order ship?\n>\n';
    const [conversation] = detect(text);
    expect(contents(conversation)).toEqual(['user: When does my order ship?', 'assistant: It ships tomorrow.']);
    expect(conversation!.format).toBe('email-reply');
  });
});

describe('options and edge cases', () => {
  it('honours minTurns', () => {
    const text = 'Q: A?\nA: B.\n\n# Log\n\nUser: 1?\nAssistant: 2.\nUser: 3?\nAssistant: 4.\n';
    expect(detect(text).map((conversation) => conversation.messages.length)).toEqual([2, 4]);
    expect(detect(text, { minTurns: 3 }).map((conversation) => conversation.format)).toEqual(['chat-log']);
    expect(detect(text, { minTurns: 5 })).toEqual([]);
  });

  it('keeps the nearest preceding heading or paragraph as context, verbatim', () => {
    const text = 'Preamble.\n\n## Support chat\n\nUser: Hi?\nAssistant: Hello.\n\nA paragraph\nover two lines.\n\nQ: Why?\nA: Because.\n';
    const found = detect(text, { includeContext: true });
    expect(found.map((conversation) => conversation.context)).toEqual(['Support chat', 'A paragraph\nover two lines.']);
    expect(detect(text).every((conversation) => conversation.context === undefined)).toBe(true);
  });

  it('finds nothing in empty text, blank text and prose', () => {
    expect(detect('')).toEqual([]);
    expect(detect('\n\n   \n')).toEqual([]);
    expect(detect('It was a dark and stormy night; the rain fell in torrents.\n\nWhat could he do? He waited.\n')).toEqual([]);
  });

  it('keeps offsets exact with CRLF line endings, tabs and non-ASCII text', () => {
    const text = 'Q:\tÇa marche ?\r\nA: Oui — très bien. 👍\r\n\r\nQ: Und das?\r\nA: Auch.\r\n';
    expect(detect(text).map(contents)).toEqual([
      ['user: Ça marche ?', 'assistant: Oui — très bien. 👍'],
      ['user: Und das?', 'assistant: Auch.'],
    ]);
  });

  it('returns conversations sorted and non-overlapping across formats', () => {
    const text = '# FAQ\n\n## Is it free?\n\nYes.\n\n## Is it fast?\n\nYes.\n\n# Logs\n\nUser: hi\nAssistant: hello\n\n1. Pick one?\n   A. x\n   B. y\n\n   Answer: A\n';
    const found = detect(text);
    expect(found.map((conversation) => conversation.format)).toEqual(['heading-faq', 'heading-faq', 'chat-log', 'numbered-quiz']);
  });
});
