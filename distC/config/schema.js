import { z } from 'zod';
/**
 * The config.yaml schema (snake_case keys, as in the product brief). One zod schema;
 * defaults live here. `mapConfig` turns it into the camelCase `Config` the rest of the code sees.
 */
const providerIds = ['openai', 'anthropic', 'google', 'mistral', 'llama'];
const modelLimitsSchema = z.strictObject({
    max_tokens_per_example: z.number().int().positive(),
    min_train_examples: z.number().int().nonnegative().default(1),
    max_train_examples: z.number().int().positive().optional(),
    max_validation_examples: z.number().int().positive().optional(),
    max_total_examples: z.number().int().positive().optional(),
    max_train_file_mb: z.number().positive().optional(),
    max_validation_file_mb: z.number().positive().optional(),
    tokenizer: z.enum(['o200k_base', 'cl100k_base', 'llama3', 'estimate-claude', 'estimate-gemini', 'estimate-mistral']).optional(),
    training_price_per_million_tokens: z.number().nonnegative().optional(),
});
const priceSchema = z.strictObject({
    input: z.number().nonnegative().describe('USD per 1M input tokens'),
    output: z.number().nonnegative().describe('USD per 1M output tokens'),
});
export const configFileSchema = z.strictObject({
    $schema: z.string().optional(),
    provider: z.enum(providerIds).default('openai').describe('Target provider the dataset is for'),
    model: z.string().min(1).default('gpt-4o-mini-2024-07-18').describe('Target model to fine-tune'),
    mode: z.enum(['create', 'identify', 'hybrid', 'free']).default('identify'),
    dataset_size: z.number().int().min(1).max(10_000_000).default(100).describe('Number of samples wanted'),
    output_name: z
        .string()
        .min(1)
        .max(200)
        .regex(/^(?!\.{1,2}$)[^/\\\u0000]+$/, 'must be a plain folder name (no slashes, not "." or "..")')
        .default('my_dataset')
        .describe('Folder name under output_datasets/'),
    split: z
        .strictObject({
        enabled: z.boolean().default(true),
        ratio: z.number().gt(0).lt(1).default(0.9).describe('Fraction of samples in train.jsonl'),
        strategy: z.enum(['random', 'weighted']).default('random'),
        weight_by: z.enum(['source', 'keywords']).default('source'),
        seed: z.number().int().nonnegative().optional().describe('Random seed; a random one is chosen and recorded when absent'),
        min_group_for_validation: z.number().int().min(1).default(2).describe('Smallest group that gets validation samples'),
    })
        .prefault({}),
    agent: z
        .strictObject({
        create: z
            .strictObject({
            temperature: z.number().min(0).max(2).default(0.7),
            variety: z.enum(['low', 'medium', 'high']).default('medium'),
            system_prompt: z.string().default(''),
            min_turns: z.number().int().min(1).max(20).default(1).describe('User/assistant exchanges per conversation, at least'),
            max_turns: z.number().int().min(1).max(20).default(3),
            conversations_per_call: z.number().int().min(1).max(50).default(5),
        })
            .prefault({}),
        identify: z
            .strictObject({
            min_turns: z.number().int().min(2).max(100).default(2).describe('Messages per conversation, at least'),
            include_context: z.boolean().default(false),
            llm_fallback: z.boolean().default(true),
        })
            .prefault({}),
        hybrid: z
            .strictObject({
            generation_ratio: z.number().min(0).max(1).default(0.5),
        })
            .prefault({}),
        free: z
            .strictObject({
            use_prompt_file: z.boolean().default(true),
            instructions: z.string().default(''),
        })
            .prefault({}),
    })
        .prefault({}),
    output: z
        .strictObject({
        format: z.enum(['jsonl']).default('jsonl'),
        include_csv: z.boolean().default(true),
        include_stats: z.boolean().default(true),
        llama_format: z.enum(['messages', 'prompt_completion', 'text']).default('messages'),
        truncate: z.boolean().default(false),
        dedup_threshold: z.number().gt(0).max(1).default(0.9),
    })
        .prefault({}),
    system: z
        .strictObject({
        agentic_llm: z.enum(providerIds).default('openai'),
        agentic_model: z.string().min(1).default('gpt-4o-mini'),
        max_retries: z.number().int().min(0).max(20).default(3),
        timeout: z.number().positive().max(3600).default(120).describe('Seconds per LLM attempt'),
        base_url: z.string().url().optional(),
        concurrency: z.number().int().min(1).max(256).default(4),
        rpm: z.number().positive().optional().describe('Requests per minute limit for the agentic LLM'),
        tpm: z.number().positive().optional().describe('Tokens per minute limit for the agentic LLM'),
        max_file_mb: z.number().positive().max(100_000).default(100),
        extract_timeout: z.number().positive().max(86_400).default(300).describe('Seconds per input file'),
        exact_token_counts: z.boolean().default(false),
        keep_backups: z.number().int().min(0).max(1000).default(10),
        use_batch_api: z.boolean().default(false),
    })
        .prefault({}),
    paths: z
        .strictObject({
        input: z.string().min(1).default('input_files'),
        output: z.string().min(1).default('output_datasets'),
        memory: z.string().min(1).default('memory'),
        prompts: z.string().min(1).default('prompts'),
    })
        .prefault({}),
    model_limits: z.record(z.string(), modelLimitsSchema).default({}).describe('Limits for target models not in the built-in catalog'),
    pricing: z
        .strictObject({
        agentic: z.record(z.string(), priceSchema).default({}),
        training: z.record(z.string(), z.number().nonnegative()).default({}),
    })
        .prefault({}),
});
//# sourceMappingURL=schema.js.map