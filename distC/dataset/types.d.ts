/** Core data types shared by every layer (ARCHITECTURE.md "Core types"). */
export type Role = 'system' | 'user' | 'assistant';
export interface Message {
    role: Role;
    content: string;
}
export type SampleOrigin = 'generated' | 'identified' | 'free';
export type UnitKind = 'page' | 'slide' | 'sheet' | 'row' | 'paragraph' | 'section' | 'record';
/** Where a sample came from: file, unit (page/slide/sheet...) and character offsets in the unit or document text. */
export interface SourceRef {
    file: string;
    unitKind?: UnitKind;
    unitIndex?: number;
    /** Offsets into `ExtractedDocument.text` (identified samples). */
    startOffset?: number;
    endOffset?: number;
}
export interface SampleUsage {
    inputTokens?: number;
    outputTokens?: number;
    llmCalls?: number;
    model?: string;
}
export interface Sample {
    id: string;
    messages: Message[];
    origin: SampleOrigin;
    sourceFile?: string;
    source?: SourceRef;
    topicKeywords: string[];
    /** Token length for the target model, set by the pipeline. */
    tokenLength?: number;
    tokenMethod?: 'exact' | 'estimate';
    split?: 'train' | 'validation';
    /** Verbatim context (heading/paragraph) kept with an identified sample. */
    context?: string;
    /** Detector / agent that produced it, e.g. `qa-colon`, `llm-identify`, `create`. */
    detector?: string;
    /** Chunk that produced it (resume bookkeeping). */
    chunkId?: string;
    usage?: SampleUsage;
}
/** What a target formats: the messages of a sample (system first, optional). */
export interface TrainingExample {
    messages: Message[];
}
