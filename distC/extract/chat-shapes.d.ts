import type { Message } from '../dataset/types.js';
/**
 * Recognises one record of a chat / instruction dataset and turns it into messages.
 * Shapes (field names as their projects document them):
 * - `openai-messages`: `{messages: [{role, content}]}`, content a string or text parts
 *   (OpenAI fine-tuning "chat format"; Anthropic/Bedrock adds a top-level `system`).
 * - `gemini-contents`: `{contents: [{role: user|model, parts: [{text}]}], systemInstruction?}` (Vertex tuning format).
 * - `sharegpt`: `{conversations: [{from: human|gpt|system, value}], system?}` (FastChat, LLaMA-Factory data/README.md).
 * - `alpaca`: `{instruction, input?, output, system?, history?: [[q, a]]}` (Stanford Alpaca, LLaMA-Factory).
 * - `utterances`: `{utterances: [{speaker: USER|ASSISTANT, text}]}` (Google Taskmaster).
 * - `<question>-<answer>`: any object with a question-like and an answer-like key (question/answer,
 *   prompt/completion, input/output, user/assistant ...), the same names the CSV extractor accepts.
 */
export interface RecognisedRecord {
    shape: string;
    messages: Message[];
}
type JsonObject = Record<string, unknown>;
export declare function isObject(value: unknown): value is JsonObject;
export declare function recogniseRecord(record: unknown): RecognisedRecord | undefined;
/** Alternating user/assistant turns from a list of strings (chatterbot-corpus `conversations:` entries). */
export declare function alternatingTurns(turns: unknown[]): Message[];
/** A conversation is usable when it has a user message followed at some point by an assistant message. */
export declare function usable(messages: Message[]): boolean;
/** Training examples end with the assistant: a last unanswered user turn is dropped. */
export declare function trimTrailingUser(messages: Message[]): Message[];
export {};
