import { z } from 'zod';
import { type RecordTokenCount, type TargetModule } from './target-module.js';
import type { ModelSpec } from './types.js';
export declare const MISTRAL_MODELS: ModelSpec[];
export declare const mistralMessageSchema: z.ZodObject<{
    role: z.ZodEnum<{
        system: "system";
        user: "user";
        assistant: "assistant";
        tool: "tool";
    }>;
    content: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    text: z.ZodOptional<z.ZodString>;
    weight: z.ZodOptional<z.ZodLiteral<0 | 1>>;
    tool_calls: z.ZodOptional<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        type: z.ZodOptional<z.ZodLiteral<"function">>;
        function: z.ZodObject<{
            name: z.ZodString;
            arguments: z.ZodString;
        }, z.core.$strict>;
    }, z.core.$strict>>>;
    tool_call_id: z.ZodOptional<z.ZodString>;
    name: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const mistralRecordSchema: z.ZodObject<{
    messages: z.ZodArray<z.ZodObject<{
        role: z.ZodEnum<{
            system: "system";
            user: "user";
            assistant: "assistant";
            tool: "tool";
        }>;
        content: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        text: z.ZodOptional<z.ZodString>;
        weight: z.ZodOptional<z.ZodLiteral<0 | 1>>;
        tool_calls: z.ZodOptional<z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            type: z.ZodOptional<z.ZodLiteral<"function">>;
            function: z.ZodObject<{
                name: z.ZodString;
                arguments: z.ZodString;
            }, z.core.$strict>;
        }, z.core.$strict>>>;
        tool_call_id: z.ZodOptional<z.ZodString>;
        name: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    tools: z.ZodOptional<z.ZodArray<z.ZodObject<{
        type: z.ZodLiteral<"function">;
        function: z.ZodObject<{
            name: z.ZodString;
        }, z.core.$loose>;
    }, z.core.$loose>>>;
}, z.core.$strict>;
/** Estimate (see tokenizers.ts `estimate-mistral`); the API's dry_run reports exact counts. */
export declare function countMistralRecordTokens(record: unknown, model: ModelSpec): RecordTokenCount;
export declare const mistralTarget: TargetModule;
