import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as ErrorsModule from '../errors/errors.js';
import type * as PoolModule from './extraction-worker-pool.js';
import type * as RegistryModule from './registry.js';
import type { ExtractorRegistry } from './registry.js';
import type { IsolatedExtractor } from './worker-protocol.js';

/**
 * The worker path, end to end. A worker thread cannot run the `.ts` sources vitest runs (see
 * extraction-worker-pool.ts), so these tests load the compiled modules from dist/ — the code the CLI runs.
 * `npm test` builds first; a missing or stale build fails here with a message saying so.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCUMENTS = join(ROOT, '../shared/fixtures/documents/');
const distUrl = (path: string): string => pathToFileURL(join(ROOT, 'dist', path)).href;
const temp = mkdtempSync(join(tmpdir(), 'ftdb-extract-worker-'));

/** Extractors that misbehave in ways a real parser can: written as plain .mjs so the worker can import them. */
const MISBEHAVING_MODULE = join(temp, 'misbehaving-extractors.mjs');
writeFileSync(
  MISBEHAVING_MODULE,
  `const document = (format, text) => ({ sourceFile: 'x', format, text, units: [{ kind: 'paragraph', index: 1, text, offset: 0 }], warnings: [] });
export const spin = { id: 'spin', extract() { for (;;) {} } };
export const ok = { id: 'ok', async extract({ path }) { return document('ok', 'read ' + path.slice(path.lastIndexOf('/') + 1)); } };
export const typeError = { id: 'type-error', async extract() { throw new TypeError('boom'); } };
export const uncaught = { id: 'uncaught', extract() { setTimeout(() => { throw new RangeError('parser blew up'); }); return new Promise(() => {}); } };
export const exits = { id: 'exits', extract() { process.exit(7); } };
export const uncloneable = { id: 'uncloneable', async extract() { return { ...document('x', 'x'), metadata: { callback() {} } }; } };
`,
);

function misbehaving(exportName: string, extension: string): IsolatedExtractor {
  return {
    id: exportName,
    extensions: [extension],
    mediaTypes: [],
    extract: () => Promise.reject(new Error('this test extractor only runs in the worker')),
    worker: { moduleUrl: pathToFileURL(MISBEHAVING_MODULE).href, exportName },
  };
}

function tempFile(name: string, content: string | Uint8Array = 'x'): string {
  const path = join(temp, name);
  writeFileSync(path, content);
  return path;
}

/** Fails with a clear message when dist/ is older than the sources it is built from. */
function assertFreshBuild(): void {
  const sources = [
    ...readdirSync(join(ROOT, 'src/extract'))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => `extract/${name}`),
    'errors/errors.ts',
  ];
  for (const source of sources) {
    const built = join(ROOT, 'dist', source.replace(/\.ts$/, '.js'));
    if (!existsSync(built) || statSync(built).mtimeMs < statSync(join(ROOT, 'src', source)).mtimeMs) {
      throw new Error(`dist/${source.replace(/\.ts$/, '.js')} is missing or older than src/${source}: run \`npm run build\` before these tests (npm test does)`);
    }
  }
}

async function caught(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

let registryModule: typeof RegistryModule;
let errors: typeof ErrorsModule;
let pool: PoolModule.ExtractionWorkerPool;
/** Extractor ids of the jobs the registry handed to the worker pool. */
const workerJobs: string[] = [];
/** The pool, counting the jobs handed to it. */
let counting: PoolModule.ExtractionWorkerPool;
let viaWorker: ExtractorRegistry;
let inProcess: ExtractorRegistry;

beforeAll(async () => {
  assertFreshBuild();
  registryModule = (await import(distUrl('extract/registry.js'))) as typeof RegistryModule;
  errors = (await import(distUrl('errors/errors.js'))) as typeof ErrorsModule;
  const poolModule = (await import(distUrl('extract/extraction-worker-pool.js'))) as typeof PoolModule;
  expect(poolModule.extractionWorkerAvailable).toBe(true);
  pool = poolModule.createExtractionWorkerPool();
  counting = {
    run: (job, options) => {
      workerJobs.push(job.extractorId);
      return pool.run(job, options);
    },
    dispose: () => pool.dispose(),
    get startedWorkers() {
      return pool.startedWorkers;
    },
  };
  const testExtractors = [
    misbehaving('spin', '.spin'),
    misbehaving('ok', '.ok'),
    misbehaving('typeError', '.typeerror'),
    misbehaving('uncaught', '.uncaught'),
    misbehaving('exits', '.exits'),
    misbehaving('uncloneable', '.uncloneable'),
  ];
  viaWorker = registryModule.createExtractorRegistry([...registryModule.defaultExtractors, ...testExtractors], { workerPool: counting });
  inProcess = registryModule.createExtractorRegistry(registryModule.defaultExtractors, { useWorker: false });
});

afterAll(async () => {
  await pool?.dispose();
  rmSync(temp, { recursive: true, force: true });
});

describe('extraction in the worker thread', () => {
  it.each([
    'pdf/pdfjs-tracemonkey.pdf',
    'pdf/docling-multi_page.pdf',
    'docx/docling-word_sample.docx',
    'docx/mammoth-comments.docx',
    'spreadsheet/docling-xlsx_01.xlsx',
    'spreadsheet/markitdown-test.xls',
    'spreadsheet/docling-odf_table_with_title_01.ods',
    'pptx/docling-powerpoint_sample.pptx',
  ])('%s comes back identical to in-process extraction', async (file) => {
    const path = `${DOCUMENTS}${file}`;
    const jobs = workerJobs.length;
    const document = await viaWorker.extractFile(path, { displayName: file });
    expect(workerJobs.length).toBe(jobs + 1);
    expect(workerJobs.at(-1)).toBe(document.format === 'pdf' || document.format === 'docx' || document.format === 'pptx' ? document.format : 'spreadsheet');
    expect(pool.startedWorkers).toBe(1); // one worker, reused
    expect(document).toEqual(await inProcess.extractFile(path, { displayName: file }));
    expect(document.units.length).toBeGreaterThan(0);
  });

  it('keeps our own text formats in-process (no copy of large text across threads)', async () => {
    const jobs = workerJobs.length;
    for (const file of ['qa/curl-FAQ.md', 'csv/docling-csv-comma.csv', 'qa/golang-website-faq.html', 'qa/chatterbot-greetings.yml', 'qa/zlib-FAQ.txt']) {
      await viaWorker.extractFile(`${DOCUMENTS}${file}`);
    }
    expect(workerJobs.length).toBe(jobs);
  });

  it('brings extractor errors back as the same classes, codes and messages', async () => {
    const broken = `${DOCUMENTS}pdf/pdf2json-i306_err_invalid.pdf`;
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const locked = tempFile('locked.docx', Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le')]));
    const empty = tempFile('empty.xlsx', '');
    const notAPdf = tempFile('text.pdf', 'plain text, not a PDF');
    for (const path of [broken, locked, notAPdf]) {
      const fromWorker = await caught(viaWorker.extractFile(path));
      const local = await caught(inProcess.extractFile(path));
      expect(fromWorker).toBeInstanceOf(errors.ExtractionError);
      expect(fromWorker.constructor).toBe(local.constructor);
      expect(fromWorker).toMatchObject({ name: local.name, message: local.message, code: (local as ErrorsModule.ExtractionError).code, filePath: path });
      expect((fromWorker as ErrorsModule.ExtractionError).extractorId).toBe((local as ErrorsModule.ExtractionError).extractorId);
    }
    expect(await caught(viaWorker.extractFile(locked))).toBeInstanceOf(errors.EncryptedDocumentError);
    expect(await caught(viaWorker.extractFile(broken))).toMatchObject({ cause: { name: 'InvalidPDFException' } });
    expect(await caught(viaWorker.extractFile(empty))).toMatchObject({ code: 'empty_file', message: `${empty}: the file is empty (0 bytes); nothing to extract` });
  });

  it('builds a factory-made extractor in the worker with the same settings', async () => {
    const { createPptxExtractor } = (await import(distUrl('extract/pptx-extractor.js'))) as typeof import('./pptx-extractor.js');
    const tight = createPptxExtractor({ maxInflatedBytes: 20_000 });
    const path = `${DOCUMENTS}pptx/docling-powerpoint_sample.pptx`;
    const jobs = workerJobs.length;
    const fromWorker = await caught(registryModule.createExtractorRegistry([tight], { workerPool: counting }).extractFile(path));
    expect(workerJobs.length).toBe(jobs + 1);
    const local = await caught(registryModule.createExtractorRegistry([tight], { useWorker: false }).extractFile(path));
    expect(local.message).toMatch(/limit|budget|MB|KB/i);
    expect(fromWorker).toMatchObject({ name: local.name, message: local.message, code: (local as ErrorsModule.ExtractionError).code });
  });

  it('wraps an unexpected failure as in-process does, keeping the cause and its worker stack', async () => {
    const path = tempFile('x.typeerror');
    const error = await caught(viaWorker.extractFile(path));
    expect(error).toBeInstanceOf(errors.ExtractionError);
    expect(error.message).toBe(`${path}: could not extract text (boom)`);
    expect(error).toMatchObject({ code: 'extraction_failed', extractorId: 'typeError', cause: { name: 'TypeError', message: 'boom' } });
    expect((error.cause as Error).stack).toContain('misbehaving-extractors.mjs');
  });

  it('stops an extractor that never yields at the time limit, then extracts the next file in a new worker', async () => {
    const path = tempFile('forever.spin');
    await viaWorker.extractFile(tempFile('warm.ok')); // the worker is up, so the limit below measures the spin alone
    const before = pool.startedWorkers;
    const started = performance.now();
    const error = await caught(viaWorker.extractFile(path, { timeoutMs: 300 }));
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(errors.ExtractionError);
    expect(error).toMatchObject({ code: 'extraction_timeout', extractorId: 'spin' });
    expect(error.message).toBe(
      `${path}: extraction took longer than 300 ms, the per-file time limit (system.extract_timeout); the file may be very large or malformed — split it or raise the limit`,
    );
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(300 + 1000);
    const next = await viaWorker.extractFile(`${DOCUMENTS}docx/mammoth-tables.docx`);
    expect(next.text).toContain('Top left | Top right');
    expect(pool.startedWorkers).toBe(before + 1);
  });

  it('does not count time spent waiting behind another file against the limit', async () => {
    const spinning = viaWorker.extractFile(tempFile('queued-first.spin'), { timeoutMs: 400 });
    const waiting = viaWorker.extractFile(tempFile('queued-second.ok'), { timeoutMs: 200 });
    expect((await caught(spinning)) as ErrorsModule.ExtractionError).toMatchObject({ code: 'extraction_timeout' });
    expect((await waiting).text).toBe('read queued-second.ok');
  });

  it('passes a caller abort through unchanged, stopping a blocked worker and dropping queued files', async () => {
    const controller = new AbortController();
    const handedOver = workerJobs.length;
    const running = viaWorker.extractFile(tempFile('abort.spin'), { signal: controller.signal });
    // extractFile checks the file before handing it to the pool: under load the second file's checks could finish
    // first (it then ran and resolved before the abort). Queue it only once the spinning one is with the pool.
    await vi.waitFor(() => expect(workerJobs.length).toBe(handedOver + 1));
    const queued = viaWorker.extractFile(tempFile('abort-queued.ok'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    expect(await caught(running)).toMatchObject({ name: 'AbortError' });
    expect(await caught(queued)).toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await viaWorker.extractFile(tempFile('after-abort.ok'))).text).toBe('read after-abort.ok');
  });

  it('reports a crashed worker (uncaught error, exit) as an ExtractionError and recovers', async () => {
    const uncaught = tempFile('x.uncaught');
    const error = await caught(viaWorker.extractFile(uncaught, { timeoutMs: 5000 }));
    expect(error).toMatchObject({ code: 'extraction_crashed', extractorId: 'uncaught', filePath: uncaught });
    expect(error.message).toBe(
      `${uncaught}: the extraction worker stopped while reading this file (parser blew up); the file may be malformed or too large to extract in memory — split it, re-save it, or leave it out`,
    );
    const exits = tempFile('x.exits');
    expect(await caught(viaWorker.extractFile(exits, { timeoutMs: 5000 }))).toMatchObject({
      code: 'extraction_crashed',
      message: expect.stringContaining('(it exited with code 7)'),
    });
    expect((await viaWorker.extractFile(tempFile('after-crash.ok'))).text).toBe('read after-crash.ok');
  });

  it('fails a document that cannot be posted back with a clear error instead of hanging', async () => {
    const path = tempFile('x.uncloneable');
    const error = await caught(viaWorker.extractFile(path, { timeoutMs: 5000 }));
    expect(error).toMatchObject({ code: 'extraction_failed', name: 'ExtractionError' });
    expect(error.message).toMatch(/could not extract text \(.*could not be cloned/);
  });

  it('disposeExtractionWorkers() stops the shared worker; the next extractFile starts a new one', async () => {
    const docx = `${DOCUMENTS}docx/mammoth-tables.docx`;
    const first = await registryModule.extractFile(docx);
    await registryModule.disposeExtractionWorkers();
    await registryModule.disposeExtractionWorkers(); // idempotent
    expect(await registryModule.extractFile(docx)).toEqual(first);
    await registryModule.disposeExtractionWorkers();
  });

  it('does not keep documents alive in the worker after posting them back', () => {
    // A probe extractor, run in the same worker between extractions, reports the worker's heap after a full GC.
    const probeModule = tempFile('heap-probe.mjs', `import v8 from 'node:v8';
export const probe = { id: 'probe', async extract() {
  for (let round = 0; round < 3; round++) { globalThis.gc(); await new Promise((resolve) => setTimeout(resolve, 10)); }
  return { sourceFile: 'probe', format: 'probe', text: String(v8.getHeapStatistics().used_heap_size), units: [], warnings: [] };
} };`);
    const script = `
      import { writeFileSync } from 'node:fs';
      const { createExtractorRegistry, defaultExtractors } = await import(${JSON.stringify(distUrl('extract/registry.js'))});
      const XLSX = await import('xlsx');
      const rows = [['question', 'answer']];
      for (let i = 0; i < 30000; i++) rows.push(['What does setting ' + i + ' change?', 'Setting ' + i + ' changes the behaviour of module ' + (i % 89) + '.']);
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'QA');
      const big = ${JSON.stringify(join(temp, 'heap-big.xlsx'))};
      writeFileSync(big, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
      const probe = { id: 'probe', extensions: ['.probe'], mediaTypes: [], extract: null,
        worker: { moduleUrl: ${JSON.stringify(pathToFileURL(probeModule).href)}, exportName: 'probe' } };
      const registry = createExtractorRegistry([...defaultExtractors, probe]);
      const probePath = ${JSON.stringify(tempFile('x.probe'))};
      const heap = async () => Number((await registry.extractFile(probePath)).text);
      await registry.extractFile(big); // loads SheetJS in the worker
      const before = await heap();
      let chars = 0;
      for (let round = 0; round < 3; round++) chars = (await registry.extractFile(big)).text.length;
      console.log(JSON.stringify({ chars, before, after: await heap() }));`;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    const { chars, before, after } = JSON.parse(run.stdout) as { chars: number; before: number; after: number };
    expect(chars).toBeGreaterThan(2_000_000); // one document holds several MB (text, units, conversations)
    expect(after - before).toBeLessThan(1024 * 1024);
  });

  it('never keeps a process alive: a script that extracts and does not dispose exits by itself', () => {
    const script = `
      const { extractFile } = await import(${JSON.stringify(distUrl('extract/registry.js'))});
      const pdf = await extractFile(${JSON.stringify(`${DOCUMENTS}pdf/pdfjs-tracemonkey.pdf`)});
      const xlsx = await extractFile(${JSON.stringify(`${DOCUMENTS}spreadsheet/docling-xlsx_01.xlsx`)});
      console.log(JSON.stringify({ pages: pdf.units.length, sheets: xlsx.units.length }));`;
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ pages: 14, sheets: 4 });
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
