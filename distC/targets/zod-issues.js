import { z } from 'zod';
export function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else
            out += out === '' ? String(segment) : `.${String(segment)}`;
    }
    return out;
}
function valueAt(root, path) {
    let current = root;
    for (const segment of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
function describe(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return `the ${typeof value} ${String(value)}`;
    return `an ${typeof value}`;
}
function issue(path, code, message, severity = 'error') {
    return { path: formatPath(path), code, message, severity };
}
function mapOne(zodIssue, record, mapping) {
    const path = zodIssue.path;
    const where = formatPath(path);
    const { listKey, contentKey } = mapping;
    if (zodIssue.code === 'custom') {
        const params = (zodIssue.params ?? {});
        return [issue(path, params.code ?? 'invalid_record', zodIssue.message, params.severity ?? 'error')];
    }
    if (zodIssue.code === 'unrecognized_keys') {
        const inList = path.length === 2 && path[0] === listKey && typeof path[1] === 'number';
        return zodIssue.keys.map((key) => inList
            ? issue([...path, key], 'message_unrecognized_key', `${where} has the key "${key}", which ${listKey} entries may not have; remove it.`)
            : issue([...path, key], path.length === 0 ? 'record_unrecognized_key' : 'unrecognized_key', `${where || 'the record'} has the key "${key}", which this format does not allow; remove it.`));
    }
    const value = valueAt(record, path);
    if (path.length === 0) {
        return [issue(path, 'data_type', `the line is ${describe(value)}, not a JSON object.`)];
    }
    if (path.length === 1 && path[0] === listKey) {
        return [issue(path, `missing_${listKey}_list`, `"${listKey}" is ${value === undefined ? 'missing' : Array.isArray(value) ? 'empty' : describe(value)}; it must be a non-empty array.`)];
    }
    const inTurn = path.length >= 2 && path[0] === listKey && typeof path[1] === 'number';
    if (inTurn && path.length === 2) {
        return [issue(path, 'data_type', `${where} is ${describe(value)}, not an object.`)];
    }
    if (inTurn && path.length === 3 && path[2] === 'role') {
        if (value === undefined)
            return [issue(path, 'message_missing_key', `${where} is missing; every entry needs a role.`)];
        const hint = mapping.roleHint?.(value);
        return [issue(path, 'unrecognized_role', `${where} is ${describe(value)}; use one of ${mapping.roles.join(', ')}.${hint ? ` ${hint}` : ''}`)];
    }
    if (inTurn && path[2] === contentKey) {
        if (path.length === 3 && value === undefined)
            return [issue(path, 'message_missing_key', `${where} is missing.`)];
        return [issue(path, 'missing_content', `${where} is ${describe(value)}; it must be ${contentKey === 'parts' ? 'a non-empty array of {"text": ...} parts' : 'a non-empty string'}.`)];
    }
    if (path.includes('tool_calls') || path[path.length - 1] === 'tool_call_id') {
        return [issue(path, 'bad_tool_call', `${where} is ${describe(value)}: ${zodIssue.message}.`)];
    }
    if (path[path.length - 1] === 'weight') {
        return [issue(path, 'bad_weight', `${where} is ${describe(value)}; weight must be the integer 0 or 1.`)];
    }
    if (value === undefined)
        return [issue(path, 'missing_key', `${where} is missing.`)];
    return [issue(path, 'invalid_field', `${where}: ${zodIssue.message}.`)];
}
/** Parse `record` with `schema` and return every issue, mapped to stable codes. Never throws for bad data. */
export function validateWithSchema(schema, record, mapping) {
    const result = schema.safeParse(record);
    if (result.success)
        return [];
    const issues = [];
    for (const zodIssue of result.error.issues)
        issues.push(...mapOne(zodIssue, record, mapping));
    return issues;
}
/**
 * A rule over the raw (possibly malformed) value that runs even when the structural parse found issues,
 * so one line reports all its problems (like the cookbook). Rules must read the value defensively.
 */
export function rule(check) {
    return z.superRefine((value, ctx) => {
        check(value, {
            add(path, code, message, severity = 'error') {
                ctx.addIssue({ code: 'custom', path: [...path], message, params: { code, severity } });
            },
        });
    }, { when: () => true });
}
//# sourceMappingURL=zod-issues.js.map