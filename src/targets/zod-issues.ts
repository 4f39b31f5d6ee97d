import { z } from 'zod';
import type { ValidationIssue, ValidationSeverity } from './types.js';

/**
 * Turns zod issues of a target's `recordSchema` into `ValidationIssue`s with stable codes.
 * Structural codes follow the OpenAI cookbook "Data preparation and analysis for chat model fine-tuning"
 * categories (PROVIDERS.md §1, read 2026-11-22): data_type, missing_messages_list, message_missing_key,
 * message_unrecognized_key, unrecognized_role, missing_content, example_missing_assistant_message.
 * Rules that zod cannot express structurally are custom issues carrying `params: { code, severity }`.
 */

type PathSegment = PropertyKey;

export interface IssueMapping {
  /** Key holding the list of turns: `messages` or `contents`. */
  listKey: string;
  /** Field holding the text of a turn: `content` or `parts`. */
  contentKey: string;
  /** Roles the target accepts, for messages. */
  roles: readonly string[];
  /** Extra advice for a wrong role, e.g. Gemini's `model` instead of `assistant`. */
  roleHint?: (role: unknown) => string | undefined;
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment as string];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  return `an ${typeof value}`;
}

function issue(path: readonly PathSegment[], code: string, message: string, severity: ValidationSeverity = 'error'): ValidationIssue {
  return { path: formatPath(path), code, message, severity };
}

function mapOne(zodIssue: z.core.$ZodIssue, record: unknown, mapping: IssueMapping): ValidationIssue[] {
  const path = zodIssue.path;
  const where = formatPath(path);
  const { listKey, contentKey } = mapping;
  if (zodIssue.code === 'custom') {
    const params = (zodIssue.params ?? {}) as { code?: string; severity?: ValidationSeverity };
    return [issue(path, params.code ?? 'invalid_record', zodIssue.message, params.severity ?? 'error')];
  }
  if (zodIssue.code === 'unrecognized_keys') {
    const inList = path.length === 2 && path[0] === listKey && typeof path[1] === 'number';
    return zodIssue.keys.map((key) =>
      inList
        ? issue([...path, key], 'message_unrecognized_key', `${where} has the key "${key}", which ${listKey} entries may not have; remove it.`)
        : issue([...path, key], path.length === 0 ? 'record_unrecognized_key' : 'unrecognized_key', `${where || 'the record'} has the key "${key}", which this format does not allow; remove it.`),
    );
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
    if (value === undefined) return [issue(path, 'message_missing_key', `${where} is missing; every entry needs a role.`)];
    const hint = mapping.roleHint?.(value);
    return [issue(path, 'unrecognized_role', `${where} is ${describe(value)}; use one of ${mapping.roles.join(', ')}.${hint ? ` ${hint}` : ''}`)];
  }
  if (inTurn && path[2] === contentKey) {
    if (path.length === 3 && value === undefined) return [issue(path, 'message_missing_key', `${where} is missing.`)];
    return [issue(path, 'missing_content', `${where} is ${describe(value)}; it must be ${contentKey === 'parts' ? 'a non-empty array of {"text": ...} parts' : 'a non-empty string'}.`)];
  }
  if (path.includes('tool_calls') || path[path.length - 1] === 'tool_call_id') {
    return [issue(path, 'bad_tool_call', `${where} is ${describe(value)}: ${zodIssue.message}.`)];
  }
  if (path[path.length - 1] === 'weight') {
    return [issue(path, 'bad_weight', `${where} is ${describe(value)}; weight must be the integer 0 or 1.`)];
  }
  if (value === undefined) return [issue(path, 'missing_key', `${where} is missing.`)];
  return [issue(path, 'invalid_field', `${where}: ${zodIssue.message}.`)];
}

/** Parse `record` with `schema` and return every issue, mapped to stable codes. Never throws for bad data. */
export function validateWithSchema(schema: z.ZodType, record: unknown, mapping: IssueMapping): ValidationIssue[] {
  const result = schema.safeParse(record);
  if (result.success) return [];
  const issues: ValidationIssue[] = [];
  for (const zodIssue of result.error.issues) issues.push(...mapOne(zodIssue, record, mapping));
  return issues;
}

/** Context for record/message rules. */
export interface RuleContext {
  add(path: readonly PathSegment[], code: string, message: string, severity?: ValidationSeverity): void;
}

/**
 * A rule over the raw (possibly malformed) value that runs even when the structural parse found issues,
 * so one line reports all its problems (like the cookbook). Rules must read the value defensively.
 */
export function rule(check: (value: unknown, context: RuleContext) => void) {
  return z.superRefine<unknown>(
    (value, ctx) => {
      check(value, {
        add(path, code, message, severity = 'error') {
          ctx.addIssue({ code: 'custom', path: [...path] as PropertyKey[], message, params: { code, severity } });
        },
      });
    },
    { when: () => true },
  );
}
