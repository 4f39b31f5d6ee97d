import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractionError, UnsupportedFileTypeError } from '../errors/errors.js';
import { createExtractorRegistry, extractFile, getExtractor, isSupportedFile, supportedExtensions } from './registry.js';
import type { Extractor } from './types.js';

const DOCUMENTS = fileURLToPath(new URL('../../../shared/fixtures/documents/', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'ftdb-extract-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(temp, name);
  writeFileSync(path, content);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<ExtractionError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ExtractionError);
  return error as ExtractionError;
}

describe('extractor registry', () => {
  it('maps extensions (any case) to extractors and lists the supported ones', () => {
    expect(supportedExtensions()).toEqual(expect.arrayContaining(['.pdf', '.docx', '.xlsx', '.xls', '.ods', '.pptx', '.csv', '.tsv', '.txt', '.md', '.html', '.json', '.jsonl', '.yaml', '.yml', '.eml']));
    expect(getExtractor('Report.PDF').id).toBe('pdf');
    expect(getExtractor('data/quiz.ods').id).toBe('spreadsheet');
    expect(isSupportedFile('notes.Markdown')).toBe(true);
    expect(isSupportedFile('.DS_Store')).toBe(false);
    expect(isSupportedFile('README')).toBe(false);
    const error = (() => {
      try {
        getExtractor('notes.xyz');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UnsupportedFileTypeError);
    expect(error).toMatchObject({ code: 'unsupported_file_type', filePath: 'notes.xyz' });
    expect((error as Error).message).toMatch(/^notes\.xyz: unsupported file type; supported extensions: \.csv, \.docx, .*\.yml$/);
  });

  it('says what to save a common unsupported format as', () => {
    expect(() => getExtractor('Old Report.DOC')).toThrow(/^Old Report\.DOC: unsupported file type \(an old Word document: save it as \.docx with File > Save As\); supported extensions: /);
    expect(() => getExtractor('slides/old.ppt')).toThrow(/\(an old PowerPoint file/);
    expect(getExtractor('inbox/ticket.msg').id).toBe('outlook');
  });

  it('refuses to register one extension twice', () => {
    const fake = (id: string): Extractor => ({ id, extensions: ['.x'], mediaTypes: [], extract: () => Promise.reject(new Error('unused')) });
    expect(() => createExtractorRegistry([fake('a'), fake('b')])).toThrowError('extension .x is registered twice (a, b)');
  });

  it('uses the display name, or else the base name, as sourceFile', async () => {
    const path = `${DOCUMENTS}qa/llama.cpp-chat-with-bob.txt`;
    expect((await extractFile(path)).sourceFile).toBe('llama.cpp-chat-with-bob.txt');
    expect((await extractFile(path, { displayName: 'chats/bob.txt' })).sourceFile).toBe('chats/bob.txt');
  });
});

describe('extractFile on bad input', () => {
  it('refuses a zero-byte file of every supported type, naming the file', async () => {
    for (const extension of supportedExtensions()) {
      const path = tempFile(`zero${extension}`, '');
      const error = await failure(extractFile(path));
      expect(error.code).toBe('empty_file');
      expect(error.message).toBe(`${path}: the file is empty (0 bytes); nothing to extract`);
    }
  });

  it('refuses binary content behind a text extension', async () => {
    const png = readFileSync(`${DOCUMENTS}pptx/docling-powerpoint_sample.pptx`).subarray(0, 4096);
    for (const name of ['image.txt', 'table.csv', 'data.json', 'page.html', 'notes.md']) {
      const error = await failure(extractFile(tempFile(name, png)));
      expect(error.message).toMatch(new RegExp(`${name.replace('.', '\\.')}: this looks like a binary file, not text`));
    }
  });

  it('refuses a file over maxBytes before reading it', async () => {
    const path = tempFile('big.txt', 'x'.repeat(5000));
    const error = await failure(extractFile(path, { maxBytes: 4096 }));
    expect(error.code).toBe('file_too_large');
    expect(error.message).toBe(`${path}: the file is 5 KB, over the limit of 4 KB (system.max_file_mb); raise the limit or split the file`);
  });

  it('reports a missing file and a folder plainly', async () => {
    expect((await failure(extractFile(join(temp, 'missing.pdf')))).message).toMatch(/missing\.pdf: file not found; check the path$/);
    const folder = join(temp, 'folder.md');
    rmSync(folder, { force: true, recursive: true });
    (await import('node:fs')).mkdirSync(folder);
    expect((await failure(extractFile(folder))).message).toMatch(/folder\.md: this is a folder, not a file$/);
  });

  it('stops a hanging extractor at the per-file time limit with a clear error', async () => {
    let sawAbort = false;
    const hanging: Extractor = {
      id: 'hang',
      extensions: ['.hang'],
      mediaTypes: [],
      extract: (_input, options) =>
        new Promise(() => {
          options?.signal?.addEventListener('abort', () => (sawAbort = true));
        }),
    };
    const registry = createExtractorRegistry([hanging]);
    const path = tempFile('stuck.hang', 'x');
    const started = Date.now();
    const error = await failure(registry.extractFile(path, { timeoutMs: 100 }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.code).toBe('extraction_timeout');
    expect(error.message).toBe(
      `${path}: extraction took longer than 100 ms, the per-file time limit (system.extract_timeout); the file may be very large or malformed — split it or raise the limit`,
    );
    expect(sawAbort).toBe(true);
  });

  it('times out a real PDF extraction and passes a caller abort through unchanged', async () => {
    const pdf = `${DOCUMENTS}pdf/pdfjs-tracemonkey.pdf`;
    expect((await failure(extractFile(pdf, { timeoutMs: 20 }))).code).toBe('extraction_timeout');
    const controller = new AbortController();
    const pending = extractFile(pdf, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('wraps an unexpected extractor failure in an ExtractionError that keeps the cause', async () => {
    const cause = new TypeError('boom');
    const broken: Extractor = { id: 'broken', extensions: ['.broken'], mediaTypes: [], extract: () => Promise.reject(cause) };
    const path = tempFile('x.broken', 'x');
    const error = await failure(createExtractorRegistry([broken]).extractFile(path));
    expect(error.message).toBe(`${path}: could not extract text (boom)`);
    expect(error.cause).toBe(cause);
    expect(error.extractorId).toBe('broken');
  });
});

describe('every real fixture either extracts or fails with an ExtractionError', () => {
  const brokenOnPurpose = new Set(['pdf2json-i306_err_invalid.pdf']);
  const folders = ['pdf', 'docx', 'pptx', 'spreadsheet', 'csv', 'qa', 'negative'];
  const files = folders.flatMap((folder) => readdirSync(`${DOCUMENTS}${folder}`).map((name) => `${folder}/${name}`));

  it.each(files.filter((file) => isSupportedFile(file)))('%s', async (file) => {
    const name = file.slice(file.indexOf('/') + 1);
    if (brokenOnPurpose.has(name)) {
      expect((await failure(extractFile(`${DOCUMENTS}${file}`))).message).toContain(name);
      return;
    }
    const document = await extractFile(`${DOCUMENTS}${file}`);
    expect(document.sourceFile).toBe(name);
    for (const unit of document.units) expect(document.text.slice(unit.offset, unit.offset! + unit.text.length)).toBe(unit.text);
    if (document.units.length === 0) expect(document.warnings.length).toBeGreaterThan(0);
  });
});

describe('lazy loading', () => {
  it('no extractor module imports a parser package at load time', () => {
    const folder = fileURLToPath(new URL('.', import.meta.url));
    const heavy = /^import\s+(?!type\b)[^;]*from\s+'(pdf-parse|mammoth|xlsx|fflate|fast-xml-parser|papaparse|yaml)(\/[^']*)?'/m;
    const sources = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(15);
    for (const name of sources) expect(readFileSync(join(folder, name), 'utf8')).not.toMatch(heavy);
  });
});
