import { createHash } from 'node:crypto';
import type { Message } from './types.js';

/** Text used for exact-duplicate detection: every message, whitespace collapsed, case folded. */
export function normalizeForHash(messages: Message[]): string {
  return messages.map((message) => `${message.role}\u0000${normalizeText(message.content)}`).join('\u0001');
}

export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function contentHash(messages: Message[]): string {
  return createHash('sha1').update(normalizeForHash(messages)).digest('hex');
}

const HASHES = 32;
const BANDS = 8;
const ROWS = HASHES / BANDS;
const PRIME = 4294967311; // > 2^32

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Deterministic permutation coefficients (seeded LCG) so signatures are stable across runs. */
const COEFFICIENTS: { a: number; b: number }[] = (() => {
  let state = 0x9e3779b9;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  return Array.from({ length: HASHES }, () => ({ a: (next() % 0xfffff) + 1, b: next() % 0xfffff }));
})();
const COEFFICIENT_A = Float64Array.from(COEFFICIENTS, (coefficient) => coefficient.a);
const COEFFICIENT_B = Float64Array.from(COEFFICIENTS, (coefficient) => coefficient.b);

/** Word 3-shingles (word unigrams for texts under 3 words) of the normalised text. */
export function shingles(text: string): Set<number> {
  const words = normalizeText(text).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const result = new Set<number>();
  if (words.length < 3) {
    for (const word of words) result.add(fnv1a(word));
    return result;
  }
  for (let index = 0; index + 2 < words.length; index += 1) {
    result.add(fnv1a(`${words[index]} ${words[index + 1]} ${words[index + 2]}`));
  }
  return result;
}

/** `value % PRIME` for integers 0 ≤ value < 2^50, without the (slow) floating-point remainder. */
function modPrime(value: number): number {
  let rest = value - Math.floor(value / PRIME) * PRIME;
  if (rest < 0) rest += PRIME;
  else if (rest >= PRIME) rest -= PRIME;
  return rest;
}

export function minHashSignature(shingleSet: Set<number>): Uint32Array {
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of shingleSet) {
    const high = shingle >>> 16;
    const low = shingle & 0xffff;
    for (let index = 0; index < HASHES; index += 1) {
      const a = COEFFICIENT_A[index]!;
      // (a * x + b) mod p, split to stay within double precision.
      const value = modPrime(modPrime(a * high) * 65536 + a * low + COEFFICIENT_B[index]!);
      if (value < signature[index]!) signature[index] = value;
    }
  }
  return signature;
}

export interface DedupVerdict {
  duplicate: boolean;
  kind?: 'exact' | 'near';
  hash: string;
}

/** What `check` computes for one sample: kept for the next call when `has` ran on the same messages first. */
interface Prepared {
  messages: Message[];
  roles: string[];
  contents: string[];
  hash: string;
  signature: Uint32Array | undefined;
}

/**
 * Exact (hash of all messages) + near-duplicate (MinHash/LSH over word shingles of the user turns) detector.
 * `check` records a sample as seen when it is new.
 *
 * Memory is a few hundred bytes per sample, in typed arrays: sha1 digests as 5 words, signatures as 32 words,
 * LSH buckets as open-addressing tables keyed by a 32-bit hash of each band with chained entry indices.
 * Candidates: two signatures at or above the threshold differ in at most `m = 32 - ceil(32 × threshold)` rows,
 * so when `m < 8`, splitting the 32 rows into `m + 1` bands guarantees they agree on a whole band (pigeonhole).
 * Those bands are longer than the classic 8 bands of 4 rows, so unrelated texts that share a phrase (FAQ openers
 * such as "How do I") rarely collide, and the verdicts are the same as with 8 × 4 bands, which then also find every
 * such pair. Below that (threshold ≤ 0.75) the classic 8 × 4 banding is kept.
 */
export class DuplicateDetector {
  private readonly digests = new DigestSet();
  /** Hashes that are not sha1 hex strings (callers may pass their own). */
  private readonly otherHashes = new Set<string>();
  private signatures = new Uint32Array(HASHES * 1024);
  private signatureCount = 0;
  private readonly bandStarts: number[];
  private readonly tables: BucketTable[];
  /** Entry `signature × bands + band` → previous entry in the same bucket (-1 ends the chain). */
  private chains = new Int32Array(1024 * BANDS);
  private readonly minSame: number;
  private prepared: Prepared | undefined;

  constructor(private readonly threshold = 0.9) {
    let minSame = 0;
    while (minSame <= HASHES && minSame / HASHES < threshold) minSame += 1;
    this.minSame = minSame;
    const maxMismatch = HASHES - minSame;
    const bands = maxMismatch >= 0 && maxMismatch + 1 < BANDS ? maxMismatch + 1 : BANDS;
    this.bandStarts = Array.from({ length: bands + 1 }, (_, band) => (bands === BANDS ? band * ROWS : Math.round((band * HASHES) / bands)));
    this.tables = Array.from({ length: bands }, () => new BucketTable());
  }

  get size(): number {
    return this.digests.size + this.otherHashes.size;
  }

  /** True when the messages duplicate (exactly or nearly) something already recorded; records nothing. */
  has(messages: Message[]): boolean {
    return this.check(messages, undefined, false).duplicate;
  }

  check(messages: Message[], precomputedHash?: string, record = true): DedupVerdict {
    const prepared = this.prepare(messages, precomputedHash);
    const { hash, signature } = prepared;
    if (this.hasHash(hash)) return { duplicate: true, kind: 'exact', hash };
    if (signature !== undefined && this.findNear(signature)) return { duplicate: true, kind: 'near', hash };
    if (record) {
      this.add(hash, signature);
      this.prepared = undefined;
    }
    return { duplicate: false, hash };
  }

  /** Record an already-accepted sample (e.g. from the store on resume) without checking. */
  remember(messages: Message[], hash = contentHash(messages)): void {
    if (this.hasHash(hash)) return;
    const userText = userTurns(messages);
    this.add(hash, this.threshold < 1 && userText.trim() !== '' ? minHashSignature(shingles(userText)) : undefined);
  }

  /** Hash and signature of the messages; reused when the previous call (usually `has`) saw the same messages. */
  private prepare(messages: Message[], precomputedHash: string | undefined): Prepared {
    const last = this.prepared;
    if (last !== undefined && last.messages === messages && (precomputedHash === undefined || precomputedHash === last.hash) && sameContent(last, messages)) {
      return last;
    }
    const hash = precomputedHash ?? contentHash(messages);
    const userText = userTurns(messages);
    const signature = this.threshold < 1 && userText.trim() !== '' ? minHashSignature(shingles(userText)) : undefined;
    const prepared: Prepared = {
      messages,
      roles: messages.map((message) => message.role),
      contents: messages.map((message) => message.content),
      hash,
      signature,
    };
    this.prepared = prepared;
    return prepared;
  }

  private hasHash(hash: string): boolean {
    const words = digestWords(hash);
    return words === undefined ? this.otherHashes.has(hash) : this.digests.has(words);
  }

  private findNear(signature: Uint32Array): boolean {
    const bands = this.tables.length;
    for (let band = 0; band < bands; band += 1) {
      const from = this.bandStarts[band]!;
      const to = this.bandStarts[band + 1]!;
      let entry = this.tables[band]!.head(bandKey(signature, from, to));
      while (entry >= 0) {
        const offset = Math.floor(entry / bands) * HASHES;
        // A real bucket mate (not a key collision) that is similar enough.
        if (this.sameRows(signature, offset, from, to) === to - from && this.sameRows(signature, offset, 0, HASHES) >= this.minSame) return true;
        entry = this.chains[entry]!;
      }
    }
    return false;
  }

  private sameRows(signature: Uint32Array, offset: number, from: number, to: number): number {
    const signatures = this.signatures;
    let same = 0;
    for (let row = from; row < to; row += 1) if (signature[row] === signatures[offset + row]) same += 1;
    return same;
  }

  private add(hash: string, signature: Uint32Array | undefined): void {
    const words = digestWords(hash);
    if (words === undefined) this.otherHashes.add(hash);
    else this.digests.add(words);
    if (signature === undefined) return;
    const index = this.signatureCount;
    const bands = this.tables.length;
    if ((index + 1) * HASHES > this.signatures.length) {
      const grown = new Uint32Array(this.signatures.length * 2);
      grown.set(this.signatures);
      this.signatures = grown;
    }
    if ((index + 1) * bands > this.chains.length) {
      const grown = new Int32Array(this.chains.length * 2);
      grown.set(this.chains);
      this.chains = grown;
    }
    this.signatures.set(signature, index * HASHES);
    this.signatureCount += 1;
    for (let band = 0; band < bands; band += 1) {
      const entry = index * bands + band;
      this.chains[entry] = this.tables[band]!.push(bandKey(signature, this.bandStarts[band]!, this.bandStarts[band + 1]!), entry);
    }
  }
}

function userTurns(messages: Message[]): string {
  return messages.filter((message) => message.role === 'user').map((message) => message.content).join('\n');
}

function sameContent(prepared: Prepared, messages: Message[]): boolean {
  if (prepared.roles.length !== messages.length) return false;
  for (let index = 0; index < messages.length; index += 1) {
    const message = messages[index]!;
    if (message.role !== prepared.roles[index] || message.content !== prepared.contents[index]) return false;
  }
  return true;
}

/** 32-bit hash of `signature[from, to)` (collisions only add candidates, which are verified). */
function bandKey(signature: Uint32Array, from: number, to: number): number {
  let hash = 0x9747b28c ^ (to - from);
  for (let row = from; row < to; row += 1) {
    hash = Math.imul(hash ^ signature[row]!, 0x5bd1e995);
    hash ^= hash >>> 15;
  }
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

const SHA1_HEX = /^[0-9a-f]{40}$/;
const scratch = new Uint32Array(5);

/** The 5 words of a sha1 hex digest (in a shared scratch array), or undefined for any other string. */
function digestWords(hash: string): Uint32Array | undefined {
  if (hash.length !== 40 || !SHA1_HEX.test(hash)) return undefined;
  for (let word = 0; word < 5; word += 1) scratch[word] = parseInt(hash.slice(word * 8, word * 8 + 8), 16);
  return scratch;
}

/** Open-addressing set of sha1 digests (5 words each). */
class DigestSet {
  private words = new Uint32Array(5 * 1024);
  private slots = new Int32Array(2048).fill(-1);
  size = 0;

  has(digest: Uint32Array): boolean {
    return this.slots[this.find(digest)]! >= 0;
  }

  add(digest: Uint32Array): void {
    const slot = this.find(digest);
    if (this.slots[slot]! >= 0) return;
    if ((this.size + 1) * 5 > this.words.length) {
      const grown = new Uint32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    this.words.set(digest, this.size * 5);
    this.slots[slot] = this.size;
    this.size += 1;
    if (this.size * 2 > this.slots.length) this.rehash();
  }

  /** The slot holding `digest`, or the empty slot where it would go. */
  private find(digest: Uint32Array): number {
    const mask = this.slots.length - 1;
    let slot = digest[0]! & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry < 0) return slot;
      const offset = entry * 5;
      const words = this.words;
      if (words[offset] === digest[0] && words[offset + 1] === digest[1] && words[offset + 2] === digest[2] && words[offset + 3] === digest[3] && words[offset + 4] === digest[4]) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.size; entry += 1) {
      let slot = this.words[entry * 5]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
    this.slots = slots;
  }
}

/** Open-addressing map from a 32-bit key to the newest entry index of its bucket. */
class BucketTable {
  private keys = new Uint32Array(1024);
  private heads = new Int32Array(1024).fill(-1);
  private size = 0;

  /** Newest entry with this key, or -1. */
  head(key: number): number {
    return this.heads[this.find(key)]!;
  }

  /** Make `entry` the newest of its bucket; returns the previous newest (-1 when none). */
  push(key: number, entry: number): number {
    const slot = this.find(key);
    const previous = this.heads[slot]!;
    if (previous < 0) {
      this.keys[slot] = key;
      this.size += 1;
    }
    this.heads[slot] = entry;
    if (previous < 0 && this.size * 2 > this.heads.length) this.rehash();
    return previous;
  }

  private find(key: number): number {
    const mask = this.heads.length - 1;
    let slot = key & mask;
    while (this.heads[slot]! >= 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldHeads.length * 2).fill(-1);
    const mask = this.heads.length - 1;
    for (let slot = 0; slot < oldHeads.length; slot += 1) {
      if (oldHeads[slot]! < 0) continue;
      let target = oldKeys[slot]! & mask;
      while (this.heads[target]! >= 0) target = (target + 1) & mask;
      this.keys[target] = oldKeys[slot]!;
      this.heads[target] = oldHeads[slot]!;
    }
  }
}
