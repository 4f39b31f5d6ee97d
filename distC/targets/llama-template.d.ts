import type { Message } from '../dataset/types.js';
/**
 * Llama 3.1 Instruct chat template (the Hugging Face `tokenizer_config.json` template without tools; copies cited in
 * PROVIDERS.md §5, read 2026-11-22): `<|begin_of_text|>`, then a system block that always carries
 * "Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n" (+ the system prompt, if any), then per message
 * `<|start_header_id|>{role}<|end_header_id|>\n\n{content | trim}<|eot_id|>`.
 */
export declare const LLAMA_BEGIN_OF_TEXT = "<|begin_of_text|>";
export declare const LLAMA_EOT = "<|eot_id|>";
export interface TemplateMessage {
    role: string;
    content: string;
}
export declare function llamaHeader(role: string): string;
/** Render messages; with `generationPrompt`, end with an open assistant header (as `add_generation_prompt`). */
export declare function renderLlama31(messages: readonly TemplateMessage[], options?: {
    generationPrompt?: boolean;
}): string;
/**
 * `prompt`/`completion` for a conversation: the prompt is the template rendering of everything before the last
 * assistant message, ending with the open assistant header; the completion is that last assistant message plus
 * `<|eot_id|>`. Earlier assistant turns stay in the prompt as context (not trained); messages after the last
 * assistant message are dropped (this format trains one completion). Prompt + completion tokenize to exactly the
 * same tokens as the full `text` rendering.
 */
export declare function toPromptCompletion(messages: readonly Message[]): {
    prompt: string;
    completion: string;
};
