const MB = 1024 * 1024;
export function mapConfigFile(file, paths, env) {
    const modelLimits = {};
    for (const [id, limits] of Object.entries(file.model_limits)) {
        modelLimits[id] = {
            maxTokensPerExample: limits.max_tokens_per_example,
            minTrainExamples: limits.min_train_examples,
            maxTrainExamples: limits.max_train_examples,
            maxValidationExamples: limits.max_validation_examples,
            maxTotalExamples: limits.max_total_examples,
            maxTrainFileBytes: limits.max_train_file_mb === undefined ? undefined : limits.max_train_file_mb * MB,
            maxValidationFileBytes: limits.max_validation_file_mb === undefined ? undefined : limits.max_validation_file_mb * MB,
            tokenizer: limits.tokenizer,
            trainingPricePerMillionTokens: limits.training_price_per_million_tokens,
        };
    }
    return {
        provider: file.provider,
        model: file.model,
        mode: file.mode,
        datasetSize: file.dataset_size,
        outputName: file.output_name,
        split: {
            enabled: file.split.enabled,
            ratio: file.split.ratio,
            strategy: file.split.strategy,
            weightBy: file.split.weight_by,
            seed: file.split.seed,
            minGroupForValidation: file.split.min_group_for_validation,
        },
        agent: {
            create: {
                temperature: file.agent.create.temperature,
                variety: file.agent.create.variety,
                systemPrompt: file.agent.create.system_prompt,
                minTurns: file.agent.create.min_turns,
                maxTurns: Math.max(file.agent.create.max_turns, file.agent.create.min_turns),
                conversationsPerCall: file.agent.create.conversations_per_call,
            },
            identify: {
                minTurns: file.agent.identify.min_turns,
                includeContext: file.agent.identify.include_context,
                llmFallback: file.agent.identify.llm_fallback,
            },
            hybrid: { generationRatio: file.agent.hybrid.generation_ratio },
            free: { usePromptFile: file.agent.free.use_prompt_file, instructions: file.agent.free.instructions },
        },
        output: {
            format: file.output.format,
            includeCsv: file.output.include_csv,
            includeStats: file.output.include_stats,
            llamaFormat: file.output.llama_format,
            truncate: file.output.truncate,
            dedupThreshold: file.output.dedup_threshold,
        },
        system: {
            agenticLlm: file.system.agentic_llm,
            agenticModel: file.system.agentic_model,
            maxRetries: file.system.max_retries,
            timeoutMs: Math.round(file.system.timeout * 1000),
            baseUrl: file.system.base_url,
            concurrency: file.system.concurrency,
            rpm: file.system.rpm,
            tpm: file.system.tpm,
            maxFileBytes: Math.round(file.system.max_file_mb * MB),
            extractTimeoutMs: Math.round(file.system.extract_timeout * 1000),
            exactTokenCounts: file.system.exact_token_counts,
            keepBackups: file.system.keep_backups,
            useBatchApi: file.system.use_batch_api,
        },
        paths,
        modelLimits,
        pricing: { agentic: file.pricing.agentic, training: file.pricing.training },
        env,
    };
}
//# sourceMappingURL=config.js.map