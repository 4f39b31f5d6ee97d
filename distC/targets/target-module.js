/** Merge runs of messages with the same role (joined by a blank line), for targets that require alternation. */
export function mergeConsecutiveRoles(messages) {
    const merged = [];
    for (const message of messages) {
        const last = merged[merged.length - 1];
        if (last && last.role === message.role) {
            merged[merged.length - 1] = { role: last.role, content: joinTexts([last.content, message.content]) };
        }
        else {
            merged.push({ role: message.role, content: message.content });
        }
    }
    return merged;
}
export function joinTexts(texts) {
    return texts.filter((text) => text !== '').join('\n\n');
}
/** System messages (joined) and the rest, in order. */
export function splitSystem(example) {
    const systems = [];
    const rest = [];
    for (const message of example.messages) {
        if (message.role === 'system')
            systems.push(message.content);
        else
            rest.push(message);
    }
    const system = joinTexts(systems);
    return system === '' ? { rest } : { system, rest };
}
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Array of plain objects under `key`, else undefined (for counting/summaries of records that may be malformed). */
export function objectList(record, key) {
    if (!isRecord(record))
        return undefined;
    const list = record[key];
    if (!Array.isArray(list))
        return undefined;
    return list.filter(isRecord);
}
/** Text of an OpenAI-style `content` (string, or parts with `text`). */
export function contentText(content) {
    if (typeof content === 'string')
        return content;
    if (Array.isArray(content)) {
        return content
            .map((part) => (isRecord(part) && typeof part.text === 'string' ? part.text : ''))
            .filter((text) => text !== '')
            .join('\n');
    }
    return '';
}
/** Summary of a record whose turns live under `key` with a `role` field. */
export function summarizeRoleList(record, key, userRole, extraSystem = false) {
    const list = objectList(record, key);
    if (!list)
        return undefined;
    const hasSystem = extraSystem || list.some((item) => item.role === 'system');
    return {
        messageCount: list.length + (extraSystem ? 1 : 0),
        hasSystem,
        hasUser: list.some((item) => item.role === userRole),
    };
}
//# sourceMappingURL=target-module.js.map