import { findQaColumns, normalizeColumnName } from './table-layout.js';
const ROLE_ALIASES = {
    user: 'user', human: 'user', customer: 'user', client: 'user', usr: 'user', prompter: 'user',
    assistant: 'assistant', gpt: 'assistant', model: 'assistant', bot: 'assistant', ai: 'assistant', chatgpt: 'assistant',
    bing: 'assistant', bard: 'assistant', agent: 'assistant', system: 'system', developer: 'system',
    tool: 'skip', function: 'skip', function_call: 'skip', observation: 'skip', ipython: 'skip',
};
export function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
export function recogniseRecord(record) {
    if (!isObject(record))
        return undefined;
    const keys = Object.keys(record);
    const lower = new Map(keys.map((key) => [key.toLowerCase(), key]));
    const field = (name) => {
        const key = lower.get(name);
        return key === undefined ? undefined : record[key];
    };
    const system = contentText(field('system') ?? field('system_prompt') ?? textOfParts(field('systeminstruction')));
    const messages = field('messages');
    if (Array.isArray(messages) && messages.every(isObject)) {
        return finish('openai-messages', system, messages.map((message) => toMessage(message['role'], message['content'])));
    }
    const contents = field('contents');
    if (Array.isArray(contents) && contents.every(isObject)) {
        return finish('gemini-contents', system, contents.map((turn) => toMessage(turn['role'], textOfParts(turn['parts']))));
    }
    const conversations = field('conversations') ?? field('conversation');
    if (Array.isArray(conversations) && conversations.length > 0 && conversations.every(isObject)) {
        return finish('sharegpt', system, conversations.map((turn) => toMessage(turn['from'] ?? turn['role'], turn['value'] ?? turn['content'] ?? turn['text'])));
    }
    const utterances = field('utterances') ?? field('turns') ?? field('dialogue');
    if (Array.isArray(utterances) && utterances.length > 0 && utterances.every(isObject)) {
        return finish('utterances', system, utterances.map((turn) => toMessage(turn['speaker'] ?? turn['role'], turn['text'] ?? turn['utterance'])));
    }
    if (field('instruction') !== undefined && field('output') !== undefined) {
        const history = field('history');
        const turns = [];
        if (Array.isArray(history)) {
            for (const pair of history) {
                if (Array.isArray(pair) && pair.length >= 2)
                    turns.push(toMessage('user', pair[0]), toMessage('assistant', pair[1]));
            }
        }
        const instruction = contentText(field('instruction'));
        const input = contentText(field('input'));
        turns.push(toMessage('user', input ? `${instruction}\n\n${input}` : instruction), toMessage('assistant', field('output')));
        return finish('alpaca', system, turns);
    }
    const scalarKeys = keys.filter((key) => typeof record[key] === 'string');
    const qa = findQaColumns(scalarKeys);
    if (qa) {
        const question = scalarKeys[qa.question];
        const answer = scalarKeys[qa.answer];
        const shape = `${normalizeColumnName(question).replace(/ /g, '_')}-${normalizeColumnName(answer).replace(/ /g, '_')}`;
        return finish(shape, system, [toMessage('user', record[question]), toMessage('assistant', record[answer])]);
    }
    return undefined;
}
/** Alternating user/assistant turns from a list of strings (chatterbot-corpus `conversations:` entries). */
export function alternatingTurns(turns) {
    return turns
        .map((turn, position) => toMessage(position % 2 === 0 ? 'user' : 'assistant', turn))
        .filter((message) => message !== undefined);
}
function finish(shape, system, turns) {
    const messages = turns.filter((message) => message !== undefined);
    if (system && !messages.some((message) => message.role === 'system'))
        messages.unshift({ role: 'system', content: system });
    return usable(messages) ? { shape, messages: trimTrailingUser(messages) } : undefined;
}
/** A conversation is usable when it has a user message followed at some point by an assistant message. */
export function usable(messages) {
    const firstUser = messages.findIndex((message) => message.role === 'user');
    return firstUser !== -1 && messages.slice(firstUser + 1).some((message) => message.role === 'assistant');
}
/** Training examples end with the assistant: a last unanswered user turn is dropped. */
export function trimTrailingUser(messages) {
    let end = messages.length;
    while (end > 0 && messages[end - 1].role !== 'assistant')
        end--;
    return messages.slice(0, end);
}
function toMessage(role, content) {
    const mapped = typeof role === 'string' ? ROLE_ALIASES[role.trim().toLowerCase()] : undefined;
    if (mapped === undefined || mapped === 'skip')
        return undefined;
    const text = contentText(content);
    return text ? { role: mapped, content: text } : undefined;
}
/** A string, or the text parts of a content array (`[{type: 'text', text}]`); other parts (images) are skipped. */
function contentText(content) {
    if (typeof content === 'string')
        return content.trim();
    if (typeof content === 'number' || typeof content === 'boolean')
        return String(content);
    if (Array.isArray(content))
        return textOfParts(content);
    if (isObject(content) && typeof content['text'] === 'string')
        return content['text'].trim();
    return '';
}
function textOfParts(parts) {
    if (isObject(parts))
        return textOfParts(parts['parts'] ?? [parts]);
    if (!Array.isArray(parts))
        return typeof parts === 'string' ? parts.trim() : '';
    return parts
        .map((part) => (typeof part === 'string' ? part : isObject(part) && typeof part['text'] === 'string' ? part['text'] : ''))
        .filter((text) => text.trim() !== '')
        .join('\n')
        .trim();
}
//# sourceMappingURL=chat-shapes.js.map