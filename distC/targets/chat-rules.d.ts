import type { RuleContext } from './zod-issues.js';
/**
 * Conversation-level rules shared by the message-list targets. Each reads the raw list defensively
 * (entries may be malformed; those get their own structural issues).
 */
export interface Turn {
    index: number;
    role: unknown;
    raw: Record<string, unknown>;
}
export declare function turnsOf(value: unknown, listKey: string): Turn[] | undefined;
/** At least one trained turn (`assistant`, or Gemini's `model`). */
export declare function requireRole(turns: Turn[], listKey: string, role: string, context: RuleContext, code?: string): void;
/** Data-prep warnings of the OpenAI cookbook: examples missing a system or a user message. */
export declare function warnMissingSystemAndUser(turns: Turn[], listKey: string, context: RuleContext, userRole?: string, hasSystem?: boolean): void;
/** The last turn should be the trained role; `severity` decides whether the provider rejects otherwise. */
export declare function checkLastRole(turns: Turn[], listKey: string, role: string, context: RuleContext, severity: 'error' | 'warning'): void;
/** No two consecutive turns with the same role (system included). */
export declare function forbidConsecutiveRoles(turns: Turn[], listKey: string, context: RuleContext): void;
/** Empty text is rejected by every provider (cookbook `missing_content`: `not content`). */
export declare function requireNonEmptyString(value: unknown, path: readonly PropertyKey[], context: RuleContext, what?: string): void;
