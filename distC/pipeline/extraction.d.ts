import type { Config } from '../config/config.js';
import type { ExtractedDocument } from '../extract/types.js';
import type { BuildEventListener } from './events.js';
import type { InputFile } from './input-files.js';
import type { PlanFile } from './plan.js';
export interface ExtractionReport {
    read: number;
    failed: {
        file: string;
        code: string;
        reason: string;
    }[];
    warnings: {
        file: string;
        warning: string;
    }[];
    planFiles: PlanFile[];
}
/** Extract one file; a failure is recorded (file + reason) and the run goes on. */
export declare function extractOne(file: InputFile, config: Config, report: ExtractionReport, onEvent: BuildEventListener, signal?: AbortSignal): Promise<ExtractedDocument | undefined>;
/** What the report and the `file-extracted` event keep of a document (plain data, so it can cross threads). */
export interface ExtractedInfo {
    format: ExtractedDocument['format'];
    chars: number;
    units: number;
    warnings: string[];
    structuredConversations: number;
}
export declare function describeDocument(document: ExtractedDocument): ExtractedInfo;
export declare function recordExtracted(file: InputFile, info: ExtractedInfo, report: ExtractionReport, onEvent: BuildEventListener): void;
/** Stable code and reason (without the file path our extractors put in front) of a failed extraction. */
export declare function describeExtractionFailure(file: InputFile, error: unknown): {
    code: string;
    reason: string;
};
export declare function recordExtractionFailure(file: InputFile, code: string, reason: string, report: ExtractionReport, onEvent: BuildEventListener): void;
export declare function extractAll(files: InputFile[], config: Config, report: ExtractionReport, onEvent: BuildEventListener, signal?: AbortSignal): Promise<ExtractedDocument[]>;
