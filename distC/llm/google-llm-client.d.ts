import type { GoogleGenAI } from '@google/genai';
import { type LlmAdapterOptions } from './adapter-request.js';
import type { LlmClient } from './types.js';
export type GoogleLlmClientOptions = LlmAdapterOptions<GoogleGenAI>;
export declare function createGoogleLlmClient(options: GoogleLlmClientOptions): LlmClient;
