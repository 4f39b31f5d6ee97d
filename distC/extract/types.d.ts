import type { Message, UnitKind } from '../dataset/types.js';
export interface DocumentUnit {
    kind: UnitKind;
    /** 1-based: page 1, slide 1, sheet 1, row 1 ... */
    index: number;
    title?: string;
    text: string;
    /** Offset of this unit's text inside `ExtractedDocument.text`. */
    offset?: number;
}
/**
 * A conversation that the file already holds in structured form (a CSV/XLSX question/answer pair of columns,
 * a JSON/JSONL/YAML chat dataset). Identify mode takes these as they are.
 */
export interface StructuredConversation {
    messages: Message[];
    unitKind?: UnitKind;
    unitIndex?: number;
    /** Shape it was recognised as, e.g. `csv-qa`, `openai-messages`, `sharegpt`, `alpaca`. */
    shape: string;
}
export interface ExtractedDocument {
    sourceFile: string;
    /** Extractor id / format: `pdf`, `docx`, `xlsx`, `pptx`, `csv`, `text`, `markdown`, `html`, `json` ... */
    format: string;
    /** Markdown-ish text of the whole document. */
    text: string;
    units: DocumentUnit[];
    warnings: string[];
    metadata?: Record<string, unknown>;
    conversations?: StructuredConversation[];
}
export type ExtractInput = {
    path: string;
} | {
    bytes: Uint8Array;
    name: string;
};
export interface ExtractOptions {
    signal?: AbortSignal;
}
export interface Extractor {
    id: string;
    /** Lower-case extensions with the dot, e.g. `.pdf`. */
    extensions: string[];
    mediaTypes: string[];
    extract(input: ExtractInput, options?: ExtractOptions): Promise<ExtractedDocument>;
}
