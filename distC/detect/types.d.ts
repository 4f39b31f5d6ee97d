import type { Message } from '../dataset/types.js';
export interface DetectOptions {
    /** Minimum messages per conversation (default 2). */
    minTurns?: number;
    /** Keep the nearest preceding heading or paragraph, verbatim, as `context`. */
    includeContext?: boolean;
}
export interface MessageSpan {
    start: number;
    end: number;
}
export interface DetectedConversation {
    /** Contents are exact slices of the input text (only surrounding whitespace trimmed). */
    messages: Message[];
    /** Character offsets of each message's content in the input text (same order as messages). */
    spans: MessageSpan[];
    /** Offsets of the whole exchange in the input text. */
    start: number;
    end: number;
    /** Detector that found it, e.g. `qa-colon`, `chat-log`, `question-answer-bold`, `numbered-quiz`. */
    format: string;
    /** Verbatim preceding heading or paragraph, when `includeContext`. */
    context?: string;
}
