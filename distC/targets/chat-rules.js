import { isRecord } from './target-module.js';
export function turnsOf(value, listKey) {
    if (!isRecord(value))
        return undefined;
    const list = value[listKey];
    if (!Array.isArray(list))
        return undefined;
    const turns = [];
    list.forEach((raw, index) => {
        if (isRecord(raw))
            turns.push({ index, role: raw.role, raw });
    });
    return turns;
}
/** At least one trained turn (`assistant`, or Gemini's `model`). */
export function requireRole(turns, listKey, role, context, code = 'example_missing_assistant_message') {
    if (turns.length > 0 && !turns.some((turn) => turn.role === role)) {
        context.add([listKey], code, `the example has no ${role} message; at least one is needed (it is what the model learns).`);
    }
}
/** Data-prep warnings of the OpenAI cookbook: examples missing a system or a user message. */
export function warnMissingSystemAndUser(turns, listKey, context, userRole = 'user', hasSystem) {
    if (turns.length === 0)
        return;
    if (!(hasSystem ?? turns.some((turn) => turn.role === 'system'))) {
        context.add([listKey], 'missing_system_message', 'the example has no system message (allowed; noted for consistency).', 'warning');
    }
    if (!turns.some((turn) => turn.role === userRole)) {
        context.add([listKey], 'missing_user_message', `the example has no ${userRole} message.`, 'warning');
    }
}
/** The last turn should be the trained role; `severity` decides whether the provider rejects otherwise. */
export function checkLastRole(turns, listKey, role, context, severity) {
    const last = turns[turns.length - 1];
    if (last && last.role !== role && typeof last.role === 'string') {
        context.add([listKey, last.index, 'role'], 'last_message_not_assistant', `the conversation ends with a ${last.role} message; it must end with ${role === 'model' ? 'a model' : 'an assistant'} message${severity === 'warning' ? ' to be useful' : ''}.`, severity);
    }
}
/** No two consecutive turns with the same role (system included). */
export function forbidConsecutiveRoles(turns, listKey, context) {
    for (let position = 1; position < turns.length; position += 1) {
        const previous = turns[position - 1];
        const current = turns[position];
        if (previous && current && typeof current.role === 'string' && current.role === previous.role) {
            context.add([listKey, current.index, 'role'], 'consecutive_same_role', `${listKey}[${previous.index}] and ${listKey}[${current.index}] are both ${current.role}; roles must alternate (merge them into one message).`);
        }
    }
}
/** Empty text is rejected by every provider (cookbook `missing_content`: `not content`). */
export function requireNonEmptyString(value, path, context, what = 'content') {
    if (typeof value === 'string' && value.trim() === '') {
        context.add(path, 'missing_content', `${what} is empty; every message needs text.`);
    }
}
//# sourceMappingURL=chat-rules.js.map