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

// A Zipf-distributed vocabulary (common English words, product words, syllable-made names) plus numbers and
// identifiers, so the tokenizer sees text about as varied as real documentation (its merge cache hits about as often).
const COMMON = (
  'the of and to in is you that it for on with as your are be this can from or have by not will at if an all ' +
  'but more when which their there what about so up out one do has new also after we use any how other then ' +
  'them some these into only its time may most over such first just like where make well because each same ' +
  'before any through while should both under again between never does without again every around another ' +
  'backup restore laptop server schedule folder archive network printer driver account password token session ' +
  'browser cache cookie profile mailbox calendar contact invoice payment refund shipping order parcel warranty ' +
  'battery charger screen keyboard mouse update install upgrade license subscription plan storage quota bucket ' +
  'region cluster node container image volume snapshot replica database index query table column report export ' +
  'import spreadsheet template document page section heading chart widget dashboard alert metric log trace ' +
  'webhook endpoint request response header timeout retry limit zone tenant workspace project team member ' +
  'role permission group policy audit encryption key certificate domain record mirror sync device tablet phone ' +
  'customer administrator settings option menu button window dialog message notification email address number ' +
  'minute hour day week month year version release feature error warning problem issue reason result value ' +
  'change delete create remove enable disable connect disconnect configure select choose open close start stop ' +
  'running stopped pending failed successful available missing invalid expired current previous default custom ' +
  'automatic manual local remote public private secure shared personal business monthly annual daily weekly'
).split(' ');
const SYLLABLES = 'ka ri to mu ne sa lo vi de fa gu be ni zo pe ta ro mi shu ven dor tal mex quin bar lix cor nav sil'.split(' ');
const VOCABULARY = (() => {
  const random = createRandom(7);
  const words = [...COMMON];
  const seen = new Set(words);
  while (words.length < 6000) {
    let word = '';
    for (let count = 2 + Math.floor(random() * 3); count > 0; count -= 1) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(random() < 0.15 ? `${word[0].toUpperCase()}${word.slice(1)}` : word);
    }
  }
  // Keep the common words in front (high frequency), shuffle the made-up names behind them.
  for (let index = words.length - 1; index > COMMON.length; index -= 1) {
    const other = COMMON.length + Math.floor(random() * (index - COMMON.length + 1));
    [words[index], words[other]] = [words[other], words[index]];
  }
  return words;
})();
// Cumulative Zipf (s = 1) weights for sampling a rank.
const ZIPF = (() => {
  const cumulative = new Float64Array(VOCABULARY.length);
  let total = 0;
  for (let rank = 0; rank < VOCABULARY.length; rank += 1) {
    total += 1 / (rank + 1);
    cumulative[rank] = total;
  }
  return cumulative.map((value) => value / total);
})();
const OPENERS = ['How do I', 'Why does my', 'Can I change the', 'What happens to the', 'Where can I find the', 'Is it possible to move the', 'When should I renew the'];
const VERBS = ['Check', 'Open', 'Select', 'Enable', 'Confirm', 'Restart', 'Remove', 'Rename', 'Copy', 'Schedule', 'Verify', 'Review'];

export function createCorpusGenerator(seed) {
  const random = createRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const word = () => {
    const roll = random();
    if (roll < 0.02) return `v${Math.floor(random() * 10)}.${Math.floor(random() * 40)}.${Math.floor(random() * 20)}`;
    if (roll < 0.035) return `${Math.floor(random() * 100000)}`;
    if (roll < 0.045) return `ERR_${pick(VOCABULARY).toUpperCase()}_${Math.floor(random() * 1000)}`;
    if (roll < 0.05) return `/${pick(VOCABULARY)}/${pick(VOCABULARY)}.conf`;
    const target = random();
    let low = 0;
    let high = ZIPF.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ZIPF[middle] < target) low = middle + 1;
      else high = middle;
    }
    return VOCABULARY[low];
  };
  const words = (count) => Array.from({ length: count }, word).join(' ');
  const sentence = () => `${pick(VERBS)} the ${words(4 + Math.floor(random() * 10))}${random() < 0.3 ? `, then ${words(2 + Math.floor(random() * 5))}` : ''}.`;
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

/** Growable list of 32-bit integers. */
class IntList {
  constructor() {
    this.values = new Int32Array(1 << 16);
    this.length = 0;
  }
  push(value) {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  toArray() {
    return this.values.slice(0, this.length);
  }
}

/**
 * Write `files` files of about `bytesPerFile` bytes each into `dir` (created). The text is ASCII, so character
 * offsets are byte offsets. Returns the paths, the total bytes, the number of conversations and, with `spans: true`,
 * for each file an Int32Array of [start, end) character offsets of every message of every conversation.
 */
export function writeCorpus(dir, { files, bytesPerFile, seed = 42, spans = false, extension = 'md' }) {
  mkdirSync(dir, { recursive: true });
  const next = createCorpusGenerator(seed);
  const paths = [];
  const fileSpans = [];
  let totalBytes = 0;
  let conversations = 0;
  let messages = 0;
  for (let file = 0; file < files; file += 1) {
    const filePath = path.join(dir, `faq-${String(file).padStart(3, '0')}.${extension}`);
    const fd = openSync(filePath, 'w');
    const list = spans ? new IntList() : undefined;
    let written = 0;
    let pending = '';
    while (written + pending.length < bytesPerFile) {
      const block = next();
      if (list !== undefined) {
        const base = written + pending.length;
        let cursor = 0;
        for (const conversation of block.conversations) {
          for (const message of conversation) {
            const at = block.text.indexOf(message, cursor);
            if (at < 0) throw new Error(`corpus: message not found in its block: ${message}`);
            list.push(base + at);
            list.push(base + at + message.length);
            cursor = at + message.length;
          }
        }
      }
      conversations += block.conversations.length;
      for (const conversation of block.conversations) messages += conversation.length;
      pending += `${block.text}\n`;
      if (pending.length >= 1 << 20) {
        written += writeSync(fd, pending);
        pending = '';
      }
    }
    if (pending !== '') written += writeSync(fd, pending);
    closeSync(fd);
    paths.push(filePath);
    if (list !== undefined) fileSpans.push(list.toArray());
    totalBytes += written;
  }
  return { paths, totalBytes, conversations, messages, spans: fileSpans };
}
