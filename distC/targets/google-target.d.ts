import { z } from 'zod';
import { type RecordTokenCount, type TargetModule } from './target-module.js';
import type { ModelSpec } from './types.js';
export declare const GOOGLE_MODELS: ModelSpec[];
export declare const googleContentSchema: z.ZodObject<{
    role: z.ZodOptional<z.ZodEnum<{
        user: "user";
        model: "model";
    }>>;
    parts: z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
        text: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        fileData: z.ZodObject<{
            mimeType: z.ZodString;
            fileUri: z.ZodString;
        }, z.core.$strict>;
    }, z.core.$strict>]>>;
}, z.core.$strict>;
export declare const googleRecordSchema: z.ZodObject<{
    systemInstruction: z.ZodOptional<z.ZodObject<{
        role: z.ZodOptional<z.ZodString>;
        parts: z.ZodArray<z.ZodObject<{
            text: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    contents: z.ZodArray<z.ZodObject<{
        role: z.ZodOptional<z.ZodEnum<{
            user: "user";
            model: "model";
        }>>;
        parts: z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
            text: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            fileData: z.ZodObject<{
                mimeType: z.ZodString;
                fileUri: z.ZodString;
            }, z.core.$strict>;
        }, z.core.$strict>]>>;
    }, z.core.$strict>>;
    tools: z.ZodOptional<z.ZodArray<z.ZodObject<{}, z.core.$loose>>>;
}, z.core.$strict>;
/** Estimate (see tokenizers.ts `estimate-gemini`); exact counts need `createApiTokenCounter`. */
export declare function countGoogleRecordTokens(record: unknown, model: ModelSpec): RecordTokenCount;
export declare const googleTarget: TargetModule;
