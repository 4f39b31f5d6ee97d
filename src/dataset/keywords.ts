/**
 * Topic keywords without an LLM: TF-IDF over a corpus (one document per corpus entry), used to give identified
 * samples their `topicKeywords`.
 *
 * - Tokens: lower-case runs of letters/digits (apostrophes and inner hyphens kept, possessive `'s` dropped),
 *   at least 3 characters, not pure numbers, not English stop words.
 * - Bigrams: two adjacent kept tokens with no dropped word or punctuation between them; a bigram is a candidate only when it
 *   occurs at least twice in the text, and when chosen it replaces its two words in the result.
 * - Score: tf(term, text) × idf(term), with smoothed idf = ln((1 + N) / (1 + df)) + 1 (the scikit-learn default
 *   formula), so terms rare in the corpus but frequent in the text rank first. Ties are broken alphabetically,
 *   so the output is deterministic.
 * The extractor keeps only the document-frequency table (a `Map` of the corpus vocabulary), so it can be called
 * on every sample; each call is linear in the text length.
 */

export interface KeywordExtractorOptions {
  /** Keywords returned per text (default 5). */
  maxKeywords?: number;
  /** Consider two-word phrases (default true). */
  bigrams?: boolean;
}

const DEFAULT_MAX_KEYWORDS = 5;
const MIN_TOKEN_LENGTH = 3;

/** Common English function words and filler, plus words frequent in FAQs and chats that say nothing of a topic. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost also although always am among an and another any anybody anyone ' +
    'anything anyway anywhere are aren\'t around as at be became because become becomes been before being below ' +
    'between both but by can can\'t cannot could couldn\'t did didn\'t do does doesn\'t doing don\'t done down during ' +
    'each either else enough etc even ever every everyone everything few for from further get gets getting give ' +
    'given gives go goes going gone got had hadn\'t has hasn\'t have haven\'t having he he\'d he\'ll he\'s her here ' +
    'here\'s hers herself him himself his how how\'s however i i\'d i\'ll i\'m i\'ve if in into is isn\'t it it\'s its ' +
    'itself just keep know last least less let let\'s like likely made make makes many may maybe me might mine more ' +
    'most mostly much must mustn\'t my myself need needs neither never next no nobody none nor not nothing now of ' +
    'off often on once one only onto or other others otherwise ought our ours ourselves out over own per perhaps ' +
    'please put quite rather really said same say says see seem seems several shall shan\'t she she\'d she\'ll ' +
    'she\'s should shouldn\'t since so some somebody someone something sometimes somewhat soon still such sure take ' +
    'than that that\'s the their theirs them themselves then there there\'s therefore these they they\'d they\'ll ' +
    'they\'re they\'ve thing things this those though through thus to together too toward towards under until up ' +
    'upon us use used uses using usually very via want wants was wasn\'t way we we\'d we\'ll we\'re we\'ve well were ' +
    'weren\'t what what\'s whatever when when\'s where where\'s whether which while who who\'s whom whose why why\'s ' +
    'will with within without won\'t would wouldn\'t yes yet you you\'d you\'ll you\'re you\'ve your yours yourself ' +
    'yourselves ' +
    // Conversation filler.
    'answer answers question questions ask asked asking hello hi hey thanks thank ok okay sorry help helps ' +
    'lot lots able example examples want wanted tell told new good best better great way ways work works working ' +
    'time times first second also two three yeah sure right'
  ).split(' '),
);

/** Lower-case tokens of `text` that are neither stop words, too short, nor numbers; `null` marks a dropped token. */
/** 1 for letters and digits of the Basic Multilingual Plane (built once, on first use). */
let wordCharacters: Uint8Array | undefined;
function wordTable(): Uint8Array {
  if (wordCharacters) return wordCharacters;
  const table = new Uint8Array(65536);
  const letterOrDigit = /[\p{L}\p{N}\p{M}]/u;
  for (let code = 0; code < 65536; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)) table[code] = 1;
    else if (code > 127 && letterOrDigit.test(String.fromCharCode(code))) table[code] = 1;
  }
  wordCharacters = table;
  return table;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;

/**
 * Lower-case tokens of `text` that are neither stop words, too short, nor numbers. With `keepGaps`, `null` marks a
 * dropped word or punctuation between two words (a phrase never spans it). One pass over the characters.
 */
export function tokenize(text: string, keepGaps: boolean): Array<string | null> {
  const table = wordTable();
  const lower = text.toLowerCase();
  const tokens: Array<string | null> = [];
  const length = lower.length;
  let position = 0;
  let gap = false;
  while (position < length) {
    let code = lower.charCodeAt(position);
    if (table[code] !== 1) {
      if (code !== 32 && code !== 10 && code !== 9 && code !== 13) gap = true;
      position++;
      continue;
    }
    const start = position;
    let digitsOnly = true;
    let hasQuote = false;
    while (position < length) {
      code = lower.charCodeAt(position);
      if (table[code] === 1) {
        if (code < 48 || code > 57) digitsOnly = false;
        position++;
        continue;
      }
      // Inner apostrophe or hyphen between two word characters: `don't`, `thread-safe`.
      if ((code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN) && table[lower.charCodeAt(position + 1)] === 1) {
        if (code === RIGHT_QUOTE) hasQuote = true;
        position++;
        continue;
      }
      break;
    }
    let token = lower.slice(start, position);
    if (hasQuote) token = token.replace(/\u2019/g, "'");
    if (token.endsWith("'s")) token = token.slice(0, -2);
    const kept = token.length >= MIN_TOKEN_LENGTH && !digitsOnly && !ENGLISH_STOP_WORDS.has(token);
    if (keepGaps && gap && tokens.length > 0 && tokens[tokens.length - 1] !== null) tokens.push(null);
    gap = false;
    if (kept) tokens.push(token);
    else if (keepGaps && tokens.length > 0 && tokens[tokens.length - 1] !== null) tokens.push(null);
  }
  return tokens;
}

/** Open-addressing table of (left id, right id) pairs → dense pair index, for bigram document frequencies. */
class PairTable {
  lefts = new Int32Array(1024);
  rights = new Int32Array(1024);
  private slots = new Int32Array(2048).fill(-1);
  size = 0;

  /** Index of the pair, or -1 when it was never added. */
  find(left: number, right: number): number {
    return this.slots[this.slot(left, right)]!;
  }

  /** Index of the pair, adding it when new. */
  intern(left: number, right: number): number {
    const slot = this.slot(left, right);
    const found = this.slots[slot]!;
    if (found >= 0) return found;
    const index = this.size++;
    if (index === this.lefts.length) {
      this.lefts = grow(this.lefts);
      this.rights = grow(this.rights);
    }
    this.lefts[index] = left;
    this.rights[index] = right;
    this.slots[slot] = index;
    if (this.size * 2 > this.slots.length) this.rehash();
    return index;
  }

  private slot(left: number, right: number): number {
    const mask = this.slots.length - 1;
    let slot = (Math.imul(left, 0x9e3779b1) ^ Math.imul(right, 0x85ebca77)) & mask;
    for (;;) {
      const index = this.slots[slot]!;
      if (index < 0 || (this.lefts[index] === left && this.rights[index] === right)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let index = 0; index < this.size; index++) this.slots[this.slot(this.lefts[index]!, this.rights[index]!)] = index;
  }
}

function grow<T extends Int32Array | Float64Array>(array: T): T {
  const grown = new (array.constructor as new (length: number) => T)(array.length * 2);
  grown.set(array);
  return grown;
}

interface Candidate {
  term: string;
  score: number;
  parts?: [string, string];
}

/** Highest score first; on a tie a phrase before a word, then alphabetical (deterministic output). */
function byScore(left: Candidate, right: Candidate): number {
  return (
    right.score - left.score ||
    Number(right.parts !== undefined) - Number(left.parts !== undefined) ||
    (left.term < right.term ? -1 : left.term > right.term ? 1 : 0)
  );
}

export function createKeywordExtractor(corpus: Iterable<string>, options: KeywordExtractorOptions = {}): (text: string) => string[] {
  const maxKeywords = options.maxKeywords ?? DEFAULT_MAX_KEYWORDS;
  const useBigrams = options.bigrams ?? true;
  // Terms are numbered once (ids) so document frequencies live in typed arrays, and a bigram is a pair of ids
  // rather than a new "left right" string per occurrence. Same counts, scores and output as string-keyed maps.
  const ids = new Map<string, number>();
  const terms: string[] = [];
  let termDocuments = new Int32Array(1024);
  let termLastDocument = new Int32Array(1024);
  const pairs = new PairTable();
  let pairDocuments = new Int32Array(1024);
  let pairLastDocument = new Int32Array(1024);
  let documentCount = 0;
  for (const document of corpus) {
    documentCount++;
    let previous = -1;
    for (const token of tokenize(document, useBigrams)) {
      if (token === null) {
        previous = -1;
        continue;
      }
      let id = ids.get(token);
      if (id === undefined) {
        id = terms.length;
        ids.set(token, id);
        terms.push(token);
        if (id === termDocuments.length) {
          termDocuments = grow(termDocuments);
          termLastDocument = grow(termLastDocument);
        }
      }
      if (termLastDocument[id] !== documentCount) {
        termLastDocument[id] = documentCount;
        termDocuments[id]!++;
      }
      if (useBigrams && previous >= 0) {
        const pair = pairs.intern(previous, id);
        if (pair === pairDocuments.length) {
          pairDocuments = grow(pairDocuments);
          pairLastDocument = grow(pairLastDocument);
        }
        if (pairLastDocument[pair] !== documentCount) {
          pairLastDocument[pair] = documentCount;
          pairDocuments[pair]!++;
        }
      }
      previous = id;
    }
  }

  // Smoothed idf, computed once per term and pair.
  const idf = (frequency: number): number => Math.log((1 + documentCount) / (1 + frequency)) + 1;
  const termIdf = Float64Array.from(termDocuments.subarray(0, terms.length), idf);
  const pairIdf = Float64Array.from(pairDocuments.subarray(0, pairs.size), idf);
  const unseenIdf = idf(0);
  // Per-call scratch: counts by term id (ids past the corpus vocabulary are the call's unseen terms).
  let counts = new Int32Array(Math.max(1024, terms.length + 1));
  let pairKeys = new Float64Array(1024);

  return (text: string): string[] => {
    if (maxKeywords <= 0) return [];
    const tokens = tokenize(text, useBigrams);
    const local: string[] = [];
    let unseen: Map<string, number> | undefined;
    const order: number[] = [];
    let pairCount = 0;
    let previous = -1;
    for (const token of tokens) {
      if (token === null) {
        previous = -1;
        continue;
      }
      let id = ids.get(token);
      if (id === undefined) {
        unseen ??= new Map();
        id = unseen.get(token);
        if (id === undefined) {
          id = terms.length + local.length;
          unseen.set(token, id);
          local.push(token);
        }
      }
      if (id >= counts.length) counts = grow(counts);
      if (counts[id] === 0) order.push(id);
      counts[id]!++;
      if (useBigrams && previous >= 0) {
        if (pairCount === pairKeys.length) pairKeys = grow(pairKeys);
        pairKeys[pairCount++] = previous * 67108864 + id; // 2^26 ids per side keeps the key exact
      }
      previous = id;
    }
    const termOf = (id: number): string => (id < terms.length ? terms[id]! : local[id - terms.length]!);
    const scored: Candidate[] = [];
    for (const id of order) {
      scored.push({ term: termOf(id), score: counts[id]! * (id < terms.length ? termIdf[id]! : unseenIdf) });
      counts[id] = 0;
    }
    if (pairCount > 1) {
      const keys = pairKeys.subarray(0, pairCount).sort();
      for (let start = 0; start < pairCount; ) {
        let end = start + 1;
        while (end < pairCount && keys[end] === keys[start]) end++;
        if (end - start >= 2) {
          const left = Math.floor(keys[start]! / 67108864);
          const right = keys[start]! - left * 67108864;
          const pair = left < terms.length && right < terms.length ? pairs.find(left, right) : -1;
          const parts: [string, string] = [termOf(left), termOf(right)];
          scored.push({ term: `${parts[0]} ${parts[1]}`, score: (end - start) * (pair >= 0 ? pairIdf[pair]! : unseenIdf), parts });
        }
        start = end;
      }
    }
    scored.sort(byScore);

    const chosen: string[] = [];
    const phraseWords = new Set<string>();
    for (const candidate of scored) {
      if (!candidate.parts) {
        if (chosen.length < maxKeywords && !phraseWords.has(candidate.term)) chosen.push(candidate.term);
        continue;
      }
      const [left, right] = candidate.parts;
      if (phraseWords.has(left) && phraseWords.has(right)) continue;
      const replaced = chosen.filter((term) => term === left || term === right).length;
      // A phrase takes the place of the single words it contains; when the list is full it may only merge them.
      if (chosen.length - replaced + 1 > maxKeywords || (chosen.length >= maxKeywords && replaced === 0)) continue;
      let slot = chosen.length;
      for (let position = chosen.length - 1; position >= 0; position--) {
        if (chosen[position] === left || chosen[position] === right) {
          chosen.splice(position, 1);
          slot = position;
        }
      }
      chosen.splice(slot, 0, candidate.term);
      phraseWords.add(left);
      phraseWords.add(right);
    }
    return chosen;
  };
}
