import { z } from 'zod';
import { type RecordTokenCount, type TargetModule } from './target-module.js';
import type { ModelSpec } from './types.js';
export declare const OPENAI_MODELS: ModelSpec[];
export declare const openAiMessageSchema: z.ZodObject<{
    role: z.ZodEnum<{
        function: "function";
        system: "system";
        user: "user";
        assistant: "assistant";
        tool: "tool";
    }>;
    content: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodObject<{
        type: z.ZodString;
    }, z.core.$loose>>, z.ZodNull]>>;
    name: z.ZodOptional<z.ZodString>;
    weight: z.ZodOptional<z.ZodLiteral<0 | 1>>;
    tool_calls: z.ZodOptional<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        type: z.ZodLiteral<"function">;
        function: z.ZodObject<{
            name: z.ZodString;
            arguments: z.ZodString;
        }, z.core.$strict>;
    }, z.core.$strict>>>;
    tool_call_id: z.ZodOptional<z.ZodString>;
    function_call: z.ZodOptional<z.ZodObject<{
        name: z.ZodString;
        arguments: z.ZodString;
    }, z.core.$strict>>;
    refusal: z.ZodOptional<z.ZodNullable<z.ZodString>>;
}, z.core.$strict>;
export declare const openAiRecordSchema: z.ZodObject<{
    messages: z.ZodArray<z.ZodObject<{
        role: z.ZodEnum<{
            function: "function";
            system: "system";
            user: "user";
            assistant: "assistant";
            tool: "tool";
        }>;
        content: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodObject<{
            type: z.ZodString;
        }, z.core.$loose>>, z.ZodNull]>>;
        name: z.ZodOptional<z.ZodString>;
        weight: z.ZodOptional<z.ZodLiteral<0 | 1>>;
        tool_calls: z.ZodOptional<z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            type: z.ZodLiteral<"function">;
            function: z.ZodObject<{
                name: z.ZodString;
                arguments: z.ZodString;
            }, z.core.$strict>;
        }, z.core.$strict>>>;
        tool_call_id: z.ZodOptional<z.ZodString>;
        function_call: z.ZodOptional<z.ZodObject<{
            name: z.ZodString;
            arguments: z.ZodString;
        }, z.core.$strict>>;
        refusal: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>>;
    tools: z.ZodOptional<z.ZodArray<z.ZodObject<{
        type: z.ZodLiteral<"function">;
        function: z.ZodObject<{
            name: z.ZodString;
        }, z.core.$loose>;
    }, z.core.$loose>>>;
    parallel_tool_calls: z.ZodOptional<z.ZodBoolean>;
    functions: z.ZodOptional<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
    }, z.core.$loose>>>;
}, z.core.$strict>;
export declare function countOpenAiRecordTokens(record: unknown, model: ModelSpec): RecordTokenCount;
export declare const openAiTarget: TargetModule;
