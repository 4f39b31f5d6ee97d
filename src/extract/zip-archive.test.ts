import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkZipDeclaredSize, ZipArchive, ZipFormatError } from './zip-archive.js';

/** Rewrites the uncompressed size in every central-directory record (a lying archive). */
function patchDeclaredSizes(zip: Uint8Array, size: number): Uint8Array {
  const copy = new Uint8Array(zip);
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 <= copy.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return copy;
}

describe('ZipArchive', () => {
  const zip = zipSync({
    'a.txt': strToU8('hello'),
    'dir/B.xml': strToU8('<x>'.repeat(1000)),
    'stored.bin': [strToU8('raw bytes'), { level: 0 }],
  });

  it('lists entries and inflates stored and deflated ones, names case-insensitively as a fallback', async () => {
    const archive = await ZipArchive.open(zip, { maxInflatedBytes: 1 << 20 });
    expect([...archive.entries.keys()].sort()).toEqual(['a.txt', 'dir/B.xml', 'stored.bin']);
    expect(archive.readText('a.txt')).toBe('hello');
    expect(archive.readText('dir/b.xml')).toBe('<x>'.repeat(1000));
    expect(archive.readText('stored.bin')).toBe('raw bytes');
    expect(archive.read('missing')).toBeUndefined();
  });

  it('stops inflating at the budget even when the declared sizes lie (zip bomb)', async () => {
    const bomb = patchDeclaredSizes(zipSync({ 'slide.xml': new Uint8Array(4 * 1024 * 1024) }), 100);
    const archive = await ZipArchive.open(bomb, { maxInflatedBytes: 1024 * 1024 });
    expect(archive.entry('slide.xml')?.uncompressedSize).toBe(100);
    expect(() => archive.read('slide.xml')).toThrowError(/expands to more than 1 MB .*possible zip bomb/);
  });

  it('refuses archives whose declared total is over the cap without inflating anything', () => {
    const big = zipSync({ 'a.bin': new Uint8Array(300_000), 'b.bin': new Uint8Array(300_000) });
    expect(() => checkZipDeclaredSize(big, 500_000)).toThrowError(/declares more than 0 MB of uncompressed content/);
    expect(() => checkZipDeclaredSize(big, 1_000_000)).not.toThrow();
  });

  it('reports truncated and non-ZIP input as ZipFormatError with a kind', async () => {
    const truncated = zip.subarray(0, zip.length - 30);
    await expect(ZipArchive.open(truncated, { maxInflatedBytes: 1 << 20 })).rejects.toMatchObject({ kind: 'corrupt' });
    await expect(ZipArchive.open(strToU8('plain text'), { maxInflatedBytes: 1 << 20 })).rejects.toBeInstanceOf(ZipFormatError);
    const corrupted = new Uint8Array(zip);
    const dataStart = 30 + 'a.txt'.length;
    corrupted.fill(0xff, dataStart, dataStart + 4);
    const archive = await ZipArchive.open(corrupted, { maxInflatedBytes: 1 << 20 });
    expect(() => archive.read('a.txt')).toThrowError(/entry a\.txt is corrupt/);
  });
});
