import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../extract/html-to-markdown.js';
import { detectConversations, findVerbatimViolations } from './detect-conversations.js';
import type { DetectedConversation, DetectOptions } from './types.js';

/** Gaps found by running the product on the example inputs (examples/ * /input_files) and similar documents. */

const EXAMPLES = new URL('../../examples/', import.meta.url);

function detect(text: string, options?: DetectOptions): DetectedConversation[] {
  const conversations = detectConversations(text, options);
  expect(findVerbatimViolations(text, conversations)).toEqual([]);
  return conversations;
}

function contents(conversation: DetectedConversation | undefined): string[] {
  return conversation ? conversation.messages.map((message) => `${message.role}: ${message.content}`) : [];
}

const prose = (paragraphs: number): string =>
  Array.from({ length: paragraphs }, (_, n) => `Plain paragraph number ${n} about the product and its history.\n\n`).join('');

describe('HTML definition-list FAQs (question line, answer on the next line)', () => {
  // The HTML extractor's output for examples/customer-support/input_files/returns-policy.html.
  const returnsPolicy =
    '# Returns and refunds FAQ\n\nEverything about sending hardware back to Brightbox.\n\nCan I return the Brightbox Home drive?\nYes, within 30 days of delivery, in its original packaging. Start the return from Orders → Return an item.\n\nWho pays for return shipping?\nWe do, when the drive is faulty. For other returns the shipping cost is deducted from your refund.\n\nHow long does a refund take?\nRefunds are issued within 5 business days after the drive arrives at our warehouse, to the original payment method.\n\nIs my data wiped before the drive is resold?\nYes. Every returned drive is securely erased with a three-pass overwrite before refurbishment.';

  it('reads the 4 entries of the returns-policy page', () => {
    const found = detect(returnsPolicy, { includeContext: true });
    expect(found.map((conversation) => conversation.messages[0]!.content)).toEqual([
      'Can I return the Brightbox Home drive?',
      'Who pays for return shipping?',
      'How long does a refund take?',
      'Is my data wiped before the drive is resold?',
    ]);
    expect(found[1]!.messages[1]!.content).toBe('We do, when the drive is faulty. For other returns the shipping cost is deducted from your refund.');
    expect(found[3]!.messages[1]!.content).toBe('Yes. Every returned drive is securely erased with a three-pass overwrite before refurbishment.');
    expect(found.every((conversation) => conversation.format === 'question-line')).toBe(true);
    expect(found[0]!.context).toBe('Everything about sending hardware back to Brightbox.');
  });

  it('reads the same page through the real HTML extractor', () => {
    const html = readFileSync(new URL('customer-support/input_files/returns-policy.html', EXAMPLES), 'utf8');
    expect(detect(htmlToMarkdown(html)).map((conversation) => conversation.messages.length)).toEqual([2, 2, 2, 2]);
  });

  it('finds a short <dl> FAQ inside a long page, without the footer after it', () => {
    const text = `# Help\n\n${prose(60)}Can I return it?\nYes, within 30 days.\n\nWho pays shipping?\nWe do.\n\nHow long does a refund take?\nFive days.\n\nMore prose after the list.\n\n© 2024 Brightbox.\n`;
    expect(detect(text).map(contents)).toEqual([
      ['user: Can I return it?', 'assistant: Yes, within 30 days.'],
      ['user: Who pays shipping?', 'assistant: We do.'],
      ['user: How long does a refund take?', 'assistant: Five days.'],
    ]);
  });

  it('keeps the last answer to one paragraph in a dense <dl> FAQ too', () => {
    const text = 'Is it free?\nYes.\n\nIs it fast?\nVery.\n\nIs it safe?\nMostly.\n\nCopyright 2024 Example Inc. All rights reserved.\n';
    expect(detect(text).map((conversation) => conversation.messages[1]!.content)).toEqual(['Yes.', 'Very.', 'Mostly.']);
  });

  it('still keeps multi-paragraph answers between two questions', () => {
    const text = 'Is it free?\nYes.\n\nUnder the MIT license.\n\nIs it fast?\nVery.\n\nIs it safe?\nMostly.\n';
    expect(detect(text)[0]!.messages[1]!.content).toBe('Yes.\n\nUnder the MIT license.');
  });

  it('ignores prose whose paragraphs open with a rhetorical question line', () => {
    // Two tight entries in a row is not a list; three separated by prose is not one either.
    const two = `${prose(40)}Why does this matter?\nBecause parsing is slow.\n\nWhat did we change?\nThe tokenizer.\n\n${prose(40)}`;
    expect(detect(two)).toEqual([]);
    const apart = `${prose(30)}Why does this matter?\nBecause parsing is slow.\n\n${prose(3)}What did we change?\nThe tokenizer.\n\n${prose(3)}Was it worth it?\nYes.\n\n${prose(30)}`;
    expect(detect(apart)).toEqual([]);
  });
});

describe('two-party transcripts with arbitrary speaker labels', () => {
  it('reads the Author/Reviewer review thread: two threads, the asking Author is the user', () => {
    const text = readFileSync(new URL('code-review/input_files/review-thread-1842.txt', EXAMPLES), 'utf8');
    const found = detect(text, { includeContext: true });
    expect(found.map((conversation) => conversation.messages.length)).toEqual([6, 4]);
    expect(found.every((conversation) => conversation.format === 'speaker-transcript')).toBe(true);
    expect(found[0]!.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user', 'assistant']);
    expect(found[0]!.messages[0]!.content).toBe('Why did you flag the retry loop in deliver.ts? It already retries three times.');
    expect(found[1]!.messages[3]!.content.startsWith('Yes. Start two refunds in parallel')).toBe(true);
    expect(found[1]!.context).toBe('Pull request #1857 — "Add refund amount validation"');
  });

  it('takes the speaker who asks most questions for the user, whatever the labels', () => {
    const text = 'Reviewer: Why is the cache global?\nAuthor: It was simpler.\nReviewer: Can it be per request?\nAuthor: Yes, I will change it.';
    expect(detect(text)[0]!.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(detect(text)[0]!.messages[1]!.content).toBe('It was simpler.');
  });

  it('reuses the roles of a speaker pair for a one-exchange thread later in the same document', () => {
    const text = 'PR #1 — "x"\n\nAuthor: Why is this slow?\nReviewer: The loop is quadratic.\nAuthor: Should I cache it?\nReviewer: Yes.\n\nPR #2 — "y"\n\nAuthor: Is this enough?\nReviewer: Not quite.\n';
    expect(detect(text).map(contents)[1]).toEqual(['user: Is this enough?', 'assistant: Not quite.']);
    // Alone, one exchange between two named speakers is not enough.
    expect(detect('Author: Is this enough?\nReviewer: Not quite.\n')).toEqual([]);
  });

  it.each([
    ['Interviewer', 'Interviewee'],
    ['Student', 'Teacher'],
    ['Client', 'Consultant'],
    ['Patient', 'Doctor'],
  ])('maps %s / %s by their role words, even when the answering side asks first', (asker, answerer) => {
    const text = `${answerer}: Welcome. What brings you here?\n${asker}: I need advice on my plan.\n${answerer}: Sure, start with the budget.\n${asker}: What budget do I need?\n${answerer}: About ten thousand.\n`;
    expect(contents(detect(text)[0])).toEqual([
      'user: I need advice on my plan.',
      'assistant: Sure, start with the budget.',
      'user: What budget do I need?',
      'assistant: About ten thousand.',
    ]);
  });

  it('keeps `Author:` metadata out of turns: headers, and lines inside a User/Assistant message', () => {
    expect(detect('Title: Doc\nAuthor: Jane Doe\nDate: 2020\n\nAuthor: John\nMaintainer: Jane\n')).toEqual([]);
    const chat = 'User: Show me a header?\nAssistant: Here:\nAuthor: Jane Doe\nVersion: 1.0\nUser: Thanks?\nAssistant: Welcome.';
    expect(contents(detect(chat)[0])).toEqual(['user: Show me a header?', 'assistant: Here:\nAuthor: Jane Doe\nVersion: 1.0', 'user: Thanks?', 'assistant: Welcome.']);
  });
});

describe('one-line Q/A pairs', () => {
  it('splits `Q: question? A: answer.` on one line, each part an exact slice', () => {
    const text = 'Intro.\n\nQ: Is it free? A: Yes, under MIT.\nQ: Does it run offline? A: Yes.\nIt needs no network.\n**Q: Bold?** A: Fine.\nQ1: Numbered? A1: Yes.\n';
    const found = detect(text);
    expect(found.map(contents)).toEqual([
      ['user: Is it free?', 'assistant: Yes, under MIT.'],
      ['user: Does it run offline?', 'assistant: Yes.\nIt needs no network.'],
      ['user: Bold?', 'assistant: Fine.'],
      ['user: Numbered?', 'assistant: Yes.'],
    ]);
    expect(found[0]!.start).toBe(text.indexOf('Q: Is it free?'));
    expect(found.map((conversation) => conversation.format)).toEqual(['qa-colon', 'qa-colon', 'question-answer-bold', 'qa-colon']);
  });

  it('reads `Q. ...? A. ...` only when the question label uses a dot too', () => {
    expect(detect('Q. Dotted? A. Works.').map(contents)).toEqual([['user: Dotted?', 'assistant: Works.']]);
    expect(detect('Q: Colon? A. Not an answer label.')).toEqual([]);
  });

  it('prefers an answer on the next line, and needs the `?` before the inline label', () => {
    expect(detect('Q: Is it X? A: inline\nA: Next line.').map(contents)).toEqual([['user: Is it X? A: inline', 'assistant: Next line.']]);
    expect(detect('Q: Tell me about plan A: the cheap one.')).toEqual([]);
  });
});

describe('Q/A labels in other languages', () => {
  it.each([
    ['German', 'Frage: Wie setze ich mein Passwort zurück?\nAntwort: Über „Passwort vergessen“.\n\nFrage: Wie lange dauert der Versand?\nAntwort: Zwei bis drei Werktage.\n'],
    ['German, short', 'F: Wie setze ich mein Passwort zurück?\nA: Über „Passwort vergessen“.\n\nF: Wie lange dauert der Versand?\nA: Zwei bis drei Werktage.\n'],
    ['Spanish', 'P: ¿Cómo restablezco mi contraseña?\nR: Con "Olvidé mi contraseña".\n\nP: ¿Cuánto tarda el envío?\nR: De dos a tres días hábiles.\n'],
    ['French (space before the colon)', 'Question : Comment réinitialiser mon mot de passe ?\nRéponse : Avec « Mot de passe oublié ».\n\nQuestion : Combien de temps prend la livraison ?\nRéponse : Deux à trois jours ouvrés.\n'],
    ['Japanese (full-width colon)', 'Q：パスワードをリセットするには？\nA：「パスワードをお忘れの方」をクリックしてください。\n\n質問：配送にはどのくらいかかりますか？\n回答：通常は2〜3営業日です。\n'],
    ['Chinese', '问：如何重置密码？\n答：请在登录页面点击“忘记密码”。\n\n问：配送需要多长时间？\n答：通常需要两到三个工作日。\n'],
    ['Russian', 'Вопрос: Как сбросить пароль?\nОтвет: Нажмите «Забыли пароль».\n\nВопрос: Сколько идёт доставка?\nОтвет: Два-три рабочих дня.\n'],
  ])('%s: each question with its answer', (_language, text) => {
    const conversations = detect(text);
    expect(conversations.map((conversation) => conversation.format)).toEqual(['qa-colon', 'qa-colon']);
    for (const conversation of conversations) expect(conversation.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
  });

  it('does not take names with initials for labels', () => {
    expect(detect('P. Smith wrote the report.\nR. Jones reviewed it.\n\nP. Smith replied.\nR. Jones agreed.\n')).toEqual([]);
  });
});

describe('questions in bold on a line of their own', () => {
  it('reads a Markdown FAQ of bold questions, the markers left out of the question', () => {
    const text = [
      '# Shipping FAQ', '',
      '**How do I reset my password?**', 'Click "Forgot password" on the sign-in page.', '',
      '**How long does shipping take?**', 'Usually two to three business days.', '',
      '__Can I return an item?__', 'Yes, within 30 days of delivery.', 'Keep the receipt.', '',
    ].join('\n');
    const conversations = detect(text);
    expect(conversations.map(contents)).toEqual([
      ['user: How do I reset my password?', 'assistant: Click "Forgot password" on the sign-in page.'],
      ['user: How long does shipping take?', 'assistant: Usually two to three business days.'],
      ['user: Can I return an item?', 'assistant: Yes, within 30 days of delivery.\nKeep the receipt.'],
    ]);
    expect(new Set(conversations.map((conversation) => conversation.format))).toEqual(new Set(['question-line-bold']));
  });

  it('does not take bold text that is not a whole question line', () => {
    const text = '**Note:** is this right?\nNo.\n\n**Warning** do not run?\nNo.\n\n**Important?** yes\nNo.\n';
    expect(detect(text)).toEqual([]);
  });
});

describe('an FAQ slide deck (the PPTX extractor writes `## Slide N: Title`)', () => {
  it('takes each question slide, without the "Slide N:" prefix, and not the deck\'s title slide', () => {
    const text = [
      '## Slide 1: Customer FAQ', '', 'Everything about orders', '',
      '## Slide 2: How do I reset my password?', '', 'Click "Forgot password" on the sign-in page.', '',
      '## Slide 3: How long does shipping take?', '', 'Usually two to three business days.', '',
      '## Slide 4: Returns', '', 'Items can be returned within 30 days of delivery.', '',
    ].join('\n');
    expect(detect(text).map(contents)).toEqual([
      ['user: How do I reset my password?', 'assistant: Click "Forgot password" on the sign-in page.'],
      ['user: How long does shipping take?', 'assistant: Usually two to three business days.'],
      ['user: Returns', 'assistant: Items can be returned within 30 days of delivery.'],
    ]);
  });
});

describe('question/answer tables', () => {
  it('reads a Markdown table with Question / Answer columns, one exchange per row', () => {
    const text = [
      '# FAQ', '',
      '| # | Question | Answer |', '|---|:---|---:|',
      '| 1 | How do I reset my password? | Click "Forgot password" on the sign-in page. |',
      '| 2 | Can I pay by card \\| PayPal? | Both are accepted. |',
      '| 3 | Empty answer? |  |',
      '', 'Text after the table.',
    ].join('\n');
    expect(detect(text).map(contents)).toEqual([
      ['user: How do I reset my password?', 'assistant: Click "Forgot password" on the sign-in page.'],
      ['user: Can I pay by card \\| PayPal?', 'assistant: Both are accepted.'],
    ]);
  });

  it('reads the `a | b` rows the DOCX and PPTX extractors write for tables, in other languages too', () => {
    const text = 'Frage | Antwort\nWie setze ich mein Passwort zurück? | Über „Passwort vergessen“.\nWie lange dauert der Versand? | Zwei bis drei Werktage.\n';
    expect(detect(text).map((conversation) => conversation.format)).toEqual(['qa-table', 'qa-table']);
  });

  it('leaves Input/Output and Request/Response example tables alone', () => {
    expect(detect('| Input | Output |\n|---|---|\n| foo(1) | 2 |\n| foo(2) | 4 |\n\n| Request | Response |\n|---|---|\n| GET /a | 200 |\n')).toEqual([]);
  });
});

describe('WhatsApp chat exports', () => {
  const lines = [
    ['John Doe', 'Hi, is the shop open tomorrow?'],
    ['Shop Support', 'Yes, from 9 am to 5 pm.'],
    ['John Doe', 'Do you have the blue jacket in size M?'],
    ['Shop Support', 'We do, two left in stock.'],
  ];
  it.each([
    ['Android', (name: string, text: string, minute: number) => `12/31/23, 10:0${minute} PM - ${name}: ${text}`],
    ['Android, narrow no-break space', (name: string, text: string, minute: number) => `12/31/23, 10:0${minute}\u202fPM - ${name}: ${text}`],
    ['iOS', (name: string, text: string, minute: number) => `[31/12/2023, 22:0${minute}:33] ${name}: ${text}`],
  ])('%s: one conversation, the customer asking', (_kind, line) => {
    const text = ['12/31/23, 10:01 PM - Messages and calls are end-to-end encrypted.', ...lines.map(([name, message], minute) => line(name!, message!, minute + 2))].join('\n');
    expect(detect(text).map(contents)).toEqual([lines.map(([name, message]) => `${name === 'John Doe' ? 'user' : 'assistant'}: ${message}`)]);
  });
});

describe('exported call transcripts: a speaker header line, the words below it', () => {
  const turns: [string, string][] = [
    ['Dana Support', 'Thanks for calling Acme. How can I help you today?'],
    ['Sam Lee', 'Hi, my router keeps dropping the connection every hour. What can I do?'],
    ['Dana Support', "Let's update the firmware first. Open the admin page and choose Update."],
    ['Sam Lee', 'Okay, done. Does it need a restart?'],
    ['Dana Support', 'Yes, restart it once and the drops should stop.'],
  ];
  it.each([
    ['Otter.ai / Teams (name, two spaces, time)', (name: string, index: number) => `${name}  0:${String(index * 7).padStart(2, '0')}`, '\n\n'],
    ['Rev / Temi (name (hh:mm:ss):)', (name: string, index: number) => `${name} (00:00:${String(index * 7).padStart(2, '0')}):`, '\n\n'],
    ['Zoom text ([name] hh:mm:ss)', (name: string, index: number) => `[${name}] 10:01:${String(index * 7).padStart(2, '0')}`, '\n'],
    ['Teams saved as .docx (one space left)', (name: string, index: number) => `${name} 0:${String(index * 7).padStart(2, '0')}`, '\n\n'],
    ['Slack or Teams chat copied (name, time AM/PM)', (name: string, index: number) => `${name}  10:0${index} AM`, '\n'],
    ['Discord copied (name — Today at time)', (name: string, index: number) => `${name} — Today at 10:0${index} AM`, '\n'],
    ['Discord copied (name — date time)', (name: string, index: number) => `${name} — 01/02/2024 10:0${index}`, '\n'],
  ])('%s: one conversation, the caller asking', (_kind, header, gap) => {
    const text = turns.map(([name, words], index) => `${header(name, index)}\n${words}`).join(gap);
    expect(detect(text).map(contents)).toEqual([turns.slice(1).map(([name, words]) => `${name === 'Sam Lee' ? 'user' : 'assistant'}: ${words}`)]);
  });

  it('does not take a list of video chapters or a meeting time for speakers', () => {
    expect(detect('Chapters\n\nIntro  0:00\nInstalling  1:23\nConfiguring  4:56\nTroubleshooting  9:10\n')).toEqual([]);
    const agenda = 'Meeting at 10:30\nWhat do we ship this week?\n\nstandup 11:00\nThe release, if tests pass.\n\nMeeting at 10:30\nWho reviews it?\n\nstandup 11:00\nSam does.';
    expect(detect(agenda).filter((conversation) => conversation.format === 'speaker-transcript')).toEqual([]);
  });
});

describe('Q) / A) labels, as Word and PDF FAQs number them', () => {
  it('reads each pair, and does not run an answer on into the next question', () => {
    const text = 'FAQ\n\nQ. How do I reset my password?\nA. Click Forgot password.\n\nQ) What payment methods do you accept?\nA) Visa and PayPal.\n\nQ) Do you ship abroad?\nA) Yes, to 40 countries.';
    expect(detect(text).map(contents)).toEqual([
      ['user: How do I reset my password?', 'assistant: Click Forgot password.'],
      ['user: What payment methods do you accept?', 'assistant: Visa and PayPal.'],
      ['user: Do you ship abroad?', 'assistant: Yes, to 40 countries.'],
    ]);
  });

  it('leaves a quiz question with A) B) C) options alone', () => {
    expect(detect('Q) What is 2+2?\nA) 3\nB) 4\nC) 5').filter((conversation) => conversation.format === 'qa-colon')).toEqual([]);
  });
});

describe('chats saved by ChatGPT export tools', () => {
  const turns = [
    ['How do I undo the last git commit?', 'Run `git reset --soft HEAD~1` to keep the changes staged.'],
    ['And to drop the changes too?', 'Use `git reset --hard HEAD~1`.'],
  ];
  it.each([
    ['headings', '## User', '## ChatGPT'],
    ['bold labels on their own line', '**You:**', '**ChatGPT:**'],
    ['bold words', '**User**', '**Assistant**'],
  ])('%s: one conversation', (_kind, user, assistant) => {
    const text = `# Undo a commit\n\n${turns.map(([question, answer]) => `${user}\n${question}\n\n${assistant}\n${answer}`).join('\n\n')}\n`;
    expect(detect(text).map(contents)).toEqual([turns.flatMap(([question, answer]) => [`user: ${question}`, `assistant: ${answer}`])]);
  });

  it('keeps document sections named Support or Teacher as sections', () => {
    const text = '## Teacher\nHand out the worksheet and explain the rules.\n\n## Student\nRead the rules. Why do they matter?\n\n## Teacher\nCollect the sheets.\n\n## Support\nMail help@example.com.';
    expect(detect(text).filter((conversation) => conversation.format === 'chat-log')).toEqual([]);
  });
});
