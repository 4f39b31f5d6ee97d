import { z } from 'zod';
import { type RecordTokenCount, type TargetModule } from './target-module.js';
import type { ModelSpec } from './types.js';
export declare const ANTHROPIC_MODELS: ModelSpec[];
export declare const anthropicMessageSchema: z.ZodObject<{
    role: z.ZodEnum<{
        user: "user";
        assistant: "assistant";
    }>;
    content: z.ZodString;
}, z.core.$strict>;
export declare const anthropicRecordSchema: z.ZodObject<{
    system: z.ZodOptional<z.ZodString>;
    messages: z.ZodArray<z.ZodObject<{
        role: z.ZodEnum<{
            user: "user";
            assistant: "assistant";
        }>;
        content: z.ZodString;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** Estimate (see tokenizers.ts `estimate-claude`); exact counts need `createApiTokenCounter`. */
export declare function countAnthropicRecordTokens(record: unknown, model: ModelSpec): RecordTokenCount;
export declare const anthropicTarget: TargetModule;
