import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectConversations, findVerbatimViolations } from './detect-conversations.js';

/**
 * Real third-party documents from ../shared/fixtures/documents (see its MANIFEST.md).
 * Expected counts were made by hand and cross-checked with an independent count (grep of the question markers),
 * see the comment on each row.
 */
const FIXTURES = new URL('../../../shared/fixtures/documents/', import.meta.url);

function load(relativePath: string): string {
  return readFileSync(new URL(relativePath, FIXTURES), 'utf8');
}

/** A crude HTML → text conversion (tags removed, a few entities decoded), as a worst case for HTML input. */
function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** HTML → Markdown-ish text: `<h2>`/`<h3>` become ATX headings, other tags are removed. */
function headingsToMarkdown(html: string): string {
  return stripTags(
    html
      .replace(/<h2[^>]*>\s*([\s\S]*?)<\/h2>/g, (_match, title: string) => `## ${title.replace(/\s+/g, ' ').trim()}`)
      .replace(/<h3[^>]*>\s*([\s\S]*?)<\/h3>/g, (_match, title: string) => `### ${title.replace(/\s+/g, ' ').trim()}`),
  );
}

interface Row {
  file: string;
  /** Conversations expected. */
  conversations: number;
  /** Messages expected over all conversations. */
  messages: number;
  format: string;
  convert?: (text: string) => string;
}

const ROWS: Row[] = [
  // 50 numbered questions, 50 "Correct answer:" lines.
  { file: 'qa/aws-ccp-practice-exam-1.md', conversations: 50, messages: 100, format: 'numbered-quiz' },
  // 93 `## ` entries; 92 are real FAQ entries, `## The threaded resolver` is a sub-section mis-levelled in the source.
  { file: 'qa/curl-FAQ.md', conversations: 93, messages: 186, format: 'heading-faq' },
  // 84 <h3> questions, all ending with `?`.
  { file: 'qa/golang-website-faq.html', conversations: 84, messages: 168, format: 'question-line', convert: stripTags },
  { file: 'qa/golang-website-faq.html', conversations: 84, messages: 168, format: 'heading-faq', convert: headingsToMarkdown },
  // 28 `## ` entries (27 questions and "My macOS `.app`s don't find Homebrew utilities").
  { file: 'qa/homebrew-FAQ.md', conversations: 28, messages: 56, format: 'heading-faq' },
  // 155 `###### N.` questions, 155 `#### Answer:` keys.
  { file: 'qa/javascript-questions-README.md', conversations: 155, messages: 310, format: 'numbered-quiz' },
  // One dialog: User/Bob twice, then an empty `User:` prompt.
  { file: 'qa/llama.cpp-chat-with-bob.txt', conversations: 1, messages: 4, format: 'speaker-transcript' },
  { file: 'qa/llama.cpp-chat-with-vicuna-v0.txt', conversations: 1, messages: 4, format: 'chat-log' },
  // 8 user/assistant exchanges then an empty `[[USER_NAME]]:` prompt.
  { file: 'qa/llama.cpp-chat.txt', conversations: 1, messages: 16, format: 'chat-log' },
  // 36 `### Q:` headings answered by `**A:**`.
  { file: 'qa/python-design-patterns-FAQ.md', conversations: 36, messages: 72, format: 'question-answer-bold' },
  // 5 `**Q: ...?**` / `A:` pairs in the FAQ section; the rest of the guide is not Q/A.
  { file: 'qa/python-design-patterns-GETTING_STARTED.md', conversations: 5, messages: 10, format: 'question-answer-bold' },
  // 7 "How do I..." definition-list entries; "Using Sphinx with..." terms and the other sections are not questions.
  { file: 'qa/sphinx-faq.rst', conversations: 7, messages: 14, format: 'definition-faq' },
  // 44 numbered entries.
  { file: 'qa/zlib-FAQ.txt', conversations: 44, messages: 88, format: 'numbered-faq' },
  // One reply above a quoted question.
  { file: 'qa/chatwoot-mail_with_quote.eml', conversations: 1, messages: 2, format: 'email-reply' },
];

describe('detectConversations on real documents', () => {
  for (const row of ROWS) {
    it(`finds ${row.conversations} ${row.format} conversations in ${row.file}${row.convert ? ` (${row.convert.name})` : ''}`, () => {
      const raw = load(row.file);
      const text = row.convert ? row.convert(raw) : raw;
      const conversations = detectConversations(text, { includeContext: true });
      expect(conversations).toHaveLength(row.conversations);
      expect(conversations.reduce((total, conversation) => total + conversation.messages.length, 0)).toBe(row.messages);
      expect(new Set(conversations.map((conversation) => conversation.format))).toEqual(new Set([row.format]));
      expect(findVerbatimViolations(text, conversations)).toEqual([]);
      for (const conversation of conversations) {
        expect(conversation.messages[0]!.role).toBe('user');
        expect(conversation.messages[conversation.messages.length - 1]!.role).toBe('assistant');
      }
    });
  }

  it('takes the numbered "User query:" / "• AI response:" examples of a chatbot FAQ PDF one by one, without the next section title', async () => {
    const { pdfExtractor } = await import('../extract/pdf-extractor.js');
    const document = await pdfExtractor.extract({ path: fileURLToPath(new URL('pdf/scottll-ai-chatbot-FAQ.pdf', FIXTURES)) });
    const examples = detectConversations(document.text).filter((conversation) => conversation.format === 'chat-log');
    // Six numbered examples, then "3. How do I stop blocking ads on a specific website?" and its own User query.
    expect(examples.map((conversation) => conversation.messages.length)).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(examples[0]!.messages[0]!.content).toBe('Why should I use an ad blocker like AdGone?');
    expect(examples[5]!.messages[1]!.content.endsWith('avoiding unwanted ads.')).toBe(true);
    const last = examples[6]!.messages;
    expect(last[0]!.content).toBe('How do I stop blocking ads on a specific website?');
    // `Option 1:` is not a speaker, the answer's own numbered steps stay in it, the next section ("4. Is AdGone ...?") does not.
    expect(last[1]!.content).toContain('Option 2:\n1. Click on the AdGone icon');
    expect(last[1]!.content.endsWith('the ads on that website should start appearing.')).toBe(true);
    expect(findVerbatimViolations(document.text, examples)).toEqual([]);
  });

  it('yields nothing for the negative documents', () => {
    const files = [
      'negative/covid-qa-eval_question_similarity_en.csv',
      'negative/h5bp-javascript-questions.md',
      'negative/pdfjs-LICENSE-apache-2.0.txt',
      'negative/python-design-patterns-ARCHITECTURE.md',
      'negative/unstructured-book-war-and-peace-1p.txt',
      'negative/zlib-README.txt',
    ];
    for (const file of files) {
      expect(detectConversations(load(file), { includeContext: true }), file).toEqual([]);
    }
  });

  it('reads golang FAQ questions exactly as the <h3> headings say', () => {
    const html = load('qa/golang-website-faq.html');
    const questions = [...html.matchAll(/<h3[^>]*>\s*([\s\S]*?)<\/h3>/g)].map((match) => stripTags(match[1]!).trim());
    const found = detectConversations(stripTags(html)).map((conversation) => conversation.messages[0]!.content);
    expect(found).toEqual(questions);
  });

  it('keeps quiz questions with their options and the answer with its explanation', () => {
    const text = load('qa/javascript-questions-README.md');
    const first = detectConversations(text)[0]!;
    expect(first.messages[0]!.content.startsWith("What's the output?\n\n```javascript\nfunction sayHi()")).toBe(true);
    expect(first.messages[0]!.content.endsWith('- D: `undefined` and `ReferenceError`')).toBe(true);
    expect(first.messages[1]!.content.startsWith('Answer: D\n\nWithin the function')).toBe(true);
    expect(first.messages[1]!.content.endsWith('JavaScript throws a `ReferenceError`.')).toBe(true);

    const aws = detectConversations(load('qa/aws-ccp-practice-exam-1.md'));
    expect(aws[3]!.messages[0]!.content).toMatch(/^Which of the below options are related to the reliability of AWS\? \(Choose TWO\)\n/);
    expect(aws[3]!.messages[0]!.content).toMatch(/- E\. Ability to recover quickly from failures\.$/);
    expect(aws[3]!.messages[1]!.content).toBe('Correct answer: B, E');
  });

  it('keeps heading-FAQ answers up to the next heading of the same level, sub-headings included', () => {
    const text = load('qa/curl-FAQ.md');
    const conversations = detectConversations(text, { includeContext: true });
    const first = conversations[0]!;
    expect(first.messages[0]!.content).toBe('What is curl?');
    expect(first.messages[1]!.content).toContain('### libcurl');
    expect(first.messages[1]!.content.endsWith('(There is however a small section for the PHP/CURL in this FAQ.)')).toBe(true);
    expect(first.context).toBe('Philosophy');
    const install = conversations.find((conversation) => conversation.messages[0]!.content === 'configure fails when using static libraries');
    expect(install?.context).toBe('Install');
  });

  it('reads wrapped zlib questions and their indented answers', () => {
    const conversations = detectConversations(load('qa/zlib-FAQ.txt'));
    const wrapped = conversations[23]!;
    expect(wrapped.messages[0]!.content).toBe(
      'The license says that altered source versions must be "plainly marked". So\n    what exactly do I need to do to meet that requirement?',
    );
    expect(wrapped.messages[1]!.content.startsWith('You need to change the ZLIB_VERSION')).toBe(true);
    expect(conversations[43]!.messages[1]!.content).toBe('No. Go away. Shoo.');
  });

  it('gives each python-design-patterns FAQ entry its section heading as context', () => {
    const conversations = detectConversations(load('qa/python-design-patterns-FAQ.md'), { includeContext: true });
    expect(conversations[0]!.messages.map((message) => message.content)).toEqual([
      'What is a design pattern?',
      'A design pattern is a reusable solution to a common programming problem. It\'s a template or guide that shows how to solve a problem in a proven way. Think of it like architectural blueprints for buildings—the same patterns are used repeatedly because they work well.',
    ]);
    expect(conversations[0]!.context).toBe('General Questions');
    expect(conversations[6]!.context).toBe('Learning Questions');
    // The answer before a `---` rule does not take the rule.
    expect(conversations[5]!.messages[1]!.content.endsWith('JavaScript, etc.')).toBe(true);
  });

  it('maps the llama.cpp chat prompt to one multi-turn conversation', () => {
    const text = load('qa/llama.cpp-chat.txt');
    const [conversation] = detectConversations(text, { includeContext: true });
    expect(conversation!.messages[0]).toEqual({ role: 'user', content: 'Hello, [[AI_NAME]]!' });
    expect(conversation!.messages[11]!.content).toContain('\n\n    argv[0] is the path to the Node. js executable.');
    expect(conversation!.context?.startsWith('Text transcript of a never ending dialog')).toBe(true);
  });
});
