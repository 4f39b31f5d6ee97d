import { describe, expect, it } from 'vitest';
import { LlmConfigError } from '../errors/errors.js';
import { hasLlmCredentials, resolveLlmConnection } from './connection.js';
import type { LlmProviderId } from './types.js';

describe('resolveLlmConnection', () => {
  const cases: [LlmProviderId, string, string][] = [
    ['openai', 'OPENAI_API_KEY', 'OPENAI_BASE_URL'],
    ['anthropic', 'ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL'],
    ['google', 'GOOGLE_API_KEY', 'GOOGLE_GEMINI_BASE_URL'],
    ['mistral', 'MISTRAL_API_KEY', 'MISTRAL_BASE_URL'],
    ['llama', 'LLAMA_API_KEY', 'LLAMA_BASE_URL'],
  ];

  it.each(cases)('%s reads %s and %s', (provider, keyVariable, baseVariable) => {
    const connection = resolveLlmConnection(provider, { env: { [keyVariable]: ' key-1 ', [baseVariable]: 'https://proxy.example.com/api/' } });
    expect(connection).toEqual({ apiKey: 'key-1', baseUrl: 'https://proxy.example.com/api', keyVariable });
  });

  it('accepts GEMINI_API_KEY for google, preferring GOOGLE_API_KEY', () => {
    expect(resolveLlmConnection('google', { env: { GEMINI_API_KEY: 'g' } })).toMatchObject({ apiKey: 'g', keyVariable: 'GEMINI_API_KEY' });
    expect(resolveLlmConnection('google', { env: { GEMINI_API_KEY: 'g', GOOGLE_API_KEY: 'o' } })).toMatchObject({ apiKey: 'o', keyVariable: 'GOOGLE_API_KEY' });
  });

  it('lets system.base_url win over the env variable', () => {
    const connection = resolveLlmConnection('openai', { env: { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'https://env.example.com/v1' }, baseUrl: 'https://config.example.com/v1' });
    expect(connection.baseUrl).toBe('https://config.example.com/v1');
  });

  it('fails before any work when the key is missing, naming the variable and .env.example', () => {
    const attempt = () => resolveLlmConnection('anthropic', { env: { ANTHROPIC_API_KEY: '   ' } });
    expect(attempt).toThrow(LlmConfigError);
    expect(attempt).toThrow(/Set ANTHROPIC_API_KEY in your environment or in a \.env file; \.env\.example lists every variable/);
    expect(() => resolveLlmConnection('google', { env: {} })).toThrow(/GOOGLE_API_KEY \(GEMINI_API_KEY also works\)/);
  });

  it('runs keyless against a local server (Ollama, vLLM) but not a remote one', () => {
    for (const baseUrl of ['http://localhost:11434/v1', 'http://127.0.0.1:8000/v1', 'http://[::1]:8080/v1']) {
      expect(resolveLlmConnection('llama', { env: {}, baseUrl })).toEqual({ apiKey: undefined, baseUrl, keyVariable: 'LLAMA_API_KEY' });
    }
    expect(() => resolveLlmConnection('llama', { env: { LLAMA_BASE_URL: 'https://api.together.xyz/v1' } })).toThrow(/LLAMA_API_KEY/);
  });

  it('rejects a malformed or non-http base URL, saying where it came from', () => {
    expect(() => resolveLlmConnection('openai', { env: { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'localhost:11434' } })).toThrow(/OPENAI_BASE_URL/);
    expect(() => resolveLlmConnection('openai', { env: { OPENAI_API_KEY: 'k' }, baseUrl: 'ftp://x' })).toThrow(/system.base_url must be an http\(s\) URL/);
  });

  it('never puts the key in an error message', () => {
    try {
      resolveLlmConnection('openai', { env: { OPENAI_API_KEY: 'sk-secret-value', OPENAI_BASE_URL: '::bad' } });
    } catch (error) {
      expect((error as Error).message).not.toContain('sk-secret-value');
    }
  });
});

describe('hasLlmCredentials', () => {
  it('is true with a key or a local base URL, false otherwise', () => {
    expect(hasLlmCredentials('mistral', { env: { MISTRAL_API_KEY: 'k' } })).toBe(true);
    expect(hasLlmCredentials('mistral', { env: {} })).toBe(false);
    expect(hasLlmCredentials('openai', { env: { OPENAI_BASE_URL: 'http://localhost:11434/v1' } })).toBe(true);
    expect(hasLlmCredentials('openai', { env: { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'nope' } })).toBe(false);
  });
});
