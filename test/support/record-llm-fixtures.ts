import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LLM_DEFAULT_BASE_URLS } from '../../src/llm/llm-providers.js';
import type { LlmProviderId } from '../../src/llm/types.js';
import type { LlmFixture } from './llm-fixtures.js';

/**
 * Captures real wire responses into test/fixtures/llm/<vendor>/<case>.json (STYLE.md "Fixtures"): the
 * happy path, a `length` stop, a 401 (deliberately wrong key) and a 400 (an out-of-range temperature).
 * Sent with plain `fetch` so status, headers and body are exactly what the vendor returned. Headers are
 * cut to an allow-list and the key is scrubbed from everything. Run only by hand with RECORD=1 and a
 * real key (test/llm/record-fixtures.test.ts); never in CI. Rate-limit and quota bodies cannot be
 * provoked on demand, so those fixtures stay hand-written.
 */

export interface RecordOptions {
  vendor: LlmProviderId;
  apiKey: string;
  model: string;
  /** Defaults to the vendor's public API (same form as the *_BASE_URL variables). */
  baseUrl?: string;
  outDir: string;
  fetch?: typeof fetch;
  now?: () => Date;
}

export type RecordedCase = 'happy' | 'length' | 'error-401' | 'error-400';

const KEPT_HEADERS = /^(content-type|x-request-id|request-id|retry-after|retry-after-ms|x-should-retry|x-ratelimit-[a-z-]+|anthropic-ratelimit-[a-z-]+|openai-processing-ms)$/;

const PROMPT = [
  { role: 'system', content: 'You write short FAQ pairs. Reply with a JSON object only.' },
  { role: 'user', content: 'Source text: Refunds are accepted within 30 days of delivery. Write one FAQ pair as JSON.' },
];

interface WireRequest {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

function wireRequest(options: RecordOptions, apiKey: string, maxTokens: number, temperature: number): WireRequest {
  const base = (options.baseUrl ?? LLM_DEFAULT_BASE_URLS[options.vendor]).replace(/\/+$/, '');
  const json = { 'content-type': 'application/json' };
  switch (options.vendor) {
    case 'openai':
    case 'llama':
      return {
        url: `${base}/chat/completions`,
        headers: { ...json, authorization: `Bearer ${apiKey}` },
        body: {
          model: options.model,
          messages: PROMPT,
          temperature,
          response_format: { type: 'json_object' },
          [options.vendor === 'openai' ? 'max_completion_tokens' : 'max_tokens']: maxTokens,
        },
      };
    case 'mistral':
      return {
        url: `${base}/v1/chat/completions`,
        headers: { ...json, authorization: `Bearer ${apiKey}` },
        body: { model: options.model, messages: PROMPT, temperature, max_tokens: maxTokens, response_format: { type: 'json_object' } },
      };
    case 'anthropic':
      return {
        url: `${base}/v1/messages`,
        headers: { ...json, 'x-api-key': apiKey, 'anthropic-version': '2023-06-01' },
        body: { model: options.model, system: PROMPT[0]?.content, messages: [PROMPT[1]], max_tokens: maxTokens, temperature },
      };
    case 'google':
      return {
        url: `${base}/v1beta/models/${options.model}:generateContent`,
        headers: { ...json, 'x-goog-api-key': apiKey },
        body: {
          systemInstruction: { parts: [{ text: PROMPT[0]?.content }] },
          contents: [{ role: 'user', parts: [{ text: PROMPT[1]?.content }] }],
          generationConfig: { temperature, maxOutputTokens: maxTokens, responseMimeType: 'application/json' },
        },
      };
  }
}

function scrub(text: string, secrets: string[]): string {
  return secrets.reduce((result, secret) => result.split(secret).join('[redacted]'), text);
}

export async function recordLlmFixtures(options: RecordOptions): Promise<Record<RecordedCase, LlmFixture>> {
  const doFetch = options.fetch ?? fetch;
  const badKey = 'invalid-key-for-fixture-recording';
  const cases: Record<RecordedCase, WireRequest> = {
    happy: wireRequest(options, options.apiKey, 400, 0.2),
    length: wireRequest(options, options.apiKey, 16, 0.2),
    'error-401': wireRequest(options, badKey, 16, 0.2),
    'error-400': wireRequest(options, options.apiKey, 16, 5),
  };
  const recorded = {} as Record<RecordedCase, LlmFixture>;
  const directory = join(options.outDir, options.vendor);
  await mkdir(directory, { recursive: true });
  for (const [name, request] of Object.entries(cases) as [RecordedCase, WireRequest][]) {
    const response = await doFetch(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(request.body) });
    const text = scrub(await response.text(), [options.apiKey, badKey]);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      if (KEPT_HEADERS.test(key)) headers[key] = value;
    });
    let body: unknown;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      body = text;
    }
    const fixture: LlmFixture = {
      source: `RECORDED ${(options.now ?? (() => new Date()))().toISOString()} from POST ${new URL(request.url).pathname} (model ${options.model}); key scrubbed`,
      status: response.status,
      headers,
      body,
    };
    recorded[name] = fixture;
    await writeFile(join(directory, `${name}.json`), `${JSON.stringify(fixture, null, 2)}\n`);
  }
  return recorded;
}
