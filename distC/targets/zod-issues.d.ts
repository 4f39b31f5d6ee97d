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
export declare function formatPath(path: readonly PathSegment[]): string;
/** Parse `record` with `schema` and return every issue, mapped to stable codes. Never throws for bad data. */
export declare function validateWithSchema(schema: z.ZodType, record: unknown, mapping: IssueMapping): ValidationIssue[];
/** Context for record/message rules. */
export interface RuleContext {
    add(path: readonly PathSegment[], code: string, message: string, severity?: ValidationSeverity): void;
}
/**
 * A rule over the raw (possibly malformed) value that runs even when the structural parse found issues,
 * so one line reports all its problems (like the cookbook). Rules must read the value defensively.
 */
export declare function rule(check: (value: unknown, context: RuleContext) => void): z.core.$ZodCheck<unknown>;
export {};
