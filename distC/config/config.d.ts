import type { AgentMode, Variety } from '../agents/types.js';
import type { LlmProviderId } from '../llm/types.js';
import type { TargetId, TokenizerId } from '../targets/types.js';
import type { ConfigFile } from './schema.js';
/** The typed, camelCase configuration every layer below the config module sees. */
export interface ModelLimitsOverride {
    maxTokensPerExample: number;
    minTrainExamples: number;
    maxTrainExamples?: number;
    maxValidationExamples?: number;
    maxTotalExamples?: number;
    maxTrainFileBytes?: number;
    maxValidationFileBytes?: number;
    tokenizer?: TokenizerId;
    trainingPricePerMillionTokens?: number;
}
export interface Config {
    provider: TargetId;
    model: string;
    mode: AgentMode;
    datasetSize: number;
    outputName: string;
    split: {
        enabled: boolean;
        ratio: number;
        strategy: 'random' | 'weighted';
        weightBy: 'source' | 'keywords';
        seed?: number;
        minGroupForValidation: number;
    };
    agent: {
        create: {
            temperature: number;
            variety: Variety;
            systemPrompt: string;
            minTurns: number;
            maxTurns: number;
            conversationsPerCall: number;
        };
        identify: {
            minTurns: number;
            includeContext: boolean;
            llmFallback: boolean;
        };
        hybrid: {
            generationRatio: number;
        };
        free: {
            usePromptFile: boolean;
            instructions: string;
        };
    };
    output: {
        format: 'jsonl';
        includeCsv: boolean;
        includeStats: boolean;
        llamaFormat: 'messages' | 'prompt_completion' | 'text';
        truncate: boolean;
        dedupThreshold: number;
    };
    system: {
        agenticLlm: LlmProviderId;
        agenticModel: string;
        maxRetries: number;
        timeoutMs: number;
        baseUrl?: string;
        concurrency: number;
        rpm?: number;
        tpm?: number;
        maxFileBytes: number;
        extractTimeoutMs: number;
        exactTokenCounts: boolean;
        keepBackups: number;
        useBatchApi: boolean;
    };
    /** Absolute paths. */
    paths: {
        configFile?: string;
        baseDir: string;
        input: string;
        output: string;
        memory: string;
        prompts: string;
    };
    modelLimits: Record<string, ModelLimitsOverride>;
    pricing: {
        agentic: Record<string, {
            input: number;
            output: number;
        }>;
        training: Record<string, number>;
    };
    /** Environment variables (process env + .env files) the run may read keys and base URLs from. */
    env: Record<string, string | undefined>;
}
export declare function mapConfigFile(file: ConfigFile, paths: Config['paths'], env: Record<string, string | undefined>): Config;
