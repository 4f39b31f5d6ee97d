import { z } from 'zod';
export declare const configFileSchema: z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    provider: z.ZodDefault<z.ZodEnum<{
        openai: "openai";
        anthropic: "anthropic";
        google: "google";
        mistral: "mistral";
        llama: "llama";
    }>>;
    model: z.ZodDefault<z.ZodString>;
    mode: z.ZodDefault<z.ZodEnum<{
        free: "free";
        create: "create";
        identify: "identify";
        hybrid: "hybrid";
    }>>;
    dataset_size: z.ZodDefault<z.ZodNumber>;
    output_name: z.ZodDefault<z.ZodString>;
    split: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        ratio: z.ZodDefault<z.ZodNumber>;
        strategy: z.ZodDefault<z.ZodEnum<{
            random: "random";
            weighted: "weighted";
        }>>;
        weight_by: z.ZodDefault<z.ZodEnum<{
            source: "source";
            keywords: "keywords";
        }>>;
        seed: z.ZodOptional<z.ZodNumber>;
        min_group_for_validation: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    agent: z.ZodPrefault<z.ZodObject<{
        create: z.ZodPrefault<z.ZodObject<{
            temperature: z.ZodDefault<z.ZodNumber>;
            variety: z.ZodDefault<z.ZodEnum<{
                low: "low";
                medium: "medium";
                high: "high";
            }>>;
            system_prompt: z.ZodDefault<z.ZodString>;
            min_turns: z.ZodDefault<z.ZodNumber>;
            max_turns: z.ZodDefault<z.ZodNumber>;
            conversations_per_call: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        identify: z.ZodPrefault<z.ZodObject<{
            min_turns: z.ZodDefault<z.ZodNumber>;
            include_context: z.ZodDefault<z.ZodBoolean>;
            llm_fallback: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>>;
        hybrid: z.ZodPrefault<z.ZodObject<{
            generation_ratio: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        free: z.ZodPrefault<z.ZodObject<{
            use_prompt_file: z.ZodDefault<z.ZodBoolean>;
            instructions: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    output: z.ZodPrefault<z.ZodObject<{
        format: z.ZodDefault<z.ZodEnum<{
            jsonl: "jsonl";
        }>>;
        include_csv: z.ZodDefault<z.ZodBoolean>;
        include_stats: z.ZodDefault<z.ZodBoolean>;
        llama_format: z.ZodDefault<z.ZodEnum<{
            text: "text";
            messages: "messages";
            prompt_completion: "prompt_completion";
        }>>;
        truncate: z.ZodDefault<z.ZodBoolean>;
        dedup_threshold: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    system: z.ZodPrefault<z.ZodObject<{
        agentic_llm: z.ZodDefault<z.ZodEnum<{
            openai: "openai";
            anthropic: "anthropic";
            google: "google";
            mistral: "mistral";
            llama: "llama";
        }>>;
        agentic_model: z.ZodDefault<z.ZodString>;
        max_retries: z.ZodDefault<z.ZodNumber>;
        timeout: z.ZodDefault<z.ZodNumber>;
        base_url: z.ZodOptional<z.ZodString>;
        concurrency: z.ZodDefault<z.ZodNumber>;
        rpm: z.ZodOptional<z.ZodNumber>;
        tpm: z.ZodOptional<z.ZodNumber>;
        max_file_mb: z.ZodDefault<z.ZodNumber>;
        extract_timeout: z.ZodDefault<z.ZodNumber>;
        exact_token_counts: z.ZodDefault<z.ZodBoolean>;
        keep_backups: z.ZodDefault<z.ZodNumber>;
        use_batch_api: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
    paths: z.ZodPrefault<z.ZodObject<{
        input: z.ZodDefault<z.ZodString>;
        output: z.ZodDefault<z.ZodString>;
        memory: z.ZodDefault<z.ZodString>;
        prompts: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
    model_limits: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
        max_tokens_per_example: z.ZodNumber;
        min_train_examples: z.ZodDefault<z.ZodNumber>;
        max_train_examples: z.ZodOptional<z.ZodNumber>;
        max_validation_examples: z.ZodOptional<z.ZodNumber>;
        max_total_examples: z.ZodOptional<z.ZodNumber>;
        max_train_file_mb: z.ZodOptional<z.ZodNumber>;
        max_validation_file_mb: z.ZodOptional<z.ZodNumber>;
        tokenizer: z.ZodOptional<z.ZodEnum<{
            o200k_base: "o200k_base";
            cl100k_base: "cl100k_base";
            llama3: "llama3";
            "estimate-claude": "estimate-claude";
            "estimate-gemini": "estimate-gemini";
            "estimate-mistral": "estimate-mistral";
        }>>;
        training_price_per_million_tokens: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>>;
    pricing: z.ZodPrefault<z.ZodObject<{
        agentic: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
            input: z.ZodNumber;
            output: z.ZodNumber;
        }, z.core.$strict>>>;
        training: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodNumber>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type ConfigFile = z.infer<typeof configFileSchema>;
export type ConfigFileInput = z.input<typeof configFileSchema>;
