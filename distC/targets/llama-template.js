/**
 * Llama 3.1 Instruct chat template (the Hugging Face `tokenizer_config.json` template without tools; copies cited in
 * PROVIDERS.md §5, read 2026-11-22): `<|begin_of_text|>`, then a system block that always carries
 * "Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n" (+ the system prompt, if any), then per message
 * `<|start_header_id|>{role}<|end_header_id|>\n\n{content | trim}<|eot_id|>`.
 */
export const LLAMA_BEGIN_OF_TEXT = '<|begin_of_text|>';
export const LLAMA_EOT = '<|eot_id|>';
/** The template's hard-coded fallback date (used when `strftime_now` is unavailable) keeps renders stable. */
const DATE_PREAMBLE = 'Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n';
export function llamaHeader(role) {
    return `<|start_header_id|>${role}<|end_header_id|>\n\n`;
}
/** Render messages; with `generationPrompt`, end with an open assistant header (as `add_generation_prompt`). */
export function renderLlama31(messages, options = {}) {
    let index = 0;
    let system = '';
    const first = messages[0];
    if (first && first.role === 'system') {
        system = first.content.trim();
        index = 1;
    }
    let out = `${LLAMA_BEGIN_OF_TEXT}${llamaHeader('system')}${DATE_PREAMBLE}${system}${LLAMA_EOT}`;
    for (; index < messages.length; index += 1) {
        const message = messages[index];
        if (message)
            out += `${llamaHeader(message.role)}${message.content.trim()}${LLAMA_EOT}`;
    }
    if (options.generationPrompt)
        out += llamaHeader('assistant');
    return out;
}
/**
 * `prompt`/`completion` for a conversation: the prompt is the template rendering of everything before the last
 * assistant message, ending with the open assistant header; the completion is that last assistant message plus
 * `<|eot_id|>`. Earlier assistant turns stay in the prompt as context (not trained); messages after the last
 * assistant message are dropped (this format trains one completion). Prompt + completion tokenize to exactly the
 * same tokens as the full `text` rendering.
 */
export function toPromptCompletion(messages) {
    let last = -1;
    for (let index = messages.length - 1; index >= 0; index -= 1) {
        if (messages[index]?.role === 'assistant') {
            last = index;
            break;
        }
    }
    if (last < 0)
        return { prompt: renderLlama31(messages, { generationPrompt: true }), completion: '' };
    const answer = messages[last];
    return {
        prompt: renderLlama31(messages.slice(0, last), { generationPrompt: true }),
        completion: `${answer ? answer.content.trim() : ''}${LLAMA_EOT}`,
    };
}
//# sourceMappingURL=llama-template.js.map