import { createHash } from 'node:crypto';
import path from 'node:path';
import { chunkDocuments } from './chunk-documents.js';
/**
 * Split one call's usage over the `parts` samples it produced: integer shares (largest remainder) that add up to
 * the call's usage exactly, so summing sample usage never over- or under-counts. Unknown stays `undefined`.
 */
export function splitUsage(usage, parts, model) {
    const inputShares = shares(usage.inputTokens, parts);
    const outputShares = shares(usage.outputTokens, parts);
    return Array.from({ length: parts }, (_, index) => ({
        inputTokens: inputShares?.[index],
        outputTokens: outputShares?.[index],
        model,
    }));
}
function shares(total, parts) {
    if (total === undefined || parts <= 0)
        return undefined;
    const base = Math.floor(total / parts);
    const extra = total - base * parts;
    return Array.from({ length: parts }, (_, index) => base + (index < extra ? 1 : 0));
}
/** Provenance of a sample made from a whole chunk (generated samples). */
export function chunkSource(chunk) {
    return {
        file: chunk.sourceFile,
        unitKind: chunk.unitKind,
        unitIndex: chunk.unitIndex,
        startOffset: chunk.startOffset,
        endOffset: chunk.startOffset + chunk.text.length,
    };
}
/** Deterministic sample id (identified samples): sha1 over the parts, so a re-run finds the same ids. */
let lastFile = '';
let lastFileKey = '';
/**
 * A sample id that is the same on every run over the same file: 16 hex digits of the file name's sha1, then the
 * parts (offsets, indexes) with numbers zero-padded to 10 digits, e.g. `3f2a…-0000001200-0000001460`. Ids of
 * one file sort in the order its samples are found, so the store's id index takes them as appends rather than
 * random inserts (a sha1 of everything did, bench/README.md).
 */
export function stableSampleId(file, ...parts) {
    if (file !== lastFile) {
        lastFile = file;
        lastFileKey = createHash('sha1').update(file).digest('hex').slice(0, 16);
    }
    let id = lastFileKey;
    for (const part of parts)
        id += `-${typeof part === 'number' ? String(part).padStart(10, '0') : part}`;
    return id;
}
/** `"faq.md", page 3` */
export function excerptLabel(chunk) {
    const unit = chunk.unitKind === undefined || chunk.unitIndex === undefined ? '' : `, ${chunk.unitKind} ${chunk.unitIndex}`;
    return `"${path.basename(chunk.sourceFile)}"${unit}`;
}
/** `exactly 2` or `1 to 3` */
export function formatTurnRange(minTurns, maxTurns) {
    return minTurns === maxTurns ? `exactly ${minTurns}` : `${minTurns} to ${maxTurns}`;
}
/** Shorten for prompts and event details. */
export function clip(text, length) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
/** Fisher-Yates with the injected random source. */
export function shuffled(items, random) {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = Math.floor(random() * (index + 1));
        [copy[index], copy[other]] = [copy[other], copy[index]];
    }
    return copy;
}
/** Chunking used when the caller passes documents without chunks (the pipeline normally chunks them). */
export const DEFAULT_CHUNKING = { maxTokens: 2000, overlapTokens: 100 };
/** The input's chunks, or the documents chunked with `DEFAULT_CHUNKING` when the caller gave none. */
export function inputChunks(input) {
    if (input.chunks.length > 0 || input.documents.length === 0)
        return input.chunks;
    return chunkDocuments(input.documents, DEFAULT_CHUNKING);
}
//# sourceMappingURL=agent-support.js.map