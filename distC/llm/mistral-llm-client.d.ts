import type { Mistral } from '@mistralai/mistralai';
import { type LlmAdapterOptions } from './adapter-request.js';
import type { LlmClient } from './types.js';
export type MistralLlmClientOptions = LlmAdapterOptions<Mistral>;
export declare function createMistralLlmClient(options: MistralLlmClientOptions): LlmClient;
