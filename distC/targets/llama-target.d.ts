import { z } from 'zod';
import { type RecordTokenCount, type TargetModule } from './target-module.js';
import type { FormatOptions, ModelSpec } from './types.js';
export type LlamaFormat = NonNullable<FormatOptions['llamaFormat']>;
export declare const LLAMA_MODELS: ModelSpec[];
export declare const llamaMessageSchema: z.ZodObject<{
    role: z.ZodEnum<{
        system: "system";
        user: "user";
        assistant: "assistant";
    }>;
    content: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodObject<{
        type: z.ZodString;
    }, z.core.$loose>>]>;
    weight: z.ZodOptional<z.ZodLiteral<0 | 1>>;
}, z.core.$strict>;
export declare const llamaMessagesRecordSchema: z.ZodObject<{
    messages: z.ZodArray<z.ZodObject<{
        role: z.ZodEnum<{
            system: "system";
            user: "user";
            assistant: "assistant";
        }>;
        content: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodObject<{
            type: z.ZodString;
        }, z.core.$loose>>]>;
        weight: z.ZodOptional<z.ZodLiteral<0 | 1>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const llamaPromptCompletionRecordSchema: z.ZodObject<{
    prompt: z.ZodString;
    completion: z.ZodString;
}, z.core.$strict>;
export declare const llamaTextRecordSchema: z.ZodObject<{
    text: z.ZodString;
}, z.core.$strict>;
export declare const LLAMA_RECORD_SCHEMAS: Readonly<Record<LlamaFormat, z.ZodType>>;
/** Which format a line is in, by its keys (as the Together SDK decides); `ambiguous` when it matches several. */
export declare function detectLlamaFormat(record: unknown): LlamaFormat | 'ambiguous' | undefined;
/** Exact with llama3-tokenizer-js: the chat template rendering (`messages`), or the strings as written. */
export declare function countLlamaRecordTokens(record: unknown, model: ModelSpec): RecordTokenCount;
export declare const llamaTarget: TargetModule;
