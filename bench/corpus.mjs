// Deterministic FAQ / chat corpus for the identify and memory benchmarks.
// Four layouts the pattern detector knows: `Q:`/`A:` labels, `**Question**:`/`**Answer**:` labels, chat logs
// (`User:`/`Assistant:`, several exchanges) and Markdown heading FAQs (`## Question?` + answer paragraph), with
// prose paragraphs in between. Every conversation is unique (random words from a seeded PRNG). The generator also
// returns each conversation's message texts, so a baseline can count their tokens without running the detector.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'backup restore laptop server schedule folder archive network printer driver account password token session ' +
  'browser cache cookie profile mailbox calendar contact invoice payment refund shipping order parcel warranty ' +
  'battery charger screen keyboard mouse update install upgrade license subscription plan storage quota bucket ' +
  'region cluster node container image volume snapshot replica database index query table column report export ' +
  'import spreadsheet template document page section heading chart widget dashboard alert metric log trace ' +
  'webhook endpoint request response header timeout retry limit region zone tenant workspace project team member ' +
  'role permission group policy audit encryption key certificate domain record mirror sync device tablet phone'
).split(' ');
const OPENERS = ['How do I', 'Why does my', 'Can I change the', 'What happens to the', 'Where can I find the', 'Is it possible to move the', 'When should I renew the'];
const VERBS = ['check', 'open', 'select', 'enable', 'confirm', 'restart', 'remove', 'rename', 'copy', 'schedule', 'verify', 'review'];

export function createCorpusGenerator(seed) {
  const random = createRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = (count) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const text = `${pick(VERBS)} the ${words(4 + Math.floor(random() * 10))}`;
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const sentences = (min, max) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, sentence).join(' ');
  const question = () => `${pick(OPENERS)} ${words(4 + Math.floor(random() * 6))}?`;
  const prose = () => `The ${words(3)} ${sentences(2, 4).toLowerCase()}`;

  const layouts = [
    // Q:/A: labels.
    () => {
      const parts = [];
      const conversations = [];
      for (let count = 0; count < 6; count += 1) {
        const [user, assistant] = [question(), sentences(1, 4)];
        parts.push(`Q: ${user}`, `A: ${assistant}`, '');
        conversations.push([user, assistant]);
      }
      return { text: parts.join('\n'), conversations };
    },
    // **Question**: / **Answer**: labels.
    () => {
      const parts = [];
      const conversations = [];
      for (let count = 0; count < 5; count += 1) {
        const [user, assistant] = [question(), sentences(2, 5)];
        parts.push(`**Question**: ${user}`, `**Answer**: ${assistant}`, '');
        conversations.push([user, assistant]);
      }
      return { text: parts.join('\n'), conversations };
    },
    // Chat logs: 2–4 exchanges each, each log introduced by a line of prose.
    () => {
      const parts = [];
      const conversations = [];
      for (let log = 0; log < 3; log += 1) {
        const messages = [];
        parts.push(`Support chat ${log + 1} (ticket ${Math.floor(random() * 100000)})`, '');
        for (let turn = 2 + Math.floor(random() * 3); turn > 0; turn -= 1) {
          const [user, assistant] = [question(), sentences(1, 3)];
          parts.push(`User: ${user}`, `Assistant: ${assistant}`);
          messages.push(user, assistant);
        }
        parts.push('');
        conversations.push(messages);
      }
      return { text: parts.join('\n'), conversations };
    },
    // Markdown heading FAQ.
    () => {
      const parts = [`# ${words(2)} FAQ`, ''];
      const conversations = [];
      for (let count = 0; count < 5; count += 1) {
        const [user, assistant] = [question(), sentences(2, 5)];
        parts.push(`## ${user}`, '', assistant, '');
        conversations.push([user, assistant]);
      }
      return { text: parts.join('\n'), conversations };
    },
  ];

  /** One block of text (a prose paragraph, then one layout) and the conversations in it. */
  return () => {
    const block = pick(layouts)();
    return { text: `# About the ${words(2)}\n\n${prose()}\n\n${block.text}\n`, conversations: block.conversations };
  };
}

/**
 * Write `files` files of about `bytesPerFile` bytes each into `dir` (created). Returns the paths, the total bytes and,
 * when `collect` is true, the message texts of every generated conversation (as arrays of strings).
 */
export function writeCorpus(dir, { files, bytesPerFile, seed = 42, collect = false, extension = 'md' }) {
  mkdirSync(dir, { recursive: true });
  const next = createCorpusGenerator(seed);
  const conversations = [];
  const paths = [];
  let totalBytes = 0;
  for (let file = 0; file < files; file += 1) {
    const filePath = path.join(dir, `faq-${String(file).padStart(3, '0')}.${extension}`);
    const fd = openSync(filePath, 'w');
    let written = 0;
    let pending = '';
    while (written + pending.length < bytesPerFile) {
      const block = next();
      pending += `${block.text}\n`;
      if (collect) conversations.push(...block.conversations);
      if (pending.length >= 1 << 20) {
        written += writeSync(fd, pending);
        pending = '';
      }
    }
    if (pending !== '') written += writeSync(fd, pending);
    closeSync(fd);
    paths.push(filePath);
    totalBytes += written;
  }
  return { paths, totalBytes, conversations };
}
