import { describe, expect, it } from 'vitest';
import { EncryptedDocumentError, ExtractionError, UnsupportedFileTypeError } from '../errors/errors.js';
import { extractionWorkerAvailable } from './extraction-worker-pool.js';
import { defaultExtractors } from './registry.js';
import { isIsolatedExtractor, reviveError, serializeError } from './worker-protocol.js';

/** What crossing the thread boundary does: serialise, structured-clone, revive. */
function roundTrip(error: unknown): Error {
  return reviveError(structuredClone(serializeError(error)));
}

describe('errors crossing the worker boundary', () => {
  it('keep ExtractionError class, code, message, path, extractor id, stack and cause', () => {
    const cause = new SyntaxError('bad token');
    const original = new ExtractionError('/in/report.pdf', 'this PDF is damaged', { extractorId: 'pdf', code: 'extraction_failed', cause });
    const revived = roundTrip(original);
    expect(revived).toBeInstanceOf(ExtractionError);
    expect(revived).toMatchObject({ name: 'ExtractionError', code: 'extraction_failed', message: original.message, filePath: '/in/report.pdf', extractorId: 'pdf' });
    expect(revived.stack).toBe(original.stack);
    expect(revived.cause).toBeInstanceOf(Error);
    expect(revived.cause).toMatchObject({ name: 'SyntaxError', message: 'bad token', stack: cause.stack });
  });

  it('keep the subclasses and their own fields', () => {
    const encrypted = roundTrip(new EncryptedDocumentError('/in/locked.docx', { extractorId: 'docx' }));
    expect(encrypted).toBeInstanceOf(EncryptedDocumentError);
    expect(encrypted).toMatchObject({ code: 'encrypted_document', extractorId: 'docx', message: new EncryptedDocumentError('/in/locked.docx').message });
    const unsupported = roundTrip(new UnsupportedFileTypeError('mail.eml', ['.csv', '.pdf']));
    expect(unsupported).toBeInstanceOf(UnsupportedFileTypeError);
    expect(unsupported).toMatchObject({ code: 'unsupported_file_type', supported: ['.csv', '.pdf'], message: 'mail.eml: unsupported file type; supported extensions: .csv, .pdf' });
  });

  it('keep the exact message of an ExtractionError subclass they do not know', () => {
    class OddError extends ExtractionError {
      constructor() {
        super('/in/a.xlsx', 'ignored', { code: 'odd_code', extractorId: 'spreadsheet' });
        this.message = 'a message that does not start with the path';
      }
    }
    const revived = roundTrip(new OddError());
    expect(revived).toBeInstanceOf(ExtractionError);
    expect(revived).toMatchObject({ code: 'odd_code', message: 'a message that does not start with the path' });
  });

  it('turn other errors and thrown values into plain Errors with name, message and code', () => {
    const withCode = Object.assign(new RangeError('too deep'), { code: 'ERR_DEPTH' });
    const revived = roundTrip(withCode);
    expect(revived).not.toBeInstanceOf(ExtractionError);
    expect(revived).toMatchObject({ name: 'RangeError', message: 'too deep', code: 'ERR_DEPTH' });
    expect(roundTrip('a string')).toMatchObject({ name: 'Error', message: 'a string' });
  });

  it('cut a cause chain (or cycle) after a few levels', () => {
    const first = new Error('first');
    const second = new Error('second', { cause: first });
    first.cause = second;
    let depth = 0;
    for (let error: unknown = roundTrip(first); error instanceof Error; error = error.cause) depth++;
    expect(depth).toBe(6);
  });
});

describe('which extractors run in the worker', () => {
  it('the ones built on third-party parsers; our own streaming text extractors stay in-process', () => {
    const isolated = defaultExtractors.filter(isIsolatedExtractor).map((extractor) => extractor.id);
    expect(isolated).toEqual(['pdf', 'docx', 'spreadsheet', 'pptx', 'opendocument', 'epub', 'outlook']);
    for (const extractor of defaultExtractors.filter(isIsolatedExtractor)) {
      expect(extractor.worker.moduleUrl).toMatch(new RegExp(`/${extractor.id}-extractor\\.ts$`));
    }
  });

  it('none under vitest, which runs the .ts sources a worker thread cannot load', () => {
    expect(extractionWorkerAvailable).toBe(false);
  });
});
