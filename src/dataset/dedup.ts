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

export function minHashSignature(shingleSet: Set<number>): Uint32Array {
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of shingleSet) {
    for (let index = 0; index < HASHES; index += 1) {
      const { a, b } = COEFFICIENTS[index]!;
      // (a * x + b) mod p, split to stay within double precision.
      const value = ((a * (shingle >>> 16)) % PRIME * 65536 + a * (shingle & 0xffff) + b) % PRIME;
      if (value < signature[index]!) signature[index] = value;
    }
  }
  return signature;
}

function estimatedJaccard(left: Uint32Array, right: Uint32Array): number {
  let same = 0;
  for (let index = 0; index < HASHES; index += 1) if (left[index] === right[index]) same += 1;
  return same / HASHES;
}

export interface DedupVerdict {
  duplicate: boolean;
  kind?: 'exact' | 'near';
  hash: string;
}

/**
 * Exact (hash of all messages) + near-duplicate (MinHash/LSH over word shingles of the user turns) detector.
 * `check` records a sample as seen when it is new.
 */
export class DuplicateDetector {
  private readonly hashes = new Set<string>();
  private readonly buckets = new Map<string, number[]>();
  private readonly signatures: Uint32Array[] = [];

  constructor(private readonly threshold = 0.9) {}

  get size(): number {
    return this.hashes.size;
  }

  /** True when the messages duplicate (exactly or nearly) something already recorded; records nothing. */
  has(messages: Message[]): boolean {
    return this.check(messages, undefined, false).duplicate;
  }

  check(messages: Message[], precomputedHash?: string, record = true): DedupVerdict {
    const hash = precomputedHash ?? contentHash(messages);
    if (this.hashes.has(hash)) return { duplicate: true, kind: 'exact', hash };
    const userText = messages.filter((message) => message.role === 'user').map((message) => message.content).join('\n');
    let signature: Uint32Array | undefined;
    if (this.threshold < 1 && userText.trim() !== '') {
      signature = minHashSignature(shingles(userText));
      const keys = bandKeys(signature);
      const seen = new Set<number>();
      for (const key of keys) {
        for (const candidate of this.buckets.get(key) ?? []) {
          if (seen.has(candidate)) continue;
          seen.add(candidate);
          if (estimatedJaccard(signature, this.signatures[candidate]!) >= this.threshold) {
            return { duplicate: true, kind: 'near', hash };
          }
        }
      }
    }
    if (record) this.add(hash, signature);
    return { duplicate: false, hash };
  }

  /** Record an already-accepted sample (e.g. from the store on resume) without checking. */
  remember(messages: Message[], hash = contentHash(messages)): void {
    if (this.hashes.has(hash)) return;
    const userText = messages.filter((message) => message.role === 'user').map((message) => message.content).join('\n');
    this.add(hash, this.threshold < 1 && userText.trim() !== '' ? minHashSignature(shingles(userText)) : undefined);
  }

  private add(hash: string, signature: Uint32Array | undefined): void {
    this.hashes.add(hash);
    if (signature === undefined) return;
    const index = this.signatures.length;
    this.signatures.push(signature);
    for (const key of bandKeys(signature)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(index);
      else this.buckets.set(key, [index]);
    }
  }
}

function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band += 1) {
    let key = `${band}`;
    for (let row = 0; row < ROWS; row += 1) key += `:${signature[band * ROWS + row]!.toString(36)}`;
    keys.push(key);
  }
  return keys;
}
