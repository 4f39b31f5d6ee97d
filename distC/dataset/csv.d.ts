import type { Sample } from './types.js';
export declare const METADATA_COLUMNS: readonly ["sample_id", "content_preview", "token_length", "topic_keywords", "source_file", "split"];
/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export declare function csvField(value: string | number | undefined | null): string;
export declare function csvRow(values: (string | number | undefined | null)[]): string;
export declare function contentPreview(sample: Pick<Sample, 'messages'>, maxLength?: number): string;
export declare function metadataRow(sample: Sample): string;
/**
 * A metadata.csv row up to the split column (the last), with the comma before it: known before the split is.
 * `preview`: the `contentPreview` of the sample's messages, when computed elsewhere (then `messages` is not read).
 */
export declare function metadataPrefix(sample: Pick<Sample, 'id' | 'messages' | 'tokenLength' | 'topicKeywords' | 'sourceFile'>, preview?: string): string;
