import type { Config } from '../config/config.js';
import { DatasetGenError, isAbortError } from '../errors/errors.js';
import { extractFile } from '../extract/registry.js';
import type { ExtractedDocument } from '../extract/types.js';
import type { BuildEventListener } from './events.js';
import type { InputFile } from './input-files.js';
import type { PlanFile } from './plan.js';

export interface ExtractionReport {
  read: number;
  failed: { file: string; code: string; reason: string }[];
  warnings: { file: string; warning: string }[];
  planFiles: PlanFile[];
}

/** Extract one file; a failure is recorded (file + reason) and the run goes on. */
export async function extractOne(
  file: InputFile,
  config: Config,
  report: ExtractionReport,
  onEvent: BuildEventListener,
  signal?: AbortSignal,
): Promise<ExtractedDocument | undefined> {
  try {
    const document = await extractFile(file.path, {
      signal,
      maxBytes: config.system.maxFileBytes,
      timeoutMs: config.system.extractTimeoutMs,
      displayName: file.name,
    });
    report.read += 1;
    for (const warning of document.warnings) report.warnings.push({ file: file.name, warning });
    report.planFiles.push({ name: file.name, bytes: file.bytes, chars: document.text.length, units: document.units.length, format: document.format });
    onEvent({
      type: 'file-extracted',
      file: file.name,
      format: document.format,
      chars: document.text.length,
      units: document.units.length,
      warnings: document.warnings,
      structuredConversations: document.conversations?.length ?? 0,
    });
    return document;
  } catch (error) {
    if (signal?.aborted === true || isAbortError(error)) throw error;
    const code = error instanceof DatasetGenError ? error.code : 'extraction_failed';
    let reason = error instanceof Error ? error.message : String(error);
    // Messages from our extractors already start with the file path: keep only the reason.
    if (reason.startsWith(`${file.path}: `)) reason = reason.slice(file.path.length + 2);
    report.failed.push({ file: file.name, code, reason });
    report.planFiles.push({ name: file.name, bytes: file.bytes, error: reason });
    onEvent({ type: 'file-failed', file: file.name, code, reason });
    return undefined;
  }
}

export async function extractAll(
  files: InputFile[],
  config: Config,
  report: ExtractionReport,
  onEvent: BuildEventListener,
  signal?: AbortSignal,
): Promise<ExtractedDocument[]> {
  const documents: ExtractedDocument[] = [];
  for (const file of files) {
    const document = await extractOne(file, config, report, onEvent, signal);
    if (document !== undefined) documents.push(document);
  }
  return documents;
}
