import type { UnitKind } from '../dataset/types.js';
import type { ExtractedDocument } from '../extract/types.js';
import type { Chunk } from './types.js';
export interface ChunkOptions {
    /** Largest chunk, in estimated tokens (about 4 characters each). */
    maxTokens: number;
    /** Tokens repeated from the end of one chunk at the start of the next. */
    overlapTokens: number;
}
/** Fast token estimate used for chunking: about 4 characters per token for English prose (no tokenizer load). */
export declare const CHARS_PER_TOKEN = 4;
export declare function estimateTokens(text: string): number;
/** First 12 hex characters of sha1(sourceFile): the stable prefix of every chunk id of that file. */
export declare function chunkIdPrefix(sourceFile: string): string;
/**
 * Split documents into token-bounded, overlapping chunks that keep their provenance. A chunk ends, by preference,
 * at a unit boundary (page, slide, sheet, row), else a blank line, a line break, a sentence end, a space; the
 * next chunk starts `overlapTokens` earlier, moved forward to the next such boundary. Linear in the text length.
 */
export declare function chunkDocuments(documents: ExtractedDocument[], options: ChunkOptions): Chunk[];
interface UnitStart {
    offset: number;
    kind: UnitKind;
    index: number;
}
/** The unit containing `offset` (the last unit starting at or before it). */
export declare function unitAt<T extends {
    offset: number;
}>(units: readonly T[], offset: number): T | undefined;
/** Units of a document with their start offsets resolved, for mapping text offsets to page/slide/sheet. */
export declare function documentUnitStarts(document: ExtractedDocument): readonly UnitStart[];
export {};
